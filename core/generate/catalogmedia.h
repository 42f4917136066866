#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace cutover {

/**
 * The catalog's files under a Magento 1 `media` folder: product images at catalog/product/<c1>/<c2>/<file>,
 * category images under catalog/category/, downloadable links and samples under downloadable/files/.
 *
 * Core links no image library, so each image is a 1x1 PNG built from bytes, made distinct per file by a tEXt
 * chunk that names its owner. With an empty folder every write is a no-op, so the generated rows do not depend
 * on whether files are wanted. Used on the generator's worker thread only.
 */
class CatalogMedia
{
    Q_DECLARE_TR_FUNCTIONS(CatalogMedia)
public:
    explicit CatalogMedia(QString mediaDir);

    bool enabled() const { return !m_dir.isEmpty(); }
    qint64 filesWritten() const { return m_files; }

    /** "/c/a/cafe-table-1.png" for "cafe-table-1.png": the dispersion path Magento 1 stores in its rows. */
    static QString dispersionPath(const QString& fileName);

    /** Writes catalog/product<dispersedPath>. Throws cutover::Error when the file cannot be written. */
    void writeProductImage(const QString& dispersedPath, qint64 productId, int number);
    /** Writes catalog/category/<fileName>. */
    void writeCategoryImage(const QString& fileName, qint64 categoryId);
    /** Writes downloadable/files/links<dispersedPath>. */
    void writeDownloadableLink(const QString& dispersedPath, qint64 productId, int number);
    /** Writes downloadable/files/samples<dispersedPath>. */
    void writeDownloadableSample(const QString& dispersedPath, qint64 productId);

    /** A valid 1x1 RGB PNG of colour `rgb` carrying `comment` in a tEXt chunk. */
    static QByteArray png(const QByteArray& comment, quint32 rgb);
    /** A valid empty ZIP archive carrying `comment` as its archive comment. */
    static QByteArray zip(const QByteArray& comment);

private:
    void write(const QString& relativePath, const QByteArray& bytes);

    QString m_dir;
    QSet<QString> m_folders; ///< folders known to exist, to spare a mkpath per file
    qint64 m_files = 0;
};

} // namespace cutover
