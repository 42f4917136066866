#pragma once

#include "db/connectionprofile.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace cutover {

/**
 * The media files a Magento 1 database names, as paths relative to its `media` folder, each with what names it
 * ("product gallery", "CMS page 'about-us'"): product gallery and image attributes, category images, downloadable
 * links, link samples and samples, placeholder and watermark images in the configuration, and `{{media
 * url="..."}}` in CMS pages and blocks.
 *
 * read() blocks; call it on a worker thread (it opens its own connection there).
 */
class MediaReferences
{
    Q_DECLARE_TR_FUNCTIONS(MediaReferences)
public:
    /** Reads the references. Throws cutover::Error naming the database when it cannot. */
    static QHash<QString, QString> read(const ConnectionProfile& source, const QString& password);

    /** The folders whose every file some row should name; files elsewhere are not reported as unreferenced. */
    static QStringList referencedAreas();

    /** The paths of `{{media url="..."}}` directives in CMS content (quoted with ", ', &quot; or not at all). */
    static QStringList mediaDirectives(const QString& content);
};

} // namespace cutover
