#include "steps/eavstep.h"

#include "copy/copyledger.h"
#include "db/database.h"
#include "error.h"
#include "log/log.h"
#include "mapping/dmtconfig.h"
#include "mapping/phpserialize.h"
#include "steps/attributemap.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>

#include <algorithm>

namespace cutover {

namespace {

using Row = QHash<QString, QVariant>;

QList<Row> readRows(Database& db, const QString& sql)
{
    QList<Row> rows;
    QSqlQuery q = db.query(sql);
    const QSqlRecord record = q.record();
    while (q.next()) {
        Row row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), q.value(i));
        rows << row;
    }
    return rows;
}

QString literal(const QVariant& value)
{
    QString out;
    TableCopier::appendLiteral(out, value);
    return out;
}

/** INSERT of `values` (column -> value) into `table`; `update` columns are updated on a duplicate key. */
QString insertSql(
    Database& db, const QString& table, const QList<QPair<QString, QVariant>>& values, const QStringList& update = {})
{
    QStringList columns;
    QStringList literals;
    for (const auto& [column, value] : values) {
        columns << Database::quoteIdentifier(column);
        literals << literal(value);
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(db.table(table), columns.join(QLatin1Char(',')), literals.join(QLatin1Char(',')));
    if (!update.isEmpty()) {
        QStringList sets;
        for (const QString& column : update)
            sets << QStringLiteral("%1 = VALUES(%1)").arg(Database::quoteIdentifier(column));
        sql += QStringLiteral(" ON DUPLICATE KEY UPDATE ") + sets.join(QLatin1Char(','));
    }
    return sql;
}

int lastInsertId(Database& db)
{
    return db.scalar(QStringLiteral("SELECT LAST_INSERT_ID()")).toInt();
}

struct SetRow
{
    int id = 0;
    QString type;
    QString name;
};

QList<SetRow> readSets(Database& db)
{
    QList<SetRow> sets;
    QSqlQuery q = db.query(
        QStringLiteral("SELECT s.attribute_set_id, t.entity_type_code, s.attribute_set_name FROM %1 s "
                       "JOIN %2 t ON t.entity_type_id = s.entity_type_id ORDER BY s.attribute_set_id")
            .arg(db.table(QStringLiteral("eav_attribute_set")), db.table(QStringLiteral("eav_entity_type"))));
    while (q.next())
        sets << SetRow { q.value(0).toInt(), q.value(1).toString(), q.value(2).toString() };
    return sets;
}

struct GroupRow
{
    int id = 0;
    int setId = 0;
    QString name;
    QString code; ///< Magento 2 only
    int sortOrder = 0;
    QVariant defaultId;
};

QList<GroupRow> readGroups(Database& db)
{
    QList<GroupRow> groups;
    for (const Row& r : readRows(db,
             QStringLiteral("SELECT * FROM %1 ORDER BY attribute_group_id")
                 .arg(db.table(QStringLiteral("eav_attribute_group"))))) {
        groups << GroupRow { r.value(QStringLiteral("attribute_group_id")).toInt(),
            r.value(QStringLiteral("attribute_set_id")).toInt(),
            r.value(QStringLiteral("attribute_group_name")).toString(),
            r.value(QStringLiteral("attribute_group_code")).toString(), r.value(QStringLiteral("sort_order")).toInt(),
            r.value(QStringLiteral("default_id")) };
    }
    return groups;
}

struct OptionRow
{
    int id = 0;
    int attributeId = 0;
    int sortOrder = 0;
    QString adminLabel;
};

/** Options in option id order with their admin (store 0) label; an option with several admin rows counts once. */
QList<OptionRow> readOptions(Database& db)
{
    QList<OptionRow> options;
    QSqlQuery q
        = db.query(QStringLiteral("SELECT o.option_id, o.attribute_id, o.sort_order, "
                                  "(SELECT v.value FROM %2 v WHERE v.option_id = o.option_id AND v.store_id = 0 "
                                  "ORDER BY v.value_id LIMIT 1) FROM %1 o ORDER BY o.option_id")
                       .arg(db.table(QStringLiteral("eav_attribute_option")),
                           db.table(QStringLiteral("eav_attribute_option_value"))));
    while (q.next())
        options << OptionRow { q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toString() };
    return options;
}

QString setKey(const QString& type, const QString& name)
{
    return type + QLatin1Char('/') + name;
}

/** The Magento 2 counterpart of each Magento 1 option, by (attribute, admin label, occurrence). */
QHash<int, int> matchOptions(
    const QList<OptionRow>& source, const QList<OptionRow>& destination, const AttributeMap& attributes)
{
    QHash<QString, QList<int>> byLabel; // "d-attribute/label" -> Magento 2 option ids in order
    for (const OptionRow& o : destination)
        byLabel[QString::number(o.attributeId) + QLatin1Char('/') + o.adminLabel] << o.id;
    QHash<QString, int> seen;
    QHash<int, int> map;
    for (const OptionRow& o : source) {
        const auto d = attributes.destinationId(o.attributeId);
        if (!d)
            continue;
        const QString key = QString::number(*d) + QLatin1Char('/') + o.adminLabel;
        const int n = seen[key]++;
        const QList<int>& candidates = byLabel.value(key);
        if (n < candidates.size())
            map.insert(o.id, candidates[n]);
    }
    return map;
}

/** A Magento 1 class alias or class, translated through the class map. */
struct Model
{
    QVariant value; ///< null: none
    bool dropped = false; ///< the source named a class that the class map has no Magento 2 class for
};

Model convertModel(const ClassMap* classMap, const QVariant& value)
{
    const QString name = value.toString().trimmed();
    if (value.isNull() || name.isEmpty())
        return {};
    if (name.startsWith(QLatin1String("Magento\\")))
        return { name, false };
    const QString converted = classMap ? classMap->convert(name) : QString();
    if (converted.isEmpty())
        return { QVariant(), true };
    return { converted, false };
}

const QStringList modelColumns { QStringLiteral("attribute_model"), QStringLiteral("backend_model"),
    QStringLiteral("frontend_model"), QStringLiteral("source_model") };

/** Writes the metadata and fills one TableReport per source table. */
class EavWriter
{
public:
    EavWriter(StepContext& context, Database& src, Database& dst, StepReport& step)
        : m_context(context)
        , m_src(src)
        , m_dst(dst)
        , m_step(step)
        , m_map(context.env.dmt ? context.env.dmt->map(QStringLiteral("eav_map_file")) : nullptr)
        , m_classMap(context.env.dmt ? context.env.dmt->classMap() : nullptr)
    {
        for (const char* t : { "eav_attribute_set", "eav_attribute_group", "eav_attribute", "catalog_eav_attribute",
                 "customer_eav_attribute", "eav_entity_attribute", "eav_attribute_option", "eav_attribute_option_value",
                 "eav_attribute_label", "eav_entity_type" }) {
            TableReport& r = m_reports[QLatin1String(t)];
            r.sourceTable = QLatin1String(t);
            r.destinationTable = QLatin1String(t);
            r.started = QDateTime::currentDateTime();
        }
        QSqlQuery stores = dst.query(QStringLiteral("SELECT store_id FROM %1").arg(dst.table(QStringLiteral("store"))));
        while (stores.next())
            m_stores.insert(stores.value(0).toInt());
        if (const GroupsConfig* groups
            = context.env.dmt ? context.env.dmt->groups(QStringLiteral("eav_attribute_groups_file")) : nullptr) {
            if (const GroupsConfig::Group* ignore = groups->group(QStringLiteral("ignore"))) {
                for (const GroupsConfig::Entry& e : ignore->attributes)
                    m_ignored.insert(setKey(e.type, e.name));
                m_ignoredFile = QFileInfo(groups->file()).fileName();
            }
        }
    }

    void run()
    {
        m_attributes = AttributeMap::load(m_src, m_dst);
        entityTypes();
        sets();
        m_ids = EavIdMaps::load(m_src, m_dst, m_attributes);
        groups();
        attributes();
        m_attributes = AttributeMap::load(m_src, m_dst);
        m_ids = EavIdMaps::load(m_src, m_dst, m_attributes);
        attributeExtensions(QStringLiteral("catalog_eav_attribute"));
        attributeExtensions(QStringLiteral("customer_eav_attribute"));
        entityAttributes();
        options();
        labels();
    }

    QList<TableReport> reports()
    {
        QList<TableReport> list;
        for (TableReport& r : m_reports) {
            r.outcome = Outcome::Succeeded;
            r.finished = QDateTime::currentDateTime();
            list << r;
        }
        return list;
    }

private:
    TableReport& report(const char* table) { return m_reports[QLatin1String(table)]; }
    QString t(const char* name) const { return m_dst.table(QLatin1String(name)); }
    QString s(const char* name) const { return m_src.table(QLatin1String(name)); }

    void entityTypes()
    {
        TableReport& r = report("eav_entity_type");
        for (const Row& row :
            readRows(m_src, QStringLiteral("SELECT entity_type_code FROM %1").arg(s("eav_entity_type")))) {
            ++r.rowsRead;
            const QString code = row.value(QStringLiteral("entity_type_code")).toString();
            if (m_attributes.destinationEntityTypeId(code))
                ++r.skipped[EavStep::tr("Magento 2 has this entity type: its definition is kept")];
            else
                ++r.skipped[EavStep::tr("Magento 2 has no entity type of this code: its attributes and sets are not "
                                        "migrated")];
        }
    }

    void sets()
    {
        TableReport& r = report("eav_attribute_set");
        QSet<QString> destination;
        for (const SetRow& d : readSets(m_dst))
            destination.insert(setKey(d.type, d.name));
        for (const SetRow& set : readSets(m_src)) {
            ++r.rowsRead;
            const auto type = m_attributes.destinationEntityTypeId(set.type);
            if (!type) {
                ++r.skipped[EavStep::tr("its entity type %1 does not exist in Magento 2").arg(set.type)];
                continue;
            }
            if (destination.contains(setKey(set.type, set.name))) {
                ++r.skipped[EavStep::tr("Magento 2 has a set of this name: it is used")];
                continue;
            }
            // map-eav.xml sets eav_attribute_set.sort_order to 100 for the sets it brings over.
            m_dst.exec(insertSql(m_dst, QStringLiteral("eav_attribute_set"),
                { { QStringLiteral("entity_type_id"), *type }, { QStringLiteral("attribute_set_name"), set.name },
                    { QStringLiteral("sort_order"), 100 } }));
            m_createdSets.insert(lastInsertId(m_dst));
            destination.insert(setKey(set.type, set.name));
            ++r.rowsWritten;
        }
    }

    /** Creates a group in a Magento 2 set; its code is unique in the set, as Magento 2 requires. */
    int createGroup(int setId, const GroupRow& source)
    {
        QSet<QString> codes;
        QSqlQuery q = m_dst.query(QStringLiteral("SELECT attribute_group_code FROM %1 WHERE attribute_set_id = %2")
                                      .arg(t("eav_attribute_group"))
                                      .arg(setId));
        while (q.next())
            codes.insert(q.value(0).toString());
        const QString base = EavIdMaps::groupCode(source.name);
        QString code = base;
        for (int n = 2; codes.contains(code); ++n)
            code = base + QLatin1Char('-') + QString::number(n);
        QList<QPair<QString, QVariant>> values { { QStringLiteral("attribute_set_id"), setId },
            { QStringLiteral("attribute_group_name"), source.name },
            // map-eav.xml: sort_order "+100" (after Magento 2's own groups), tab_group_code "basic".
            { QStringLiteral("sort_order"), source.sortOrder + 100 },
            { QStringLiteral("default_id"), source.defaultId } };
        const TableInfo* table = m_context.destinationCatalog.table(QStringLiteral("eav_attribute_group"));
        if (table && table->hasColumn(QStringLiteral("attribute_group_code")))
            values << qMakePair(QStringLiteral("attribute_group_code"), QVariant(code));
        if (table && table->hasColumn(QStringLiteral("tab_group_code")))
            values << qMakePair(QStringLiteral("tab_group_code"), QVariant(QStringLiteral("basic")));
        m_dst.exec(insertSql(m_dst, QStringLiteral("eav_attribute_group"), values));
        const int id = lastInsertId(m_dst);
        ++report("eav_attribute_group").rowsWritten;
        m_ids.attributeGroups.insert(source.id, id);
        m_lazyGroups.remove(source.id);
        return id;
    }

    void groups()
    {
        TableReport& r = report("eav_attribute_group");
        for (const GroupRow& g : readGroups(m_src)) {
            m_sourceGroups.insert(g.id, g);
            ++r.rowsRead;
            const int set = m_ids.attributeSets.value(g.setId);
            if (set == 0) {
                ++r.skipped[EavStep::tr("its attribute set is not migrated")];
                continue;
            }
            if (m_ids.attributeGroups.contains(g.id)) {
                ++r.skipped[EavStep::tr("Magento 2 has a group of this name in the set: it is used")];
                continue;
            }
            // A new set gets all its groups; a set Magento 2 already has gets a Magento 1 group only when an
            // attribute Magento 1 placed in it is created (see entityAttributes), so no empty tabs appear.
            if (m_createdSets.contains(set))
                createGroup(set, g);
            else
                m_lazyGroups.insert(g.id);
        }
    }

    bool isIgnored(const AttributeMap::Attribute& a) const { return m_ignored.contains(setKey(a.entityType, a.code)); }

    void attributes()
    {
        TableReport& r = report("eav_attribute");
        const TableInfo* destination = m_context.destinationCatalog.table(QStringLiteral("eav_attribute"));
        const QList<Row> rows
            = readRows(m_src, QStringLiteral("SELECT * FROM %1 ORDER BY attribute_id").arg(s("eav_attribute")));
        for (const Row& row : rows) {
            ++r.rowsRead;
            const AttributeMap::Attribute* a
                = m_attributes.bySourceId(row.value(QStringLiteral("attribute_id")).toInt());
            if (!a)
                continue;
            const auto type = m_attributes.destinationEntityTypeId(a->entityType);
            if (!type) {
                ++r.skipped[EavStep::tr("its entity type %1 does not exist in Magento 2").arg(a->entityType)];
                continue;
            }
            if (isIgnored(*a)) {
                ++r.skipped[EavStep::tr("ignored by %1 (group ignore)").arg(m_ignoredFile)];
                continue;
            }
            if (a->destinationId != 0) {
                ++r.skipped[EavStep::tr("Magento 2 has this attribute: its definition and models are kept")];
                continue;
            }
            QList<QPair<QString, QVariant>> values;
            for (auto it = row.cbegin(); it != row.cend(); ++it) {
                const QString& column = it.key();
                if (column == QLatin1String("attribute_id") || !destination || !destination->hasColumn(column))
                    continue;
                QVariant value = it.value();
                if (column == QLatin1String("entity_type_id"))
                    value = *type;
                if (modelColumns.contains(column)) {
                    const Model model = convertModel(m_classMap, value);
                    if (model.dropped)
                        reportDroppedModel(r, *a, column, value.toString());
                    if (model.value != value)
                        ++r.rowsTransformed;
                    value = model.value;
                }
                values << qMakePair(column, value);
            }
            m_dst.exec(insertSql(m_dst, QStringLiteral("eav_attribute"), values));
            m_createdAttributes.insert(lastInsertId(m_dst));
            ++r.rowsWritten;
        }
    }

    void reportDroppedModel(
        TableReport& r, const AttributeMap::Attribute& a, const QString& column, const QString& model)
    {
        const QString message
            = EavStep::tr("Attribute %1 (%2): its %3 %4 has no Magento 2 class in %5, so it was dropped and Magento 2 "
                          "uses its default. If the attribute needs it, port the model to Magento 2 and map it: add "
                          "<rename><from>%4</from><to>Vendor\\Module\\Model\\...</to></rename> to the class map "
                          "(class_map in config.xml), then run the EAV step again.")
                  .arg(a.code, a.entityType, column, model,
                      m_classMap ? QFileInfo(m_classMap->file()).fileName() : QStringLiteral("class-map.xml"));
        r.addWarning(message);
        m_step.warnings << message;
    }

    /** catalog_eav_attribute / customer_eav_attribute: created attributes get their row, matched ones the merchant's
     * settings. */
    void attributeExtensions(const QString& table)
    {
        const TableInfo* source = m_context.sourceCatalog.table(table);
        const TableInfo* destination = m_context.destinationCatalog.table(table);
        TableReport& r = m_reports[table];
        if (!source || !destination) {
            r.reason = EavStep::tr("not in both databases");
            return;
        }
        const bool catalog = table == QLatin1String("catalog_eav_attribute");
        QStringList copied; // columns a created attribute takes from Magento 1
        QStringList carried; // columns a matched product attribute takes from Magento 1
        // Scope and visibility belong to Magento 2's definition of its own attributes; models and apply_to are
        // translated, not carried.
        static const QStringList structural { QStringLiteral("attribute_id"), QStringLiteral("is_global"),
            QStringLiteral("is_visible"), QStringLiteral("is_used_for_price_rules"), QStringLiteral("apply_to"),
            QStringLiteral("frontend_input_renderer") };
        for (const ColumnInfo& c : source->columns) {
            if (!destination->hasColumn(c.name) || c.name == QLatin1String("attribute_id"))
                continue;
            if (m_map
                && (m_map->isFieldIgnored(table, c.name, MapConfig::Side::Source)
                    || m_map->isFieldIgnored(table, c.name, MapConfig::Side::Destination)))
                continue;
            copied << c.name;
            const bool transformed = m_map
                && (m_map->transformedFields(table, MapConfig::Side::Source).contains(c.name)
                    || m_map->transformedFields(table, MapConfig::Side::Destination).contains(c.name));
            if (catalog && !transformed && !structural.contains(c.name))
                carried << c.name;
        }
        for (const Row& row :
            readRows(m_src, QStringLiteral("SELECT * FROM %1 ORDER BY attribute_id").arg(m_src.table(table)))) {
            ++r.rowsRead;
            const AttributeMap::Attribute* a
                = m_attributes.bySourceId(row.value(QStringLiteral("attribute_id")).toInt());
            if (!a || a->destinationId == 0) {
                ++r.skipped[EavStep::tr("its attribute is not migrated")];
                continue;
            }
            const int id = a->destinationId;
            if (m_createdAttributes.contains(id)) {
                QList<QPair<QString, QVariant>> values { { QStringLiteral("attribute_id"), id } };
                for (const QString& column : copied) {
                    QVariant value = row.value(column);
                    if (column == QLatin1String("frontend_input_renderer") || column == QLatin1String("data_model")) {
                        const Model model = convertModel(m_classMap, value);
                        if (model.dropped)
                            reportDroppedModel(r, *a, column, value.toString());
                        value = model.value;
                    } else if (column == QLatin1String("validate_rules") && !value.isNull()
                        && !value.toString().isEmpty()) {
                        // map-eav.xml: SerializeToJson (Magento 2 stores JSON).
                        const auto parsed = PhpSerialize::unserialize(value.toString().toUtf8());
                        const auto json = parsed.ok ? PhpSerialize::toJson(parsed.value) : PhpJsonResult {};
                        if (json.ok) {
                            value = QString::fromUtf8(json.json);
                        } else {
                            r.addWarning(EavStep::tr("Attribute %1: validate_rules is not a valid serialized value "
                                                     "(%2); written empty.")
                                             .arg(a->code, parsed.ok ? json.error : parsed.error));
                            value = QVariant();
                        }
                    }
                    values << qMakePair(column, value);
                }
                QStringList update = copied;
                m_dst.exec(insertSql(m_dst, table, values, update));
                ++r.rowsWritten;
                continue;
            }
            if (!catalog || a->entityType != QLatin1String("catalog_product") || carried.isEmpty()) {
                ++r.skipped[EavStep::tr("Magento 2 has this attribute: its settings are kept")];
                continue;
            }
            QStringList sets;
            for (const QString& column : carried)
                sets << QStringLiteral("%1 = %2").arg(Database::quoteIdentifier(column), literal(row.value(column)));
            m_dst.exec(QStringLiteral("UPDATE %1 SET %2 WHERE attribute_id = %3")
                           .arg(m_dst.table(table), sets.join(QLatin1Char(',')))
                           .arg(id));
            ++r.rowsWritten;
            ++r.rowsTransformed;
        }
        if (catalog && !carried.isEmpty())
            r.reason = EavStep::tr("Magento 2's product attributes keep their definition and take Magento 1's %1")
                           .arg(carried.join(QStringLiteral(", ")));
    }

    void entityAttributes()
    {
        TableReport& r = report("eav_entity_attribute");
        const QList<Row> rows = readRows(m_src,
            QStringLiteral(
                "SELECT ea.attribute_set_id, ea.attribute_group_id, ea.attribute_id, ea.sort_order FROM %1 ea "
                "ORDER BY ea.entity_attribute_id")
                .arg(s("eav_entity_attribute")));
        for (const Row& row : rows) {
            ++r.rowsRead;
            const AttributeMap::Attribute* a
                = m_attributes.bySourceId(row.value(QStringLiteral("attribute_id")).toInt());
            if (!a || a->destinationId == 0) {
                ++r.skipped[EavStep::tr("its attribute is not migrated")];
                continue;
            }
            const int set = m_ids.attributeSets.value(row.value(QStringLiteral("attribute_set_id")).toInt());
            if (set == 0) {
                ++r.skipped[EavStep::tr("its attribute set is not migrated")];
                continue;
            }
            if (!m_createdSets.contains(set) && !m_createdAttributes.contains(a->destinationId)) {
                ++r.skipped[EavStep::tr("Magento 2 places its own attributes in its own sets")];
                continue;
            }
            const int sourceGroup = row.value(QStringLiteral("attribute_group_id")).toInt();
            int group = m_ids.attributeGroups.value(sourceGroup);
            if (group == 0 && m_sourceGroups.contains(sourceGroup))
                group = createGroup(set, m_sourceGroups.value(sourceGroup));
            if (group == 0) {
                ++r.skipped[EavStep::tr("its attribute group does not exist in Magento 1")];
                continue;
            }
            m_dst.exec(insertSql(m_dst, QStringLiteral("eav_entity_attribute"),
                { { QStringLiteral("entity_type_id"), *m_attributes.destinationEntityTypeId(a->entityType) },
                    { QStringLiteral("attribute_set_id"), set }, { QStringLiteral("attribute_group_id"), group },
                    { QStringLiteral("attribute_id"), a->destinationId },
                    { QStringLiteral("sort_order"), row.value(QStringLiteral("sort_order")) } },
                { QStringLiteral("attribute_group_id"), QStringLiteral("sort_order") }));
            ++r.rowsWritten;
        }
        completeCreatedSets(r);
        if (!m_lazyGroups.isEmpty())
            report("eav_attribute_group")
                .skipped[EavStep::tr("not created in Magento 2's set of the same name: no "
                                     "attribute created by this step is in it")]
                += m_lazyGroups.size();
    }

    /**
     * A set made from a Magento 1 set gets the attributes of Magento 2's default set of its entity type that
     * Magento 1 did not place in it (Magento 2's own attributes such as quantity_and_stock_status), in the group
     * of the same code, else in its first group: products of the set then have every attribute Magento 2 needs.
     */
    void completeCreatedSets(TableReport& r)
    {
        for (const int set : std::as_const(m_createdSets)) {
            QSqlQuery q
                = m_dst.query(QStringLiteral(
                    "SELECT d.entity_type_id, d.attribute_id, d.sort_order, "
                    "(SELECT g.attribute_group_id FROM %1 g WHERE g.attribute_set_id = %4 AND g.attribute_group_code = "
                    "dg.attribute_group_code LIMIT 1), "
                    "(SELECT g.attribute_group_id FROM %1 g WHERE g.attribute_set_id = %4 ORDER BY g.sort_order, "
                    "g.attribute_group_id LIMIT 1) "
                    "FROM %2 d JOIN %3 s ON s.attribute_set_id = %4 "
                    "JOIN %5 et ON et.entity_type_id = s.entity_type_id AND d.attribute_set_id = "
                    "et.default_attribute_set_id "
                    "JOIN %1 dg ON dg.attribute_group_id = d.attribute_group_id "
                    "WHERE NOT EXISTS (SELECT 1 FROM %2 x WHERE x.attribute_set_id = %4 AND x.attribute_id = "
                    "d.attribute_id) "
                    "ORDER BY d.entity_attribute_id")
                                  .arg(t("eav_attribute_group"), t("eav_entity_attribute"), t("eav_attribute_set"))
                                  .arg(set)
                                  .arg(t("eav_entity_type")));
            QList<QList<QVariant>> rows;
            while (q.next())
                rows << QList<QVariant> { q.value(0), q.value(1), q.value(2), q.value(3), q.value(4) };
            for (const auto& row : rows) {
                const QVariant group = row[3].isNull() ? row[4] : row[3];
                if (group.isNull())
                    continue;
                m_dst.exec(
                    QStringLiteral("INSERT IGNORE INTO %1 (entity_type_id, attribute_set_id, attribute_group_id, "
                                   "attribute_id, sort_order) VALUES (%2, %3, %4, %5, %6)")
                        .arg(t("eav_entity_attribute"), literal(row[0]))
                        .arg(set)
                        .arg(literal(group), literal(row[1]), literal(row[2])));
                ++r.rowsTransformed;
            }
            if (!rows.isEmpty())
                r.addWarning(EavStep::tr("Attribute set %1 (new): %n attribute(s) of Magento 2's default set added, "
                                         "which Magento 1 did not have in it.",
                    "", int(rows.size()))
                                 .arg(set));
        }
    }

    void options()
    {
        TableReport& r = report("eav_attribute_option");
        const QList<OptionRow> source = readOptions(m_src);
        QHash<int, int> map = matchOptions(source, readOptions(m_dst), m_attributes);
        for (const OptionRow& o : source) {
            ++r.rowsRead;
            const auto d = m_attributes.destinationId(o.attributeId);
            if (!d) {
                ++r.skipped[EavStep::tr("its attribute is not migrated")];
                continue;
            }
            if (map.contains(o.id)) {
                ++r.skipped[EavStep::tr("Magento 2 has an option of the same admin label: it is used")];
                continue;
            }
            m_dst.exec(insertSql(m_dst, QStringLiteral("eav_attribute_option"),
                { { QStringLiteral("attribute_id"), *d }, { QStringLiteral("sort_order"), o.sortOrder } }));
            map.insert(o.id, lastInsertId(m_dst));
            ++r.rowsWritten;
        }

        TableReport& v = report("eav_attribute_option_value");
        const QList<Row> values = readRows(m_src,
            QStringLiteral("SELECT option_id, store_id, value FROM %1 ORDER BY value_id")
                .arg(s("eav_attribute_option_value")));
        for (const Row& row : values) {
            ++v.rowsRead;
            const int option = map.value(row.value(QStringLiteral("option_id")).toInt());
            const int store = row.value(QStringLiteral("store_id")).toInt();
            if (option == 0) {
                ++v.skipped[EavStep::tr("its option is not migrated")];
                continue;
            }
            if (!m_stores.contains(store)) {
                ++v.skipped[EavStep::tr("its store view does not exist in Magento 2 (run the Settings step first)")];
                continue;
            }
            // Magento 2 has one label per option and store (a unique key): Magento 1's last one wins.
            m_dst.exec(insertSql(m_dst, QStringLiteral("eav_attribute_option_value"),
                { { QStringLiteral("option_id"), option }, { QStringLiteral("store_id"), store },
                    { QStringLiteral("value"), row.value(QStringLiteral("value")) } },
                { QStringLiteral("value") }));
            ++v.rowsWritten;
        }
    }

    void labels()
    {
        TableReport& r = report("eav_attribute_label");
        QMap<QPair<int, int>, QVariant> labels; // (Magento 2 attribute, store) -> the last Magento 1 label
        for (const Row& row : readRows(m_src,
                 QStringLiteral("SELECT attribute_id, store_id, value FROM %1 ORDER BY attribute_label_id")
                     .arg(s("eav_attribute_label")))) {
            ++r.rowsRead;
            const auto d = m_attributes.destinationId(row.value(QStringLiteral("attribute_id")).toInt());
            const int store = row.value(QStringLiteral("store_id")).toInt();
            if (!d) {
                ++r.skipped[EavStep::tr("its attribute is not migrated")];
                continue;
            }
            if (!m_stores.contains(store)) {
                ++r.skipped[EavStep::tr("its store view does not exist in Magento 2 (run the Settings step first)")];
                continue;
            }
            if (labels.contains({ *d, store }))
                ++r.skipped[EavStep::tr("a later label of the same attribute and store view replaces it")];
            labels.insert({ *d, store }, row.value(QStringLiteral("value")));
        }
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            // A label that is already there as Magento 1 has it stays untouched (a rerun changes nothing).
            QSqlQuery existing
                = m_dst.query(QStringLiteral("SELECT value FROM %1 WHERE attribute_id = %2 AND store_id = %3")
                                  .arg(t("eav_attribute_label"))
                                  .arg(it.key().first)
                                  .arg(it.key().second));
            QVariantList current;
            while (existing.next())
                current << existing.value(0);
            if (current.size() == 1 && current.first().toString() == it.value().toString()
                && current.first().isNull() == it.value().isNull()) {
                ++r.skipped[EavStep::tr("Magento 2 already has this label")];
                continue;
            }
            m_dst.exec(QStringLiteral("DELETE FROM %1 WHERE attribute_id = %2 AND store_id = %3")
                           .arg(t("eav_attribute_label"))
                           .arg(it.key().first)
                           .arg(it.key().second));
            m_dst.exec(insertSql(m_dst, QStringLiteral("eav_attribute_label"),
                { { QStringLiteral("attribute_id"), it.key().first }, { QStringLiteral("store_id"), it.key().second },
                    { QStringLiteral("value"), it.value() } }));
            ++r.rowsWritten;
        }
    }

    StepContext& m_context;
    Database& m_src;
    Database& m_dst;
    StepReport& m_step;
    const MapConfig* m_map;
    const ClassMap* m_classMap;
    QMap<QString, TableReport> m_reports;
    QSet<int> m_stores;
    QSet<QString> m_ignored; ///< "entity_type/code" of eav-attribute-groups.xml's ignore group
    QString m_ignoredFile;
    AttributeMap m_attributes;
    EavIdMaps m_ids;
    QSet<int> m_createdSets; ///< Magento 2 ids
    QSet<int> m_createdAttributes; ///< Magento 2 ids
    QHash<int, GroupRow> m_sourceGroups;
    QSet<int> m_lazyGroups; ///< Magento 1 groups made in a Magento 2 set only when an attribute needs them
};

const QStringList writtenTables { QStringLiteral("eav_attribute_set"), QStringLiteral("eav_attribute_group"),
    QStringLiteral("eav_attribute"), QStringLiteral("catalog_eav_attribute"), QStringLiteral("customer_eav_attribute"),
    QStringLiteral("eav_entity_attribute"), QStringLiteral("eav_attribute_option"),
    QStringLiteral("eav_attribute_option_value"), QStringLiteral("eav_attribute_label") };

} // namespace

QString EavIdMaps::groupCode(const QString& groupName)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString code = groupName.toLower().replace(nonWord, QStringLiteral("-"));
    while (code.startsWith(QLatin1Char('-')))
        code.remove(0, 1);
    while (code.endsWith(QLatin1Char('-')))
        code.chop(1);
    return code.isEmpty() ? QStringLiteral("group") : code;
}

EavIdMaps EavIdMaps::load(Database& source, Database& destination, const AttributeMap& attributes)
{
    EavIdMaps maps;
    QHash<QString, int> sets;
    for (const SetRow& d : readSets(destination)) {
        if (!sets.contains(setKey(d.type, d.name)))
            sets.insert(setKey(d.type, d.name), d.id);
    }
    for (const SetRow& s : readSets(source)) {
        if (const int id = sets.value(setKey(s.type, s.name)))
            maps.attributeSets.insert(s.id, id);
    }

    QHash<QString, int> groups; // "set/name" and "set#code" -> Magento 2 group
    for (const GroupRow& d : readGroups(destination)) {
        const QString byName = QString::number(d.setId) + QLatin1Char('/') + d.name;
        const QString byCode = QString::number(d.setId) + QLatin1Char('#') + d.code;
        if (!groups.contains(byName))
            groups.insert(byName, d.id);
        if (!d.code.isEmpty() && !groups.contains(byCode))
            groups.insert(byCode, d.id);
    }
    for (const GroupRow& s : readGroups(source)) {
        const int set = maps.attributeSets.value(s.setId);
        if (set == 0)
            continue;
        int id = groups.value(QString::number(set) + QLatin1Char('/') + s.name);
        if (id == 0)
            id = groups.value(QString::number(set) + QLatin1Char('#') + groupCode(s.name));
        if (id != 0)
            maps.attributeGroups.insert(s.id, id);
    }

    maps.options = matchOptions(readOptions(source), readOptions(destination), attributes);
    return maps;
}

QList<TablePlan> EavStep::plan(StepContext& context)
{
    // The metadata is written by afterCopy(); the plan reports the eav_ tables that other steps (or nobody)
    // carry, so that every table the Map step leaves to "EAV" has a line in the report.
    static const QStringList handled { QStringLiteral("eav_attribute_set"), QStringLiteral("eav_attribute_group"),
        QStringLiteral("eav_attribute"), QStringLiteral("catalog_eav_attribute"),
        QStringLiteral("customer_eav_attribute"), QStringLiteral("eav_entity_attribute"),
        QStringLiteral("eav_attribute_option"), QStringLiteral("eav_attribute_option_value"),
        QStringLiteral("eav_attribute_label"), QStringLiteral("eav_entity_type") };
    QList<TablePlan> plans;
    for (const QString& table : context.sourceCatalog.tableNames()) {
        const bool eav
            = table.startsWith(QLatin1String("eav_")) || table.endsWith(QLatin1String("_eav_attribute_website"));
        if (!eav || handled.contains(table))
            continue;
        TablePlan p;
        p.job.source.name = table;
        p.job.destination.name = table;
        if (table == QLatin1String("eav_entity_store"))
            p.skipReason = tr("handled by the Sales Increment step (order numbers per store)");
        else if (table.startsWith(QLatin1String("eav_form_"))
            || table == QLatin1String("customer_eav_attribute_website"))
            p.skipReason = tr("handled by the Customer Attributes step");
        else if (table == QLatin1String("eav_attribute_option_swatch"))
            p.skipReason = tr("Magento 1 has no swatch table of Magento 2's form");
        else
            p.skipReason = tr("Magento 1's generic EAV entity tables hold no catalog or customer data; not migrated, "
                              "as the Data Migration Tool does not migrate them");
        plans << p;
    }
    return plans;
}

void EavStep::afterCopy(StepContext& context, StepReport& report)
{
    const MigrationEnvironment& env = context.env;
    if (!env.dmt || !env.dmt->classMap())
        throw Error(tr("The EAV step needs the Data Migration Tool configuration with its class map (class_map in "
                       "config.xml): without it every Magento 1 model would be dropped. Give the configuration with "
                       "--config or CUTOVER_DMT_CONFIG."));
    for (const QString& table : writtenTables) {
        if (!context.sourceCatalog.hasTable(table) || !context.destinationCatalog.hasTable(table))
            throw Error(tr("The table %1 is missing in the %2 database; the EAV step needs it in both. Check that "
                           "the source is Magento 1 and the destination Magento 2.")
                            .arg(table, context.sourceCatalog.hasTable(table) ? tr("destination") : tr("source")));
    }
    if (!context.destinationCatalog.hasTable(QStringLiteral("store")))
        throw Error(tr("The destination has no store table; is it a Magento 2 database?"));
    Database src(env.source.profile, env.source.password, QStringLiteral("source"));
    Database dst(env.destination.profile, env.destination.password, QStringLiteral("destination"));
    CopyLedger::ensureTables(dst);
    for (const QString& table : writtenTables)
        CopyLedger::startJob(dst, id() + QLatin1Char('/') + table, table, CopyLedger::Existing::Keep);

    EavWriter writer(context, src, dst, report);
    dst.beginTransaction();
    try {
        writer.run();
        dst.commit();
    } catch (...) {
        dst.rollback();
        throw;
    }
    const QList<TableReport> tables = writer.reports();
    for (const TableReport& table : tables) {
        if (writtenTables.contains(table.sourceTable))
            CopyLedger::saveProgress(dst, id() + QLatin1Char('/') + table.sourceTable, {}, table.rowsWritten, true);
        report.tables << table;
    }
    std::sort(report.tables.begin(), report.tables.end(),
        [](const TableReport& a, const TableReport& b) { return a.sourceTable < b.sourceTable; });
    logger("core.steps")->info("eav: metadata written");
}

} // namespace cutover
