#pragma once

#include "gencontext.h"
#include "sqlvalue.h"

#include <QHash>
#include <QString>
#include <QStringView>

namespace cutover::gen {

/*
 * Helpers shared by the customers and sales areas of the generator: fast value formatting for the hot loops
 * (a million orders format tens of millions of amounts and dates), PHP serialization, and addresses.
 */

/**
 * The generator's "now": every date is placed relative to this fixed instant rather than the clock, so that
 * the same seed gives the same rows on any day (2025-01-01 00:00:00 UTC).
 */
constexpr qint64 generatorNow = 1735689600;
/** Customers and orders are spread over the three years before generatorNow. */
constexpr qint64 historySeconds = qint64(3) * 365 * 86400;

/** A DATETIME/TIMESTAMP literal, quoted, for seconds since the epoch (UTC calendar). */
SqlValue timestamp(qint64 secondsSinceEpoch);
/** The same text without quotes ("2024-03-01 12:00:00"), for the date part of generated strings. */
QString timestampText(qint64 secondsSinceEpoch);
/** A zero date literal as Magento 1 stores carry them. */
SqlValue zeroDate();

/** An amount of cents as a decimal literal ("12.34"). */
SqlValue money(qint64 cents);
/** A quantity (whole units) as a decimal literal ("2.0000"). */
SqlValue quantity(qint64 units);
/** Cents times a rate in millionths, rounded half away from zero. */
qint64 convert(qint64 cents, qint64 ratePpm);

/** Bytes of `text` in UTF-8, without encoding it (PHP's string lengths count bytes). */
int utf8Length(QStringView text);

/**
 * Builds PHP serialize() output as Magento 1 writes it into product_options, additional_information and
 * configuration: s:LEN:"..." with LEN counted in UTF-8 bytes.
 */
class PhpWriter
{
public:
    PhpWriter& beginArray(int count);
    PhpWriter& end();
    PhpWriter& key(QStringView name) { return string(name); }
    PhpWriter& key(int index);
    PhpWriter& string(QStringView value);
    PhpWriter& integer(qint64 value);
    PhpWriter& boolean(bool value);
    PhpWriter& null();
    const QString& text() const { return m_out; }

private:
    QString m_out;
};

/**
 * Makes a serialized value unreadable the two ways real stores do: a string length that counts characters
 * instead of UTF-8 bytes (or is simply off by one), or a value cut off by a too-short column.
 */
QString breakSerialized(const QString& serialized, bool truncate);

/** Region look-up from directory_country_region, for the cities in words::cities(). */
class Regions
{
public:
    explicit Regions(GenContext& context);
    /** The region of a city; id 0 and an empty or free-text name when the store has no matching row. */
    void lookUp(const QString& city, int& regionId, QString& regionName) const;

private:
    struct Region
    {
        int id = 0;
        QString name;
    };
    QHash<QString, Region> m_byCity;
};

/**
 * Hands out ids of one table in chunks reserved from GenContext, so that a loop over a million rows does not
 * look the sequence up per row. Ids left at the end of the last chunk are a gap, as AUTO_INCREMENT leaves too.
 */
class IdBlock
{
public:
    IdBlock(GenContext& context, QString table, QString column, qint64 chunk = 4096)
        : m_context(context)
        , m_table(std::move(table))
        , m_column(std::move(column))
        , m_chunk(chunk)
    {
    }
    qint64 take()
    {
        if (m_next == m_end) {
            m_next = m_context.reserveIds(m_table, m_column, m_chunk);
            m_end = m_next + m_chunk;
        }
        return m_next++;
    }

private:
    GenContext& m_context;
    QString m_table;
    QString m_column;
    qint64 m_chunk;
    qint64 m_next = 0;
    qint64 m_end = 0;
};

/** A random address from the word lists, with a telephone number of its country. */
GenAddress randomAddress(Rng& rng, const Regions& regions, const QString& firstname, const QString& lastname);

/** The lower-case ASCII local part of an e-mail address for a person ("zoe.celik"). */
QString emailLocalPart(const QString& firstname, const QString& lastname);

} // namespace cutover::gen
