#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace cutover {

/** A problem found when checking rules against handlers or a schema, with the rule's file and line. */
struct IntegrityIssue
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    QString message; ///< translated; names the document, field or handler class concerned

    /** "file:line: message", for logs and reports. */
    QString toString() const;
};

/** A handler as the XML names it: its PHP class (as written, e.g. "\Migration\Handler\SetValue") and params. */
struct HandlerConfig
{
    QString className;
    QList<QPair<QString, QString>> params; ///< name, value; in file order
    QString file;
    int line = 0;

    /** The param's value, or `fallback` when the XML does not set it. */
    QString param(const QString& name, const QString& fallback = {}) const;
    bool hasParam(const QString& name) const;
};

/** "document.field" and the line it was written on. */
struct FieldRef
{
    QString document;
    QString field;
    int line = 0;
    QString toString() const { return document + QLatin1Char('.') + field; }
};

/** A transform rule: the handler to run on one field. */
struct FieldTransform
{
    FieldRef field;
    HandlerConfig handler;
};

/** The rules of one side (source or destination) of a map file. */
struct SideRules
{
    QList<QPair<QString, int>> ignoredDocuments; ///< names or `*` patterns, with their lines
    QList<FieldRef> ignoredFields;
    QList<FieldRef> ignoredDatatypes;
    QList<FieldTransform> transforms;
};

/**
 * One map file of the Data Migration Tool (map.xml, map-eav.xml, map-customer.xml, ...), loaded unchanged, and
 * the answers the tool derives from it: is a document ignored, what is it called on the other side, where does a
 * field go, which handlers run on it.
 *
 * Matching follows the tool exactly: a document name without `*` must match a rule exactly; with `*`, each `*`
 * stands for one or more characters and the pattern only has to match the start of the name (the tool builds
 * the regular expression "/^pattern/" with `*` as ".+"). Field rules name documents exactly.
 *
 * A value type; const methods are safe on any thread.
 */
class MapConfig
{
    Q_DECLARE_TR_FUNCTIONS(MapConfig)
public:
    enum class Side { Source, Destination };

    /** Loads and validates `path` against `xsdPath` (map.xsd). Throws cutover::Error with file and line. */
    static MapConfig load(const QString& path, const QString& xsdPath);

    QString file() const { return m_file; }

    const SideRules& rules(Side side) const { return side == Side::Source ? m_source : m_destination; }
    /** Source document renames (from, to, line), in file order. */
    const QList<std::tuple<QString, QString, int>>& renamedDocuments() const { return m_renames; }
    /** Source field moves (from, to), in file order. */
    const QList<QPair<FieldRef, FieldRef>>& movedFields() const { return m_moves; }

    bool isDocumentIgnored(const QString& document, Side side) const;
    /** The destination name of a source document, or nullopt when the source side ignores it. */
    std::optional<QString> destinationDocument(const QString& sourceDocument) const;
    /** The source document whose rename targets `destinationDocument`, or the same name when none does. */
    QString sourceDocument(const QString& destinationDocument) const;

    bool isFieldIgnored(const QString& document, const QString& field, Side side) const;
    /** True when the field's data type differences are to be ignored by the integrity check. */
    bool isFieldDatatypeIgnored(const QString& document, const QString& field, Side side) const;
    /** The destination field name of a source field, or nullopt when it is ignored. */
    std::optional<QString> destinationField(const QString& sourceDocument, const QString& field) const;
    /** The handlers to run on a field of a document of `side`, in file order. */
    QList<HandlerConfig> handlers(const QString& document, const QString& field, Side side) const;
    /** Fields of `document` that have transforms on `side`. */
    QStringList transformedFields(const QString& document, Side side) const;

    /** Every handler of the file, both sides, in file order. */
    QList<HandlerConfig> allHandlers() const;

    /**
     * The rules checked against the tables of both databases (names without prefix), as the tool's integrity
     * check does: a source table that is neither ignored nor has a destination table under its mapped name is an
     * error, as is a destination table that is neither ignored nor the target of a source table; a rename to a
     * missing table is an error; a rule naming a source table that does not exist is a warning (it never applies).
     */
    QList<IntegrityIssue> checkTables(const QStringList& sourceTables, const QStringList& destinationTables) const;

    /** Whether `name` matches a document rule: exact without `*`, else the tool's prefix pattern. */
    static bool matchesPattern(const QString& pattern, const QString& name);

    /**
     * This map with `overrides` layered on top (a project's override map over the configuration's map.xml). An
     * override rule replaces the rules of this map for the same thing and keeps the rest:
     * - a source document the override ignores or renames loses this map's ignore and rename rules for that exact
     *   name (and a renamed one is no longer ignored by a `*` pattern of this map); destination document ignores
     *   add up;
     * - a field the override ignores, moves or transforms on a side loses this map's ignore, move and transform
     *   rules for that field on that side; datatype ignores add up.
     * file() stays this map's; overrideFile() names the override.
     */
    MapConfig overlaid(const MapConfig& overrides) const;
    /** The override map layered on this one by overlaid(), or empty. */
    QString overrideFile() const { return m_overrideFile; }

    /** Rule edits, for a project's override map; each replaces an equal rule rather than adding it twice. */
    void addDocumentIgnore(const QString& document, Side side);
    void addDocumentRename(const QString& from, const QString& to);
    void addFieldIgnore(const QString& document, const QString& field, Side side);
    void addDatatypeIgnore(const QString& document, const QString& field, Side side);
    void addFieldMove(const FieldRef& from, const FieldRef& to);
    /** True when the map has no rule at all. */
    bool isEmpty() const;

    /** The map in the Data Migration Tool's map.xml format (valid against map.xsd), rules in order. */
    QByteArray toXml() const;
    /**
     * Writes toXml() to `path` atomically (QSaveFile), after checking it against `xsdPath` in a temporary file next
     * to it, so that a file that would not load is never written. Throws cutover::Error naming the file.
     */
    void save(const QString& path, const QString& xsdPath) const;

private:
    void reindex();

    QString m_overrideFile;
    QSet<QString> m_forcedDocuments; ///< renamed by an override: not ignored by this map's patterns
    QString m_file;
    SideRules m_source;
    SideRules m_destination;
    QList<std::tuple<QString, QString, int>> m_renames;
    QList<QPair<FieldRef, FieldRef>> m_moves;
    QHash<QString, QString> m_renameIndex; ///< source -> destination (first rule wins, as the tool's XPath)
    QHash<QString, QString> m_reverseRenameIndex;
    QHash<QString, FieldRef> m_moveIndex; ///< "doc.field" -> destination
    QSet<QString> m_exactIgnored[2];
    QStringList m_patternIgnored[2];
    QSet<QString> m_fieldIgnored[2];
    QSet<QString> m_datatypeIgnored[2];
};

} // namespace cutover
