#include "mediareferences.h"

#include "db/database.h"
#include "error.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace cutover {

namespace {

QString joined(const QString& folder, QString value)
{
    value = value.trimmed();
    while (value.startsWith(QLatin1Char('/')))
        value.remove(0, 1);
    return folder.isEmpty() ? value : folder + QLatin1Char('/') + value;
}

bool tableExists(Database& db, const QString& table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                    "AND TABLE_NAME = %1")
                         .arg(Database::quoteString(db.profile().table(table))))
               .toInt()
        > 0;
}

} // namespace

QStringList MediaReferences::referencedAreas()
{
    return { QStringLiteral("catalog/product/"), QStringLiteral("catalog/category/"),
        QStringLiteral("downloadable/files/"), QStringLiteral("wysiwyg/") };
}

QStringList MediaReferences::mediaDirectives(const QString& content)
{
    // Magento 1's template filter accepts url="x", url='x', url=x and, in content saved by the editor, &quot;.
    static const QRegularExpression directive(
        QStringLiteral(R"re(\{\{\s*media\s+url\s*=\s*(?:"([^"]*)"|'([^']*)'|&quot;(.*?)&quot;|([^\s}"']+)))re"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList paths;
    auto it = directive.globalMatch(content);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        for (int group = 1; group <= 4; ++group) {
            if (match.capturedLength(group) > 0) {
                paths << joined({}, match.captured(group));
                break;
            }
        }
    }
    return paths;
}

QHash<QString, QString> MediaReferences::read(const ConnectionProfile& source, const QString& password)
{
    QHash<QString, QString> refs;
    try {
        Database db(source, password, QStringLiteral("media cross-check"));
        const auto add = [&](const QString& sql, const QString& folder, const QString& what) {
            QSqlQuery q = db.query(sql);
            while (q.next()) {
                const QString value = q.value(0).toString();
                if (value.trimmed().isEmpty() || value == QLatin1String("no_selection"))
                    continue;
                // The first source named is kept: the gallery row says more than the image attribute naming it too.
                const QString path = joined(folder, value);
                if (!refs.contains(path))
                    refs.insert(path, what);
            }
        };
        add(QStringLiteral("SELECT DISTINCT value FROM %1")
                .arg(db.table(QStringLiteral("catalog_product_entity_media_gallery"))),
            QStringLiteral("catalog/product"), tr("product gallery"));
        const QString attributeValues = QStringLiteral(
            "SELECT DISTINCT v.value FROM %1 v JOIN %2 a ON a.attribute_id = v.attribute_id JOIN %3 t ON "
            "t.entity_type_id = a.entity_type_id WHERE t.entity_type_code = '%4' AND a.attribute_code IN (%5)");
        add(attributeValues.arg(db.table(QStringLiteral("catalog_product_entity_varchar")),
                db.table(QStringLiteral("eav_attribute")), db.table(QStringLiteral("eav_entity_type")),
                QStringLiteral("catalog_product"), QStringLiteral("'image','small_image','thumbnail'")),
            QStringLiteral("catalog/product"), tr("product image attribute"));
        add(attributeValues.arg(db.table(QStringLiteral("catalog_category_entity_varchar")),
                db.table(QStringLiteral("eav_attribute")), db.table(QStringLiteral("eav_entity_type")),
                QStringLiteral("catalog_category"), QStringLiteral("'image','thumbnail'")),
            QStringLiteral("catalog/category"), tr("category image"));
        if (tableExists(db, QStringLiteral("downloadable_link"))) {
            const QString links = db.table(QStringLiteral("downloadable_link"));
            add(QStringLiteral("SELECT link_file FROM %1 WHERE link_type = 'file'").arg(links),
                QStringLiteral("downloadable/files/links"), tr("downloadable link"));
            add(QStringLiteral("SELECT sample_file FROM %1 WHERE sample_type = 'file'").arg(links),
                QStringLiteral("downloadable/files/link_samples"), tr("downloadable link sample"));
            add(QStringLiteral("SELECT sample_file FROM %1 WHERE sample_type = 'file'")
                    .arg(db.table(QStringLiteral("downloadable_sample"))),
                QStringLiteral("downloadable/files/samples"), tr("downloadable sample"));
        }
        add(QStringLiteral("SELECT value FROM %1 WHERE path LIKE 'catalog/placeholder/%'")
                .arg(db.table(QStringLiteral("core_config_data"))),
            QStringLiteral("catalog/product/placeholder"), tr("placeholder image setting"));
        add(QStringLiteral("SELECT value FROM %1 WHERE path LIKE 'design/watermark/%\\_image'")
                .arg(db.table(QStringLiteral("core_config_data"))),
            QStringLiteral("catalog/product/watermark"), tr("watermark setting"));
        for (const auto& [table, kind] : { std::pair { QStringLiteral("cms_page"), tr("CMS page") },
                 std::pair { QStringLiteral("cms_block"), tr("CMS block") } }) {
            QSqlQuery q = db.query(QStringLiteral("SELECT identifier, content FROM %1 WHERE content LIKE '%{{%media%'")
                                       .arg(db.table(table)));
            while (q.next()) {
                for (const QString& path : mediaDirectives(q.value(1).toString()))
                    if (!refs.contains(path))
                        refs.insert(path, QStringLiteral("%1 '%2'").arg(kind, q.value(0).toString()));
            }
        }
    } catch (const Error& e) {
        throw e.withContext(
            tr("Could not read the media files that the Magento 1 database %1 names").arg(source.displayName()));
    }
    return refs;
}

} // namespace cutover
