#include "catalogmedia.h"

#include "error.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <array>

namespace cutover {

namespace {

quint32 crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendBigEndian(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLittleEndian16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendChunk(QByteArray& out, const char* type, const QByteArray& data)
{
    appendBigEndian(out, quint32(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    out += typed;
    appendBigEndian(out, crc32(typed));
}

QChar dispersionChar(const QString& name, int index)
{
    if (index >= name.size())
        return QLatin1Char('_');
    const QChar c = name.at(index).toLower();
    const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
    return plain ? c : QLatin1Char('_');
}

} // namespace

CatalogMedia::CatalogMedia(QString mediaDir)
    : m_dir(std::move(mediaDir))
{
}

QString CatalogMedia::dispersionPath(const QString& fileName)
{
    return QLatin1Char('/') + dispersionChar(fileName, 0) + QLatin1Char('/') + dispersionChar(fileName, 1)
        + QLatin1Char('/') + fileName;
}

QByteArray CatalogMedia::png(const QByteArray& comment, quint32 rgb)
{
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendBigEndian(header, 1);
    appendBigEndian(header, 1);
    header.append(char(8)); // bit depth
    header.append(char(2)); // colour type: RGB
    header.append(3, char(0)); // compression, filter, interlace
    appendChunk(out, "IHDR", header);
    appendChunk(out, "tEXt", QByteArray("Comment") + '\0' + comment);
    const char pixel[] = { 0, char((rgb >> 16) & 0xFF), char((rgb >> 8) & 0xFF), char(rgb & 0xFF) };
    // qCompress gives a zlib stream behind a 4-byte length of its own; PNG wants the bare stream.
    appendChunk(out, "IDAT", qCompress(QByteArray(pixel, 4)).mid(4));
    appendChunk(out, "IEND", {});
    return out;
}

QByteArray CatalogMedia::zip(const QByteArray& comment)
{
    QByteArray out("PK\x05\x06", 4);
    for (int i = 0; i < 4; ++i)
        appendLittleEndian16(out, 0); // disk numbers and entry counts
    out.append(8, char(0)); // central directory size and offset
    appendLittleEndian16(out, quint16(comment.size()));
    return out + comment;
}

void CatalogMedia::writeProductImage(const QString& dispersedPath, qint64 productId, int number)
{
    if (!enabled())
        return;
    const quint32 rgb = quint32((quint64(productId) * 2654435761u + quint64(number) * 40503u) & 0xFFFFFF);
    write(QStringLiteral("catalog/product") + dispersedPath,
        png(QStringLiteral("cutover product %1 image %2").arg(productId).arg(number).toUtf8(), rgb));
}

void CatalogMedia::writeCategoryImage(const QString& fileName, qint64 categoryId)
{
    if (!enabled())
        return;
    write(QStringLiteral("catalog/category/") + fileName,
        png(QStringLiteral("cutover category %1").arg(categoryId).toUtf8(), quint32(categoryId * 7919u) & 0xFFFFFF));
}

void CatalogMedia::writeDownloadableLink(const QString& dispersedPath, qint64 productId, int number)
{
    if (!enabled())
        return;
    write(QStringLiteral("downloadable/files/links") + dispersedPath,
        zip(QStringLiteral("cutover product %1 link %2").arg(productId).arg(number).toUtf8()));
}

void CatalogMedia::writeDownloadableSample(const QString& dispersedPath, qint64 productId)
{
    if (!enabled())
        return;
    write(QStringLiteral("downloadable/files/samples") + dispersedPath,
        zip(QStringLiteral("cutover product %1 sample").arg(productId).toUtf8()));
}

void CatalogMedia::write(const QString& relativePath, const QByteArray& bytes)
{
    const QString path = m_dir + QLatin1Char('/') + relativePath;
    const QString folder = path.section(QLatin1Char('/'), 0, -2);
    if (!m_folders.contains(folder)) {
        if (!QDir().mkpath(folder))
            throw Error(tr("Could not create the folder %1 for generated media files. Check that the media folder is "
                           "writable and the disk is not full.")
                            .arg(folder));
        m_folders.insert(folder);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        throw Error(tr("Could not write the generated media file %1. Check that the media folder is writable and the "
                       "disk is not full.")
                        .arg(path),
            file.errorString());
    ++m_files;
}

} // namespace cutover
