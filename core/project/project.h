#pragma once

#include "db/connectionprofile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cutover {

/**
 * A migration project: which Magento 1 store goes to which Magento 2 installation. A value type, saved as a
 * JSON file with the extension `.cutover`.
 *
 * The file holds the connection profiles field by field and never a password (passwords come from the
 * environment or the keychain). Plain value: copy it freely, use it on any thread.
 */
class Project
{
    Q_DECLARE_TR_FUNCTIONS(Project)
public:
    /** The file format's version; load() refuses files written by a newer Cutover. */
    static constexpr int formatVersion = 1;
    /** The file name extension, with its dot. */
    static constexpr const char* fileExtension = ".cutover";

    QString name;
    ConnectionProfile source; ///< the Magento 1 database
    ConnectionProfile destination; ///< the Magento 2 database
    QString m1Root; ///< the Magento 1 installation folder (holds `media/`)
    QString m2Root; ///< the Magento 2 installation folder (holds `pub/media/`)
    QDateTime createdAt;

    /**
     * Reads a project file. Throws cutover::Error naming the file and what is wrong with it (missing,
     * unreadable, not JSON, not a project, written by a newer version, a field of the wrong type).
     */
    static Project load(const QString& path);

    /** Writes the project to `path` atomically (a crash leaves the old file). Throws cutover::Error. */
    void save(const QString& path) const;

    friend bool operator==(const Project&, const Project&) = default;
};

} // namespace cutover
