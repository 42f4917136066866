#pragma once

namespace cutover {

class GenContext;

/*
 * The generator's areas, run in this order by StoreGenerator. Each reads what the earlier ones left in the
 * context and adds what later ones need. Each area writes through TableWriter, reports progress with
 * GenContext::progress(), and makes its share of a real store's mess (recorded with GenContext::noteMess()).
 */

/** Websites, store groups and store views (2 websites, 3 store views), core_config_data. (stores.cpp) */
void generateStores(GenContext& context);
/** Attribute sets, custom attributes of every input type, categories, products of every type, prices, stock,
 *  gallery (and image files), URL rewrites. (catalog.cpp) */
void generateCatalog(GenContext& context);
/** Customer groups, customers with addresses and salted-MD5 password hashes. (customers.cpp) */
void generateCustomers(GenContext& context);
/** Quotes, orders with items, addresses, payments, history and grid rows; invoices, shipments, credit memos.
 *  (sales.cpp) */
void generateSales(GenContext& context);
/** Reviews and ratings, CMS pages and blocks, newsletter subscribers, tax rules, cart price rules.
 *  (content.cpp) */
void generateContent(GenContext& context);

} // namespace cutover
