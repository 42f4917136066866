#include "mapping/dmtxml.h"

#include "error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include <memory>
#include <mutex>

namespace cutover {

QList<const DmtXmlElement*> DmtXmlElement::elements(const QString& wanted) const
{
    QList<const DmtXmlElement*> result;
    for (const auto& child : children) {
        if (child.name == wanted)
            result.append(&child);
    }
    return result;
}

QString DmtXmlElement::childText(const QString& wanted) const
{
    for (const auto& child : children) {
        if (child.name == wanted)
            return child.text;
    }
    return {};
}

namespace {

struct Messages
{
    QString fallbackFile;
    QStringList lines;
};

void collect(void* userData, xmlErrorPtr error)
{
    auto* messages = static_cast<Messages*>(userData);
    if (!error || error->level == XML_ERR_WARNING)
        return;
    const QString file = error->file ? QString::fromUtf8(error->file) : messages->fallbackFile;
    messages->lines.append(
        QStringLiteral("%1:%2: %3").arg(file).arg(error->line).arg(QString::fromUtf8(error->message).trimmed()));
}

// No document of the Data Migration Tool needs an external resource; refusing them all makes sure that an entity
// or schema reference in a hostile file cannot read a local file or reach the network.
xmlParserInputPtr refuseExternal(const char*, const char*, xmlParserCtxtPtr)
{
    return nullptr;
}

void initLibxml()
{
    static std::once_flag once;
    std::call_once(once, [] {
        xmlInitParser();
        xmlSetExternalEntityLoader(refuseExternal);
    });
}

// Restores the thread's libxml2 error hook however the caller leaves.
class ErrorHook
{
public:
    explicit ErrorHook(Messages* messages) { xmlSetStructuredErrorFunc(messages, collect); }
    ~ErrorHook() { xmlSetStructuredErrorFunc(nullptr, nullptr); }
};

QString text(const xmlChar* s)
{
    return s ? QString::fromUtf8(reinterpret_cast<const char*>(s)) : QString();
}

DmtXmlElement convert(xmlNodePtr node)
{
    DmtXmlElement element;
    element.name = text(node->name);
    element.line = int(xmlGetLineNo(node));
    for (xmlAttrPtr attribute = node->properties; attribute; attribute = attribute->next) {
        xmlChar* value = xmlNodeListGetString(node->doc, attribute->children, 1);
        element.attributes.insert(text(attribute->name), text(value));
        xmlFree(value);
    }
    QString content;
    for (xmlNodePtr child = node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE)
            element.children.append(convert(child));
        else if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
            content += text(child->content);
    }
    element.text = content.trimmed();
    return element;
}

QByteArray readFile(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(DmtXml::tr("Could not read the %1 %2: %3. Check that the file exists and is readable.")
                        .arg(what, QDir::toNativeSeparators(path), file.errorString()));
    }
    // The tool's largest file is under 200 KB; a huge file is not one of its configuration files.
    constexpr qint64 maxSize = 64 * 1024 * 1024;
    if (file.size() > maxSize)
        throw Error(DmtXml::tr("The %1 %2 is larger than 64 MB; it is not a Data Migration Tool file.")
                        .arg(what, QDir::toNativeSeparators(path)));
    return file.readAll();
}

} // namespace

DmtXmlElement DmtXml::load(const QString& path, const QString& xsdPath)
{
    initLibxml();
    const QByteArray xml = readFile(path, tr("file"));
    const QByteArray xsd = readFile(xsdPath, tr("XML schema"));
    const QString nativePath = QDir::toNativeSeparators(path);
    const QByteArray url = QFile::encodeName(path);

    Messages messages;
    messages.fallbackFile = nativePath;
    ErrorHook hook(&messages);

    const int options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOBLANKS;
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        xmlReadMemory(xml.constData(), int(xml.size()), url.constData(), nullptr, options), xmlFreeDoc);
    if (!doc) {
        if (messages.lines.isEmpty())
            messages.lines.append(
                QStringLiteral("%1:1: %2").arg(nativePath, tr("the file is empty or has no root element")));
        throw Error(tr("%1 is not well-formed XML:\n%2").arg(nativePath, messages.lines.join(QLatin1Char('\n'))),
            messages.lines.join(QLatin1Char('\n')));
    }
    if (doc->intSubset || doc->extSubset) {
        const xmlDtdPtr dtd = doc->intSubset ? doc->intSubset : doc->extSubset;
        throw Error(tr("%1:%2: a DOCTYPE declaration is not allowed in a Data Migration Tool file (it could read "
                       "other files through external entities). Remove it.")
                        .arg(nativePath)
                        .arg(xmlGetLineNo(reinterpret_cast<xmlNodePtr>(dtd)) > 0
                                ? xmlGetLineNo(reinterpret_cast<xmlNodePtr>(dtd))
                                : 1));
    }

    const QString nativeXsd = QDir::toNativeSeparators(xsdPath);
    Messages schemaMessages;
    schemaMessages.fallbackFile = nativeXsd;
    std::unique_ptr<xmlSchemaParserCtxt, decltype(&xmlSchemaFreeParserCtxt)> parser(
        xmlSchemaNewMemParserCtxt(xsd.constData(), int(xsd.size())), xmlSchemaFreeParserCtxt);
    xmlSchemaSetParserStructuredErrors(parser.get(), collect, &schemaMessages);
    std::unique_ptr<xmlSchema, decltype(&xmlSchemaFree)> schema(xmlSchemaParse(parser.get()), xmlSchemaFree);
    if (!schema) {
        throw Error(tr("The XML schema %1 is broken, so %2 cannot be checked:\n%3")
                        .arg(nativeXsd, nativePath, schemaMessages.lines.join(QLatin1Char('\n'))));
    }
    std::unique_ptr<xmlSchemaValidCtxt, decltype(&xmlSchemaFreeValidCtxt)> validator(
        xmlSchemaNewValidCtxt(schema.get()), xmlSchemaFreeValidCtxt);
    xmlSchemaSetValidStructuredErrors(validator.get(), collect, &messages);
    const int rc = xmlSchemaValidateDoc(validator.get(), doc.get());
    if (rc != 0) {
        if (messages.lines.isEmpty())
            messages.lines.append(
                QStringLiteral("%1:0: %2").arg(nativePath, tr("validation failed (libxml2 code %1)").arg(rc)));
        throw Error(tr("%1 does not follow its XML schema %2:\n%3")
                        .arg(nativePath, QFileInfo(xsdPath).fileName(), messages.lines.join(QLatin1Char('\n'))));
    }
    return convert(xmlDocGetRootElement(doc.get()));
}

} // namespace cutover
