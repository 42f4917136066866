#include "areas.h"

#include "db/database.h"
#include "gencontext.h"
#include "tablewriter.h"

#include <QSqlQuery>

namespace cutover {

namespace {

struct StoreSpec {
    const char* code;
    const char* name;
    const char* locale;
    const char* currency;
    bool secondWebsite;
};

// The store the generator builds on top of what the dump has: the main website gets an English and a French
// view, a second website (another brand, another currency) gets a German view.
constexpr StoreSpec storeSpecs[] = {
    { "default", "Default Store View", "en_US", "USD", false },
    { "fr", "Français", "fr_FR", "EUR", false },
    { "de", "Deutsch (Zweitmarke)", "de_DE", "EUR", true },
};

int findId(Database& db, const QString& sql, const QVariantList& bindings)
{
    QSqlQuery q = db.query(sql, bindings);
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace

void generateStores(GenContext& context)
{
    Database& db = context.db();
    context.progress(QStringLiteral("stores"), 0, 3);

    // The main website and its group are the ones the install made (website 1 in every dump seen so far, but
    // read it, do not assume it).
    int mainWebsite = findId(db,
        QStringLiteral("SELECT website_id FROM %1 WHERE website_id > 0 ORDER BY is_default DESC, website_id LIMIT 1")
            .arg(context.table(QStringLiteral("core_website"))),
        {});
    int mainGroup = findId(db,
        QStringLiteral("SELECT default_group_id FROM %1 WHERE website_id = ?").arg(context.table(QStringLiteral("core_website"))),
        { mainWebsite });
    const int mainRoot = findId(db,
        QStringLiteral("SELECT root_category_id FROM %1 WHERE group_id = ?").arg(context.table(QStringLiteral("core_store_group"))),
        { mainGroup });

    int secondWebsite = findId(db,
        QStringLiteral("SELECT website_id FROM %1 WHERE code = 'brand2'").arg(context.table(QStringLiteral("core_website"))), {});
    int secondGroup = 0;
    if (secondWebsite == 0) {
        secondWebsite = int(context.nextId(QStringLiteral("core_website"), QStringLiteral("website_id")));
        secondGroup = int(context.nextId(QStringLiteral("core_store_group"), QStringLiteral("group_id")));
        TableWriter websites(context, QStringLiteral("core_website"),
            { QStringLiteral("website_id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("sort_order"),
                QStringLiteral("default_group_id"), QStringLiteral("is_default") });
        websites.add({ secondWebsite, "brand2", "Zweitmarke GmbH", 1, secondGroup, 0 });
        websites.finish();
        TableWriter groups(context, QStringLiteral("core_store_group"),
            { QStringLiteral("group_id"), QStringLiteral("website_id"), QStringLiteral("name"),
                QStringLiteral("root_category_id"), QStringLiteral("default_store_id") });
        groups.add({ secondGroup, secondWebsite, "Zweitmarke Store", mainRoot, 0 });
        groups.finish();
    } else {
        secondGroup = findId(db,
            QStringLiteral("SELECT default_group_id FROM %1 WHERE website_id = ?").arg(context.table(QStringLiteral("core_website"))),
            { secondWebsite });
    }
    context.websites = { GenWebsite { mainWebsite, QStringLiteral("base"), mainGroup, mainRoot },
        GenWebsite { secondWebsite, QStringLiteral("brand2"), secondGroup, mainRoot } };
    context.progress(QStringLiteral("stores"), 1, 3);

    TableWriter storeWriter(context, QStringLiteral("core_store"),
        { QStringLiteral("store_id"), QStringLiteral("code"), QStringLiteral("website_id"), QStringLiteral("group_id"),
            QStringLiteral("name"), QStringLiteral("sort_order"), QStringLiteral("is_active") });
    int sort = 0;
    for (const StoreSpec& spec : storeSpecs) {
        const QString code = QString::fromUtf8(spec.code);
        const int website = spec.secondWebsite ? secondWebsite : mainWebsite;
        const int group = spec.secondWebsite ? secondGroup : mainGroup;
        int id = findId(db, QStringLiteral("SELECT store_id FROM %1 WHERE code = ?").arg(context.table(QStringLiteral("core_store"))),
            { code });
        if (id == 0) {
            id = int(context.nextId(QStringLiteral("core_store"), QStringLiteral("store_id")));
            storeWriter.add({ id, code, website, group, QString::fromUtf8(spec.name), sort, 1 });
        }
        ++sort;
        context.stores.push_back(
            GenStore { id, website, group, code, QString::fromUtf8(spec.locale), QString::fromUtf8(spec.currency) });
    }
    storeWriter.finish();
    db.exec(QStringLiteral("UPDATE %1 SET default_store_id = (SELECT MIN(store_id) FROM %2 WHERE group_id = %3) WHERE group_id = %3")
                .arg(context.table(QStringLiteral("core_store_group")), context.table(QStringLiteral("core_store")))
                .arg(secondGroup));
    context.progress(QStringLiteral("stores"), 2, 3);

    // Configuration at every scope, including what Magento 2 handles differently: URL suffixes, a serialized
    // value, a path of an extension no mapping knows, and a design theme that Magento 2 has no use for.
    TableWriter config(context, QStringLiteral("core_config_data"),
        { QStringLiteral("scope"), QStringLiteral("scope_id"), QStringLiteral("path"), QStringLiteral("value") },
        TableWriter::OnDuplicate::Replace);
    config.add({ "default", 0, "web/unsecure/base_url", "http://m1.example.test/" });
    config.add({ "default", 0, "web/secure/base_url", "https://m1.example.test/" });
    config.add({ "default", 0, "web/seo/use_rewrites", "1" });
    config.add({ "default", 0, "general/locale/code", "en_US" });
    config.add({ "default", 0, "general/locale/timezone", "Europe/Paris" });
    config.add({ "default", 0, "general/country/default", "US" });
    config.add({ "default", 0, "currency/options/base", "USD" });
    config.add({ "default", 0, "currency/options/default", "USD" });
    config.add({ "default", 0, "currency/options/allow", "USD,EUR" });
    config.add({ "default", 0, "catalog/seo/product_url_suffix", ".html" });
    config.add({ "default", 0, "catalog/seo/category_url_suffix", ".html" });
    config.add({ "default", 0, "catalog/seo/product_use_categories", "1" });
    config.add({ "default", 0, "design/theme/default", "rwd" });
    config.add({ "default", 0, "design/package/name", "rwd" });
    config.add({ "default", 0, "trans_email/ident_general/email", "owner@m1.example.test" });
    config.add({ "default", 0, "trans_email/ident_general/name", "Shop Owner" });
    config.add({ "default", 0, "cataloginventory/item_options/min_sale_qty", "a:1:{i:32000;s:1:\"1\";}" });
    config.add({ "default", 0, "sales/minimum_order/active", "0" });
    config.add({ "default", 0, "tax/calculation/price_includes_tax", "0" });
    config.add({ "default", 0, "customer/create_account/confirm", "0" });
    config.add({ "default", 0, "acme_fastcheckout/general/enabled", "1" });
    config.add({ "default", 0, "acme_fastcheckout/general/license_key", "ACME-1234-5678" });
    config.add({ "websites", secondWebsite, "web/unsecure/base_url", "http://brand2.example.test/" });
    config.add({ "websites", secondWebsite, "web/secure/base_url", "https://brand2.example.test/" });
    config.add({ "websites", secondWebsite, "currency/options/base", "EUR" });
    config.add({ "websites", secondWebsite, "currency/options/default", "EUR" });
    config.add({ "websites", secondWebsite, "currency/options/allow", "EUR" });
    for (const GenStore& store : context.stores) {
        config.add({ "stores", store.id, "general/locale/code", store.locale });
        if (store.currency == QLatin1String("EUR"))
            config.add({ "stores", store.id, "currency/options/default", "EUR" });
    }
    config.add({ "stores", context.stores.value(2).id, "design/header/welcome", "Willkommen bei der Zweitmarke – schön, dass Sie da sind!" });
    config.add({ "stores", context.stores.value(1).id, "design/header/welcome", "Bienvenue chez nous, ça va être génial !" });
    config.finish();
    context.progress(QStringLiteral("stores"), 3, 3);
}

} // namespace cutover
