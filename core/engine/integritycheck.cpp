#include "engine/integritycheck.h"

#include "connection/magentoinstall.h"
#include "db/database.h"
#include "engine/foreignkeycheck.h"
#include "error.h"
#include "log/log.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "project/project.h"
#include "steps/mapstep.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace cutover {

namespace {

const QString mapFileOption = QStringLiteral("map_file");

QString sideName(MapConfig::Side side)
{
    return side == MapConfig::Side::Source ? QStringLiteral("source") : QStringLiteral("destination");
}

QString actionName(IntegrityFix::Action action)
{
    switch (action) {
    case IntegrityFix::Action::IgnoreDocument:
        return QStringLiteral("ignore-document");
    case IntegrityFix::Action::IgnoreField:
        return QStringLiteral("ignore-field");
    case IntegrityFix::Action::IgnoreDatatype:
        return QStringLiteral("ignore-datatype");
    case IntegrityFix::Action::MoveField:
        return QStringLiteral("move-field");
    }
    return {};
}

enum class Family { Text, Integer, Decimal, Temporal, Binary, Other };

Family familyOf(const ColumnInfo& column)
{
    const QString& t = column.dataType;
    // Not endsWith("int"): point and multipoint are spatial types.
    static const QStringList integers { QStringLiteral("tinyint"), QStringLiteral("smallint"),
        QStringLiteral("mediumint"), QStringLiteral("int"), QStringLiteral("integer"), QStringLiteral("bigint") };
    if (integers.contains(t))
        return Family::Integer;
    if (t == QLatin1String("decimal") || t == QLatin1String("float") || t == QLatin1String("double"))
        return Family::Decimal;
    if (column.isTemporal())
        return Family::Temporal;
    if (t.endsWith(QLatin1String("char")) || t.endsWith(QLatin1String("text")) || t == QLatin1String("enum")
        || t == QLatin1String("set"))
        return Family::Text;
    if (t.endsWith(QLatin1String("blob")) || t.endsWith(QLatin1String("binary")))
        return Family::Binary;
    return Family::Other;
}

int integerWidth(const QString& dataType)
{
    static const QStringList widths = { QStringLiteral("tinyint"), QStringLiteral("smallint"),
        QStringLiteral("mediumint"), QStringLiteral("int"), QStringLiteral("bigint") };
    return int(widths.indexOf(dataType));
}

bool isUnsigned(const ColumnInfo& column)
{
    return column.columnType.contains(QLatin1String("unsigned"));
}

bool compatible(const ColumnInfo& from, const ColumnInfo& to)
{
    const Family a = familyOf(from);
    const Family b = familyOf(to);
    if (a == b)
        return true;
    return b == Family::Text && a != Family::Binary; // anything readable fits a text column
}

// Why values of `from` would not fit `to` unchanged, or empty.
QString mismatch(const ColumnInfo& from, const ColumnInfo& to)
{
    const Family a = familyOf(from);
    const Family b = familyOf(to);
    if (a == Family::Text && b == Family::Text) {
        if (to.maxLength > 0 && from.maxLength > to.maxLength)
            return IntegrityCheck::tr("%1 into %2: values longer than %n character(s) would be cut", "",
                int(to.maxLength))
                .arg(from.columnType, to.columnType);
        return {};
    }
    if ((a == Family::Integer || a == Family::Decimal) && (b == Family::Integer || b == Family::Decimal)) {
        if (!isUnsigned(from) && isUnsigned(to))
            return IntegrityCheck::tr("%1 into %2: negative values would not fit").arg(from.columnType, to.columnType);
        if (a == Family::Integer && b == Family::Integer
            && integerWidth(from.dataType) > integerWidth(to.dataType))
            return IntegrityCheck::tr("%1 into %2: large values would not fit").arg(from.columnType, to.columnType);
        if (a == Family::Decimal && b == Family::Integer)
            return IntegrityCheck::tr("%1 into %2: decimals would be rounded").arg(from.columnType, to.columnType);
        return {};
    }
    if (a == Family::Text && (b == Family::Integer || b == Family::Decimal || b == Family::Temporal))
        return IntegrityCheck::tr("%1 into %2: text that is not a number or date would become 0 or be refused")
            .arg(from.columnType, to.columnType);
    if (a != b && b != Family::Text && a != Family::Other && b != Family::Other)
        return IntegrityCheck::tr("%1 into %2: the types differ").arg(from.columnType, to.columnType);
    return {};
}

// 0..1, 1 for equal names: Levenshtein distance over the longer length.
double similarity(const QString& a, const QString& b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n == 0 || m == 0)
        return 0;
    QList<qsizetype> previous(m + 1);
    QList<qsizetype> current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
        }
        std::swap(previous, current);
    }
    return 1.0 - double(previous[m]) / double(std::max(n, m));
}

} // namespace

void IntegrityFix::applyTo(MapConfig& overrides) const
{
    switch (action) {
    case Action::IgnoreDocument:
        overrides.addDocumentIgnore(document, side);
        break;
    case Action::IgnoreField:
        overrides.addFieldIgnore(document, field, side);
        break;
    case Action::IgnoreDatatype:
        overrides.addDatatypeIgnore(document, field, side);
        break;
    case Action::MoveField:
        overrides.addFieldMove(FieldRef { document, field, 0 }, FieldRef { toDocument, toField, 0 });
        break;
    }
}

QJsonObject IntegrityFix::toJson() const
{
    QJsonObject json { { QStringLiteral("id"), id }, { QStringLiteral("action"), actionName(action) },
        { QStringLiteral("side"), sideName(side) }, { QStringLiteral("document"), document },
        { QStringLiteral("label"), label } };
    if (!field.isEmpty())
        json.insert(QStringLiteral("field"), field);
    if (action == Action::MoveField)
        json.insert(QStringLiteral("to"), toDocument + QLatin1Char('.') + toField);
    return json;
}

QString IntegrityFinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::UnmappedTable:
        return QStringLiteral("unmapped-table");
    case Kind::UnmappedField:
        return QStringLiteral("unmapped-field");
    case Kind::DestinationFieldWithoutSource:
        return QStringLiteral("destination-field");
    case Kind::TypeMismatch:
        return QStringLiteral("type-mismatch");
    case Kind::BrokenRule:
        return QStringLiteral("broken-rule");
    case Kind::UnknownHandler:
        return QStringLiteral("handler");
    case Kind::OrphanRows:
        return QStringLiteral("orphans");
    case Kind::ReleaseGap:
        return QStringLiteral("release");
    }
    return {};
}

QString IntegrityFinding::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::UnmappedTable:
        return tr("Source tables without a destination");
    case Kind::UnmappedField:
        return tr("Source fields the destination lacks");
    case Kind::DestinationFieldWithoutSource:
        return tr("Required destination fields without a source");
    case Kind::TypeMismatch:
        return tr("Type mismatches");
    case Kind::BrokenRule:
        return tr("Rules naming what does not exist");
    case Kind::UnknownHandler:
        return tr("Handlers Cutover cannot run");
    case Kind::OrphanRows:
        return tr("Orphan rows in the source");
    case Kind::ReleaseGap:
        return tr("What this release does not have");
    }
    return {};
}

QJsonObject IntegrityFinding::toJson() const
{
    QJsonArray fixList;
    for (const IntegrityFix& fix : fixes)
        fixList.append(fix.toJson());
    QJsonObject json { { QStringLiteral("id"), id }, { QStringLiteral("kind"), kindName(kind) },
        { QStringLiteral("severity"),
            severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning") },
        { QStringLiteral("document"), document }, { QStringLiteral("message"), message },
        { QStringLiteral("fixes"), fixList } };
    if (!field.isEmpty())
        json.insert(QStringLiteral("field"), field);
    return json;
}

int IntegrityReport::errors() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
        [](const IntegrityFinding& f) { return f.severity == IntegrityFinding::Severity::Error; }));
}

int IntegrityReport::warnings() const
{
    return int(findings.size()) - errors();
}

const IntegrityFinding* IntegrityReport::finding(const QString& id) const
{
    for (const IntegrityFinding& f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

const IntegrityFix* IntegrityReport::fix(const QString& id) const
{
    if (const IntegrityFinding* f = finding(id))
        return f->fixes.isEmpty() ? nullptr : &f->fixes.first();
    for (const IntegrityFinding& f : findings) {
        for (const IntegrityFix& fix : f.fixes) {
            if (fix.id == id)
                return &fix;
        }
    }
    return nullptr;
}

QJsonObject IntegrityReport::toJson() const
{
    QJsonArray list;
    for (const IntegrityFinding& f : findings)
        list.append(f.toJson());
    return QJsonObject { { QStringLiteral("errors"), errors() }, { QStringLiteral("warnings"), warnings() },
        { QStringLiteral("findings"), list } };
}

QString IntegrityReport::toText() const
{
    QString text;
    const IntegrityFinding::Kind kinds[] = { IntegrityFinding::Kind::UnmappedTable,
        IntegrityFinding::Kind::UnmappedField, IntegrityFinding::Kind::DestinationFieldWithoutSource,
        IntegrityFinding::Kind::TypeMismatch, IntegrityFinding::Kind::UnknownHandler,
        IntegrityFinding::Kind::BrokenRule, IntegrityFinding::Kind::OrphanRows, IntegrityFinding::Kind::ReleaseGap };
    for (const auto kind : kinds) {
        QStringList lines;
        for (const IntegrityFinding& f : findings) {
            if (f.kind != kind)
                continue;
            lines << QStringLiteral("  %1 [%2] %3")
                         .arg(f.severity == IntegrityFinding::Severity::Error ? tr("error") : tr("warning"), f.id,
                             f.message);
            for (const IntegrityFix& fix : f.fixes)
                lines << tr("      fix %1: %2").arg(fix.id, fix.label);
        }
        if (lines.isEmpty())
            continue;
        text += IntegrityFinding::kindTitle(kind) + QLatin1Char('\n') + lines.join(QLatin1Char('\n'))
            + QLatin1Char('\n');
    }
    if (errors() > 0)
        text += tr("%n error(s) block the data migration; apply their fixes (cutover-cli integrity --fix ID) or "
                   "change the mapping, then check again.",
                    "", errors())
            + QLatin1Char(' ');
    else
        text += tr("No errors: the data migration may start.") + QLatin1Char(' ');
    text += tr("%n warning(s).", "", warnings()) + QLatin1Char('\n');
    return text;
}

namespace {

// "a, b, c and 12 more": long lists are cut, the rest counted.
QString shortList(QStringList names, int shown = 12)
{
    names.sort();
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    return IntegrityCheck::tr("%1 and %n more", "", int(names.size()) - shown)
        .arg(names.mid(0, shown).join(QStringLiteral(", ")));
}

// One finding for what this store lacks of what the map's rules name, with the release the store is.
IntegrityFinding releaseGaps(Database& src, const QStringList& tables, const QStringList& sourceFields,
    const QStringList& destinationFields, const QString& mapName)
{
    IntegrityFinding f;
    f.kind = IntegrityFinding::Kind::ReleaseGap;
    f.severity = IntegrityFinding::Severity::Warning;
    f.id = QStringLiteral("release:magento1");
    f.document = mapName;
    QString release = IntegrityCheck::tr("a Magento 1 store");
    try {
        QSet<QString> physical;
        QSqlQuery q = src.query(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                               "DATABASE()"));
        while (q.next())
            physical.insert(q.value(0).toString());
        const MagentoInstall install = MagentoInstall::read(MagentoFlavour::Magento1, src.profile().tablePrefix,
            [&](const QString& sql) { return src.scalar(sql); }, physical);
        if (!install.release.isEmpty())
            release = IntegrityCheck::tr("%1 (%2)").arg(install.release, install.version);
    } catch (const Error&) {
        // The release only names the store in the message; what it lacks was read from its tables.
    }
    QStringList parts;
    if (!tables.isEmpty())
        parts << IntegrityCheck::tr("%n table(s): %1", "", int(tables.size())).arg(shortList(tables));
    if (!sourceFields.isEmpty())
        parts << IntegrityCheck::tr("%n field(s): %1", "", int(sourceFields.size())).arg(shortList(sourceFields));
    f.message = IntegrityCheck::tr("This store is %1. %2 has rules for what it does not have, from other Magento 1 "
                                   "releases and from extensions: %3. There is nothing of them here to migrate, and "
                                   "their rules do not apply; nothing is left behind.")
                    .arg(release, mapName, parts.join(QStringLiteral("; ")));
    if (!destinationFields.isEmpty())
        f.message += QLatin1Char(' ')
            + IntegrityCheck::tr("Magento 2 here has none of %n field(s) that the map ignores on its side (from other "
                                 "Magento 2 releases): %1.",
                "", int(destinationFields.size()))
                  .arg(shortList(destinationFields));
    return f;
}

} // namespace

IntegrityReport IntegrityCheck::run(const MigrationEnvironment& env, const RunControl* control, const Progress& progress)
{
    const DmtConfiguration* dmt = env.dmt;
    const MapConfig* map = dmt ? dmt->map(mapFileOption) : nullptr;
    if (!map)
        throw Error(tr("The Data Migration Tool configuration has no map_file; the integrity check needs its map.xml."));
    const QString mapName = QFileInfo(map->file()).fileName();
    const auto cancelled = [&] {
        if (control && control->isCancelled())
            throw CancelledError(tr("The integrity check was cancelled."));
    };

    Database src(env.source.profile, env.source.password, QStringLiteral("integrity-source"));
    Database dst(env.destination.profile, env.destination.password, QStringLiteral("integrity-destination"));
    const SchemaCatalog sourceCatalog = SchemaCatalog::read(src);
    const SchemaCatalog destinationCatalog = SchemaCatalog::read(dst);
    IntegrityReport report;
    auto& findings = report.findings;
    using Kind = IntegrityFinding::Kind;
    using Severity = IntegrityFinding::Severity;
    using Side = MapConfig::Side;

    // Handlers: a class Cutover does not know or does not implement is an error (the tool would run it); one it
    // implements that refuses its rule (a missing encryption key, a bad param) is a warning, since the step leaves
    // that table or setting out and reports why. One finding per file and problem, with the lines.
    if (env.handlers) {
        struct Group
        {
            IntegrityFinding finding;
            QStringList lines;
            QString file;
        };
        QList<Group> groups;
        const auto checkHandler = [&](const HandlerConfig& handler) {
            for (const IntegrityIssue& issue : env.handlers->check({ handler })) {
                // A class the tool knows that Cutover does not run yet leaves its table out, reported; an unknown
                // one (an extension's, a typo) is an error.
                const bool known = env.handlers->support(handler.className) != HandlerRegistry::Support::Unknown;
                const QString name = QFileInfo(issue.file).fileName();
                static const QRegularExpression location(QStringLiteral("^.*?:\\d+: "));
                const QString message = QString(issue.message).remove(location);
                auto group = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
                    return g.file == issue.file && g.finding.message == message;
                });
                if (group == groups.end()) {
                    Group g;
                    g.file = issue.file;
                    g.finding.kind = Kind::UnknownHandler;
                    g.finding.severity = known ? Severity::Warning : Severity::Error;
                    g.finding.document = name;
                    g.finding.field = HandlerRegistry::normalize(handler.className);
                    g.finding.id = QStringLiteral("handler:%1:%2").arg(name).arg(issue.line);
                    g.finding.message = message;
                    groups << g;
                    group = groups.end() - 1;
                }
                group->lines << QString::number(issue.line);
            }
        };
        for (const MapConfig& each : dmt->maps()) {
            for (const HandlerConfig& handler : each.allHandlers())
                checkHandler(handler);
        }
        if (const SettingsConfig* settings = dmt->settings()) {
            for (const auto& transform : settings->transforms())
                checkHandler(transform.handler);
        }
        for (Group& g : groups) {
            g.finding.message = (g.finding.severity == Severity::Error
                    ? tr("%1 (%2, line(s) %3). Cutover does not know this handler: correct or remove those rules, or "
                         "add rules replacing them to the project's override map.")
                    : tr("%1 (%2, line(s) %3). Until that is fixed, what those rules transform is left out of the "
                         "migration and the report says so."))
                                    .arg(g.finding.message, QDir::toNativeSeparators(g.file),
                                        g.lines.join(QStringLiteral(", ")));
            findings << g.finding;
        }
    }

    // Rules that name what does not exist: they never apply, which usually means a typo. Except ignore rules: the
    // map serves many releases and extensions, and ignoring a field this store does not have changes nothing; those
    // fields, like the tables of the rules that this store lacks, are what its release does not have.
    QStringList lackedTables;
    QStringList lackedSourceFields;
    QStringList lackedDestinationFields;
    const auto brokenRule = [&](const FieldRef& ref, Side side, const QString& what) {
        const SchemaCatalog& catalog = side == Side::Source ? sourceCatalog : destinationCatalog;
        if (map->isDocumentIgnored(ref.document, side))
            return;
        const TableInfo* table = catalog.table(ref.document);
        if (!table) {
            if (side == Side::Source && !lackedTables.contains(ref.document))
                lackedTables << ref.document;
            return;
        }
        if (table->hasColumn(ref.field))
            return;
        if (what == QLatin1String("ignore")) {
            QStringList& lacked = side == Side::Source ? lackedSourceFields : lackedDestinationFields;
            if (!lacked.contains(ref.toString()))
                lacked << ref.toString();
            return;
        }
        IntegrityFinding f;
        f.kind = Kind::BrokenRule;
        f.severity = Severity::Warning;
        f.document = ref.document;
        f.field = ref.field;
        f.id = QStringLiteral("broken-rule:%1:%2.%3").arg(sideName(side), ref.document, ref.field);
        f.message = (side == Side::Source
                ? tr("The %1 rule for %2 in %3 names a field the source table %4 does not have; it never applies. "
                     "Correct the field's name or remove the rule.")
                : tr("The %1 rule for %2 in %3 names a field the destination table %4 does not have; it never "
                     "applies. Correct the field's name or remove the rule."))
                        .arg(what, ref.toString(), mapName, ref.document);
        if (!report.finding(f.id))
            findings << f;
    };
    for (const FieldRef& ref : map->rules(Side::Source).ignoredFields)
        brokenRule(ref, Side::Source, QStringLiteral("ignore"));
    for (const FieldTransform& t : map->rules(Side::Source).transforms)
        brokenRule(t.field, Side::Source, QStringLiteral("transform"));
    for (const auto& [from, to] : map->movedFields())
        brokenRule(from, Side::Source, QStringLiteral("move"));
    for (const FieldRef& ref : map->rules(Side::Destination).ignoredFields)
        brokenRule(ref, Side::Destination, QStringLiteral("ignore"));
    for (const FieldRef& ref : map->rules(Side::Source).ignoredDatatypes)
        brokenRule(ref, Side::Source, QStringLiteral("ignore"));
    // The tables the other map files and the groups files name (tier prices, EAV, customers, logs) too.
    const auto lacks = [&](const MapConfig& file, const QString& table) {
        if (!table.contains(QLatin1Char('*')) && !sourceCatalog.hasTable(table)
            && !file.isDocumentIgnored(table, Side::Source) && !lackedTables.contains(table))
            lackedTables << table;
    };
    for (const MapConfig& file : dmt->maps()) {
        for (const auto& [from, to, line] : file.renamedDocuments())
            lacks(file, from);
        for (const FieldRef& ref : file.rules(Side::Source).ignoredFields)
            lacks(file, ref.document);
        for (const FieldTransform& t : file.rules(Side::Source).transforms)
            lacks(file, t.field.document);
        for (const auto& [from, to] : file.movedFields())
            lacks(file, from.document);
    }
    for (auto file = dmt->allGroups().cbegin(); file != dmt->allGroups().cend(); ++file) {
        // Document groups name tables; attribute groups name attribute codes under entity types.
        if (!file.key().contains(QLatin1String("document")))
            continue;
        for (const GroupsConfig::Group& group : file.value().groups()) {
            // Destination tables, and eav_entities: entity type codes, not tables.
            if (group.name.startsWith(QLatin1String("destination")) || group.name == QLatin1String("eav_entities"))
                continue;
            for (const GroupsConfig::Entry& document : group.documents) {
                if (!document.name.contains(QLatin1Char('*')) && !sourceCatalog.hasTable(document.name)
                    && !lackedTables.contains(document.name))
                    lackedTables << document.name;
            }
        }
    }
    if (!lackedTables.isEmpty() || !lackedSourceFields.isEmpty() || !lackedDestinationFields.isEmpty())
        findings << releaseGaps(src, lackedTables, lackedSourceFields, lackedDestinationFields, mapName);

    // The Map step's tables.
    QStringList tables = sourceCatalog.tableNames();
    tables.sort();
    QList<QPair<QString, QString>> carried; ///< source, destination tables the Map step copies
    int done = 0;
    for (const QString& table : std::as_const(tables)) {
        cancelled();
        if (progress)
            progress(done++, int(tables.size()) + 1);
        if (!MapStep::otherStepOf(table, *dmt).isEmpty())
            continue;
        // Cutover's own change capture tables (cutover_cl, cutover_capture_meta) are never migrated, whatever map
        // the user brings: the Data Migration Tool's map.xml does not know them.
        if (table.startsWith(QLatin1String("cutover_")))
            continue;
        const std::optional<QString> target = map->destinationDocument(table);
        if (!target)
            continue;
        const TableInfo* source = sourceCatalog.table(table);
        const TableInfo* destination = destinationCatalog.table(*target);
        if (!destination) {
            IntegrityFinding f;
            f.kind = Kind::UnmappedTable;
            f.severity = Severity::Error;
            f.document = table;
            f.id = QStringLiteral("unmapped-table:") + table;
            f.message = *target == table
                ? tr("The source table %1 is not mapped and the destination has no table of that name (an "
                     "extension's table, most likely): its rows would be left behind. Ignore it if Magento 2 does "
                     "not need them, or add a rename rule for it to the project's override map.")
                      .arg(table)
                : tr("%1 renames the source table %2 to %3, which the destination does not have. Ignore the table "
                     "or correct the rename in the project's override map.")
                      .arg(mapName, table, *target);
            f.fixes << IntegrityFix { f.id + QStringLiteral("/ignore"), IntegrityFix::Action::IgnoreDocument,
                Side::Source, table, {}, {}, {}, tr("Ignore the table %1").arg(table) };
            findings << f;
            continue;
        }
        carried << qMakePair(table, *target);

        const QStringList sourceHandled = map->transformedFields(table, Side::Source);
        const QStringList destinationHandled = map->transformedFields(*target, Side::Destination);
        QSet<QString> reached;
        QList<const ColumnInfo*> unmapped;
        for (const ColumnInfo& column : source->columns) {
            const std::optional<QString> field = map->destinationField(table, column.name);
            if (!field)
                continue;
            const ColumnInfo* to = destination->column(*field);
            if (!to) {
                unmapped << &column;
                continue;
            }
            reached.insert(*field);
            if (sourceHandled.contains(column.name) || destinationHandled.contains(*field)
                || map->isFieldDatatypeIgnored(table, column.name, Side::Source)
                || map->isFieldDatatypeIgnored(*target, *field, Side::Destination))
                continue;
            const QString why = mismatch(column, *to);
            if (why.isEmpty())
                continue;
            IntegrityFinding f;
            f.kind = Kind::TypeMismatch;
            f.severity = Severity::Warning;
            f.document = table;
            f.field = column.name;
            f.id = QStringLiteral("type-mismatch:%1.%2").arg(table, column.name);
            f.message = tr("%1.%2 goes to %3.%4 (%5). Check the values, or accept the difference.")
                            .arg(table, column.name, *target, *field, why);
            f.fixes << IntegrityFix { f.id + QStringLiteral("/ignore"), IntegrityFix::Action::IgnoreDatatype,
                Side::Source, table, column.name, {}, {}, tr("Accept the difference (ignore the data type)") };
            findings << f;
        }
        for (const QString& field : destinationHandled)
            reached.insert(field);

        // Destination fields nothing reaches, as candidates for the unmapped source fields and as findings.
        QList<const ColumnInfo*> free;
        for (const ColumnInfo& column : destination->columns) {
            if (!reached.contains(column.name) && !column.autoIncrement
                && !map->isFieldIgnored(*target, column.name, Side::Destination))
                free << &column;
        }
        const auto ranked = [](const ColumnInfo& from, QList<const ColumnInfo*> candidates) {
            candidates.removeIf([&](const ColumnInfo* c) { return !compatible(from, *c); });
            std::stable_sort(candidates.begin(), candidates.end(), [&](const ColumnInfo* a, const ColumnInfo* b) {
                return similarity(from.name, a->name) > similarity(from.name, b->name);
            });
            return candidates.mid(0, 3);
        };
        for (const ColumnInfo* column : std::as_const(unmapped)) {
            IntegrityFinding f;
            f.kind = Kind::UnmappedField;
            f.severity = Severity::Error;
            f.document = table;
            f.field = column->name;
            f.id = QStringLiteral("unmapped-field:%1.%2").arg(table, column->name);
            const QString to = map->destinationField(table, column->name).value_or(column->name);
            f.message = tr("The source field %1.%2 (%3) has no field %4 in the destination table %5 (an extension's "
                           "column, most likely): its values would be left behind. Ignore it, or map it to a field "
                           "of %5.")
                            .arg(table, column->name, column->columnType, to, *target);
            f.fixes << IntegrityFix { f.id + QStringLiteral("/ignore"), IntegrityFix::Action::IgnoreField,
                Side::Source, table, column->name, {}, {}, tr("Ignore the field %1").arg(column->name) };
            for (const ColumnInfo* candidate : ranked(*column, free)) {
                f.fixes << IntegrityFix { f.id + QStringLiteral("/map:") + candidate->name,
                    IntegrityFix::Action::MoveField, Side::Source, table, column->name, *target, candidate->name,
                    tr("Map it to %1.%2 (%3)").arg(*target, candidate->name, candidate->columnType) };
            }
            findings << f;
        }
        for (const ColumnInfo* column : std::as_const(free)) {
            if (column->nullable || column->hasDefault)
                continue;
            IntegrityFinding f;
            f.kind = Kind::DestinationFieldWithoutSource;
            f.severity = Severity::Error;
            f.document = *target;
            f.field = column->name;
            f.id = QStringLiteral("destination-field:%1.%2").arg(*target, column->name);
            f.message = tr("The destination field %1.%2 (%3) requires a value (NOT NULL, no default) and no source "
                           "field maps to it: every row would get an empty value ('' or 0). Ignore it to accept "
                           "that, or map a source field to it.")
                            .arg(*target, column->name, column->columnType);
            f.fixes << IntegrityFix { f.id + QStringLiteral("/ignore"), IntegrityFix::Action::IgnoreField,
                Side::Destination, *target, column->name, {}, {},
                tr("Ignore the field %1 (rows get its empty value)").arg(column->name) };
            for (const ColumnInfo* from : std::as_const(unmapped)) {
                if (!compatible(*from, *column))
                    continue;
                f.fixes << IntegrityFix { f.id + QStringLiteral("/map:") + from->name, IntegrityFix::Action::MoveField,
                    Side::Source, table, from->name, *target, column->name,
                    tr("Map the source field %1.%2 to it").arg(table, from->name) };
            }
            findings << f;
        }
    }

    // Orphan rows: by Magento 2's foreign keys between the tables the Map step carries (and the Magento 1 tables
    // of the same name other steps carry), counted in the source. The Map step leaves such rows out.
    if (progress)
        progress(done, int(tables.size()) + 1);
    QHash<QString, QString> sourceOf; ///< destination table -> source table
    for (const auto& [from, to] : std::as_const(carried))
        sourceOf.insert(to, from);
    const QSet<QString> childTables(sourceOf.keyBegin(), sourceOf.keyEnd());
    const auto sourceColumn = [&](const QString& sourceTable, const QString& destinationColumn) -> QString {
        const TableInfo* table = sourceCatalog.table(sourceTable);
        if (!table)
            return {};
        for (const ColumnInfo& column : table->columns) {
            if (map->destinationField(sourceTable, column.name) == destinationColumn
                && map->handlers(sourceTable, column.name, Side::Source).isEmpty())
                return column.name;
        }
        return {};
    };
    for (const ForeignKey& key : childTables.isEmpty() ? QList<ForeignKey>() : ForeignKey::read(dst, childTables)) {
        cancelled();
        if (key.deleteRule == QLatin1String("SET NULL"))
            continue;
        const QString child = sourceOf.value(key.table);
        const QString parent = sourceOf.value(key.referencedTable,
            sourceCatalog.hasTable(key.referencedTable) ? key.referencedTable : QString());
        if (child.isEmpty() || parent.isEmpty())
            continue;
        const TableInfo* parentInfo = sourceCatalog.table(parent);
        const TableInfo* childInfo = sourceCatalog.table(child);
        QStringList unset;
        QStringList match;
        QStringList from;
        bool followable = childInfo && parentInfo;
        for (int i = 0; followable && i < key.columns.size(); ++i) {
            const QString c = sourceColumn(child, key.columns[i]);
            const QString p = sourceOf.contains(key.referencedTable)
                ? sourceColumn(parent, key.referencedColumns[i])
                : (parentInfo->hasColumn(key.referencedColumns[i]) ? key.referencedColumns[i] : QString());
            if (c.isEmpty() || p.isEmpty()) {
                followable = false;
                break;
            }
            from << c;
            unset << QStringLiteral("c.%1 IS NOT NULL").arg(Database::quoteIdentifier(c));
            match << QStringLiteral("p.%1 = c.%2").arg(Database::quoteIdentifier(p), Database::quoteIdentifier(c));
        }
        if (!followable)
            continue;
        const QString where = QStringLiteral("%1 AND NOT EXISTS (SELECT 1 FROM %2 p WHERE %3)")
                                  .arg(unset.join(QStringLiteral(" AND ")), src.table(parent),
                                      match.join(QStringLiteral(" AND ")));
        qint64 count = 0;
        QStringList samples;
        try {
            count = src.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 c WHERE %2").arg(src.table(child), where))
                        .toLongLong();
            if (count > 0) {
                const QStringList keyColumns = childInfo->primaryKey.isEmpty() ? from : childInfo->primaryKey;
                QStringList parts;
                for (const QString& column : keyColumns)
                    parts << QStringLiteral("CONCAT(%1, '=', IFNULL(c.%2, 'NULL'))")
                                 .arg(Database::quoteString(column), Database::quoteIdentifier(column));
                QSqlQuery q = src.query(QStringLiteral("SELECT CONCAT_WS(',', %1) FROM %2 c WHERE %3 LIMIT %4")
                                            .arg(parts.join(QStringLiteral(", ")), src.table(child), where)
                                            .arg(ForeignKeyCheck::maxSamples));
                while (q.next())
                    samples << q.value(0).toString();
            }
        } catch (const Error& e) {
            logger("core.engine")->warn("integrity: could not count orphans of {}: {}", key.constraint.toStdString(),
                e.message().toStdString());
            continue;
        }
        if (count == 0)
            continue;
        IntegrityFinding f;
        f.kind = Kind::OrphanRows;
        f.severity = Severity::Warning;
        f.document = child;
        f.field = from.join(QLatin1Char(','));
        f.id = QStringLiteral("orphans:%1").arg(key.constraint);
        f.message = tr("%n row(s) of %1 point at no row of %2 (%3; Magento 2's foreign key %4), e.g. %5. The data "
                       "migration leaves them out and counts them; repair them in Magento 1 first if you need them.",
            "", int(count))
                        .arg(child, parent, f.field, key.constraint, samples.join(QStringLiteral("; ")));
        findings << f;
    }
    if (progress)
        progress(int(tables.size()) + 1, int(tables.size()) + 1);

    std::stable_sort(findings.begin(), findings.end(), [](const IntegrityFinding& a, const IntegrityFinding& b) {
        if (a.severity != b.severity)
            return a.severity == Severity::Error;
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.id < b.id;
    });
    logger("core.engine")
        ->info("integrity check: {} errors, {} warnings", report.errors(), report.warnings());
    return report;
}

void IntegrityCheck::applyFixes(const QList<IntegrityFix>& fixes, const QString& overridesPath, const QString& xsdPath)
{
    MapConfig overrides = QFileInfo::exists(overridesPath) ? MapConfig::load(overridesPath, xsdPath) : MapConfig();
    for (const IntegrityFix& fix : fixes)
        fix.applyTo(overrides);
    overrides.save(overridesPath, xsdPath);
}

QString IntegrityCheck::applyFixesToProject(
    const QList<IntegrityFix>& fixes, const QString& projectPath, const QString& xsdPath)
{
    QString path;
    Project::update(projectPath, [&](Project& project) {
        if (project.mappingOverrides.isEmpty())
            project.mappingOverrides = Project::defaultMappingOverrides(projectPath);
        path = project.mappingOverridesPath(projectPath);
        // Written under the project's lock, so that two fixes applied at once both stay.
        applyFixes(fixes, path, xsdPath);
    });
    return path;
}

DmtConfiguration loadLayeredConfiguration(const QString& configPath, const QString& overridesPath)
{
    DmtConfiguration dmt = DmtConfiguration::load(configPath);
    if (overridesPath.isEmpty())
        return dmt;
    if (!QFileInfo(overridesPath).isFile())
        throw Error(IntegrityCheck::tr("The project's override map %1 does not exist. Restore it, or remove "
                                       "\"mappingOverrides\" from the project file to use the default mapping alone.")
                        .arg(QDir::toNativeSeparators(overridesPath)));
    const MapConfig overrides = MapConfig::load(overridesPath, dmt.config().schemaPath(QStringLiteral("map.xsd")));
    const MapConfig* base = dmt.map(mapFileOption);
    if (!base)
        throw Error(IntegrityCheck::tr("The configuration %1 has no map_file for the override map %2 to layer on.")
                        .arg(QDir::toNativeSeparators(configPath), QDir::toNativeSeparators(overridesPath)));
    dmt.setMap(mapFileOption, base->overlaid(overrides));
    return dmt;
}

DmtConfiguration loadProjectConfiguration(const QString& configPath, const QString& projectPath)
{
    QString overrides;
    if (!projectPath.isEmpty() && QFileInfo::exists(projectPath))
        overrides = Project::load(projectPath).mappingOverridesPath(projectPath);
    return loadLayeredConfiguration(configPath, overrides);
}

} // namespace cutover
