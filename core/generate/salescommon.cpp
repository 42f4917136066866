#include "salescommon.h"

#include "db/database.h"
#include "words.h"

#include <QSqlQuery>

#include <cstdlib>

namespace cutover::gen {

namespace {

// Howard Hinnant's days-to-civil conversion: QDateTime's formatting is a hundred times slower, and a million
// orders carry several million dates.
void civilFromDays(qint64 days, int& year, int& month, int& day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

char* putDigits(char* p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    return p + width;
}

// Writes "YYYY-MM-DD HH:MM:SS" (19 characters) at p.
void formatTimestamp(char* p, qint64 seconds)
{
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    p = putDigits(p, year, 4);
    *p++ = '-';
    p = putDigits(p, month, 2);
    *p++ = '-';
    p = putDigits(p, day, 2);
    *p++ = ' ';
    p = putDigits(p, int(rest / 3600), 2);
    *p++ = ':';
    p = putDigits(p, int(rest / 60 % 60), 2);
    *p++ = ':';
    putDigits(p, int(rest % 60), 2);
}

QString fixedPoint(qint64 units, int places)
{
    char buffer[32];
    char* end = buffer + sizeof buffer;
    char* p = end;
    const bool negative = units < 0;
    quint64 value = negative ? quint64(-units) : quint64(units);
    for (int i = 0; i < places; ++i) {
        *--p = char('0' + value % 10);
        value /= 10;
    }
    *--p = '.';
    do {
        *--p = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    if (negative)
        *--p = '-';
    return QString::fromLatin1(p, end - p);
}

struct CityRegion
{
    const char* city;
    const char* country;
    const char* code;
    const char* freeText; ///< what customers type when the country has no region list
};

// Parallel to words::cities() by name, not by position, so that longer word lists do not shift it.
constexpr CityRegion cityRegions[] = {
    { "New York", "US", "NY", "" },
    { "München", "DE", "BAY", "" },
    { "Paris", "FR", "75", "" },
    { "Köln", "DE", "NRW", "" },
    { "Lyon", "FR", "69", "" },
    { "Austin", "US", "TX", "" },
    { "Zürich", "CH", "ZH", "" },
    { "Genève", "CH", "GE", "" },
    { "London", "GB", "", "Greater London" },
    { "Málaga", "ES", "Malaga", "" },
};

} // namespace

SqlValue timestamp(qint64 secondsSinceEpoch)
{
    char buffer[21];
    buffer[0] = '\'';
    formatTimestamp(buffer + 1, secondsSinceEpoch);
    buffer[20] = '\'';
    return SqlValue::raw(QString::fromLatin1(buffer, 21));
}

QString timestampText(qint64 secondsSinceEpoch)
{
    char buffer[19];
    formatTimestamp(buffer, secondsSinceEpoch);
    return QString::fromLatin1(buffer, 19);
}

SqlValue zeroDate()
{
    return SqlValue::raw(QStringLiteral("'0000-00-00 00:00:00'"));
}

SqlValue money(qint64 cents)
{
    return SqlValue::raw(fixedPoint(cents, 2));
}

SqlValue quantity(qint64 units)
{
    return SqlValue::raw(fixedPoint(units * 10000, 4));
}

qint64 convert(qint64 cents, qint64 ratePpm)
{
    if (ratePpm == 1000000)
        return cents;
    const qint64 scaled = cents * ratePpm;
    return scaled >= 0 ? (scaled + 500000) / 1000000 : -((-scaled + 500000) / 1000000);
}

int utf8Length(QStringView text)
{
    int bytes = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            bytes += 1;
        else if (u < 0x800)
            bytes += 2;
        else if (QChar::isSurrogate(u))
            bytes += 2; // a surrogate pair is one 4-byte sequence
        else
            bytes += 3;
    }
    return bytes;
}

PhpWriter& PhpWriter::beginArray(int count)
{
    m_out += QLatin1String("a:");
    m_out += QString::number(count);
    m_out += QLatin1String(":{");
    return *this;
}

PhpWriter& PhpWriter::end()
{
    m_out += QLatin1Char('}');
    return *this;
}

PhpWriter& PhpWriter::key(int index)
{
    return integer(index);
}

PhpWriter& PhpWriter::string(QStringView value)
{
    m_out += QLatin1String("s:");
    m_out += QString::number(utf8Length(value));
    m_out += QLatin1String(":\"");
    m_out += value;
    m_out += QLatin1String("\";");
    return *this;
}

PhpWriter& PhpWriter::integer(qint64 value)
{
    m_out += QLatin1String("i:");
    m_out += QString::number(value);
    m_out += QLatin1Char(';');
    return *this;
}

PhpWriter& PhpWriter::boolean(bool value)
{
    m_out += value ? QLatin1String("b:1;") : QLatin1String("b:0;");
    return *this;
}

PhpWriter& PhpWriter::null()
{
    m_out += QLatin1String("N;");
    return *this;
}

QString breakSerialized(const QString& serialized, bool truncate)
{
    if (truncate)
        return serialized.left(qMax(1, int(serialized.size() * 2 / 3)));
    // Prefer a string whose character count differs from its byte count: a latin1 round trip or a PHP
    // mb_ overload writes exactly that length.
    qsizetype firstString = -1;
    for (qsizetype at = serialized.indexOf(QLatin1String("s:")); at >= 0;
         at = serialized.indexOf(QLatin1String("s:"), at + 2)) {
        const qsizetype colon = serialized.indexOf(QLatin1Char(':'), at + 2);
        if (colon < 0)
            break;
        bool ok = false;
        const int declared = QStringView(serialized).mid(at + 2, colon - at - 2).toInt(&ok);
        if (!ok || colon + 2 + declared > serialized.size())
            continue;
        if (firstString < 0)
            firstString = at;
        const int characters = int(QStringView(serialized).mid(colon + 2).indexOf(QLatin1Char('"')));
        if (characters >= 0 && characters != declared)
            return serialized.left(at + 2) + QString::number(characters) + serialized.mid(colon);
    }
    if (firstString < 0)
        return serialized.left(serialized.size() - 1);
    const qsizetype colon = serialized.indexOf(QLatin1Char(':'), firstString + 2);
    const int declared = QStringView(serialized).mid(firstString + 2, colon - firstString - 2).toInt();
    return serialized.left(firstString + 2) + QString::number(declared + 1) + serialized.mid(colon);
}

Regions::Regions(GenContext& context)
{
    const QString table = QStringLiteral("directory_country_region");
    QHash<QString, Region> byCode; // "US/NY"
    if (context.hasTable(table)) {
        QSqlQuery q = context.db().query(
            QStringLiteral("SELECT region_id, country_id, code, default_name FROM %1").arg(context.table(table)));
        while (q.next())
            byCode.insert(q.value(1).toString() + QLatin1Char('/') + q.value(2).toString(),
                Region { q.value(0).toInt(), q.value(3).toString() });
    }
    for (const CityRegion& spec : cityRegions) {
        Region region = byCode.value(QString::fromUtf8(spec.country) + QLatin1Char('/') + QString::fromUtf8(spec.code));
        if (region.id == 0)
            region.name = QString::fromUtf8(spec.freeText);
        m_byCity.insert(QString::fromUtf8(spec.city), region);
    }
}

void Regions::lookUp(const QString& city, int& regionId, QString& regionName) const
{
    const Region region = m_byCity.value(city);
    regionId = region.id;
    regionName = region.name;
}

GenAddress randomAddress(Rng& rng, const Regions& regions, const QString& firstname, const QString& lastname)
{
    GenAddress address;
    address.firstname = firstname;
    address.lastname = lastname;
    const int place = int(rng.range(0, words::cities().size() - 1));
    address.city = words::cities().at(place);
    address.postcode = words::postcodes().value(place);
    address.countryId = words::countries().value(place, QStringLiteral("US"));
    address.street = QString::number(rng.range(1, 240)) + QLatin1Char(' ') + rng.pick(words::streets());
    if (rng.chance(0.15))
        address.street += QStringLiteral("\nApt. ") + QString::number(rng.range(1, 60));
    if (rng.chance(0.25))
        address.company
            = rng.pick(words::lastNames()) + (rng.chance(0.5) ? QStringLiteral(" GmbH") : QStringLiteral(" & Co."));
    regions.lookUp(address.city, address.regionId, address.region);
    static const QHash<QString, QString> dialCodes { { QStringLiteral("US"), QStringLiteral("+1 ") },
        { QStringLiteral("DE"), QStringLiteral("+49 ") }, { QStringLiteral("FR"), QStringLiteral("+33 ") },
        { QStringLiteral("CH"), QStringLiteral("+41 ") }, { QStringLiteral("GB"), QStringLiteral("+44 ") },
        { QStringLiteral("ES"), QStringLiteral("+34 ") } };
    address.telephone = dialCodes.value(address.countryId, QStringLiteral("+1 ")) + QString::number(rng.range(100, 999))
        + QLatin1Char(' ') + QString::number(rng.range(1000000, 9999999));
    return address;
}

QString emailLocalPart(const QString& firstname, const QString& lastname)
{
    QString local = words::urlKey(firstname + QLatin1Char(' ') + lastname);
    local.replace(QLatin1Char('-'), QLatin1Char('.'));
    return local.isEmpty() ? QStringLiteral("customer") : local;
}

} // namespace cutover::gen
