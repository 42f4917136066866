#include "deltasupport.h"

#include "copy/runcontrol.h"
#include "db/database.h"

#include <QStringList>

#include <QJsonDocument>

namespace cutover::test {

QString describe(const DeltaFigures& figures)
{
    return QString::fromUtf8(QJsonDocument(figures.toJson()).toJson(QJsonDocument::Indented));
}

DeltaFigures applyDeltaOnce(const MigrationEnvironment& env, const OptionalAreas& areas)
{
    DeltaApplier::Options options;
    options.areas = areas;
    options.once = true;
    options.idleMs = 50;
    options.retryIntervalMs = 200;
    options.gapGraceSeconds = 2;
    options.maxThreadsRunning = 0;
    options.giveUpAfterSeconds = 20;
    DeltaApplier applier(env, options);
    RunControl control;
    const Outcome outcome = applier.run(control);
    const DeltaFigures figures = applier.figures();
    if (outcome != Outcome::Succeeded)
        qWarning("%s", qPrintable(describe(figures)));
    return figures;
}

void installMsi(Database& db)
{
    const QStringList statements {
        QStringLiteral("CREATE TABLE inventory_source (source_code varchar(255) NOT NULL, name varchar(255) NOT NULL, "
                       "enabled smallint(5) unsigned NOT NULL DEFAULT 1, description text, country_id varchar(2) NOT "
                       "NULL, postcode varchar(255) NOT NULL, PRIMARY KEY (source_code)) ENGINE=InnoDB"),
        QStringLiteral("CREATE TABLE inventory_stock (stock_id int(10) unsigned NOT NULL AUTO_INCREMENT, name "
                       "varchar(255) NOT NULL, PRIMARY KEY (stock_id)) ENGINE=InnoDB"),
        QStringLiteral("CREATE TABLE inventory_source_item (source_item_id int(10) unsigned NOT NULL AUTO_INCREMENT, "
                       "source_code varchar(255) NOT NULL, sku varchar(64) NOT NULL, quantity decimal(12,4) NOT NULL "
                       "DEFAULT 0.0000, status smallint(5) unsigned NOT NULL DEFAULT 0, PRIMARY KEY (source_item_id), "
                       "UNIQUE KEY INVENTORY_SOURCE_ITEM_SOURCE_CODE_SKU (source_code, sku), CONSTRAINT "
                       "INVENTORY_SOURCE_ITEM_SOURCE_CODE_INVENTORY_SOURCE_SOURCE_CODE FOREIGN KEY (source_code) "
                       "REFERENCES inventory_source (source_code) ON DELETE CASCADE) ENGINE=InnoDB"),
        QStringLiteral("CREATE TABLE inventory_stock_sales_channel (type varchar(64) NOT NULL, code varchar(64) NOT "
                       "NULL, stock_id int(10) unsigned NOT NULL, PRIMARY KEY (type, code)) ENGINE=InnoDB"),
        QStringLiteral("CREATE TABLE inventory_shipment_source (shipment_id int(10) unsigned NOT NULL, source_code "
                       "varchar(255) NOT NULL, PRIMARY KEY (shipment_id)) ENGINE=InnoDB"),
        QStringLiteral("INSERT INTO inventory_source (source_code, name, country_id, postcode) VALUES ('default', "
                       "'Default Source', 'US', '00000')"),
        QStringLiteral("INSERT INTO inventory_stock (stock_id, name) VALUES (1, 'Default Stock')"),
    };
    for (const QString& sql : statements)
        db.exec(sql);
}

} // namespace cutover::test
