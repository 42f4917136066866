#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace cutover {

/** An element of a Data Migration Tool XML file, with the line it starts on (for messages). */
struct DmtXmlElement
{
    QString name;
    QString text; ///< the element's text content, trimmed
    QMap<QString, QString> attributes;
    int line = 0;
    QList<DmtXmlElement> children;

    /** The children named `name`, in order. */
    QList<const DmtXmlElement*> elements(const QString& name) const;
    /** The text of the first child named `name`, or an empty string. */
    QString childText(const QString& name) const;
};

/**
 * Reads the Data Migration Tool's XML files with libxml2 and validates them against their XSD.
 *
 * Hardened for files that come from elsewhere: no network, no DTD (a DOCTYPE is refused, so no external entity
 * and no entity expansion can happen), no file other than the one asked for and its XSD is ever opened.
 * Thread-safe: libxml2's error hooks used here are per thread.
 */
class DmtXml
{
    Q_DECLARE_TR_FUNCTIONS(DmtXml)
public:
    /**
     * Parses `path`, validates it against `xsdPath` and returns its root element. Throws cutover::Error whose
     * message names the file, the line and what is wrong (all XSD violations, one a line).
     */
    static DmtXmlElement load(const QString& path, const QString& xsdPath);
};

} // namespace cutover
