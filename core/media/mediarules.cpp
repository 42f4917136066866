#include "mediarules.h"

namespace cutover {

QString MediaRules::excludedReason(const QByteArray& relativePath, bool isDirectory)
{
    const qsizetype slash = relativePath.lastIndexOf('/');
    const QByteArray name = slash < 0 ? relativePath : relativePath.mid(slash + 1);
    if (isDirectory) {
        if (relativePath == "catalog/product/cache")
            return tr("image cache, Magento 2 resizes images again");
        if (relativePath == "tmp" || relativePath == "downloadable/tmp")
            return tr("upload scratch space");
        if (relativePath == "css" || relativePath == "css_secure" || relativePath == "js")
            return tr("merged CSS/JS files, regenerated");
        if (relativePath == "captcha")
            return tr("CAPTCHA images, regenerated");
        if (relativePath == "wysiwyg/.thumbs")
            return tr("editor thumbnails, regenerated");
        return {};
    }
    if (name == ".htaccess")
        return tr("Magento 1 server rules; Magento 2 keeps its own");
    if (name == ".DS_Store" || name.compare("Thumbs.db", Qt::CaseInsensitive) == 0
        || name.compare("desktop.ini", Qt::CaseInsensitive) == 0)
        return tr("desktop clutter");
    if (name.startsWith(partialPrefix))
        return tr("partial file of an interrupted copy");
    return {};
}

} // namespace cutover
