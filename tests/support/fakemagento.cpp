#include "fakemagento.h"

#include <QDir>
#include <QFile>

namespace cutover::test {

namespace {

const char* const script
    = "#!/bin/sh\n"
      "root=$(cd \"$(dirname \"$0\")/..\" && pwd)\n"
      "printf '%s\\n' \"$*\" >> \"$root/calls.log\"\n"
      "echo $$ > \"$root/magento.pid\"\n"
      "if [ -f \"$root/fatal.txt\" ]; then echo \"PHP Fatal error:  Allowed memory size exhausted\"; exit 255; fi\n"
      "if [ \"$1\" = \"cron:install\" ]; then echo \"Crontab has been generated and saved\"; exit 0; fi\n"
      "if [ \"$1\" != \"indexer:reindex\" ]; then echo \"Command \\\"$1\\\" is not defined.\"; exit 1; fi\n"
      "shift\n"
      "all=\"catalogrule_product cataloginventory_stock catalog_product_price catalogsearch_fulltext\"\n"
      "title() {\n"
      "    case \"$1\" in\n"
      "    catalogrule_product) echo \"Catalog Product Rule\" ;;\n"
      "    cataloginventory_stock) if [ -f \"$root/stock-title.txt\" ]; then cat \"$root/stock-title.txt\"; else echo "
      "Inventory; fi ;;\n"
      "    catalog_product_price) echo \"Product Price\" ;;\n"
      "    catalogsearch_fulltext) echo \"Catalog Search\" ;;\n"
      "    esac\n"
      "}\n"
      "ids=\"$*\"\n"
      "[ -z \"$ids\" ] && ids=\"$all\"\n"
      "for id in $ids; do\n"
      "    if [ -z \"$(title \"$id\")\" ]; then\n"
      "        echo \"\"\n"
      "        echo \"  The following requested index types are not supported: '$id'.\"\n"
      "        echo \"  Supported types: $(echo $all | sed 's/ /, /g')\"\n"
      "        echo \"\"\n"
      "        exit 1\n"
      "    fi\n"
      "done\n"
      "rc=0\n"
      "failid=$(cut -d' ' -f1 \"$root/fail.txt\" 2>/dev/null)\n"
      "failmode=$(cut -d' ' -f2 \"$root/fail.txt\" 2>/dev/null)\n"
      "failmessage=$(cut -d' ' -f3- \"$root/fail.txt\" 2>/dev/null)\n"
      "for id in $ids; do\n"
      "    t=$(title \"$id\")\n"
      "    if [ \"$id\" = \"$failid\" ] && [ \"$failmode\" = \"locked\" ]; then\n"
      "        echo \"exception: $t index is locked by another reindex process. Skipping.\"\n"
      "        rc=1\n"
      "        continue\n"
      "    fi\n"
      "    if [ \"$id\" = \"$failid\" ] && [ \"$failmode\" = \"locked24\" ]; then\n"
      "        echo \"process error during indexation process:\"\n"
      "        echo \"$t index is locked by another reindex process. Skipping.\"\n"
      "        rc=1\n"
      "        continue\n"
      "    fi\n"
      "    printf '%s index ' \"$t\"\n"
      "    if [ -f \"$root/sleep.txt\" ]; then\n"
      "        sleep \"$(cat \"$root/sleep.txt\")\" &\n"
      "        echo $! > \"$root/sleeper.pid\"\n"
      "        wait\n"
      "    fi\n"
      "    if [ \"$id\" = \"$failid\" ] && [ \"$failmode\" = \"exception\" ]; then\n"
      "        echo \"exception: ${failmessage:-Could not rebuild index for empty products array}\"\n"
      "        rc=1\n"
      "    elif [ \"$id\" = \"$failid\" ] && [ \"$failmode\" = \"throwable\" ]; then\n"
      "        echo \"process error during indexation process:\"\n"
      "        echo \"Allowed memory size of 134217728 bytes exhausted\"\n"
      "        rc=1\n"
      "    elif [ \"$id\" = \"$failid\" ] && [ \"$failmode\" = \"unknown\" ]; then\n"
      "        echo \"process unknown error:\"\n"
      "        echo \"SQLSTATE[HY000]: General error: 2006 MySQL server has gone away\"\n"
      "        rc=1\n"
      "    else\n"
      "        echo \"has been rebuilt successfully in 00:00:01\"\n"
      "    fi\n"
      "done\n"
      "exit $rc\n";

} // namespace

void makeMagento1Root(const QString& root)
{
    QDir().mkpath(root + QStringLiteral("/app"));
    for (const QString& name : { QStringLiteral("index.php"), QStringLiteral("app/Mage.php") }) {
        QFile file(QDir(root).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write("<?php\n") < 0)
            qFatal("cannot write %s", qPrintable(file.fileName()));
    }
}

void installFakeMagento(const QString& root, bool executable)
{
    QDir().mkpath(root + QStringLiteral("/bin"));
    const QString path = root + QStringLiteral("/bin/magento");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    out.write(script);
    out.close();
    QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    if (executable)
        permissions |= QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QFile::setPermissions(path, permissions);
}

QStringList fakeMagentoCalls(const QString& root)
{
    QFile log(root + QStringLiteral("/calls.log"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace cutover::test
