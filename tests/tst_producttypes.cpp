#include "db/database.h"
#include "engine/migrationrunner.h"
#include "engine/verifier.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "steps/sourcehandlercontext.h"
#include "steps/steplist.h"
#include "stepsupport.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

// Cutover's own mapping, as a user runs it.
MigrationEnvironment environment(const ConnectionProfile& source, const ConnectionProfile& destination)
{
    return builtInEnvironment(source, destination);
}

} // namespace

// Every product type's links, as Magento 2 reads them after a whole data migration: configurable children, grouped
// members, bundle options with their titles, selections and selection prices, downloadable links and samples with
// their titles and prices. The prefixed 1.9.3.2 store, so that every look-up goes through the prefix.
class TestProductTypes : public QObject
{
    Q_OBJECT
private:
    ConnectionProfile m_m1;
    ConnectionProfile m_m2;
    RunReport m_report;

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        auto& server = TestServer::instance();
        m_m1 = server.magento1Prefixed(QStringLiteral("types_m1"));
        m_m2 = server.magento2(QStringLiteral("types_m2"));
        GeneratorOptions options;
        options.products = 90;
        options.customers = 2;
        options.orders = 0;
        options.seed = 41;
        try {
            StoreGenerator::run(m_m1, {}, options);
            Database src(m_m1, {}, QStringLiteral("test"));
            // Selection prices per website (the generator writes none), and an option title whose option was
            // deleted with foreign key checks off, as real stores have.
            src.exec(expand(src,
                QStringLiteral("INSERT INTO {catalog_product_bundle_selection_price} (selection_id, website_id, "
                               "selection_price_type, selection_price_value) SELECT selection_id, 1, 0, 2.5 FROM "
                               "{catalog_product_bundle_selection}")));
            src.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
            src.exec(expand(src,
                QStringLiteral("INSERT INTO {catalog_product_bundle_option_value} (option_id, store_id, title) "
                               "VALUES (987654, 0, 'Orphan option')")));
            src.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
            // A fixed product tax attribute with its taxes: weee_tax names the attribute by id.
            src.exec(expand(src,
                QStringLiteral("INSERT INTO {eav_attribute} (entity_type_id, attribute_code, backend_model, "
                               "backend_type, frontend_input, frontend_label, is_user_defined) SELECT entity_type_id, "
                               "'recycling_fee', 'weee/attribute_backend_weee_tax', 'static', 'weee', 'Recycling fee', "
                               "1 FROM {eav_entity_type} WHERE entity_type_code = 'catalog_product'")));
            src.exec(expand(src,
                QStringLiteral("INSERT INTO {catalog_eav_attribute} (attribute_id) SELECT attribute_id FROM "
                               "{eav_attribute} WHERE attribute_code = 'recycling_fee'")));
            src.exec(expand(src,
                QStringLiteral("INSERT INTO {weee_tax} (website_id, entity_id, country, value, state, attribute_id, "
                               "entity_type_id) SELECT 0, p.entity_id, 'US', 1.25, 0, a.attribute_id, "
                               "a.entity_type_id FROM {catalog_product_entity} p JOIN {eav_attribute} a ON "
                               "a.attribute_code = 'recycling_fee' WHERE p.type_id = 'simple' ORDER BY p.entity_id "
                               "LIMIT 5")));
            // A custom customer attribute shown in two forms.
            src.exec(expand(src,
                QStringLiteral("INSERT INTO {eav_attribute} (entity_type_id, attribute_code, backend_type, "
                               "frontend_input, frontend_label, is_user_defined) SELECT entity_type_id, "
                               "'loyalty_number', 'varchar', 'text', 'Loyalty number', 1 FROM {eav_entity_type} WHERE "
                               "entity_type_code = 'customer'")));
            src.exec(expand(src,
                QStringLiteral("INSERT INTO {customer_eav_attribute} (attribute_id, is_visible, sort_order) SELECT "
                               "attribute_id, 1, 120 FROM {eav_attribute} WHERE attribute_code = 'loyalty_number'")));
            src.exec(expand(src,
                QStringLiteral("INSERT INTO {customer_form_attribute} (form_code, attribute_id) SELECT f.code, "
                               "a.attribute_id FROM {eav_attribute} a JOIN (SELECT 'adminhtml_customer' AS code UNION "
                               "ALL SELECT 'customer_account_edit') f WHERE a.attribute_code = 'loyalty_number'")));
            // A cart price rule's attribute row whose rule was deleted with foreign key checks off.
            src.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
            src.exec(expand(src,
                QStringLiteral("INSERT INTO {salesrule_product_attribute} (rule_id, website_id, customer_group_id, "
                               "attribute_id) SELECT 987654, 1, 0, attribute_id FROM {eav_attribute} WHERE "
                               "attribute_code = 'recycling_fee'")));
            // A CMS page shown in a store view that was deleted: Magento 2 names the store table "store".
            src.exec(expand(src,
                QStringLiteral("INSERT INTO {cms_page_store} (page_id, store_id) SELECT MIN(page_id), 77 FROM "
                               "{cms_page}")));
            src.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
        } catch (const Error& e) {
            QFAIL(qPrintable(e.message() + QLatin1Char(' ') + e.details()));
        }
        {
            // A form of Magento 2's own (an extension's, say) that Magento 1 does not have.
            Database dst(m_m2, {}, QStringLiteral("test"));
            dst.exec(QStringLiteral("INSERT INTO customer_form_attribute (form_code, attribute_id) SELECT "
                                    "'acme_quick_signup', attribute_id FROM eav_attribute WHERE attribute_code = "
                                    "'firstname' AND entity_type_id = 1"));
        }
        MigrationRunner runner(environment(m_m1, m_m2));
        runner.setMode(QStringLiteral("data"));
        for (auto& step : migrationSteps(StepSet::Settings))
            runner.addStep(std::move(step));
        for (auto& step : migrationSteps(StepSet::Data))
            runner.addStep(std::move(step));
        m_report = runner.run();
        QVERIFY2(m_report.outcome == Outcome::Succeeded, qPrintable(m_report.toText()));
        qInfo("set-up: %.1f s", timer.elapsed() / 1000.0);
    }

    void everyTypeIsThere()
    {
        Database src(m_m1, {}, QStringLiteral("test"));
        const QStringList types = sortedRows(src, QStringLiteral("SELECT DISTINCT type_id FROM {catalog_product_entity}"));
        for (const char* type : { "bundle", "configurable", "downloadable", "grouped", "simple", "virtual" })
            QVERIFY2(types.contains(QLatin1String(type)), qPrintable(types.join(QLatin1Char(' '))));
    }

    void configurableChildren()
    {
        Database src(m_m1, {}, QStringLiteral("test"));
        Database dst(m_m2, {}, QStringLiteral("test"));
        const QString links = QStringLiteral("SELECT parent_id, product_id FROM {catalog_product_super_link}");
        QVERIFY(!sortedRows(src, links).isEmpty());
        QCOMPARE(sortedRows(dst, links), sortedRows(src, links));
        // The attributes they vary by, by code: Magento 2 numbers attributes its own way.
        const QString attributes = QStringLiteral(
            "SELECT s.product_id, a.attribute_code FROM {catalog_product_super_attribute} s JOIN {eav_attribute} a ON "
            "a.attribute_id = s.attribute_id");
        QVERIFY(!sortedRows(src, attributes).isEmpty());
        QCOMPARE(sortedRows(dst, attributes), sortedRows(src, attributes));
    }

    void groupedMembers()
    {
        Database src(m_m1, {}, QStringLiteral("test"));
        Database dst(m_m2, {}, QStringLiteral("test"));
        // Magento 1 and 2 both call the grouped link type "super".
        const QString members = QStringLiteral(
            "SELECT l.product_id, l.linked_product_id FROM {catalog_product_link} l JOIN {catalog_product_link_type} t "
            "ON t.link_type_id = l.link_type_id JOIN {catalog_product_entity} p ON p.entity_id = l.product_id WHERE "
            "t.code = 'super' AND p.type_id = 'grouped'");
        QVERIFY(!sortedRows(src, members).isEmpty());
        QCOMPARE(sortedRows(dst, members), sortedRows(src, members));
    }

    void bundleOptionsSelectionsAndPrices()
    {
        Database src(m_m1, {}, QStringLiteral("test"));
        Database dst(m_m2, {}, QStringLiteral("test"));
        const QString options
            = QStringLiteral("SELECT option_id, parent_id, required, position, type FROM {catalog_product_bundle_option}");
        QVERIFY(!sortedRows(src, options).isEmpty());
        QCOMPARE(sortedRows(dst, options), sortedRows(src, options));
        // Titles carry their bundle product in Magento 2, read from the option (the orphan title is not carried).
        const QString titles = QStringLiteral(
            "SELECT v.option_id, o.parent_id, v.store_id, v.title FROM {catalog_product_bundle_option_value} v JOIN "
            "{catalog_product_bundle_option} o ON o.option_id = v.option_id");
        QVERIFY(!sortedRows(src, titles).isEmpty());
        QCOMPARE(sortedRows(dst,
                     QStringLiteral("SELECT option_id, parent_product_id, store_id, title FROM "
                                    "catalog_product_bundle_option_value")),
            sortedRows(src, titles));
        const QString selections = QStringLiteral(
            "SELECT selection_id, option_id, parent_product_id, product_id, selection_qty FROM "
            "{catalog_product_bundle_selection}");
        QVERIFY(!sortedRows(src, selections).isEmpty());
        QCOMPARE(sortedRows(dst, selections), sortedRows(src, selections));
        const QString prices = QStringLiteral(
            "SELECT p.selection_id, s.parent_product_id, p.website_id, p.selection_price_value FROM "
            "{catalog_product_bundle_selection_price} p JOIN {catalog_product_bundle_selection} s ON s.selection_id = "
            "p.selection_id");
        QVERIFY(!sortedRows(src, prices).isEmpty());
        QCOMPARE(sortedRows(dst,
                     QStringLiteral("SELECT selection_id, parent_product_id, website_id, selection_price_value FROM "
                                    "catalog_product_bundle_selection_price")),
            sortedRows(src, prices));
        // The orphan title is counted, with why.
        const TableReport* values
            = m_report.step(QStringLiteral("map"))->table(QStringLiteral("catalog_product_bundle_option_value"));
        QVERIFY(values);
        QCOMPARE(skippedWith(*values, QStringLiteral("catalog_product_bundle_option row does not exist")), 1);
    }

    void downloadableLinksAndSamples()
    {
        Database src(m_m1, {}, QStringLiteral("test"));
        Database dst(m_m2, {}, QStringLiteral("test"));
        for (const char* query :
            { "SELECT link_id, product_id, number_of_downloads, is_shareable, link_url, link_type FROM "
              "{downloadable_link}",
                "SELECT link_id, store_id, title FROM {downloadable_link_title}",
                "SELECT link_id, website_id, price FROM {downloadable_link_price}",
                "SELECT sample_id, product_id, sample_url, sample_type FROM {downloadable_sample}",
                "SELECT sample_id, store_id, title FROM {downloadable_sample_title}" }) {
            const QString sql = QLatin1String(query);
            QVERIFY2(!sortedRows(src, sql).isEmpty(), query);
            QCOMPARE(sortedRows(dst, sql), sortedRows(src, sql));
        }
    }

    // The bundle look-up keeps a window of Magento 1's rows; delta keeps its transform for a whole session, so a
    // row added after the window was read (a new bundle option) must still be found, not taken for an orphan.
    void lookUpFindsRowsAddedAfterItsWindow()
    {
        Database src(m_m1, {}, QStringLiteral("test"));
        SourceHandlerContext context(DatabaseTarget { m_m1, {} }, &builtInMapping(), nullptr, nullptr);
        const QString last = scalarText(src, QStringLiteral("SELECT MAX(option_id) FROM {catalog_product_bundle_option}"));
        const QString parent = scalarText(
            src, QStringLiteral("SELECT parent_id FROM {catalog_product_bundle_option} WHERE option_id = %1").arg(last));
        const QString option = QStringLiteral("catalog_product_bundle_option");
        const auto lookUp = [&](qint64 id) {
            return context.sourceValue(option, QStringLiteral("option_id"), id, QStringLiteral("parent_id"));
        };
        QCOMPARE(lookUp(last.toLongLong()).value_or(QVariant()).toString(), parent);
        src.exec(expand(src,
            QStringLiteral("INSERT INTO {catalog_product_bundle_option} (option_id, parent_id, required, position, "
                           "type) VALUES (%1, %2, 1, 9, 'select')")
                .arg(last.toLongLong() + 50)
                .arg(parent)));
        QCOMPARE(lookUp(last.toLongLong() + 50).value_or(QVariant()).toString(), parent);
        QVERIFY(!lookUp(last.toLongLong() + 51).has_value());
        src.exec(expand(src,
            QStringLiteral("DELETE FROM {catalog_product_bundle_option} WHERE option_id = %1").arg(last.toLongLong() + 50)));
    }

    // Tables that name an attribute by id and that the EAV document groups list with the value tables: copied by
    // the Map step, as the Data Migration Tool copies them, with Magento 2's ids for their attributes.
    void attributeKeyedTables()
    {
        Database src(m_m1, {}, QStringLiteral("test"));
        Database dst(m_m2, {}, QStringLiteral("test"));
        const QString rules = QStringLiteral(
            "SELECT s.rule_id, s.website_id, s.customer_group_id, a.attribute_code FROM {salesrule_product_attribute} "
            "s JOIN {eav_attribute} a ON a.attribute_id = s.attribute_id JOIN {salesrule} r ON r.rule_id = s.rule_id");
        QVERIFY(!sortedRows(src, rules).isEmpty());
        QCOMPARE(sortedRows(dst, rules), sortedRows(src, rules));
        // The row of a deleted rule is removed by its key, whose attribute Magento 2 numbers its own way, and counted.
        QCOMPARE(dst.scalar(QStringLiteral("SELECT COUNT(*) FROM salesrule_product_attribute WHERE rule_id = 987654"))
                     .toInt(),
            0);
        const TableReport* ruleAttributes
            = m_report.step(QStringLiteral("map"))->table(QStringLiteral("salesrule_product_attribute"));
        QVERIFY(ruleAttributes);
        QCOMPARE(skippedWith(*ruleAttributes, QStringLiteral("salesrule row does not exist")), 1);

        const QString taxes = QStringLiteral(
            "SELECT w.entity_id, w.website_id, w.country, w.value, a.attribute_code FROM {weee_tax} w JOIN "
            "{eav_attribute} a ON a.attribute_id = w.attribute_id");
        QCOMPARE(sortedRows(src, taxes).size(), 5);
        QCOMPARE(sortedRows(dst, taxes), sortedRows(src, taxes));
        // The Magento 2 id differs, or the test shows nothing.
        QVERIFY(src.scalar(expand(src, QStringLiteral("SELECT attribute_id FROM {eav_attribute} WHERE attribute_code = "
                                                      "'recycling_fee'")))
            != dst.scalar(QStringLiteral("SELECT attribute_id FROM eav_attribute WHERE attribute_code = 'recycling_fee'")));
    }

    // Magento 1's forms that show an attribute are added to Magento 2's own, with Magento 2's attribute ids.
    void customerFormsMerge()
    {
        Database src(m_m1, {}, QStringLiteral("test"));
        Database dst(m_m2, {}, QStringLiteral("test"));
        const QString forms = QStringLiteral(
            "SELECT f.form_code, a.attribute_code FROM {customer_form_attribute} f JOIN {eav_attribute} a ON "
            "a.attribute_id = f.attribute_id WHERE a.attribute_code = 'loyalty_number'");
        QCOMPARE(sortedRows(src, forms).size(), 2);
        QCOMPARE(sortedRows(dst, forms), sortedRows(src, forms));
        // Magento 2's own rows stay.
        QCOMPARE(dst.scalar(QStringLiteral("SELECT COUNT(*) FROM customer_form_attribute WHERE form_code = "
                                           "'acme_quick_signup'"))
                     .toInt(),
            1);
    }

    // A row that points at a store view Magento 1 no longer has is left out by the Map step and counted, though
    // Magento 2 calls the table store where Magento 1 calls it core_store.
    void rowsOfDeletedStoreViews()
    {
        Database dst(m_m2, {}, QStringLiteral("test"));
        QCOMPARE(dst.scalar(QStringLiteral("SELECT COUNT(*) FROM cms_page_store WHERE store_id = 77")).toInt(), 0);
        const TableReport* pages = m_report.step(QStringLiteral("map"))->table(QStringLiteral("cms_page_store"));
        QVERIFY(pages);
        QCOMPARE(skippedWith(*pages, QStringLiteral("its core_store row does not exist")), 1);
    }

    void verificationAgrees()
    {
        std::vector<std::unique_ptr<Step>> steps = migrationSteps(StepSet::Data);
        std::vector<Step*> verified;
        for (const std::unique_ptr<Step>& step : steps)
            verified.push_back(step.get());
        const MigrationEnvironment env = environment(m_m1, m_m2); // the Verifier keeps a reference
        try {
            const VerifyReport report = verifySteps(env, verified);
            QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
        } catch (const Error& e) {
            QFAIL(qPrintable(e.message() + QLatin1Char(' ') + e.details()));
        }
    }
};

QTEST_GUILESS_MAIN(TestProductTypes)
#include "tst_producttypes.moc"
