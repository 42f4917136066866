#include "mapping/mapconfig.h"

#include "mapping/dmtxml.h"

#include <QRegularExpression>

namespace cutover {

QString IntegrityIssue::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
}

QString HandlerConfig::param(const QString& name, const QString& fallback) const
{
    for (const auto& [key, value] : params) {
        if (key == name)
            return value;
    }
    return fallback;
}

bool HandlerConfig::hasParam(const QString& name) const
{
    for (const auto& param : params) {
        if (param.first == name)
            return true;
    }
    return false;
}

namespace {

FieldRef fieldRef(const DmtXmlElement& element)
{
    // The XSD guarantees "document.field" with exactly one dot.
    const auto dot = element.text.indexOf(QLatin1Char('.'));
    return FieldRef { element.text.left(dot), element.text.mid(dot + 1), element.line };
}

HandlerConfig handlerConfig(const DmtXmlElement& element, const QString& file)
{
    HandlerConfig config;
    config.className = element.attributes.value(QStringLiteral("class"));
    config.file = file;
    config.line = element.line;
    for (const auto* param : element.elements(QStringLiteral("param")))
        config.params.append(
            { param->attributes.value(QStringLiteral("name")), param->attributes.value(QStringLiteral("value")) });
    return config;
}

void readSide(const DmtXmlElement& side, SideRules& rules, QList<std::tuple<QString, QString, int>>* renames,
    QList<QPair<FieldRef, FieldRef>>* moves, const QString& file)
{
    for (const auto* documentRules : side.elements(QStringLiteral("document_rules"))) {
        for (const auto& rule : documentRules->children) {
            if (rule.name == QLatin1String("ignore"))
                rules.ignoredDocuments.append({ rule.childText(QStringLiteral("document")), rule.line });
            else if (rule.name == QLatin1String("rename") && renames)
                renames->append(
                    { rule.childText(QStringLiteral("document")), rule.childText(QStringLiteral("to")), rule.line });
        }
    }
    for (const auto* fieldRules : side.elements(QStringLiteral("field_rules"))) {
        for (const auto& rule : fieldRules->children) {
            if (rule.name == QLatin1String("ignore")) {
                for (const auto& child : rule.children) {
                    if (child.name == QLatin1String("field"))
                        rules.ignoredFields.append(fieldRef(child));
                    else if (child.name == QLatin1String("datatype"))
                        rules.ignoredDatatypes.append(fieldRef(child));
                }
            } else if (rule.name == QLatin1String("move") && moves) {
                const auto from = rule.elements(QStringLiteral("field"));
                const auto to = rule.elements(QStringLiteral("to"));
                if (!from.isEmpty() && !to.isEmpty())
                    moves->append({ fieldRef(*from.first()), fieldRef(*to.first()) });
            } else if (rule.name == QLatin1String("transform")) {
                const auto field = rule.elements(QStringLiteral("field"));
                const auto handler = rule.elements(QStringLiteral("handler"));
                if (!field.isEmpty() && !handler.isEmpty())
                    rules.transforms.append({ fieldRef(*field.first()), handlerConfig(*handler.first(), file) });
            }
        }
    }
}

} // namespace

MapConfig MapConfig::load(const QString& path, const QString& xsdPath)
{
    const DmtXmlElement root = DmtXml::load(path, xsdPath);
    MapConfig map;
    map.m_file = path;
    for (const auto* source : root.elements(QStringLiteral("source")))
        readSide(*source, map.m_source, &map.m_renames, &map.m_moves, path);
    for (const auto* destination : root.elements(QStringLiteral("destination")))
        readSide(*destination, map.m_destination, nullptr, nullptr, path);

    for (const auto& [from, to, line] : std::as_const(map.m_renames)) {
        Q_UNUSED(line)
        if (!map.m_renameIndex.contains(from))
            map.m_renameIndex.insert(from, to);
        if (!map.m_reverseRenameIndex.contains(to))
            map.m_reverseRenameIndex.insert(to, from);
    }
    for (const auto& [from, to] : std::as_const(map.m_moves)) {
        if (!map.m_moveIndex.contains(from.toString()))
            map.m_moveIndex.insert(from.toString(), to);
    }
    const SideRules* sides[2] = { &map.m_source, &map.m_destination };
    for (int i = 0; i < 2; ++i) {
        for (const auto& [document, line] : sides[i]->ignoredDocuments) {
            Q_UNUSED(line)
            if (document.contains(QLatin1Char('*')))
                map.m_patternIgnored[i].append(document);
            else
                map.m_exactIgnored[i].insert(document);
        }
        for (const auto& field : sides[i]->ignoredFields)
            map.m_fieldIgnored[i].insert(field.toString());
        for (const auto& field : sides[i]->ignoredDatatypes)
            map.m_datatypeIgnored[i].insert(field.toString());
    }
    return map;
}

bool MapConfig::matchesPattern(const QString& pattern, const QString& name)
{
    if (!pattern.contains(QLatin1Char('*')))
        return pattern == name;
    QString regex = QStringLiteral("^");
    const auto parts = pattern.split(QLatin1Char('*'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            regex += QStringLiteral(".+");
        regex += QRegularExpression::escape(parts[i]);
    }
    return QRegularExpression(regex).match(name).hasMatch();
}

bool MapConfig::isDocumentIgnored(const QString& document, Side side) const
{
    const int i = side == Side::Source ? 0 : 1;
    if (m_exactIgnored[i].contains(document))
        return true;
    for (const auto& pattern : m_patternIgnored[i]) {
        if (matchesPattern(pattern, document))
            return true;
    }
    return false;
}

std::optional<QString> MapConfig::destinationDocument(const QString& sourceDocument) const
{
    if (isDocumentIgnored(sourceDocument, Side::Source))
        return std::nullopt;
    return m_renameIndex.value(sourceDocument, sourceDocument);
}

QString MapConfig::sourceDocument(const QString& destinationDocument) const
{
    return m_reverseRenameIndex.value(destinationDocument, destinationDocument);
}

bool MapConfig::isFieldIgnored(const QString& document, const QString& field, Side side) const
{
    return m_fieldIgnored[side == Side::Source ? 0 : 1].contains(document + QLatin1Char('.') + field);
}

bool MapConfig::isFieldDatatypeIgnored(const QString& document, const QString& field, Side side) const
{
    return m_datatypeIgnored[side == Side::Source ? 0 : 1].contains(document + QLatin1Char('.') + field);
}

std::optional<QString> MapConfig::destinationField(const QString& sourceDocument, const QString& field) const
{
    if (isFieldIgnored(sourceDocument, field, Side::Source))
        return std::nullopt;
    const auto move = m_moveIndex.constFind(sourceDocument + QLatin1Char('.') + field);
    if (move != m_moveIndex.constEnd())
        return move->field;
    return field;
}

QList<HandlerConfig> MapConfig::handlers(const QString& document, const QString& field, Side side) const
{
    QList<HandlerConfig> result;
    for (const auto& transform : rules(side).transforms) {
        if (transform.field.document == document && transform.field.field == field)
            result.append(transform.handler);
    }
    return result;
}

QStringList MapConfig::transformedFields(const QString& document, Side side) const
{
    QStringList result;
    for (const auto& transform : rules(side).transforms) {
        if (transform.field.document == document && !result.contains(transform.field.field))
            result.append(transform.field.field);
    }
    return result;
}

QList<HandlerConfig> MapConfig::allHandlers() const
{
    QList<HandlerConfig> result;
    for (const auto& transform : m_source.transforms)
        result.append(transform.handler);
    for (const auto& transform : m_destination.transforms)
        result.append(transform.handler);
    return result;
}

QList<IntegrityIssue> MapConfig::checkTables(
    const QStringList& sourceTables, const QStringList& destinationTables) const
{
    QList<IntegrityIssue> issues;
    const QSet<QString> source(sourceTables.cbegin(), sourceTables.cend());
    const QSet<QString> destination(destinationTables.cbegin(), destinationTables.cend());
    const auto issue = [&](IntegrityIssue::Severity severity, int line, const QString& message) {
        issues.append(IntegrityIssue { severity, m_file, line, message });
    };
    for (const auto& [from, to, line] : m_renames) {
        if (!source.contains(from)) {
            issue(IntegrityIssue::Severity::Warning, line,
                tr("the rename rule names the source table %1, which does not exist; it never applies").arg(from));
        } else if (!isDocumentIgnored(from, Side::Source) && !destination.contains(to)) {
            issue(IntegrityIssue::Severity::Error, line,
                tr("the source table %1 is renamed to %2, which the destination does not have").arg(from, to));
        }
    }
    const auto checkFieldRule = [&](const FieldRef& field, Side side) {
        const auto& tables = side == Side::Source ? source : destination;
        if (!tables.contains(field.document) && !isDocumentIgnored(field.document, side)) {
            issue(IntegrityIssue::Severity::Warning, field.line,
                side == Side::Source
                    ? tr("the field rule %1 names a source table that does not exist").arg(field.toString())
                    : tr("the field rule %1 names a destination table that does not exist").arg(field.toString()));
        }
    };
    for (const auto& [from, to] : m_moves) {
        checkFieldRule(from, Side::Source);
        checkFieldRule(to, Side::Destination);
    }
    for (const auto& transform : m_source.transforms)
        checkFieldRule(transform.field, Side::Source);
    for (const auto& transform : m_destination.transforms)
        checkFieldRule(transform.field, Side::Destination);

    QStringList sortedSource = sourceTables;
    sortedSource.sort();
    QSet<QString> mappedTargets;
    for (const auto& table : std::as_const(sortedSource)) {
        const auto target = destinationDocument(table);
        if (!target)
            continue;
        mappedTargets.insert(*target);
        if (!destination.contains(*target) && !isDocumentIgnored(*target, Side::Destination)) {
            issue(IntegrityIssue::Severity::Error, 0,
                tr("the source table %1 has no destination table %2; add an ignore or a rename rule for it")
                    .arg(table, *target));
        }
    }
    QStringList sortedDestination = destinationTables;
    sortedDestination.sort();
    for (const auto& table : std::as_const(sortedDestination)) {
        if (isDocumentIgnored(table, Side::Destination) || mappedTargets.contains(table))
            continue;
        issue(IntegrityIssue::Severity::Error, 0,
            tr("the destination table %1 is not the target of any source table; add an ignore rule for it on the "
               "destination side")
                .arg(table));
    }
    return issues;
}

} // namespace cutover
