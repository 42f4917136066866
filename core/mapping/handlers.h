#pragma once

#include "mapping/mapconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantHash>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

namespace cutover {

class ClassMap;
class CryptKeys;

/** A row as handlers see it: column -> value; a null QVariant is SQL NULL. Values are QByteArray or QString. */
using Record = QVariantHash;

/** A problem with one value of one row, e.g. a broken serialized value; names the table, column and row key. */
struct RecordIssue
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString document;
    QString field;
    QString recordKey; ///< the row's key as the caller gave it ("entity_id=12"); may be empty
    QString message; ///< translated
    /** The row cannot be written at all (it points at a row that does not exist): skipped, counted with `message`. */
    bool skipRow = false;

    QString toString() const;
};

/**
 * What handlers may need beyond the row: config.xml options, the class map and look-ups in the source
 * database. Core's engine implements the database part; the defaults know nothing (no rows, no value).
 * Called from the thread that runs the handler; implementations cache as they see fit.
 */
class HandlerContext
{
public:
    virtual ~HandlerContext() = default;
    /** An option of config.xml (crypt_key, ...). */
    virtual QString option(const QString& name) const
    {
        Q_UNUSED(name)
        return {};
    }
    virtual const ClassMap* classMap() const { return nullptr; }
    /** The first core_config_data value of `path` in the source, or nullopt when there is no such row. */
    virtual std::optional<QString> sourceConfigValue(const QString& path) const
    {
        Q_UNUSED(path)
        return std::nullopt;
    }
    /** Source attribute ids of an entity type with the given codes. */
    virtual QList<qint64> sourceAttributeIds(const QString& entityTypeCode, const QStringList& attributeCodes) const
    {
        Q_UNUSED(entityTypeCode)
        Q_UNUSED(attributeCodes)
        return {};
    }
    /** Source attribute ids of an entity type with the given frontend_input. */
    virtual QList<qint64> sourceAttributeIdsByInput(const QString& entityTypeCode, const QString& frontendInput) const
    {
        Q_UNUSED(entityTypeCode)
        Q_UNUSED(frontendInput)
        return {};
    }
    /** The code of a source attribute, or nullopt. */
    virtual std::optional<QString> sourceAttributeCode(qint64 attributeId) const
    {
        Q_UNUSED(attributeId)
        return std::nullopt;
    }
    /** group_id -> name of the source's core_store_group, in group_id order. */
    virtual QMap<qint64, QString> sourceStoreGroupNames() const { return {}; }
    /**
     * The data type (information_schema's DATA_TYPE: int, timestamp, datetime, ...) of a column, or empty when
     * unknown; Timezone then guesses from the value.
     */
    virtual QString columnType(const QString& document, const QString& field) const
    {
        Q_UNUSED(document)
        Q_UNUSED(field)
        return {};
    }
    /**
     * `valueField` of the source row of `document` whose integer `keyField` is `key`; nullopt when there is no such
     * row (or no source). Rows asked in key order are read a window at a time.
     */
    virtual std::optional<QVariant> sourceValue(
        const QString& document, const QString& keyField, const QVariant& key, const QString& valueField) const
    {
        Q_UNUSED(document)
        Q_UNUSED(keyField)
        Q_UNUSED(key)
        Q_UNUSED(valueField)
        return std::nullopt;
    }
};

/** One handler call: the row being transformed, the row on the other side, the field, where issues go. */
struct HandlerCall
{
    Record& record;
    const Record& opposite;
    QString document;
    QString field;
    QString recordKey;
    QList<RecordIssue>& issues;
    /** The record's known columns; empty when any column may be set. */
    QStringList knownFields;

    void report(const QString& message, RecordIssue::Severity severity = RecordIssue::Severity::Error) const;
    /** The row is not written, and counted as skipped for `reason` (translated, without the row's key). */
    void skipRow(const QString& reason) const;
};

/**
 * A native implementation of one of the Data Migration Tool's handler classes. Built once per document and
 * field (as the tool does), then called for every row on one thread; implementations may cache look-ups.
 */
class Handler
{
public:
    virtual ~Handler() = default;
    /** Transforms `call.record[call.field]` (some handlers set other columns too); problems go to `call.issues`. */
    virtual void handle(HandlerCall& call) = 0;
};

/**
 * The handler classes by the PHP names that the XML writes (a leading "\" is optional), each implemented
 * natively, known but not implemented (so reported, never skipped), or unknown.
 *
 * Encrypt and Settings\Encrypt need both stores' encryption keys: give them with setCryptKeys() before the
 * registry is shared with workers. Without them those handlers refuse to be built, with an error that names the
 * missing key and the ways to give it.
 */
class HandlerRegistry
{
    Q_DECLARE_TR_FUNCTIONS(HandlerRegistry)
public:
    enum class Support { Implemented, NotImplemented, Unknown };
    using Factory = std::function<std::unique_ptr<Handler>(const HandlerConfig&, const HandlerContext&)>;

    /** A registry with every built-in handler and every other class of the Data Migration Tool as not implemented. */
    HandlerRegistry();

    /** Registers (or replaces) an implementation, e.g. a database-backed one from the engine. */
    void add(const QString& className, Factory factory);

    /**
     * The keys the Encrypt handlers use (see CryptKeys::load). The Magento 1 key of config.xml's crypt_key option
     * (HandlerContext::option) wins over the one given here, as in the Data Migration Tool. Not thread-safe: call
     * before handlers are built.
     */
    void setCryptKeys(const CryptKeys& keys);

    /** "\Migration\Handler\SetValue" and "Migration\Handler\SetValue" are one class. */
    static QString normalize(const QString& className);

    Support support(const QString& className) const;
    QStringList implemented() const;
    QStringList notImplemented() const;

    /**
     * Builds the handler. Throws cutover::Error naming the file, line and class for an unknown or not implemented
     * class, or a missing or invalid param.
     */
    std::unique_ptr<Handler> create(const HandlerConfig& config, const HandlerContext& context) const;

    /** The integrity errors of a list of handlers (unknown, not implemented, bad params); empty when all can run. */
    QList<IntegrityIssue> check(const QList<HandlerConfig>& handlers) const;

private:
    QHash<QString, Factory> m_factories;
    QHash<QString, QString> m_notImplemented; ///< class -> why
};

/** Bytes of a record value (QByteArray as is, anything else as UTF-8 text). */
QByteArray recordBytes(const QVariant& value);

} // namespace cutover
