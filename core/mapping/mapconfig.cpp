#include "mapping/mapconfig.h"

#include "mapping/dmtxml.h"

#include "error.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QXmlStreamWriter>

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

    map.reindex();
    return map;
}

void MapConfig::reindex()
{
    m_renameIndex.clear();
    m_reverseRenameIndex.clear();
    m_moveIndex.clear();
    for (int i = 0; i < 2; ++i) {
        m_exactIgnored[i].clear();
        m_patternIgnored[i].clear();
        m_fieldIgnored[i].clear();
        m_datatypeIgnored[i].clear();
    }
    for (const auto& [from, to, line] : std::as_const(m_renames)) {
        Q_UNUSED(line)
        if (!m_renameIndex.contains(from))
            m_renameIndex.insert(from, to);
        if (!m_reverseRenameIndex.contains(to))
            m_reverseRenameIndex.insert(to, from);
    }
    for (const auto& [from, to] : std::as_const(m_moves)) {
        if (!m_moveIndex.contains(from.toString()))
            m_moveIndex.insert(from.toString(), to);
    }
    const SideRules* sides[2] = { &m_source, &m_destination };
    for (int i = 0; i < 2; ++i) {
        for (const auto& [document, line] : sides[i]->ignoredDocuments) {
            Q_UNUSED(line)
            if (document.contains(QLatin1Char('*')))
                m_patternIgnored[i].append(document);
            else
                m_exactIgnored[i].insert(document);
        }
        for (const auto& field : sides[i]->ignoredFields)
            m_fieldIgnored[i].insert(field.toString());
        for (const auto& field : sides[i]->ignoredDatatypes)
            m_datatypeIgnored[i].insert(field.toString());
    }
}

MapConfig MapConfig::overlaid(const MapConfig& overrides) const
{
    MapConfig result = *this;
    result.m_overrideFile = overrides.m_file;

    // Documents: the override's source rules replace this map's for the same name.
    QSet<QString> overridden;
    for (const auto& [document, line] : overrides.m_source.ignoredDocuments) {
        Q_UNUSED(line)
        overridden.insert(document);
    }
    for (const auto& [from, to, line] : overrides.m_renames) {
        Q_UNUSED(to)
        Q_UNUSED(line)
        overridden.insert(from);
        if (!from.contains(QLatin1Char('*')))
            result.m_forcedDocuments.insert(from);
    }
    result.m_source.ignoredDocuments.removeIf([&](const auto& rule) { return overridden.contains(rule.first); });
    result.m_renames.removeIf([&](const auto& rule) { return overridden.contains(std::get<0>(rule)); });
    for (const auto& [document, line] : overrides.m_source.ignoredDocuments) {
        Q_UNUSED(line)
        result.m_forcedDocuments.remove(document);
    }
    // Override rules come first, so that they win where the first matching rule wins.
    result.m_renames = overrides.m_renames + result.m_renames;
    result.m_source.ignoredDocuments += overrides.m_source.ignoredDocuments;
    result.m_destination.ignoredDocuments += overrides.m_destination.ignoredDocuments;

    // Fields: an override rule for a field replaces this map's ignore, move and transform rules for it.
    const auto layerFields = [](SideRules& base, const SideRules& top, QList<QPair<FieldRef, FieldRef>>* baseMoves,
                                 const QList<QPair<FieldRef, FieldRef>>& topMoves) {
        QSet<QString> named;
        for (const auto& field : top.ignoredFields)
            named.insert(field.toString());
        for (const auto& transform : top.transforms)
            named.insert(transform.field.toString());
        for (const auto& [from, to] : topMoves) {
            Q_UNUSED(to)
            named.insert(from.toString());
        }
        base.ignoredFields.removeIf([&](const FieldRef& field) { return named.contains(field.toString()); });
        base.transforms.removeIf(
            [&](const FieldTransform& transform) { return named.contains(transform.field.toString()); });
        if (baseMoves) {
            baseMoves->removeIf([&](const auto& move) { return named.contains(move.first.toString()); });
            *baseMoves = topMoves + *baseMoves;
        }
        base.ignoredFields += top.ignoredFields;
        base.ignoredDatatypes += top.ignoredDatatypes;
        base.transforms += top.transforms;
    };
    layerFields(result.m_source, overrides.m_source, &result.m_moves, overrides.m_moves);
    layerFields(result.m_destination, overrides.m_destination, nullptr, {});
    result.reindex();
    return result;
}

void MapConfig::addDocumentIgnore(const QString& document, Side side)
{
    SideRules& rules = side == Side::Source ? m_source : m_destination;
    if (side == Side::Source)
        m_renames.removeIf([&](const auto& rule) { return std::get<0>(rule) == document; });
    rules.ignoredDocuments.removeIf([&](const auto& rule) { return rule.first == document; });
    rules.ignoredDocuments.append({ document, 0 });
    reindex();
}

void MapConfig::addDocumentRename(const QString& from, const QString& to)
{
    m_source.ignoredDocuments.removeIf([&](const auto& rule) { return rule.first == from; });
    m_renames.removeIf([&](const auto& rule) { return std::get<0>(rule) == from; });
    m_renames.append({ from, to, 0 });
    reindex();
}

void MapConfig::addFieldIgnore(const QString& document, const QString& field, Side side)
{
    SideRules& rules = side == Side::Source ? m_source : m_destination;
    const QString name = document + QLatin1Char('.') + field;
    rules.ignoredFields.removeIf([&](const FieldRef& f) { return f.toString() == name; });
    rules.transforms.removeIf([&](const FieldTransform& t) { return t.field.toString() == name; });
    if (side == Side::Source)
        m_moves.removeIf([&](const auto& move) { return move.first.toString() == name; });
    rules.ignoredFields.append(FieldRef { document, field, 0 });
    reindex();
}

void MapConfig::addDatatypeIgnore(const QString& document, const QString& field, Side side)
{
    SideRules& rules = side == Side::Source ? m_source : m_destination;
    const QString name = document + QLatin1Char('.') + field;
    rules.ignoredDatatypes.removeIf([&](const FieldRef& f) { return f.toString() == name; });
    rules.ignoredDatatypes.append(FieldRef { document, field, 0 });
    reindex();
}

void MapConfig::addFieldMove(const FieldRef& from, const FieldRef& to)
{
    const QString name = from.toString();
    m_source.ignoredFields.removeIf([&](const FieldRef& f) { return f.toString() == name; });
    m_moves.removeIf([&](const auto& move) { return move.first.toString() == name; });
    m_moves.append({ FieldRef { from.document, from.field, 0 }, FieldRef { to.document, to.field, 0 } });
    reindex();
}

bool MapConfig::isEmpty() const
{
    const auto empty = [](const SideRules& rules) {
        return rules.ignoredDocuments.isEmpty() && rules.ignoredFields.isEmpty() && rules.ignoredDatatypes.isEmpty()
            && rules.transforms.isEmpty();
    };
    return empty(m_source) && empty(m_destination) && m_renames.isEmpty() && m_moves.isEmpty();
}

QByteArray MapConfig::toXml() const
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(4);
    w.writeStartDocument();
    w.writeComment(QStringLiteral(" Cutover: the project's override rules, layered on top of the configuration's "
                                  "map.xml. The Data Migration Tool's map format. "));
    w.writeStartElement(QStringLiteral("map"));
    const auto writeField = [&](const QString& element, const FieldRef& field) {
        w.writeTextElement(element, field.toString());
    };
    const auto writeSide = [&](const QString& name, const SideRules& rules, bool source) {
        w.writeStartElement(name);
        if (!rules.ignoredDocuments.isEmpty() || (source && !m_renames.isEmpty())) {
            w.writeStartElement(QStringLiteral("document_rules"));
            for (const auto& [document, line] : rules.ignoredDocuments) {
                Q_UNUSED(line)
                w.writeStartElement(QStringLiteral("ignore"));
                w.writeTextElement(QStringLiteral("document"), document);
                w.writeEndElement();
            }
            if (source) {
                for (const auto& [from, to, line] : m_renames) {
                    Q_UNUSED(line)
                    w.writeStartElement(QStringLiteral("rename"));
                    w.writeTextElement(QStringLiteral("document"), from);
                    w.writeTextElement(QStringLiteral("to"), to);
                    w.writeEndElement();
                }
            }
            w.writeEndElement();
        }
        if (!rules.ignoredFields.isEmpty() || !rules.ignoredDatatypes.isEmpty() || !rules.transforms.isEmpty()
            || (source && !m_moves.isEmpty())) {
            w.writeStartElement(QStringLiteral("field_rules"));
            for (const auto& field : rules.ignoredFields) {
                w.writeStartElement(QStringLiteral("ignore"));
                writeField(QStringLiteral("field"), field);
                w.writeEndElement();
            }
            for (const auto& field : rules.ignoredDatatypes) {
                w.writeStartElement(QStringLiteral("ignore"));
                writeField(QStringLiteral("datatype"), field);
                w.writeEndElement();
            }
            if (source) {
                for (const auto& [from, to] : m_moves) {
                    w.writeStartElement(QStringLiteral("move"));
                    writeField(QStringLiteral("field"), from);
                    writeField(QStringLiteral("to"), to);
                    w.writeEndElement();
                }
            }
            for (const auto& transform : rules.transforms) {
                w.writeStartElement(QStringLiteral("transform"));
                writeField(QStringLiteral("field"), transform.field);
                w.writeStartElement(QStringLiteral("handler"));
                w.writeAttribute(QStringLiteral("class"), transform.handler.className);
                for (const auto& [param, value] : transform.handler.params) {
                    w.writeEmptyElement(QStringLiteral("param"));
                    w.writeAttribute(QStringLiteral("name"), param);
                    w.writeAttribute(QStringLiteral("value"), value);
                }
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    };
    writeSide(QStringLiteral("source"), m_source, true);
    writeSide(QStringLiteral("destination"), m_destination, false);
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

void MapConfig::save(const QString& path, const QString& xsdPath) const
{
    const QByteArray xml = toXml();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        throw Error(tr("Could not create the folder %1 for the override map; check that it can be written.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    {
        // Checked against map.xsd before it replaces anything: a file that would not load is never written.
        QTemporaryFile check(info.absolutePath() + QStringLiteral("/.cutover-map-XXXXXX.xml"));
        if (!check.open() || check.write(xml) != xml.size() || !check.flush())
            throw Error(tr("Could not write the override map next to %1: %2").arg(path, check.errorString()));
        try {
            DmtXml::load(check.fileName(), xsdPath);
        } catch (const Error& e) {
            throw Error(tr("The override map for %1 would not be valid, so it was not written: %2")
                            .arg(QDir::toNativeSeparators(path), e.message()));
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !file.commit())
        throw Error(tr("Could not write the override map %1: %2. Check that the folder can be written.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
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
    if (side == Side::Source && m_forcedDocuments.contains(document))
        return false;
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
