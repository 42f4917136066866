<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CacheWarmResult</name>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="414"/>
        <source>Store view %1: %2 with the cookie store=%1 (%3 pages)</source>
        <translation>Vue de magasin %1 : %2 avec le cookie store=%1 (%3 pages)</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="415"/>
        <source>Store view %1: %2 (%3 pages)</source>
        <translation>Vue de magasin %1 : %2 (%3 pages)</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="419"/>
        <source>%1 pages of disabled products and inactive categories left out (Magento would answer 404).</source>
        <translation>%1 pages de produits désactivés et de catégories inactives laissées de côté (Magento répondrait 404).</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="423"/>
        <source>no answer: %1</source>
        <translation>pas de réponse : %1</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="426"/>
        <source>Status codes: %1</source>
        <translation>Codes d&apos;état : %1</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="428"/>
        <source>Slowest pages:</source>
        <translation>Pages les plus lentes :</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="433"/>
        <source>Failed pages:</source>
        <translation>Pages en échec :</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="437"/>
        <source>  ... and %1 more (--json lists up to %2)</source>
        <translation>  ... et %1 de plus (--json en liste jusqu&apos;à %2)</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="443"/>
        <source>%1 of %2 pages in %3 (%4 pages/s): %5 answered, %6 redirected, %7 failed, %8.</source>
        <translation>%1 pages sur %2 en %3 (%4 pages/s) : %5 ont répondu, %6 redirigées, %7 en échec, %8.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="449"/>
        <source>Warm-up finished: %1</source>
        <translation>Préchauffage terminé : %1</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="452"/>
        <source>Warm-up stopped: %1</source>
        <translation>Préchauffage arrêté : %1</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="455"/>
        <source>Warm-up failed: %1</source>
        <translation>Échec du préchauffage : %1</translation>
    </message>
</context>
<context>
    <name>CacheWarmer</name>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="129"/>
        <source>The Magento 2 database %1 has no active store view: there is nothing to warm.</source>
        <translation>La base de données Magento 2 %1 n&apos;a aucune vue de magasin active : il n&apos;y a rien à préchauffer.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="195"/>
        <source>Store view %1 skipped: its base URL (%2) is &quot;%3&quot;, not a full http(s) URL. Set %2 for it in the Magento 2 admin (Stores &gt; Configuration &gt; General &gt; Web) or warm from a sitemap.</source>
        <translation>Vue de magasin %1 ignorée : son URL de base (%2) est « %3 », pas une URL http(s) complète. Renseignez %2 pour elle dans l&apos;admin de Magento 2 (Stores &gt; Configuration &gt; General &gt; Web) ou préchauffez à partir d&apos;un sitemap.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="477"/>
        <source>&quot;%1&quot; is not HOST:IP (for example shop.example.com:203.0.113.7): name the store&apos;s host and the address of the new server.</source>
        <translation>« %1 » n&apos;est pas de la forme HOTE:IP (par exemple shop.example.com:203.0.113.7) : indiquez l&apos;hôte de la boutique et l&apos;adresse du nouveau serveur.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="488"/>
        <source>No Magento 2 database to read the store views from.</source>
        <translation>Aucune base de données Magento 2 dans laquelle lire les vues de magasin.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="505"/>
        <source>%1 holds no PEM certificate: give the file of the certificate authority that signed the store&apos;s certificate.</source>
        <translation>%1 ne contient aucun certificat PEM : indiquez le fichier de l&apos;autorité de certification qui a signé le certificat de la boutique.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="575"/>
        <source>Could not read the sitemap %1: %2. Check the URL (Magento 2 writes it where Marketing &gt; Site Map says, often /sitemap.xml) or warm from the database.</source>
        <translation>Impossible de lire le sitemap %1 : %2. Vérifiez l&apos;URL (Magento 2 l&apos;écrit là où l&apos;indique Marketing &gt; Site Map, souvent /sitemap.xml) ou préchauffez à partir de la base de données.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="590"/>
        <source>The sitemap %1 is not valid XML (%2 at line %3): check it in a browser.</source>
        <translation>Le sitemap %1 n&apos;est pas un XML valide (%2 à la ligne %3) : vérifiez-le dans un navigateur.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="631"/>
        <source>Nothing to warm: give the Magento 2 database or a sitemap URL.</source>
        <translation>Rien à préchauffer : indiquez la base de données Magento 2 ou l&apos;URL d&apos;un sitemap.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="646"/>
        <source>No page to warm: every store view was skipped (see above).</source>
        <translation>Aucune page à préchauffer : toutes les vues de magasin ont été ignorées (voir ci-dessus).</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="712"/>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="715"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="721"/>
        <source>HTTP %1, then no more data within %2 s</source>
        <translation>HTTP %1, puis plus aucune donnée en %2 s</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="722"/>
        <source>HTTP %1, then %2</source>
        <translation>HTTP %1, puis %2</translation>
    </message>
</context>
<context>
    <name>CapturePlanner</name>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="374"/>
        <source>reports and statistics, left behind as chosen: no trigger, so Magento 1&apos;s storefront does not pay for changes that are not carried</source>
        <translation>rapports et statistiques, laissés de côté comme choisi : aucun déclencheur, pour que la boutique Magento 1 ne paie pas pour des changements qui ne sont pas transférés</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="376"/>
        <source>visitor log, left behind as chosen: no trigger, so Magento 1&apos;s storefront does not pay for changes that are not carried</source>
        <translation>journal des visiteurs, laissé de côté comme choisi : aucun déclencheur, pour que la boutique Magento 1 ne paie pas pour des changements qui ne sont pas transférés</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="391"/>
        <source>%1 has no primary key and no unique key over NOT NULL columns, so a changed row cannot be identified; the data migration copies it whole, so migrate it again just before go-live.</source>
        <translation>%1 n&apos;a ni clé primaire ni clé unique sur des colonnes NOT NULL : une ligne modifiée ne peut donc pas être identifiée. La migration des données la copie en entier ; migrez-la donc à nouveau juste avant la mise en production.</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="406"/>
        <source>%1 (%2 on %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="413"/>
        <source>This server (%1) allows one trigger per table, timing and event, and these tables already have one that Cutover would need the place of: %2. Cutover does not rewrite other software&apos;s triggers.</source>
        <translation>Ce serveur (%1) n&apos;autorise qu&apos;un déclencheur par table, moment et événement, et ces tables en ont déjà un à la place dont Cutover aurait besoin : %2. Cutover ne réécrit pas les déclencheurs d&apos;autres logiciels.</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="416"/>
        <source>Upgrade the server to MariaDB 10.2.3 or MySQL 5.7.2 or later (they allow several triggers per event), or remove the extension that installed those triggers.</source>
        <translation>Mettez le serveur à niveau vers MariaDB 10.2.3 ou MySQL 5.7.2 ou plus récent (ils autorisent plusieurs déclencheurs par événement), ou supprimez l&apos;extension qui a installé ces déclencheurs.</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="432"/>
        <source>User %1 lacks %2 on the database %3: change capture creates a change-log table and triggers there (CREATE, TRIGGER), its triggers write to it (INSERT), the apply loop reads and purges it (SELECT, UPDATE, DELETE) and remove drops it (DROP).</source>
        <translation>L&apos;utilisateur %1 n&apos;a pas %2 sur la base de données %3 : la capture des modifications y crée une table de journal des modifications et des déclencheurs (CREATE, TRIGGER), ses déclencheurs y écrivent (INSERT), la boucle d&apos;application la lit et la purge (SELECT, UPDATE, DELETE) et remove la supprime (DROP).</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="436"/>
        <source>Have the database administrator run: GRANT %1 ON `%2`.* TO %3;</source>
        <translation>Demandez à l&apos;administrateur de la base de données d&apos;exécuter : GRANT %1 ON `%2`.* TO %3;</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="441"/>
        <source>Binary logging is on on this server (log_bin=ON) and log_bin_trust_function_creators is 0: the server then lets only a user with SUPER create triggers, and %1 does not have it.</source>
        <translation>La journalisation binaire est active sur ce serveur (log_bin=ON) et log_bin_trust_function_creators vaut 0 : le serveur ne laisse alors créer des déclencheurs qu&apos;à un utilisateur ayant SUPER, et %1 ne l&apos;a pas.</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="444"/>
        <source>Have the database administrator run SET GLOBAL log_bin_trust_function_creators = 1; and add log_bin_trust_function_creators = 1 under [mysqld] in the server configuration so it survives a restart, or GRANT SUPER ON *.* TO %1;</source>
        <translation>Demandez à l&apos;administrateur de la base de données d&apos;exécuter SET GLOBAL log_bin_trust_function_creators = 1; et d&apos;ajouter log_bin_trust_function_creators = 1 sous [mysqld] dans la configuration du serveur pour que cela survive à un redémarrage, ou d&apos;exécuter GRANT SUPER ON *.* TO %1;</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="451"/>
        <source>The database %1 has none of the tables the data migration carries (table prefix &quot;%2&quot;).</source>
        <translation>La base de données %1 ne contient aucune des tables que la migration des données transfère (préfixe de table « %2 »).</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="453"/>
        <source>Check the database name and the table prefix (?prefix=) in the source URL.</source>
        <translation>Vérifiez le nom de la base de données et le préfixe de table (?prefix=) dans l&apos;URL source.</translation>
    </message>
</context>
<context>
    <name>CatalogBuilder</name>
    <message>
        <location filename="../core/generate/catalog.cpp" line="67"/>
        <source>The catalog needs the websites and store views made before it; none were found in %1.</source>
        <translation>Le catalogue a besoin des sites et vues de magasin créés avant lui ; aucun n&apos;a été trouvé dans %1.</translation>
    </message>
    <message>
        <location filename="../core/generate/catalog.cpp" line="174"/>
        <source>The product entity type in %1 has no default attribute set; the Magento 1 install is incomplete.</source>
        <translation>Le type d&apos;entité produit dans %1 n&apos;a pas de jeu d&apos;attributs par défaut ; l&apos;installation Magento 1 est incomplète.</translation>
    </message>
    <message>
        <location filename="../core/generate/catalog.cpp" line="298"/>
        <source>The table %1 has no link type &apos;super&apos;; grouped products cannot be linked. Check that the Magento 1 dump is complete.</source>
        <translation>La table %1 n&apos;a pas de type de lien &apos;super&apos; ; les produits groupés ne peuvent pas être liés. Vérifiez que le dump Magento 1 est complet.</translation>
    </message>
    <message>
        <location filename="../core/generate/catalog.cpp" line="341"/>
        <source>The root category %1 of the main store in %2 does not exist; fix core_store_group.root_category_id or load a complete Magento 1 dump.</source>
        <translation>La catégorie racine %1 de la boutique principale dans %2 n&apos;existe pas ; corrigez core_store_group.root_category_id ou chargez un dump Magento 1 complet.</translation>
    </message>
    <message>
        <location filename="../core/generate/catalog.cpp" line="504"/>
        <source>zero dates in category custom_design_from</source>
        <translation>dates nulles dans custom_design_from des catégories</translation>
    </message>
    <message>
        <location filename="../core/generate/catalogproducts.cpp" line="164"/>
        <source>product URL keys in store fr equal to another product&apos;s default URL key</source>
        <translation>clés d&apos;URL produit de la vue fr égales à la clé d&apos;URL par défaut d&apos;un autre produit</translation>
    </message>
    <message>
        <location filename="../core/generate/catalogproducts.cpp" line="165"/>
        <source>zero dates in product special_from_date</source>
        <translation>dates nulles dans special_from_date des produits</translation>
    </message>
    <message>
        <location filename="../core/generate/catalogproducts.cpp" line="166"/>
        <source>product names with non-ASCII letters</source>
        <translation>noms de produits avec des lettres non ASCII</translation>
    </message>
    <message>
        <location filename="../core/generate/catalogproducts.cpp" line="168"/>
        <source>gallery images missing on disk</source>
        <translation>images de galerie absentes du disque</translation>
    </message>
    <message>
        <location filename="../core/generate/catalogproducts.cpp" line="640"/>
        <source>orphan catalog_product_entity_varchar rows (product missing)</source>
        <translation>lignes orphelines de catalog_product_entity_varchar (produit absent)</translation>
    </message>
    <message>
        <location filename="../core/generate/catalogproducts.cpp" line="645"/>
        <source>orphan catalog_category_product rows (product missing)</source>
        <translation>lignes orphelines de catalog_category_product (produit absent)</translation>
    </message>
</context>
<context>
    <name>CatalogMedia</name>
    <message>
        <location filename="../core/generate/catalogmedia.cpp" line="145"/>
        <source>Could not create the folder %1 for generated media files. Check that the media folder is writable and the disk is not full.</source>
        <translation>Impossible de créer le dossier %1 pour les fichiers médias générés. Vérifiez que le dossier média est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location filename="../core/generate/catalogmedia.cpp" line="152"/>
        <source>Could not write the generated media file %1. Check that the media folder is writable and the disk is not full.</source>
        <translation>Impossible d&apos;écrire le fichier média généré %1. Vérifiez que le dossier média est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
</context>
<context>
    <name>CatalogStep</name>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="63"/>
        <source>the destination has no table %1</source>
        <translation>la destination n&apos;a pas de table %1</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="75"/>
        <source>its key column %1 is not in the destination table %2</source>
        <translation>sa colonne clé %1 n&apos;est pas dans la table de destination %2</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="81"/>
        <source>%1.%2 has no column in the destination table %3; its values are not copied</source>
        <translation>%1.%2 n&apos;a pas de colonne dans la table de destination %3 ; ses valeurs ne sont pas copiées</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="118"/>
        <source>%1: attribute set %2 has no Magento 2 set (run the EAV step first); written with the default set %3</source>
        <translation>%1 : le jeu d&apos;attributs %2 n&apos;a pas de jeu Magento 2 (exécutez d&apos;abord l&apos;étape EAV) ; écrit avec le jeu par défaut %3</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="135"/>
        <source>%1: %2 is empty in Magento 1, which Magento 2 does not allow; written as an empty text</source>
        <translation>%1 : %2 est vide dans Magento 1, ce que Magento 2 n&apos;autorise pas ; écrit comme texte vide</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="162"/>
        <source>its store view does not exist in Magento 2 (migrate the settings first, or an orphan row in Magento 1)</source>
        <translation>sa vue de magasin n&apos;existe pas dans Magento 2 (migrez d&apos;abord les paramètres, ou ligne orpheline dans Magento 1)</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="169"/>
        <source>its attribute does not exist in Magento 1 (an orphan value)</source>
        <translation>son attribut n&apos;existe pas dans Magento 1 (valeur orpheline)</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="175"/>
        <source>attribute %1 (%2) is ignored by %3, so Magento 2 has no attribute for it</source>
        <translation>l&apos;attribut %1 (%2) est ignoré par %3 : Magento 2 n&apos;a donc pas d&apos;attribut pour lui</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="177"/>
        <source>attribute %1 (%2) has no Magento 2 attribute</source>
        <translation>l&apos;attribut %1 (%2) n&apos;a pas d&apos;attribut Magento 2</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="196"/>
        <source>%1: %2 is not an option of attribute %3 in Magento 1; kept as it is</source>
        <translation>%1 : %2 n&apos;est pas une option de l&apos;attribut %3 dans Magento 1 ; conservé tel quel</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="273"/>
        <source>The table %1 is missing in the %2 database; the catalog step needs it in both.</source>
        <translation>La table %1 est absente de la base de données %2 ; l&apos;étape Catalogue en a besoin dans les deux.</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="274"/>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="274"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="309"/>
        <source>Magento 2 has no attribute for %1: their values are skipped. The EAV step creates them: run it before this step.</source>
        <translation>Magento 2 n&apos;a pas d&apos;attribut pour %1 : leurs valeurs sont ignorées. L&apos;étape EAV les crée : exécutez-la avant cette étape.</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="341"/>
        <source>handled by the Tier Price step</source>
        <translation>traitée par l&apos;étape Prix par palier</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="343"/>
        <source>the catalog step has no rule for this table; map it in a map file for the Map step</source>
        <translation>l&apos;étape Catalogue n&apos;a pas de règle pour cette table ; mappez-la dans un fichier de mappage pour l&apos;étape Map</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/catalogstep.cpp" line="376"/>
        <source>%n row(s) of %1 removed: %2</source>
        <translation>
            <numerusform>%n ligne de %1 supprimée : %2</numerusform>
            <numerusform>%n lignes de %1 supprimées : %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="379"/>
        <source>its product does not exist (an orphan row in Magento 1)</source>
        <translation>son produit n&apos;existe pas (ligne orpheline dans Magento 1)</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="380"/>
        <source>its category does not exist (an orphan row in Magento 1)</source>
        <translation>sa catégorie n&apos;existe pas (ligne orpheline dans Magento 1)</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="381"/>
        <source>its store view does not exist in Magento 2 (an orphan row in Magento 1)</source>
        <translation>sa vue de magasin n&apos;existe pas dans Magento 2 (ligne orpheline dans Magento 1)</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="400"/>
        <location filename="../core/steps/catalogstep.cpp" line="402"/>
        <source>its gallery entry is not migrated</source>
        <translation>son entrée de galerie n&apos;est pas migrée</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/catalogstep.cpp" line="431"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/catalogstep.cpp" line="432"/>
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n catégorie</numerusform>
            <numerusform>%n catégories</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="435"/>
        <source>The destination&apos;s catalog (%1) was replaced by Magento 1&apos;s, as a migration into a fresh Magento 2 install does; those rows are kept in Cutover&apos;s backup tables and come back with a reset.</source>
        <translation>Le catalogue de la destination (%1) a été remplacé par celui de Magento 1, comme le fait une migration vers une nouvelle installation Magento 2 ; ces lignes sont conservées dans les tables de sauvegarde de Cutover et reviennent avec une réinitialisation.</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="439"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="450"/>
        <source>Store group %1 (%2) has root category %3, which is not a root category (level 1) in Magento 2; choose its root category in Magento 2&apos;s admin (Stores &gt; All Stores) or run the Settings step again.</source>
        <translation>Le groupe de magasins %1 (%2) a la catégorie racine %3, qui n&apos;est pas une catégorie racine (niveau 1) dans Magento 2 ; choisissez sa catégorie racine dans l&apos;admin de Magento 2 (Stores &gt; All Stores) ou relancez l&apos;étape Paramètres.</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.h" line="33"/>
        <source>Catalog step</source>
        <translation>Étape Catalogue</translation>
    </message>
</context>
<context>
    <name>ChangeLogReader</name>
    <message>
        <location filename="../core/delta/changelogreader.cpp" line="35"/>
        <source>Change capture is not installed on %1, so there are no changes to apply.</source>
        <translation>La capture des modifications n&apos;est pas installée sur %1 ; il n&apos;y a donc aucune modification à appliquer.</translation>
    </message>
    <message>
        <location filename="../core/delta/changelogreader.cpp" line="37"/>
        <source>Run cutover-cli delta install before migrating the data, then migrate the data again.</source>
        <translation>Exécutez cutover-cli delta install avant de migrer les données, puis migrez à nouveau les données.</translation>
    </message>
    <message>
        <location filename="../core/delta/changelogreader.cpp" line="42"/>
        <source>The change capture on %1 is broken, so changes would be missed: %2</source>
        <translation>La capture des modifications sur %1 est cassée ; des modifications seraient donc manquées : %2</translation>
    </message>
    <message>
        <location filename="../core/delta/changelogreader.cpp" line="76"/>
        <source>Could not read the change log %1 (run cutover-cli delta status)</source>
        <translation>Impossible de lire le journal des modifications %1 (exécutez cutover-cli delta status)</translation>
    </message>
</context>
<context>
    <name>ConfigurablePricesStep</name>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="611"/>
        <source>Magento 1 has no table %1</source>
        <translation>Magento 1 n&apos;a pas de table %1</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="616"/>
        <source>Magento 2 has no table %1</source>
        <translation>Magento 2 n&apos;a pas de table %1</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="619"/>
        <source>%1&apos;s table %2 has no entity_id column (Adobe Commerce keys it by row_id, with content staging): Cutover migrates into Magento Open Source.</source>
        <translation>La table %2 de %1 n&apos;a pas de colonne entity_id (Adobe Commerce l&apos;indexe par row_id, avec le content staging) : Cutover migre vers Magento Open Source.</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="137"/>
        <source>The product attribute price is missing in %1: configurable prices cannot be computed. Run the EAV step first.</source>
        <translation>L&apos;attribut produit price est absent de %1 : les prix configurables ne peuvent pas être calculés. Exécutez d&apos;abord l&apos;étape EAV.</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="234"/>
        <source>its configurable product has no price</source>
        <translation>son produit configurable n&apos;a pas de prix</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="239"/>
        <source>the child product is not in Magento 2 (run the Catalog step first)</source>
        <translation>le produit enfant n&apos;est pas dans Magento 2 (exécutez d&apos;abord l&apos;étape Catalogue)</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="240"/>
        <source>the child&apos;s price comes from another of its configurable products (see warnings)</source>
        <translation>le prix de l&apos;enfant provient d&apos;un autre de ses produits configurables (voir les avertissements)</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="647"/>
        <source>Cancelled while computing configurable prices; run the step again.</source>
        <translation>Annulé pendant le calcul des prix configurables ; relancez l&apos;étape.</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="368"/>
        <source>the child has no value for the configurable product&apos;s attribute %1, so Magento 1 never sold it through that product</source>
        <translation>l&apos;enfant n&apos;a pas de valeur pour l&apos;attribut %1 du produit configurable : Magento 1 ne l&apos;a donc jamais vendu via ce produit</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="207"/>
        <source>%1&apos;s %2 has no value_id left for %3 computed price value(s): its ids reach %4.</source>
        <translation>La table %2 de %1 n’a plus de value_id libre pour %3 valeur(s) de prix calculée(s) : ses identifiants atteignent %4.</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="212"/>
        <source>Computed child prices took value ids right after Magento 1&apos;s (no room above them): a price value Magento 1 adds while delta runs may be written over one of them; run the data migration again before go-live.</source>
        <translation>Les prix calculés des enfants ont reçu des value_id juste après ceux de Magento 1 (pas de place au-dessus) : une valeur de prix que Magento 1 ajoute pendant le delta peut en écraser une ; relancez la migration des données avant la mise en ligne.</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="235"/>
        <source>its configurable product has no price differences and the child is also sold on its own (visible individually): it keeps its own price</source>
        <translation>son produit configurable n&apos;a pas de différence de prix et l&apos;enfant est aussi vendu seul (visible individuellement) : il garde son propre prix</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="404"/>
        <source>product %1 (child of %2), store view %3: the differences make its price %4, below zero; written as 0.</source>
        <translation>produit %1 (enfant de %2), vue de magasin %3 : les différences donnent le prix %4, inférieur à zéro ; écrit comme 0.</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="430"/>
        <source>product %1 is a child of the configurable products %2 and %3, which give it the prices %4 and %5 (store view %6); Magento 2 has one price per child: %4, from product %2, is written. Set it in Magento 2&apos;s admin if %3&apos;s price should be kept.</source>
        <translation>le produit %1 est un enfant des produits configurables %2 et %3, qui lui donnent les prix %4 et %5 (vue de magasin %6) ; Magento 2 a un seul prix par enfant : %4, du produit %2, est écrit. Modifiez-le dans l&apos;admin de Magento 2 si le prix de %3 doit être conservé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/configurablepricesstep.cpp" line="469"/>
        <source>%n child product(s) of configurable products without price differences had a price of their own, which Magento 1 ignored when it sold them through the configurable product; they get the configurable product&apos;s price, as Magento 1 charged it (products %1%2). A child also sold on its own (visible individually) sells at that price in Magento 2 too: set its price in Magento 2&apos;s admin if it should differ.</source>
        <translation>
            <numerusform>%n produit enfant d&apos;un produit configurable sans différence de prix avait un prix propre, que Magento 1 ignorait en le vendant par le produit configurable ; il reçoit le prix du produit configurable, tel que Magento 1 le facturait (produits %1%2). Un enfant aussi vendu seul (visible individuellement) se vend à ce prix dans Magento 2 également : fixez son prix dans l&apos;administration de Magento 2 s&apos;il doit être différent.</numerusform>
            <numerusform>%n produits enfants de produits configurables sans différence de prix avaient un prix propre, que Magento 1 ignorait en les vendant par le produit configurable ; ils reçoivent le prix du produit configurable, tel que Magento 1 le facturait (produits %1%2). Un enfant aussi vendu seul (visible individuellement) se vend à ce prix dans Magento 2 également : fixez son prix dans l&apos;administration de Magento 2 s&apos;il doit être différent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/configurablepricesstep.cpp" line="682"/>
        <source>%n price difference(s) of a website are ignored, as Magento 1 ignores them: its price scope (catalog/price/scope) is global.</source>
        <translation>
            <numerusform>%n différence de prix d&apos;un site est ignorée, comme Magento 1 l&apos;ignore : sa portée de prix (catalog/price/scope) est globale.</numerusform>
            <numerusform>%n différences de prix d&apos;un site sont ignorées, comme Magento 1 les ignore : sa portée de prix (catalog/price/scope) est globale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/configurablepricesstep.cpp" line="687"/>
        <source>%n child price value(s) written for the price attribute (%1 price scope)</source>
        <translation>
            <numerusform>%n valeur de prix enfant écrite pour l&apos;attribut de prix (portée de prix %1)</numerusform>
            <numerusform>%n valeurs de prix enfant écrites pour l&apos;attribut de prix (portée de prix %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="688"/>
        <source>website</source>
        <translation>site</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="688"/>
        <source>global</source>
        <translation>globale</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.h" line="50"/>
        <source>Configurable prices step</source>
        <translation>Étape Prix configurables</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="70"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="72"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="75"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="150"/>
        <source>the socket %1</source>
        <translation>le socket %1</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="154"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="154"/>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="170"/>
        <source>A query failed on the %1 database %2: %3</source>
        <translation>Une requête a échoué sur la base de données %2 (%1) : %3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="246"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="247"/>
        <source>Check the server&apos;s error log, then run the check again.</source>
        <translation>Consultez le journal d&apos;erreurs du serveur, puis relancez la vérification.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="267"/>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="270"/>
        <source>Connecting through the unix socket %1: no host name to resolve.</source>
        <translation>Connexion par le socket unix %1 : aucun nom d&apos;hôte à résoudre.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="277"/>
        <source>%1 is an IP address.</source>
        <translation>%1 est une adresse IP.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="283"/>
        <source>The host name %1 does not resolve to an address.</source>
        <translation>Le nom d&apos;hôte %1 ne se résout en aucune adresse.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="284"/>
        <source>Check the spelling of the host in the connection URL, or give its IP address. For a server on a private network, check the DNS server this computer uses or its /etc/hosts file.</source>
        <translation>Vérifiez l&apos;orthographe de l&apos;hôte dans l&apos;URL de connexion, ou indiquez son adresse IP. Pour un serveur sur un réseau privé, vérifiez le serveur DNS qu&apos;utilise cet ordinateur ou son fichier /etc/hosts.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="291"/>
        <source>%1 resolves to %2.</source>
        <translation>%1 se résout en %2.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="298"/>
        <source>Network connection</source>
        <translation>Connexion réseau</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="309"/>
        <source>There is no socket file at %1.</source>
        <translation>Il n&apos;y a aucun fichier socket à %1.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="310"/>
        <source>Check the socket path in the connection URL (on the server: SHOW VARIABLES LIKE &apos;socket&apos;), and that the MariaDB/MySQL server is running.</source>
        <translation>Vérifiez le chemin du socket dans l&apos;URL de connexion (sur le serveur : SHOW VARIABLES LIKE &apos;socket&apos;), et que le serveur MariaDB/MySQL est en marche.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="315"/>
        <source>Nothing listens on the socket %1: the server is not running, or stopped and left its socket file behind.</source>
        <translation>Rien n&apos;écoute sur le socket %1 : le serveur n&apos;est pas en marche, ou il s&apos;est arrêté en laissant son fichier socket.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="318"/>
        <source>Start the MariaDB/MySQL server, or check the socket path in the connection URL.</source>
        <translation>Démarrez le serveur MariaDB/MySQL, ou vérifiez le chemin du socket dans l&apos;URL de connexion.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="321"/>
        <source>This user may not open the socket %1.</source>
        <translation>Cet utilisateur n&apos;a pas le droit d&apos;ouvrir le socket %1.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="322"/>
        <source>Run Cutover as a user that may open the socket (usually in the mysql group), or connect over TCP with a host and port instead.</source>
        <translation>Exécutez Cutover sous un utilisateur qui peut ouvrir le socket (généralement dans le groupe mysql), ou connectez-vous plutôt en TCP avec un hôte et un port.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="326"/>
        <source>Could not connect to the socket %1 within %2 s.</source>
        <translation>Impossible de se connecter au socket %1 en %2 s.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="327"/>
        <source>Check that the server is running and not overloaded.</source>
        <translation>Vérifiez que le serveur est en marche et n&apos;est pas surchargé.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="331"/>
        <source>Connected to the socket %1 in %2 ms.</source>
        <translation>Connecté au socket %1 en %2 ms.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="349"/>
        <source>Connected to %1 port %2 (%3) in %4 ms.</source>
        <translation>Connecté à %1 port %2 (%3) en %4 ms.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="368"/>
        <source>%1 refused the connection on port %2 after %3 ms: nothing listens on that port, or a firewall rejects the connection.</source>
        <translation>%1 a refusé la connexion sur le port %2 après %3 ms : rien n&apos;écoute sur ce port, ou un pare-feu rejette la connexion.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="373"/>
        <source>Check the port in the connection URL (MariaDB and MySQL listen on 3306 unless configured otherwise), that the server runs and listens on the network (bind-address, skip-networking), and that a firewall on the way lets this computer in.</source>
        <translation>Vérifiez le port dans l&apos;URL de connexion (MariaDB et MySQL écoutent sur 3306 sauf configuration contraire), que le serveur tourne et écoute sur le réseau (bind-address, skip-networking), et qu&apos;aucun pare-feu sur le chemin ne bloque cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="379"/>
        <source>%1 did not answer on port %2 within %3 s: a firewall probably drops the packets, or the host is down.</source>
        <translation>%1 n&apos;a pas répondu sur le port %2 en %3 s : un pare-feu rejette probablement les paquets, ou l&apos;hôte est arrêté.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="384"/>
        <source>Open port %1 on the server&apos;s firewall (and any firewall between) for this computer&apos;s address, or connect through an SSH tunnel; check that the host is up.</source>
        <translation>Ouvrez le port %1 sur le pare-feu du serveur (et tout pare-feu intermédiaire) pour l&apos;adresse de cet ordinateur, ou connectez-vous par un tunnel SSH ; vérifiez que l&apos;hôte est en marche.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="390"/>
        <source>%1 cannot be reached from this computer (no route to the host).</source>
        <translation>%1 est injoignable depuis cet ordinateur (aucune route vers l&apos;hôte).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="391"/>
        <source>Check the network between this computer and %1: VPN, routing, or the address in the connection URL.</source>
        <translation>Vérifiez le réseau entre cet ordinateur et %1 : VPN, routage ou adresse dans l&apos;URL de connexion.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="396"/>
        <source>Could not connect to %1 port %2: %3</source>
        <translation>Impossible de se connecter à %1 port %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="397"/>
        <source>Check the host and port in the connection URL and the network in between.</source>
        <translation>Vérifiez l&apos;hôte et le port dans l&apos;URL de connexion ainsi que le réseau intermédiaire.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="477"/>
        <source>Database server</source>
        <translation>Serveur de base de données</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="486"/>
        <source>%1 accepted the connection but sent nothing within %2 s. A MariaDB/MySQL server greets at once: something else listens there, or the server hangs.</source>
        <translation>%1 a accepté la connexion mais n&apos;a rien envoyé en %2 s. Un serveur MariaDB/MySQL salue immédiatement : autre chose écoute à cet endroit, ou le serveur est bloqué.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="490"/>
        <source>Check the port in the connection URL (MariaDB and MySQL use 3306 unless configured otherwise). If the port is right, check the server (its error log, SHOW PROCESSLIST) or the proxy or SSH tunnel in between.</source>
        <translation>Vérifiez le port dans l&apos;URL de connexion (MariaDB et MySQL utilisent 3306 sauf configuration contraire). Si le port est correct, vérifiez le serveur (son journal d&apos;erreurs, SHOW PROCESSLIST) ou le proxy ou tunnel SSH intermédiaire.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="495"/>
        <source>%1 accepted the connection and closed it without a greeting: the server refuses this computer (for instance through max_connections or a TCP wrapper), or it is not a MySQL server.</source>
        <translation>%1 a accepté la connexion puis l&apos;a fermée sans message d&apos;accueil : le serveur refuse cet ordinateur (par exemple via max_connections ou un TCP wrapper), ou ce n&apos;est pas un serveur MySQL.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="499"/>
        <source>Look at the server&apos;s error log for the refused connection; check the port in the connection URL.</source>
        <translation>Cherchez la connexion refusée dans le journal d&apos;erreurs du serveur ; vérifiez le port dans l&apos;URL de connexion.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="502"/>
        <source>%1 answered, but not as a MariaDB/MySQL server: another service listens there.</source>
        <translation>%1 a répondu, mais pas comme un serveur MariaDB/MySQL : un autre service écoute à cet endroit.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="503"/>
        <source>Check the port in the connection URL: MariaDB and MySQL use 3306 unless configured otherwise.</source>
        <translation>Vérifiez le port dans l&apos;URL de connexion : MariaDB et MySQL utilisent 3306 sauf configuration contraire.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="509"/>
        <source>The server at %1 does not allow connections from this computer&apos;s address: %2</source>
        <translation>Le serveur %1 n&apos;accepte pas de connexions depuis l&apos;adresse de cet ordinateur : %2</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="511"/>
        <source>On the server, create the user %1 for this computer&apos;s address (CREATE USER &apos;%1&apos;@&apos;ADDRESS&apos; ... and GRANT ...), or connect from a host it allows, for instance through an SSH tunnel.</source>
        <translation>Sur le serveur, créez l&apos;utilisateur %1 pour l&apos;adresse de cet ordinateur (CREATE USER &apos;%1&apos;@&apos;ADRESSE&apos; ... et GRANT ...), ou connectez-vous depuis un hôte autorisé, par exemple par un tunnel SSH.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="517"/>
        <source>The server at %1 blocks this computer after too many interrupted connections.</source>
        <translation>Le serveur %1 bloque cet ordinateur après trop de connexions interrompues.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="518"/>
        <source>On the server, run FLUSH HOSTS (or mariadb-admin flush-hosts), and raise max_connect_errors if it happens again.</source>
        <translation>Sur le serveur, exécutez FLUSH HOSTS (ou mariadb-admin flush-hosts), et augmentez max_connect_errors si cela se reproduit.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="522"/>
        <source>The server at %1 has too many connections and refuses more.</source>
        <translation>Le serveur %1 a trop de connexions et en refuse d&apos;autres.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="523"/>
        <source>Wait, or raise max_connections on the server; check SHOW PROCESSLIST for stuck clients.</source>
        <translation>Patientez, ou augmentez max_connections sur le serveur ; cherchez des clients bloqués avec SHOW PROCESSLIST.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="525"/>
        <source>The server at %1 refused the connection: %2</source>
        <translation>Le serveur %1 a refusé la connexion : %2</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="526"/>
        <source>Look up MariaDB error %1 and the server&apos;s error log.</source>
        <translation>Recherchez l&apos;erreur MariaDB %1 et consultez le journal d&apos;erreurs du serveur.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="539"/>
        <source>Encryption (TLS)</source>
        <translation>Chiffrement (TLS)</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="549"/>
        <source>TLS is not asked for (ssl=%1); the server offers it: add ?ssl=required to the connection URL to insist on it.</source>
        <translation>TLS n&apos;est pas demandé (ssl=%1) ; le serveur le propose : ajoutez ?ssl=required à l&apos;URL de connexion pour l&apos;exiger.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="552"/>
        <source>TLS is not asked for (ssl=%1), and the server does not offer it.</source>
        <translation>TLS n&apos;est pas demandé (ssl=%1), et le serveur ne le propose pas.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="557"/>
        <source>The connection URL requires TLS (ssl=%1), but the server at %2 does not offer TLS.</source>
        <translation>L&apos;URL de connexion exige TLS (ssl=%1), mais le serveur %2 ne propose pas TLS.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="559"/>
        <source>Enable TLS on the server (ssl_cert, ssl_key and ssl_ca in its configuration, then restart it), or, on a trusted network or through an SSH tunnel, remove ssl=%1 from the connection URL.</source>
        <translation>Activez TLS sur le serveur (ssl_cert, ssl_key et ssl_ca dans sa configuration, puis redémarrez-le), ou, sur un réseau de confiance ou via un tunnel SSH, retirez ssl=%1 de l&apos;URL de connexion.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="565"/>
        <source>The server offers TLS; the login below must use it.</source>
        <translation>Le serveur propose TLS ; la connexion ci-dessous doit l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="572"/>
        <source>The certificate is not checked over a unix socket, which never leaves this machine.</source>
        <translation>Le certificat n&apos;est pas vérifié sur un socket unix, qui ne quitte jamais cette machine.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="574"/>
        <source>This system&apos;s Qt has no TLS support, so Cutover cannot check the server certificate itself; the login below still insists on TLS.</source>
        <translation>Le Qt de ce système ne prend pas en charge TLS : Cutover ne peut donc pas vérifier lui-même le certificat du serveur ; la connexion ci-dessous exige tout de même TLS.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="580"/>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Le fichier CA %1 est illisible ou ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="581"/>
        <source>Give the CA certificate that signed the server&apos;s certificate, in PEM form, with &amp;ssl-ca=FILE.</source>
        <translation>Indiquez avec &amp;ssl-ca=FICHIER le certificat CA, au format PEM, qui a signé le certificat du serveur.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="621"/>
        <source>The server certificate of %1 is not accepted with the CA file %2: %3</source>
        <translation>Le certificat du serveur %1 n&apos;est pas accepté avec le fichier CA %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="624"/>
        <source>Give the CA that signed the server&apos;s certificate with &amp;ssl-ca=FILE, and connect with the host name the certificate names (or use ssl=verify-ca to skip the name check).</source>
        <translation>Indiquez avec &amp;ssl-ca=FICHIER la CA qui a signé le certificat du serveur, et connectez-vous avec le nom d&apos;hôte que nomme le certificat (ou utilisez ssl=verify-ca pour ignorer la vérification du nom).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="626"/>
        <source>Give the CA that signed the server&apos;s certificate with &amp;ssl-ca=FILE (ask the database administrator for it).</source>
        <translation>Indiquez avec &amp;ssl-ca=FICHIER la CA qui a signé le certificat du serveur (demandez-la à l&apos;administrateur de la base de données).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="632"/>
        <source>The server&apos;s certificate is signed by the CA in %1 (%2).</source>
        <translation>Le certificat du serveur est signé par la CA de %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="639"/>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="643"/>
        <source>The MySQL driver for Qt is not installed.</source>
        <translation>Le pilote MySQL de Qt n&apos;est pas installé.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="644"/>
        <source>Install the Debian package libqt6sql6-mysql (or your system&apos;s Qt 6 MySQL driver).</source>
        <translation>Installez le paquet Debian libqt6sql6-mysql (ou le pilote MySQL Qt 6 de votre système).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="673"/>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="676"/>
        <source>The server at %1 refused user %2 without a password (connecting from %3).</source>
        <translation>Le serveur %1 a refusé l&apos;utilisateur %2 sans mot de passe (connexion depuis %3).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="698"/>
        <source>The server at %1 refused the login of user %2 from %3: either the password is wrong, or there is no user %2 for connections from %3. The server does not say which, on purpose.</source>
        <translation>Le serveur %1 a refusé la connexion de l&apos;utilisateur %2 depuis %3 : soit le mot de passe est faux, soit il n&apos;existe pas d&apos;utilisateur %2 pour les connexions depuis %3. Le serveur ne dit pas lequel, exprès.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="532"/>
        <source>The server at %1 runs %2 and offers TLS.</source>
        <translation>Le serveur %1 exécute %2 et propose TLS.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="533"/>
        <source>The server at %1 runs %2, without TLS.</source>
        <translation>Le serveur %1 exécute %2, sans TLS.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="678"/>
        <source>Enter the password of %1 (cutover-cli reads it from the environment variable %2).</source>
        <translation>Saisissez le mot de passe de %1 (cutover-cli le lit dans la variable d&apos;environnement %2).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="686"/>
        <source>The server at %1 refused the login of user %2 from %3, which was tried without TLS (ssl=%4): either the user requires TLS (REQUIRE SSL), or the password is wrong, or there is no user %2 for connections from %3. The server does not say which, on purpose.</source>
        <translation>Le serveur %1 a refusé la connexion de l&apos;utilisateur %2 depuis %3, tentée sans TLS (ssl=%4) : soit l&apos;utilisateur exige TLS (REQUIRE SSL), soit le mot de passe est faux, soit il n&apos;existe pas d&apos;utilisateur %2 pour les connexions depuis %3. Le serveur ne dit pas lequel, volontairement.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="690"/>
        <source>The server offers TLS: add ?ssl=required (with &amp;ssl-ca=FILE to check the server&apos;s certificate) to the connection URL and try again. If that is refused too, check the password (cutover-cli reads it from %1) and have the database administrator check that the user exists for this host (SELECT User, Host, ssl_type FROM mysql.user WHERE User = &apos;%2&apos;).</source>
        <translation>Le serveur propose TLS : ajoutez ?ssl=required (avec &amp;ssl-ca=FILE pour vérifier le certificat du serveur) à l&apos;URL de connexion et réessayez. Si cela est refusé aussi, vérifiez le mot de passe (cutover-cli le lit dans %1) et demandez à l&apos;administrateur de la base de données de vérifier que l&apos;utilisateur existe pour cet hôte (SELECT User, Host, ssl_type FROM mysql.user WHERE User = &apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="701"/>
        <source>Check the password (cutover-cli reads it from %1). If it is right, have the database administrator check that the user exists for this host (SELECT User, Host FROM mysql.user WHERE User = &apos;%2&apos;) and create it or allow it from %3.</source>
        <translation>Vérifiez le mot de passe (cutover-cli le lit dans %1). S&apos;il est correct, demandez à l&apos;administrateur de la base de données de vérifier que l&apos;utilisateur existe pour cet hôte (SELECT User, Host FROM mysql.user WHERE User = &apos;%2&apos;) et de le créer ou de l&apos;autoriser depuis %3.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="708"/>
        <source>The server at %1 lets user %2 in only as the matching system account (unix_socket authentication), not with a password.</source>
        <translation>Le serveur %1 n&apos;admet l&apos;utilisateur %2 que sous le compte système correspondant (authentification unix_socket), pas avec un mot de passe.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="711"/>
        <source>Create a database user with a password for Cutover (CREATE USER ... IDENTIFIED BY ...; GRANT ...), or run Cutover as the system user %1.</source>
        <translation>Créez un utilisateur de base de données avec mot de passe pour Cutover (CREATE USER ... IDENTIFIED BY ...; GRANT ...), ou exécutez Cutover sous l&apos;utilisateur système %1.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="717"/>
        <source>The server at %1 does not allow user %2 to connect from this computer: %3</source>
        <translation>Le serveur %1 n&apos;autorise pas l&apos;utilisateur %2 à se connecter depuis cet ordinateur : %3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="719"/>
        <source>On the server, create the user for this computer&apos;s address (CREATE USER &apos;%1&apos;@&apos;ADDRESS&apos; ...) or connect from a host it allows, for instance through an SSH tunnel.</source>
        <translation>Sur le serveur, créez l&apos;utilisateur pour l&apos;adresse de cet ordinateur (CREATE USER &apos;%1&apos;@&apos;ADRESSE&apos; ...), ou connectez-vous depuis un hôte autorisé, par exemple par un tunnel SSH.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="725"/>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>La connexion TLS à %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="726"/>
        <source>Check the server&apos;s TLS setup and the CA file given with &amp;ssl-ca=FILE, or remove ssl= from the connection URL on a trusted network.</source>
        <translation>Vérifiez la configuration TLS du serveur et le fichier CA indiqué avec &amp;ssl-ca=FICHIER, ou retirez ssl= de l&apos;URL de connexion sur un réseau de confiance.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="729"/>
        <source>Could not log in to %1 as %2: %3</source>
        <translation>Impossible de se connecter à %1 en tant que %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="730"/>
        <source>Look up MariaDB error %1 and check the server&apos;s error log.</source>
        <translation>Recherchez l&apos;erreur MariaDB %1 et consultez le journal d&apos;erreurs du serveur.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="745"/>
        <source>Logged in to %1 as %2, but the connection is not encrypted although the connection URL requires TLS (ssl=%3).</source>
        <translation>Connecté à %1 en tant que %2, mais la connexion n&apos;est pas chiffrée alors que l&apos;URL de connexion exige TLS (ssl=%3).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="748"/>
        <source>Enable TLS on the server, or remove ssl= from the connection URL on a trusted network.</source>
        <translation>Activez TLS sur le serveur, ou retirez ssl= de l&apos;URL de connexion sur un réseau de confiance.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="750"/>
        <source>Logged in to %1 as %2 over TLS (%3).</source>
        <translation>Connecté à %1 en tant que %2 via TLS (%3).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="753"/>
        <source>Logged in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="759"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="776"/>
        <source>It sees no other database.</source>
        <translation>Il ne voit aucune autre base de données.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="777"/>
        <source>It sees these databases: %1.</source>
        <translation>Il voit ces bases de données : %1.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="780"/>
        <source>The database %1 does not exist on the server at %2. %3</source>
        <translation>La base de données %1 n&apos;existe pas sur le serveur %2. %3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="781"/>
        <source>Correct the database name in the connection URL, or create the database and load the %1 store into it.</source>
        <translation>Corrigez le nom de la base de données dans l&apos;URL de connexion, ou créez la base et chargez-y la boutique %1.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="783"/>
        <source>Magento 1</source>
        <translation>Magento 1</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="783"/>
        <source>Magento 2</source>
        <translation>Magento 2</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="787"/>
        <source>User %1 has no access to the database %2 on %3 (or it does not exist). %4</source>
        <translation>L&apos;utilisateur %1 n&apos;a pas accès à la base de données %2 sur %3 (ou elle n&apos;existe pas). %4</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="789"/>
        <source>Check the database name in the connection URL, or have the database administrator run GRANT %1 ON `%2`.* TO %3;</source>
        <translation>Vérifiez le nom de la base de données dans l&apos;URL de connexion, ou demandez à l&apos;administrateur de la base de données d&apos;exécuter GRANT %1 ON `%2`.* TO %3;</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="795"/>
        <source>Could not open the database %1 on %2: %3</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="796"/>
        <source>Check the database name in the connection URL.</source>
        <translation>Vérifiez le nom de la base de données dans l&apos;URL de connexion.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="804"/>
        <source>The database %1 exists and holds %n table(s).</source>
        <translation>
            <numerusform>La base de données %1 existe et contient %n table.</numerusform>
            <numerusform>La base de données %1 existe et contient %n tables.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="810"/>
        <source>Magento</source>
        <translation>Magento</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="814"/>
        <source>Give this database as the destination (--dest), and the Magento 1 database as the source (--source).</source>
        <translation>Indiquez cette base comme destination (--dest), et la base Magento 1 comme source (--source).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="815"/>
        <source>Give this database as the source (--source), and the Magento 2 database as the destination (--dest).</source>
        <translation>Indiquez cette base comme source (--source), et la base Magento 2 comme destination (--dest).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="820"/>
        <source>The database %1 on %2 is empty: it holds no tables.</source>
        <translation>La base de données %1 sur %2 est vide : elle ne contient aucune table.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="822"/>
        <source>Load a dump of the live Magento 1 database into it, or give the database that holds the store.</source>
        <translation>Chargez-y un dump de la base Magento 1 en production, ou indiquez la base qui contient la boutique.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="824"/>
        <source>Install Magento 2 into it (bin/magento setup:install), or give the database of the Magento 2 install.</source>
        <translation>Installez-y Magento 2 (bin/magento setup:install), ou indiquez la base de l&apos;installation Magento 2.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="843"/>
        <source>The database %1 holds %2 (%3).</source>
        <translation>La base de données %1 contient %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="844"/>
        <source>The database %1 holds %2 (%3) with the table prefix %4.</source>
        <translation>La base de données %1 contient %2 (%3) avec le préfixe de table %4.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="858"/>
        <source>The database %1 given as the %2 holds %3 (%4), not %5.</source>
        <translation>La base de données %1 indiquée comme %2 contient %3 (%4), et non %5.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="868"/>
        <source>The database %1 holds %2 tables without a prefix, but the connection URL gives the prefix %3.</source>
        <translation>La base de données %1 contient des tables %2 sans préfixe, mais l&apos;URL de connexion indique le préfixe %3.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="870"/>
        <source>Remove prefix=%1 from the connection URL.</source>
        <translation>Retirez prefix=%1 de l&apos;URL de connexion.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="872"/>
        <source>The database %1 holds %2 tables with the prefix %3 (for instance %4), and the connection URL gives %5.</source>
        <translation>La base de données %1 contient des tables %2 avec le préfixe %3 (par exemple %4), et l&apos;URL de connexion indique %5.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="875"/>
        <source>no prefix</source>
        <translation>aucun préfixe</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="875"/>
        <source>the prefix %1</source>
        <translation>le préfixe %1</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="876"/>
        <source>Add ?prefix=%1 to the connection URL (or &amp;prefix=%1 after other options).</source>
        <translation>Ajoutez ?prefix=%1 à l&apos;URL de connexion (ou &amp;prefix=%1 après d&apos;autres options).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="883"/>
        <source>The database %1 given as the %2 holds %3 (table prefix %4), not %5.</source>
        <translation>La base de données %1 indiquée comme %2 contient %3 (préfixe de table %4), et non %5.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="885"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="891"/>
        <source>The database %1 holds %n table(s), but it is not a Magento database: it has no core_config_data table (under any prefix) (tables: %2).</source>
        <translation>
            <numerusform>La base de données %1 contient %n table, mais ce n&apos;est pas une base Magento : elle n&apos;a pas de table core_config_data (sous aucun préfixe) (tables : %2).</numerusform>
            <numerusform>La base de données %1 contient %n tables, mais ce n&apos;est pas une base Magento : elle n&apos;a pas de table core_config_data (sous aucun préfixe) (tables : %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="895"/>
        <source>Give the database that holds the Magento 1 store (see app/etc/local.xml on the Magento 1 server for its name).</source>
        <translation>Indiquez la base qui contient la boutique Magento 1 (son nom figure dans app/etc/local.xml sur le serveur Magento 1).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="897"/>
        <source>Give the database of the Magento 2 install (see app/etc/env.php on the Magento 2 server for its name).</source>
        <translation>Indiquez la base de l&apos;installation Magento 2 (son nom figure dans app/etc/env.php sur le serveur Magento 2).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="903"/>
        <source>Read access</source>
        <translation>Accès en lecture</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="931"/>
        <source>User %1 may not read %n of the source&apos;s tables in %2: %3.</source>
        <translation>
            <numerusform>L&apos;utilisateur %1 ne peut pas lire %n des tables de la source dans %2 : %3.</numerusform>
            <numerusform>L&apos;utilisateur %1 ne peut pas lire %n des tables de la source dans %2 : %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="933"/>
        <source>Have the database administrator run GRANT SELECT ON `%1`.* TO %2;</source>
        <translation>Demandez à l&apos;administrateur de la base de données d&apos;exécuter GRANT SELECT ON `%1`.* TO %2;</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="936"/>
        <source>User %1 may read all %n table(s) of %2.</source>
        <translation>
            <numerusform>L&apos;utilisateur %1 peut lire toutes les tables de %2 (%n table).</numerusform>
            <numerusform>L&apos;utilisateur %1 peut lire les %n tables de %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="942"/>
        <source>Delta migration</source>
        <translation>Migration delta</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="961"/>
        <source>User %1 may create the change-log tables and triggers that delta migration needs (binary logging is on, and %2).</source>
        <translation>L&apos;utilisateur %1 peut créer les tables de journal des modifications et les déclencheurs dont la migration delta a besoin (la journalisation binaire est active, et %2).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="964"/>
        <source>the user has SUPER</source>
        <translation>l&apos;utilisateur a SUPER</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="965"/>
        <source>User %1 may create the change-log tables and triggers that delta migration needs.</source>
        <translation>L&apos;utilisateur %1 peut créer les tables de journal des modifications et les déclencheurs dont la migration delta a besoin.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="972"/>
        <source>user %1 lacks %2 on %3</source>
        <translation>l&apos;utilisateur %1 n&apos;a pas %2 sur %3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="973"/>
        <source>GRANT %1 ON `%2`.* TO %3;</source>
        <translation>GRANT %1 ON `%2`.* TO %3;</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="976"/>
        <source>binary logging is on, so creating triggers needs SUPER or log_bin_trust_function_creators=1</source>
        <translation>la journalisation binaire est active ; créer des déclencheurs exige donc SUPER ou log_bin_trust_function_creators=1</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="977"/>
        <source>SET GLOBAL log_bin_trust_function_creators = 1; (and in the server configuration) or GRANT SUPER ON *.* TO %1;</source>
        <translation>SET GLOBAL log_bin_trust_function_creators = 1; (et dans la configuration du serveur) ou GRANT SUPER ON *.* TO %1;</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="981"/>
        <source>Delta (incremental) migration will not be possible: %1. A one-time migration only needs read access.</source>
        <translation>La migration delta (incrémentale) ne sera pas possible : %1. Une migration unique n&apos;a besoin que de l&apos;accès en lecture.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="984"/>
        <source>To keep Magento 2 in step with the live store until go-live, have the database administrator run: %1</source>
        <translation>Pour garder Magento 2 synchronisé avec la boutique en production jusqu&apos;à la mise en production, demandez à l&apos;administrateur de la base de données d&apos;exécuter : %1</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="991"/>
        <source>Write access</source>
        <translation>Accès en écriture</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1027"/>
        <source>User %1 lacks %2 on the destination database %3; Cutover writes rows and adjusts tables there.</source>
        <translation>L&apos;utilisateur %1 n&apos;a pas %2 sur la base de destination %3 ; Cutover y écrit des lignes et modifie des tables.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1029"/>
        <source>Have the database administrator run GRANT ALL PRIVILEGES ON `%1`.* TO %2; (the user Magento 2 itself uses has them).</source>
        <translation>Demandez à l&apos;administrateur de la base de données d&apos;exécuter GRANT ALL PRIVILEGES ON `%1`.* TO %2; (l&apos;utilisateur qu&apos;utilise Magento 2 lui-même les a).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1033"/>
        <source>User %1 may write to and alter the tables of %2.</source>
        <translation>L&apos;utilisateur %1 peut écrire dans les tables de %2 et les modifier.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1039"/>
        <source>Fresh install</source>
        <translation>Nouvelle installation</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1050"/>
        <source>The destination %1 is a fresh install: no products, customers, orders or URL rewrites yet.</source>
        <translation>La destination %1 est une nouvelle installation : encore aucun produit, client, commande ni réécriture d&apos;URL.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1054"/>
        <source>Migrate into a freshly installed Magento 2 (bin/magento setup:install on an empty database). Cutover keeps Magento 1&apos;s ids, so rows already in the destination collide with migrated ones.</source>
        <translation>Migrez vers un Magento 2 fraîchement installé (bin/magento setup:install sur une base vide). Cutover conserve les identifiants de Magento 1 : les lignes déjà présentes dans la destination entrent donc en conflit avec les lignes migrées.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1059"/>
        <source>The destination %1 is not fresh: it already has %2. It looks like a store in use, which a migration would overwrite.</source>
        <translation>La destination %1 n&apos;est pas vierge : elle contient déjà %2. Elle ressemble à une boutique en service, qu&apos;une migration écraserait.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1064"/>
        <source>The destination %1 is not quite fresh: it already has %2.</source>
        <translation>La destination %1 n&apos;est pas tout à fait vierge : elle contient déjà %2.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1072"/>
        <source>Trigger definers</source>
        <translation>Définisseurs des déclencheurs</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1079"/>
        <source>Have the database administrator check that the definers of SHOW TRIGGERS in %1 exist, or grant this user SELECT on mysql.user.</source>
        <translation>Demandez à l&apos;administrateur de la base de données de vérifier que les définisseurs de SHOW TRIGGERS dans %1 existent, ou accordez à cet utilisateur SELECT sur mysql.user.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1085"/>
        <source>Every trigger in %1 runs as a user that exists on the server.</source>
        <translation>Chaque déclencheur de %1 s&apos;exécute sous un utilisateur qui existe sur le serveur.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1096"/>
        <source>Create the missing user(s) %1 on the destination server, or recreate the triggers with bin/magento indexer:set-mode schedule.</source>
        <translation>Créez le ou les utilisateurs manquants %1 sur le serveur de destination, ou recréez les déclencheurs avec bin/magento indexer:set-mode schedule.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1103"/>
        <source>Store size</source>
        <translation>Taille de la boutique</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1135"/>
        <source>%1: %2 tables, about %3 rows, %4</source>
        <translation>%1 : %2 tables, environ %3 lignes, %4</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1148"/>
        <source>%1. Estimated copy time: about %2 (%3 without the log tables), assuming %4 rows/s; an estimate, not a measurement. Row counts come from information_schema and are approximate for InnoDB.</source>
        <translation>%1. Durée de copie estimée : environ %2 (%3 sans les tables de journal), à raison de %4 lignes/s ; une estimation, pas une mesure. Les nombres de lignes viennent d&apos;information_schema et sont approximatifs pour InnoDB.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1161"/>
        <source>visitor logs %1 rows (%2)</source>
        <translation>journaux des visiteurs %1 lignes (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="1165"/>
        <source>reports and statistics %1 rows in %n table(s) (%2)</source>
        <translation>
            <numerusform>rapports et statistiques %1 lignes dans %n table (%2)</numerusform>
            <numerusform>rapports et statistiques %1 lignes dans %n tables (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1174"/>
        <source>%1 of %2 quotes not updated since %3 (about %4)</source>
        <translation>%1 paniers sur %2 non mis à jour depuis %3 (environ %4)</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1179"/>
        <source>Optional: %1. Leave them out with --leave-out logs,reports,old-quotes, or on the Settings and data page.</source>
        <translation>Facultatif : %1. Laissez-les de côté avec --leave-out logs,reports,old-quotes, ou sur la page Paramètres et données.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1188"/>
        <source>Most rows are in log tables (log_*, report_*). Clean them in Magento 1 (System &gt; Configuration &gt; Advanced &gt; System &gt; Log Cleaning, or php shell/log.php clean) before migrating.</source>
        <translation>La plupart des lignes sont dans des tables de journal (log_*, report_*). Nettoyez-les dans Magento 1 (Système &gt; Configuration &gt; Avancé &gt; Système &gt; Nettoyage des journaux, ou php shell/log.php clean) avant la migration.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="42"/>
        <source>The connection URL is empty. Give one of the form %1.</source>
        <translation>L&apos;URL de connexion est vide. Indiquez-en une de la forme %1.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="46"/>
        <source>The connection URL &quot;%1&quot; cannot be read (%2). Give one of the form %3.</source>
        <translation>L&apos;URL de connexion « %1 » est illisible (%2). Indiquez-en une de la forme %3.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="49"/>
        <source>The connection URL &quot;%1&quot; must start with mysql://, as in %2.</source>
        <translation>L&apos;URL de connexion « %1 » doit commencer par mysql://, comme dans %2.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="51"/>
        <source>The connection URL for %1 contains a password. Remove it from the URL and put it in the environment variable CUTOVER_SOURCE_PASSWORD or CUTOVER_DEST_PASSWORD (CUTOVER_PASSWORD for generate), so that it never shows in the process list or the shell history.</source>
        <translation>L&apos;URL de connexion pour %1 contient un mot de passe. Retirez-le de l&apos;URL et placez-le dans la variable d&apos;environnement CUTOVER_SOURCE_PASSWORD ou CUTOVER_DEST_PASSWORD (CUTOVER_PASSWORD pour generate), afin qu&apos;il n&apos;apparaisse jamais dans la liste des processus ni dans l&apos;historique du shell.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="59"/>
        <source>The connection URL &quot;%1&quot; names no user. Put it before the host: %2.</source>
        <translation>L&apos;URL de connexion « %1 » ne nomme aucun utilisateur. Placez-le avant l&apos;hôte : %2.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="64"/>
        <source>The connection URL &quot;%1&quot; must name exactly one database after the host, as in %2.</source>
        <translation>L&apos;URL de connexion « %1 » doit nommer exactement une base après l&apos;hôte, comme dans %2.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="82"/>
        <source>Unknown TLS mode &quot;%1&quot; in the connection URL. Use one of disabled, preferred, required, verify-ca, verify-identity.</source>
        <translation>Mode TLS « %1 » inconnu dans l&apos;URL de connexion. Utilisez disabled, preferred, required, verify-ca ou verify-identity.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="88"/>
        <source>Unknown option &quot;%1&quot; in the connection URL. Known options are socket, prefix, ssl and ssl-ca.</source>
        <translation>Option « %1 » inconnue dans l&apos;URL de connexion. Les options connues sont socket, prefix, ssl et ssl-ca.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="96"/>
        <source>The connection URL &quot;%1&quot; names no host. Give a host name, or localhost with ?socket=PATH for a unix socket.</source>
        <translation>L&apos;URL de connexion « %1 » ne nomme aucun hôte. Indiquez un nom d&apos;hôte, ou localhost avec ?socket=CHEMIN pour un socket unix.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="103"/>
        <source>The port %1 in the connection URL is out of range (1 to 65535).</source>
        <translation>Le port %1 de l&apos;URL de connexion est hors limites (1 à 65535).</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="105"/>
        <source>TLS mode %1 checks the server certificate and needs the CA file: add &amp;ssl-ca=FILE to the connection URL.</source>
        <translation>Le mode TLS %1 vérifie le certificat du serveur et a besoin du fichier CA : ajoutez &amp;ssl-ca=FICHIER à l&apos;URL de connexion.</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <location filename="../core/generate/content.cpp" line="207"/>
        <source>The tables review_entity and review_status lack Magento&apos;s standard rows (product; Approved, Pending, Not Approved); no reviews were generated.</source>
        <translation>Les tables review_entity et review_status n&apos;ont pas les lignes standard de Magento (product ; Approved, Pending, Not Approved) ; aucun avis n&apos;a été généré.</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="394"/>
        <source>review of a product that does not exist</source>
        <translation>avis sur un produit inexistant</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="564"/>
        <source>Could not create the folder %1. Check that the media folder is writable.</source>
        <translation>Impossible de créer le dossier %1. Vérifiez que le dossier média est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="569"/>
        <source>Could not write the image %1: %2. Check that the media folder is writable and the disk is not full.</source>
        <translation>Impossible d&apos;écrire l&apos;image %1 : %2. Vérifiez que le dossier média est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="575"/>
        <source>wysiwyg image referenced by CMS content but missing</source>
        <translation>image wysiwyg référencée par un contenu CMS mais absente</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="623"/>
        <source>CMS page store link to a deleted page</source>
        <translation>lien de vue vers une page CMS supprimée</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="800"/>
        <source>This database has no tax tables; no tax rules were generated.</source>
        <translation>Cette base n&apos;a pas de tables de taxes ; aucune règle de taxe n&apos;a été générée.</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="1018"/>
        <source>This database has no salesrule table; no cart price rules were generated.</source>
        <translation>Cette base n&apos;a pas de table salesrule ; aucune règle de prix panier n&apos;a été générée.</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="1170"/>
        <source>cart price rule with a zero date</source>
        <translation>règle de prix panier avec une date nulle</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="1186"/>
        <source>cart price rule with broken serialized conditions</source>
        <translation>règle de prix panier avec des conditions sérialisées cassées</translation>
    </message>
</context>
<context>
    <name>CopyLedger</name>
    <message>
        <location filename="../core/copy/copyledger.cpp" line="33"/>
        <source>Timed out waiting for another Cutover worker on %1.</source>
        <translation>Délai dépassé en attendant un autre processus Cutover sur %1.</translation>
    </message>
    <message>
        <location filename="../core/copy/copyledger.cpp" line="285"/>
        <source>Could not reset the table %1</source>
        <translation>Impossible de réinitialiser la table %1</translation>
    </message>
</context>
<context>
    <name>CryptKeys</name>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="34"/>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="73"/>
        <location filename="../core/mapping/cryptkeys.cpp" line="87"/>
        <source>it returns no array</source>
        <translation>il ne renvoie pas de tableau</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="176"/>
        <source>a string that starts on line %1 never ends</source>
        <translation>une chaîne qui commence à la ligne %1 ne se termine jamais</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="189"/>
        <source>an array is not closed</source>
        <translation>un tableau n&apos;est pas fermé</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="211"/>
        <source>unexpected &quot;%1&quot; on line %2</source>
        <translation>« %1 » inattendu à la ligne %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="219"/>
        <source>the file ends inside an array</source>
        <translation>le fichier se termine à l&apos;intérieur d&apos;un tableau</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="319"/>
        <source>the crypt_key option of config.xml</source>
        <translation>l&apos;option crypt_key de config.xml</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="322"/>
        <location filename="../core/mapping/cryptkeys.cpp" line="333"/>
        <source>the environment variable %1</source>
        <translation>la variable d&apos;environnement %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="366"/>
        <source>the Magento 1 encryption key is missing. Give it one of three ways: set crypt_key in the Data Migration Tool&apos;s config.xml; give the Magento 1 root folder (--m1-root, or the project&apos;s Magento 1 folder), whose app/etc/local.xml holds it; or set the environment variable %1</source>
        <translation>la clé de chiffrement de Magento 1 est absente. Indiquez-la de l&apos;une de ces trois façons : définissez crypt_key dans le config.xml du Data Migration Tool ; indiquez le dossier racine de Magento 1 (--m1-root, ou le dossier Magento 1 du projet), dont le fichier app/etc/local.xml la contient ; ou définissez la variable d&apos;environnement %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="378"/>
        <source>the Magento 2 encryption key is missing. Give it one of these ways: give the Magento 2 root folder (--m2-root, or the project&apos;s Magento 2 folder), whose app/etc/env.php holds it; or set the environment variable %1</source>
        <translation>la clé de chiffrement de Magento 2 est absente. Indiquez-la de l&apos;une de ces façons : indiquez le dossier racine de Magento 2 (--m2-root, ou le dossier Magento 2 du projet), dont le fichier app/etc/env.php la contient ; ou définissez la variable d&apos;environnement %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="403"/>
        <source>%1: &lt;config&gt;&lt;global&gt;&lt;crypt&gt;&lt;key&gt; is empty.</source>
        <translation>%1 : &lt;config&gt;&lt;global&gt;&lt;crypt&gt;&lt;key&gt; est vide.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="412"/>
        <source>%1:%2: the file is not valid XML: %3.</source>
        <translation>%1:%2 : le fichier n&apos;est pas un XML valide : %3.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="414"/>
        <source>%1 has no &lt;config&gt;&lt;global&gt;&lt;crypt&gt;&lt;key&gt;; is it Magento 1&apos;s app/etc/local.xml?</source>
        <translation>%1 n&apos;a pas de &lt;config&gt;&lt;global&gt;&lt;crypt&gt;&lt;key&gt; ; est-ce bien le fichier app/etc/local.xml de Magento 1 ?</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="425"/>
        <source>%1 cannot be read as Magento 2&apos;s env.php: %2.</source>
        <translation>Impossible de lire %1 comme le env.php de Magento 2 : %2.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="430"/>
        <source>%1 has no &apos;crypt&apos; =&gt; [&apos;key&apos; =&gt; ...]; is it Magento 2&apos;s app/etc/env.php?</source>
        <translation>%1 n&apos;a pas de &apos;crypt&apos; =&gt; [&apos;key&apos; =&gt; ...] ; est-ce bien le fichier app/etc/env.php de Magento 2 ?</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="432"/>
        <source>%1: &apos;crypt&apos; =&gt; [&apos;key&apos; =&gt; ...] is not a plain string; set the environment variable %2 instead.</source>
        <translation>%1 : &apos;crypt&apos; =&gt; [&apos;key&apos; =&gt; ...] n&apos;est pas une simple chaîne ; définissez plutôt la variable d&apos;environnement %2.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="443"/>
        <source>The Magento 2 encryption key in %1 is empty.</source>
        <translation>La clé de chiffrement de Magento 2 dans %1 est vide.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="451"/>
        <source>The Magento 2 encryption key in %1 starts with &quot;base64&quot; but the rest is not base64.</source>
        <translation>La clé de chiffrement de Magento 2 dans %1 commence par « base64 » mais le reste n&apos;est pas du base64.</translation>
    </message>
</context>
<context>
    <name>CustomerStep</name>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="267"/>
        <source>%1 (%2): the password hash is not in Magento 1&apos;s md5(salt + password):salt form; carried unchanged</source>
        <translation>%1 (%2) : le hachage du mot de passe n&apos;est pas de la forme md5(salt + password):salt de Magento 1 ; transféré tel quel</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="276"/>
        <source>%1 (%2): Magento 1 has no %3 value but Magento 2 requires one; written as empty, complete it in the Magento 2 admin</source>
        <translation>%1 (%2) : Magento 1 n&apos;a pas de valeur pour %3 mais Magento 2 en exige une ; écrit vide, complétez-le dans l&apos;admin de Magento 2</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="287"/>
        <source>%1 (%2): the zero date of Magento 1 is written as no date (NULL)</source>
        <translation>%1 (%2) : la date nulle de Magento 1 est écrite sans date (NULL)</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="296"/>
        <source>%1 (%2): Magento 2 has no option with the label of Magento 1&apos;s option %3; the id is carried unchanged</source>
        <translation>%1 (%2) : Magento 2 n&apos;a pas d&apos;option portant le libellé de l&apos;option %3 de Magento 1 ; l&apos;id est transféré tel quel</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="310"/>
        <source>%1 (%2): the value is longer than Magento 2&apos;s %3 characters; cut to fit</source>
        <translation>%1 (%2) : la valeur dépasse les %3 caractères de Magento 2 ; tronquée pour tenir</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="363"/>
        <source>The customer step needs the Data Migration Tool configuration (config.xml).</source>
        <translation>L&apos;étape Clients a besoin de la configuration du Data Migration Tool (config.xml).</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="369"/>
        <source>The configuration %1 lacks customer_map_file, customer_document_groups_file, customer_attribute_groups_file or map_file; the customer step needs all four, as the Data Migration Tool does.</source>
        <translation>Il manque à la configuration %1 customer_map_file, customer_document_groups_file, customer_attribute_groups_file ou map_file ; l&apos;étape Clients a besoin des quatre, comme le Data Migration Tool.</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="404"/>
        <source>%1 names no entity table of the entity type %2 in source_entity_documents.</source>
        <translation>%1 ne nomme aucune table d&apos;entité du type d&apos;entité %2 dans source_entity_documents.</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="409"/>
        <location filename="../core/steps/customerstep.cpp" line="524"/>
        <location filename="../core/steps/customerstep.cpp" line="591"/>
        <source>the Magento 1 database has no table %1</source>
        <translation>la base de données Magento 1 n&apos;a pas de table %1</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="416"/>
        <source>The Magento 2 database has no table %1; is it a Magento 2 database?</source>
        <translation>La base de données Magento 2 n&apos;a pas de table %1 ; est-ce bien une base Magento 2 ?</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="466"/>
        <source>%1 has no column entity_id in the Magento 1 database.</source>
        <translation>%1 n&apos;a pas de colonne entity_id dans la base de données Magento 1.</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="481"/>
        <source>its customer does not exist in Magento 1 (Magento 2 requires one)</source>
        <translation>son client n&apos;existe pas dans Magento 1 (Magento 2 en exige un)</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="482"/>
        <source>%1 (%2): parent_id %3 names no customer; the address is not migrated</source>
        <translation>%1 (%2) : parent_id %3 ne désigne aucun client ; l&apos;adresse n&apos;est pas migrée</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="507"/>
        <source>its attribute belongs to another entity type (%1)</source>
        <translation>son attribut appartient à un autre type d&apos;entité (%1)</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="509"/>
        <source>%1: carried as the column %2.%3</source>
        <translation>%1 : transféré comme colonne %2.%3</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="511"/>
        <source>%1: Magento 2 has no such %2 attribute (the EAV step carries custom attributes)</source>
        <translation>%1 : Magento 2 n&apos;a pas d&apos;attribut %2 de ce nom (l&apos;étape EAV transfère les attributs personnalisés)</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="514"/>
        <source>%1: Magento 2 keeps it static and %2 has no column for it; add one or drop the values</source>
        <translation>%1 : Magento 2 le garde statique et %2 n&apos;a pas de colonne pour lui ; ajoutez-en une ou abandonnez les valeurs</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="538"/>
        <source>%1 lacks value_id or attribute_id in one of the databases; the customer step cannot carry it.</source>
        <translation>Il manque à %1 value_id ou attribute_id dans l&apos;une des bases de données ; l&apos;étape Clients ne peut pas la transférer.</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="548"/>
        <source>%1: Magento 2 keeps it in its %2 values, not %3</source>
        <translation>%1 : Magento 2 le garde dans ses valeurs %2, pas %3</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="562"/>
        <source>its attribute id does not exist in Magento 1&apos;s eav_attribute</source>
        <translation>son id d&apos;attribut n&apos;existe pas dans eav_attribute de Magento 1</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="571"/>
        <source>its %1 row does not exist in Magento 1</source>
        <translation>sa ligne %1 n&apos;existe pas dans Magento 1</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="572"/>
        <source>its %1 row, or that address&apos;s customer, does not exist in Magento 1</source>
        <translation>sa ligne %1, ou le client de cette adresse, n&apos;existe pas dans Magento 1</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="600"/>
        <source>Password hashes: %1 converted to Magento 2&apos;s legacy form (hash:salt:version), which Magento 2 upgrades at each customer&apos;s next login; unrecognised hash form: %2.</source>
        <translation>Hachages de mot de passe : %1 convertis dans la forme historique de Magento 2 (hash:salt:version), que Magento 2 met à niveau à la prochaine connexion de chaque client ; forme de hachage non reconnue : %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/customerstep.cpp" line="605"/>
        <source>%n customer(s) have a password hash that Magento 1 does not make (empty, or an extension&apos;s scheme); it was carried unchanged. They can log in only if Magento 2 has a module for that scheme; otherwise ask them to reset their password.</source>
        <translation>
            <numerusform>%n client a un hachage de mot de passe que Magento 1 ne produit pas (vide, ou le schéma d&apos;une extension) ; il a été transféré tel quel. Ce client ne peut se connecter que si Magento 2 a un module pour ce schéma ; sinon, demandez-lui de réinitialiser son mot de passe.</numerusform>
            <numerusform>%n clients ont un hachage de mot de passe que Magento 1 ne produit pas (vide, ou le schéma d&apos;une extension) ; il a été transféré tel quel. Ces clients ne peuvent se connecter que si Magento 2 a un module pour ce schéma ; sinon, demandez-leur de réinitialiser leur mot de passe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/customerstep.cpp" line="610"/>
        <source>%n zero date(s) (0000-00-00) written as no date.</source>
        <translation>
            <numerusform>%n date nulle (0000-00-00) écrite sans date.</numerusform>
            <numerusform>%n dates nulles (0000-00-00) écrites sans date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/customerstep.cpp" line="612"/>
        <source>%n select value(s) (gender) rewritten to the Magento 2 option of the same label.</source>
        <translation>
            <numerusform>%n valeur de liste (gender) réécrite vers l&apos;option Magento 2 de même libellé.</numerusform>
            <numerusform>%n valeurs de liste (gender) réécrites vers l&apos;option Magento 2 de même libellé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/customerstep.cpp" line="615"/>
        <source>%n value(s) that Magento 2 requires (address city, street, telephone...) are missing in Magento 1 and were written as empty; complete them in the Magento 2 admin.</source>
        <translation>
            <numerusform>%n valeur exigée par Magento 2 (ville, rue, téléphone de l&apos;adresse...) est absente dans Magento 1 et a été écrite vide ; complétez-la dans l&apos;admin de Magento 2.</numerusform>
            <numerusform>%n valeurs exigées par Magento 2 (ville, rue, téléphone de l&apos;adresse...) sont absentes dans Magento 1 et ont été écrites vides ; complétez-les dans l&apos;admin de Magento 2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/customerstep.cpp" line="619"/>
        <source>%n value(s) longer than the Magento 2 column were cut to fit; the table warnings name them.</source>
        <translation>
            <numerusform>%n valeur plus longue que la colonne Magento 2 a été tronquée pour tenir ; les avertissements de table la nomment.</numerusform>
            <numerusform>%n valeurs plus longues que la colonne Magento 2 ont été tronquées pour tenir ; les avertissements de table les nomment.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="622"/>
        <source>Magento 2&apos;s admin customer grid is an index: run bin/magento indexer:reindex customer_grid after the migration.</source>
        <translation>La grille des clients de l&apos;admin de Magento 2 est un index : exécutez bin/magento indexer:reindex customer_grid après la migration.</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.h" line="41"/>
        <source>Customer attributes step</source>
        <translation>Étape Attributs client</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/db/database.cpp" line="32"/>
        <source>The MySQL driver for Qt is not installed. Install the Debian package libqt6sql6-mysql.</source>
        <translation>Le pilote MySQL de Qt n&apos;est pas installé. Installez le paquet Debian libqt6sql6-mysql.</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="56"/>
        <source>Could not connect to the %1 database %2: %3</source>
        <translation>Impossible de se connecter à la base %1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="77"/>
        <source>%1 failed on the %2 database %3: %4</source>
        <translation>%1 a échoué sur la base %2 %3 : %4</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="81"/>
        <source>A trigger on this table runs as a user that does not exist on this server (Magento 2&apos;s indexer triggers name the user of the server they were made on). Create that user, or recreate the triggers with bin/magento indexer:set-mode schedule.</source>
        <translation>Un déclencheur de cette table s&apos;exécute sous un utilisateur qui n&apos;existe pas sur ce serveur (les déclencheurs d&apos;indexation de Magento 2 nomment l&apos;utilisateur du serveur où ils ont été créés). Créez cet utilisateur ou recréez les déclencheurs avec bin/magento indexer:set-mode schedule.</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="106"/>
        <source>The database server is out of space: its disk or its InnoDB tablespace is full. Free disk space on the database server, or let the tablespace grow (innodb_data_file_path with :autoextend, or innodb_file_per_table=1), then run the migration again: it resumes after the last committed batch and keeps every row already written.</source>
        <translation>Le serveur de base de données manque d&apos;espace : son disque ou son tablespace InnoDB est plein. Libérez de l&apos;espace disque sur le serveur de base de données, ou laissez le tablespace grandir (innodb_data_file_path avec :autoextend, ou innodb_file_per_table=1), puis relancez la migration : elle reprend après le dernier lot validé et conserve chaque ligne déjà écrite.</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="115"/>
        <source>The connection to the database server was lost: the server stopped, restarted or dropped the connection. Check that it is running and reachable, then run the migration again: it resumes after the last committed batch and keeps every row already written.</source>
        <translation>La connexion au serveur de base de données a été perdue : le serveur s&apos;est arrêté, a redémarré ou a coupé la connexion. Vérifiez qu&apos;il fonctionne et qu&apos;il est joignable, puis relancez la migration : elle reprend après le dernier lot validé et conserve chaque ligne déjà écrite.</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="119"/>
        <source>The text is not valid in the column&apos;s character set (Magento 2 stores utf8mb4; a utf8mb3 column cannot hold characters such as emoji). Convert the destination table to utf8mb4 (ALTER TABLE ... CONVERT TO CHARACTER SET utf8mb4) or correct the value in Magento 1, then run the migration again: it resumes after the last committed batch.</source>
        <translation>Le texte n&apos;est pas valide dans le jeu de caractères de la colonne (Magento 2 stocke de l&apos;utf8mb4 ; une colonne utf8mb3 ne peut pas contenir des caractères comme les emoji). Convertissez la table de destination en utf8mb4 (ALTER TABLE ... CONVERT TO CHARACTER SET utf8mb4) ou corrigez la valeur dans Magento 1, puis relancez la migration : elle reprend après le dernier lot validé.</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="130"/>
        <source>A statement</source>
        <translation>Une instruction</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="139"/>
        <location filename="../core/db/database.cpp" line="152"/>
        <source>A query</source>
        <translation>Une requête</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="148"/>
        <source>Preparing a query</source>
        <translation>La préparation d&apos;une requête</translation>
    </message>
</context>
<context>
    <name>DeltaApplier</name>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="265"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="301"/>
        <source>Change capture is no longer installed on %1, so changes cannot be known and nothing more is applied. Install it again (&apos;Install capture&apos; on the Live changes page, or cutover-cli delta install), then migrate the data again.</source>
        <translation>La capture des modifications n&apos;est plus installée sur %1 : les modifications ne peuvent plus être connues et plus rien n&apos;est appliqué. Installez-la de nouveau (« Installer la capture » sur la page Modifications en direct, ou cutover-cli delta install), puis relancez la migration des données.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="310"/>
        <source>Delta stopped: the change capture on %1 is broken and changes would be missed. Capture must be reinstalled. %2</source>
        <translation>Delta arrêté : la capture des modifications sur %1 est cassée et des modifications seraient manquées. La capture doit être réinstallée. %2</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="350"/>
        <source>The Data Migration Tool configuration has no map_file; delta needs its map.xml to know how rows are carried. Give the configuration with --config.</source>
        <translation>La configuration du Data Migration Tool n&apos;a pas de map_file ; delta a besoin de son map.xml pour savoir comment les lignes sont transférées. Indiquez la configuration avec --config.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="360"/>
        <source>reports and statistics, left behind as chosen; remove and install capture again to stop recording their changes</source>
        <translation>rapports et statistiques, laissés de côté comme choisi ; retirez puis réinstallez la capture pour ne plus enregistrer leurs changements</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="362"/>
        <source>visitor log, left behind as chosen; remove and install capture again to stop recording its changes</source>
        <translation>journal des visiteurs, laissé de côté comme choisi ; retirez puis réinstallez la capture pour ne plus enregistrer ses changements</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="379"/>
        <source>moved by the %1 step, which does not apply changes yet</source>
        <translation>transférée par l&apos;étape %1, qui n&apos;applique pas encore les modifications</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="398"/>
        <source>an old quote, left behind as chosen</source>
        <translation>un ancien panier, laissé de côté comme choisi</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="418"/>
        <source>carried by the data migration, but the change capture was installed while it was left behind, so its changes are not recorded: remove the capture, install it again and migrate the data again</source>
        <translation>transférée par la migration des données, mais la capture des changements a été installée quand elle était laissée de côté : ses changements ne sont pas enregistrés ; retirez la capture, installez-la de nouveau et migrez de nouveau les données</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="546"/>
        <source>Could not look for rows of %1 that point at the rows just added to %2 (%3); rows left out before as orphans are not carried with them. The final verification lists any that are missing.</source>
        <translation>Impossible de chercher les lignes de %1 qui pointent vers les lignes tout juste ajoutées à %2 (%3) ; les lignes écartées auparavant comme orphelines ne sont pas transférées avec elles. La vérification finale liste celles qui manquent.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="561"/>
        <source>More rows of %1 point at the rows just added to %2 than one batch takes; they come with their own changes. A row left out before as an orphan among them would be listed by the final verification.</source>
        <translation>Plus de lignes de %1 pointent vers les lignes tout juste ajoutées à %2 qu&apos;un lot n&apos;en prend ; elles arrivent avec leurs propres modifications. Une ligne écartée auparavant comme orpheline parmi elles serait listée par la vérification finale.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="625"/>
        <source>Could not look in Magento 2 for the old quotes that Magento 1 changed again (%1); such a quote comes without its items until they change. The final verification lists any that are missing.</source>
        <translation>Impossible de chercher dans Magento 2 les anciens paniers que Magento 1 a de nouveau modifiés (%1) ; un tel panier arrive sans ses articles jusqu&apos;à ce qu&apos;ils changent. La vérification finale liste ceux qui manquent.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="652"/>
        <source>The destination %1 says delta applied changes up to #%2, but the source %3 says up to #%4: the destination was restored from an older backup or is another database, and the changes in between may be purged already. Migrate the data again into this destination, then run delta.</source>
        <translation>La destination %1 indique que delta a appliqué les modifications jusqu&apos;à #%2, mais la source %3 indique jusqu&apos;à #%4 : la destination a été restaurée depuis une sauvegarde plus ancienne ou est une autre base, et les modifications intermédiaires sont peut-être déjà purgées. Migrez à nouveau les données dans cette destination, puis lancez delta.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="751"/>
        <source>not captured by this install: reinstall capture</source>
        <translation>non capturée par cette installation : réinstallez la capture</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="767"/>
        <source>Could not read the changed rows of %1 from the source</source>
        <translation>Impossible de lire depuis la source les lignes modifiées de %1</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="823"/>
        <location filename="../core/delta/deltaapplier.cpp" line="863"/>
        <location filename="../core/delta/deltaapplier.cpp" line="967"/>
        <source>The destination ended the batch&apos;s transaction (%1); the batch is applied again.</source>
        <translation>La destination a mis fin à la transaction du lot (%1) ; le lot est appliqué à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="899"/>
        <source>%1 (%2): %3; the destination&apos;s column cannot hold the value as it is, so it was written cut or clamped to fit.</source>
        <translation>%1 (%2) : %3 ; la colonne de la destination ne peut pas contenir la valeur telle quelle, elle a donc été écrite tronquée ou bornée.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="917"/>
        <source>%1 (%2) points at a row just added to Magento 1 but could not be written with it: %3 It comes with its own changes if it has any; otherwise the final verification lists it.</source>
        <translation>%1 (%2) pointe vers une ligne tout juste ajoutée à Magento 1 mais n&apos;a pas pu être écrite avec elle : %3 Elle arrive avec ses propres modifications s&apos;il y en a ; sinon la vérification finale la liste.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="924"/>
        <source>Could not apply the change to %1 (%2): %3 The change is kept and tried again in %4 s.</source>
        <translation>Impossible d&apos;appliquer la modification à %1 (%2) : %3 La modification est conservée et sera retentée dans %4 s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/delta/deltaapplier.cpp" line="944"/>
        <location filename="../core/delta/deltaapplier.cpp" line="974"/>
        <source>Could not refresh the sales grids, order number sequences, stock, configurable child prices and URL rewrites of %n applied change(s): %1 The changes are kept and tried again in %2 s.</source>
        <translation>
            <numerusform>Impossible d’actualiser les grilles de ventes, les séquences de numéros de commande, le stock, les prix des enfants de produits configurables et les réécritures d’URL de %n modification appliquée : %1 Les modifications sont conservées et réessayées dans %2 s.</numerusform>
            <numerusform>Impossible d’actualiser les grilles de ventes, les séquences de numéros de commande, le stock, les prix des enfants de produits configurables et les réécritures d’URL de %n modifications appliquées : %1 Les modifications sont conservées et réessayées dans %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/delta/deltaapplier.cpp" line="1128"/>
        <source>The backlog is applied but %n change(s) could not be applied; they are kept in the destination and tried again by the next run. See the errors above.</source>
        <translation>
            <numerusform>L&apos;arriéré est appliqué mais %n modification n&apos;a pas pu être appliquée ; elle est conservée dans la destination et sera retentée à la prochaine exécution. Voir les erreurs ci-dessus.</numerusform>
            <numerusform>L&apos;arriéré est appliqué mais %n modifications n&apos;ont pas pu être appliquées ; elles sont conservées dans la destination et seront retentées à la prochaine exécution. Voir les erreurs ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="1160"/>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Nouvel essai dans %2 s.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="1166"/>
        <source>Gave up after %1 s without a working connection: %2</source>
        <translation>Abandon après %1 s sans connexion fonctionnelle : %2</translation>
    </message>
</context>
<context>
    <name>DeltaCapture</name>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="146"/>
        <source>Change capture was not installed on %1; nothing was changed. %2</source>
        <translation>La capture des modifications n&apos;a pas été installée sur %1 ; rien n&apos;a été modifié. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/delta/deltacapture.cpp" line="219"/>
        <source>Change capture could not be installed on %1: %2 The %n object(s) created before the failure were dropped again.</source>
        <translation>
            <numerusform>La capture des modifications n&apos;a pas pu être installée sur %1 : %2 L&apos;objet créé avant l&apos;échec (%n) a été supprimé.</numerusform>
            <numerusform>La capture des modifications n&apos;a pas pu être installée sur %1 : %2 Les %n objets créés avant l&apos;échec ont été supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="281"/>
        <source>Change capture was not completely removed from %1: %2 still exist(s).</source>
        <translation>La capture des modifications n&apos;a pas été entièrement retirée de %1 : %2 existe(nt) encore.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="283"/>
        <source>Run cutover-cli delta remove again; if it persists, drop them by hand.</source>
        <translation>Relancez cutover-cli delta remove ; si le problème persiste, supprimez-les à la main.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="311"/>
        <source>Parts of a Cutover change capture are in %1 (%2 trigger(s)%3) but its record, the table %4, is missing, so what was captured cannot be trusted.</source>
        <translation>Des éléments d&apos;une capture des modifications Cutover sont présents dans %1 (%2 déclencheur(s)%3), mais son registre, la table %4, est absent : ce qui a été capturé n&apos;est donc pas fiable.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="315"/>
        <source>, the change log %1</source>
        <translation>, le journal des modifications %1</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="316"/>
        <source>Remove the capture and install it again (&apos;Remove capture&apos;, then &apos;Install capture&apos; on the Live changes page, or cutover-cli delta remove --yes, then cutover-cli delta install), then migrate the data again.</source>
        <translation>Supprimez la capture et installez-la de nouveau (« Supprimer la capture », puis « Installer la capture » sur la page Modifications en direct, ou cutover-cli delta remove --yes, puis cutover-cli delta install), puis relancez la migration des données.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="331"/>
        <source>If it was dropped on purpose, reinstall the capture (&apos;Reinstall capture&apos; on the Live changes page, or cutover-cli delta install) to capture the tables that are there now.</source>
        <translation>Si elle a été supprimée volontairement, réinstallez la capture (« Réinstaller la capture » sur la page Modifications en direct, ou cutover-cli delta install) pour capturer les tables présentes maintenant.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="343"/>
        <source>Reinstall the capture (&apos;Reinstall capture&apos; on the Live changes page, or cutover-cli delta install) to recreate it, then migrate the table %1 again: its changes since then are unknown.</source>
        <translation>Réinstallez la capture (« Réinstaller la capture » sur la page Modifications en direct, ou cutover-cli delta install) pour le recréer, puis migrez de nouveau la table %1 : ses modifications depuis sont inconnues.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="353"/>
        <source>Reinstall the capture (&apos;Reinstall capture&apos; on the Live changes page, or cutover-cli delta install) to put Cutover&apos;s trigger back, then migrate the table %1 again.</source>
        <translation>Réinstallez la capture (« Réinstaller la capture » sur la page Modifications en direct, ou cutover-cli delta install) pour remettre le déclencheur de Cutover, puis migrez de nouveau la table %1.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="369"/>
        <source>Reinstall the capture now (&apos;Reinstall capture&apos; on the Live changes page, or cutover-cli delta install) to create it again, or remove it (&apos;Remove capture&apos;, or cutover-cli delta remove) to stop capture; then migrate the data again: the changes it held that were not applied are lost.</source>
        <translation>Réinstallez la capture maintenant (« Réinstaller la capture » sur la page Modifications en direct, ou cutover-cli delta install) pour la recréer, ou supprimez-la (« Supprimer la capture », ou cutover-cli delta remove) pour arrêter la capture ; relancez ensuite la migration des données : les modifications qu&apos;elle contenait et qui n&apos;étaient pas appliquées sont perdues.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="330"/>
        <source>The captured table %1 no longer exists in %2.</source>
        <translation>La table capturée %1 n&apos;existe plus dans %2.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="340"/>
        <source>The trigger %1 (AFTER %2 on %3) is missing: changes to %3 since it was dropped were not recorded.</source>
        <translation>Le déclencheur %1 (AFTER %2 sur %3) est absent : les modifications de %3 depuis sa suppression n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="350"/>
        <source>The trigger %1 on %2 is not the one Cutover created: its body was changed, so Cutover cannot tell what it records.</source>
        <translation>Le déclencheur %1 sur %2 n&apos;est pas celui que Cutover a créé : son corps a été modifié, Cutover ne peut donc pas savoir ce qu&apos;il enregistre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/delta/deltacapture.cpp" line="365"/>
        <source>The change-log table %1 is missing from %2 (dropped by hand?). No change is being recorded, and as long as Cutover&apos;s %n trigger(s) remain, every write to the captured tables fails in Magento 1.</source>
        <translation>
            <numerusform>La table de journal des modifications %1 est absente de %2 (supprimée à la main ?). Aucune modification n&apos;est enregistrée, et tant que le déclencheur de Cutover (%n) reste en place, toute écriture dans les tables capturées échoue dans Magento 1.</numerusform>
            <numerusform>La table de journal des modifications %1 est absente de %2 (supprimée à la main ?). Aucune modification n&apos;est enregistrée, et tant que les %n déclencheurs de Cutover restent en place, toute écriture dans les tables capturées échoue dans Magento 1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeltaFigures</name>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="95"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="97"/>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="99"/>
        <source>applying</source>
        <translation>application</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="101"/>
        <source>waiting for changes</source>
        <translation>en attente de modifications</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="103"/>
        <source>backing off (Magento 1 busy)</source>
        <translation>en retrait (Magento 1 occupé)</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="105"/>
        <source>reconnecting</source>
        <translation>reconnexion</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="107"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="115"/>
        <source>The demo store needs the Magento dump %1, which is not in the fixtures folder %2. Set the environment variable CUTOVER_FIXTURES to the folder that holds the shared fixtures.</source>
        <translation>La boutique de démo a besoin du dump Magento %1, absent du dossier de fixtures %2. Définissez la variable d&apos;environnement CUTOVER_FIXTURES sur le dossier qui contient les fixtures partagées.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="141"/>
        <source>Could not write %1: %2. Check that the folder %3 is writable.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Vérifiez que le dossier %3 est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="151"/>
        <location filename="../core/sandbox/demostore.cpp" line="262"/>
        <source>The preparation of the demo store was cancelled.</source>
        <translation>La préparation de la boutique de démo a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="165"/>
        <location filename="../core/sandbox/demostore.cpp" line="176"/>
        <source>Starting the demo database server…</source>
        <translation>Démarrage du serveur de base de données de démo…</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="167"/>
        <source>Could not create the demo folder %1. Check that its parent folder is writable.</source>
        <translation>Impossible de créer le dossier de démo %1. Vérifiez que son dossier parent est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="190"/>
        <source>Writing the demo project…</source>
        <translation>Écriture du projet de démo…</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="195"/>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="207"/>
        <source>Demo store</source>
        <translation>Boutique de démo</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="213"/>
        <source>The demo store is ready.</source>
        <translation>La boutique de démo est prête.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="222"/>
        <source>Loading the Magento 1.9.1.1 database…</source>
        <translation>Chargement de la base Magento 1.9.1.1…</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="242"/>
        <source>Generating a small Magento 1 store (%1)…</source>
        <translation>Génération d&apos;une petite boutique Magento 1 (%1)…</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="254"/>
        <source>Loading the Magento 2.4.8 database…</source>
        <translation>Chargement de la base Magento 2.4.8…</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="263"/>
        <source>Removing the products, categories and quotes made after install…</source>
        <translation>Suppression des produits, catégories et paniers créés après l&apos;installation…</translation>
    </message>
</context>
<context>
    <name>DependentRefresher</name>
    <message>
        <location filename="../core/delta/dependentrefresher.cpp" line="113"/>
        <source>sales grid rows</source>
        <translation>lignes des grilles des ventes</translation>
    </message>
    <message>
        <location filename="../core/delta/dependentrefresher.cpp" line="115"/>
        <source>order number sequences</source>
        <translation>séquences de numéros de commande</translation>
    </message>
    <message>
        <location filename="../core/delta/dependentrefresher.cpp" line="117"/>
        <source>stock rows</source>
        <translation>lignes de stock</translation>
    </message>
    <message>
        <location filename="../core/delta/dependentrefresher.cpp" line="119"/>
        <source>child prices of configurable products</source>
        <translation>prix des enfants des produits configurables</translation>
    </message>
    <message>
        <location filename="../core/delta/dependentrefresher.cpp" line="121"/>
        <source>URL rewrites</source>
        <translation>réécritures d&apos;URL</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/delta/dependentrefresher.cpp" line="402"/>
        <source>Could not refresh the URL rewrites of %n applied change(s): %1 They are kept and tried again.</source>
        <translation>
            <numerusform>Impossible d’actualiser les réécritures d’URL de %n modification appliquée : %1 Elles sont conservées et réessayées.</numerusform>
            <numerusform>Impossible d’actualiser les réécritures d’URL de %n modifications appliquées : %1 Elles sont conservées et réessayées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DestinationContents</name>
    <message numerus="yes">
        <location filename="../core/engine/destinationcontents.cpp" line="81"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/destinationcontents.cpp" line="83"/>
        <source>%n category(ies) besides the two of a fresh install</source>
        <translation>
            <numerusform>%n catégorie en plus des deux d&apos;une nouvelle installation</numerusform>
            <numerusform>%n catégories en plus des deux d&apos;une nouvelle installation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/destinationcontents.cpp" line="85"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/destinationcontents.cpp" line="87"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/destinationcontents.cpp" line="89"/>
        <source>%n URL rewrite(s) of products and categories</source>
        <translation>
            <numerusform>%n réécriture d&apos;URL de produits et catégories</numerusform>
            <numerusform>%n réécritures d&apos;URL de produits et catégories</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/destinationcontents.cpp" line="95"/>
        <source>The destination %1 is not fresh: it already has %2. It looks like a store in use. A migration replaces those rows (Cutover keeps them in backup tables, and a reset puts them back), so it starts only once you confirm with the destination database&apos;s name.</source>
        <translation>La destination %1 n&apos;est pas une nouvelle installation : elle contient déjà %2. Elle ressemble à une boutique en service. Une migration remplace ces lignes (Cutover les conserve dans des tables de sauvegarde, et une réinitialisation les remet en place) ; elle ne démarre donc qu&apos;une fois que vous confirmez avec le nom de la base de destination.</translation>
    </message>
</context>
<context>
    <name>DmtConfig</name>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="38"/>
        <source>%1 is not inside a Data Migration Tool folder: no folder named etc holds it, so the paths in it cannot be resolved. Keep it in the tool&apos;s etc/ folder or give the tool&apos;s root folder.</source>
        <translation>%1 n&apos;est pas dans un dossier du Data Migration Tool : aucun dossier nommé etc ne le contient, ses chemins ne peuvent donc pas être résolus. Gardez-le dans le dossier etc/ de l&apos;outil ou indiquez le dossier racine de l&apos;outil.</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="43"/>
        <source>The Data Migration Tool configuration %1 does not exist. Check the path.</source>
        <translation>La configuration %1 du Data Migration Tool n&apos;existe pas. Vérifiez le chemin.</translation>
    </message>
</context>
<context>
    <name>DmtConfiguration</name>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="141"/>
        <source>The file %1 named by the option %2 of %3 does not exist (paths are relative to the tool&apos;s root folder %4). Fix the option or restore the file.</source>
        <translation>Le fichier %1 nommé par l&apos;option %2 de %3 n&apos;existe pas (les chemins sont relatifs au dossier racine %4 de l&apos;outil). Corrigez l&apos;option ou restaurez le fichier.</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="224"/>
        <source>Could not create the folder %1. Check that you may write there.</source>
        <translation>Impossible de créer le dossier %1. Vérifiez que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="231"/>
        <source>%1 is a symbolic link: remove it or export to another folder.</source>
        <translation>%1 est un lien symbolique : supprimez-le ou exportez vers un autre dossier.</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="236"/>
        <source>Could not read Cutover&apos;s built-in %1: %2.</source>
        <translation>Impossible de lire le fichier intégré %1 de Cutover : %2.</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="241"/>
        <source>Could not write %1: %2. Check that you may write there and that the disk is not full.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Vérifiez que vous avez le droit d&apos;y écrire et que le disque n&apos;est pas plein.</translation>
    </message>
</context>
<context>
    <name>DmtXml</name>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="110"/>
        <source>Could not read the %1 %2: %3. Check that the file exists and is readable.</source>
        <translation>Impossible de lire le %1 %2 : %3. Vérifiez que le fichier existe et est lisible.</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="116"/>
        <source>The %1 %2 is larger than 64 MB; it is not a Data Migration Tool file.</source>
        <translation>Le %1 %2 dépasse 64 Mo ; ce n&apos;est pas un fichier du Data Migration Tool.</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="126"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="127"/>
        <source>XML schema</source>
        <translation>schéma XML</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="141"/>
        <source>the file is empty or has no root element</source>
        <translation>le fichier est vide ou n&apos;a pas d&apos;élément racine</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="142"/>
        <source>%1 is not well-formed XML:
%2</source>
        <translation>%1 n&apos;est pas du XML bien formé :
%2</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="147"/>
        <source>%1:%2: a DOCTYPE declaration is not allowed in a Data Migration Tool file (it could read other files through external entities). Remove it.</source>
        <translation>%1:%2 : une déclaration DOCTYPE n&apos;est pas autorisée dans un fichier du Data Migration Tool (elle pourrait lire d&apos;autres fichiers via des entités externes). Supprimez-la.</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="163"/>
        <source>The XML schema %1 is broken, so %2 cannot be checked:
%3</source>
        <translation>Le schéma XML %1 est cassé, %2 ne peut donc pas être vérifié :
%3</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="173"/>
        <source>validation failed (libxml2 code %1)</source>
        <translation>échec de la validation (code libxml2 %1)</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="174"/>
        <source>%1 does not follow its XML schema %2:
%3</source>
        <translation>%1 ne respecte pas son schéma XML %2 :
%3</translation>
    </message>
</context>
<context>
    <name>DnsCheck</name>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="232"/>
        <source>No store host name is set; give the store&apos;s address (shop.example.com).</source>
        <translation>Aucun nom d&apos;hôte de boutique n&apos;est défini ; indiquez l&apos;adresse de la boutique (shop.example.com).</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="237"/>
        <source>&quot;%1&quot; is not an IP address; give the Magento 2 server&apos;s address (203.0.113.7).</source>
        <translation>« %1 » n&apos;est pas une adresse IP ; indiquez l&apos;adresse du serveur Magento 2 (203.0.113.7).</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="242"/>
        <source>%1 does not resolve: %2.</source>
        <translation>%1 ne se résout pas : %2.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="250"/>
        <source>%1 resolves to %2, the Magento 2 server.</source>
        <translation>%1 se résout en %2, le serveur Magento 2.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="251"/>
        <source>%1 still resolves to %2, not to %3. DNS changes can take the record&apos;s TTL to reach everyone; check again in a few minutes.</source>
        <translation>%1 se résout encore en %2, et non en %3. Les changements DNS peuvent mettre la durée du TTL de l&apos;enregistrement à atteindre tout le monde ; revérifiez dans quelques minutes.</translation>
    </message>
</context>
<context>
    <name>EavStep</name>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="262"/>
        <source>Magento 2 has this entity type: its definition is kept</source>
        <translation>Magento 2 a ce type d&apos;entité : sa définition est conservée</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="264"/>
        <source>Magento 2 has no entity type of this code: its attributes and sets are not migrated</source>
        <translation>Magento 2 n&apos;a pas de type d&apos;entité de ce code : ses attributs et jeux ne sont pas migrés</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="279"/>
        <location filename="../core/steps/eavstep.cpp" line="367"/>
        <source>its entity type %1 does not exist in Magento 2</source>
        <translation>son type d&apos;entité %1 n&apos;existe pas dans Magento 2</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="283"/>
        <source>Magento 2 has a set of this name: it is used</source>
        <translation>Magento 2 a un jeu de ce nom : il est utilisé</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="335"/>
        <location filename="../core/steps/eavstep.cpp" line="525"/>
        <source>its attribute set is not migrated</source>
        <translation>son jeu d&apos;attributs n&apos;est pas migré</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="339"/>
        <source>Magento 2 has a group of this name in the set: it is used</source>
        <translation>Magento 2 a un groupe de ce nom dans le jeu : il est utilisé</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="371"/>
        <source>ignored by %1 (group ignore)</source>
        <translation>ignoré par %1 (group ignore)</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="375"/>
        <source>Magento 2 has this attribute: its definition and models are kept</source>
        <translation>Magento 2 a cet attribut : sa définition et ses modèles sont conservés</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="406"/>
        <source>Attribute %1 (%2): its %3 %4 has no Magento 2 class in %5, so it was dropped and Magento 2 uses its default. If the attribute needs it, port the model to Magento 2 and map it: add &lt;rename&gt;&lt;from&gt;%4&lt;/from&gt;&lt;to&gt;Vendor\Module\Model\...&lt;/to&gt;&lt;/rename&gt; to the class map (class_map in config.xml), then run the EAV step again.</source>
        <translation>Attribut %1 (%2) : son %3 %4 n&apos;a pas de classe Magento 2 dans %5 ; il a donc été supprimé et Magento 2 utilise sa valeur par défaut. Si l&apos;attribut en a besoin, portez le modèle vers Magento 2 et mappez-le : ajoutez &lt;rename&gt;&lt;from&gt;%4&lt;/from&gt;&lt;to&gt;Vendor\Module\Model\...&lt;/to&gt;&lt;/rename&gt; au mappage de classes (class_map dans config.xml), puis relancez l&apos;étape EAV.</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="424"/>
        <source>not in both databases</source>
        <translation>pas dans les deux bases de données</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="455"/>
        <location filename="../core/steps/eavstep.cpp" line="520"/>
        <location filename="../core/steps/eavstep.cpp" line="613"/>
        <location filename="../core/steps/eavstep.cpp" line="662"/>
        <source>its attribute is not migrated</source>
        <translation>son attribut n&apos;est pas migré</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="476"/>
        <source>Attribute %1: validate_rules is not a valid serialized value (%2); written empty.</source>
        <translation>Attribut %1 : validate_rules n&apos;est pas une valeur sérialisée valide (%2) ; écrit vide.</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="490"/>
        <source>Magento 2 has this attribute: its settings are kept</source>
        <translation>Magento 2 a cet attribut : ses paramètres sont conservés</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="503"/>
        <source>Magento 2&apos;s product attributes keep their definition and take Magento 1&apos;s %1</source>
        <translation>Les attributs produit de Magento 2 gardent leur définition et prennent %1 de Magento 1</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="529"/>
        <source>Magento 2 places its own attributes in its own sets</source>
        <translation>Magento 2 place ses propres attributs dans ses propres jeux</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="537"/>
        <source>its attribute group does not exist in Magento 1</source>
        <translation>son groupe d&apos;attributs n&apos;existe pas dans Magento 1</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="551"/>
        <source>not created in Magento 2&apos;s set of the same name: no attribute created by this step is in it</source>
        <translation>non créé dans le jeu de même nom de Magento 2 : aucun attribut créé par cette étape n&apos;y figure</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/eavstep.cpp" line="597"/>
        <source>Attribute set %1 (new): %n attribute(s) of Magento 2&apos;s default set added, which Magento 1 did not have in it.</source>
        <translation>
            <numerusform>Jeu d&apos;attributs %1 (nouveau) : %n attribut du jeu par défaut de Magento 2 ajouté, que Magento 1 n&apos;y avait pas.</numerusform>
            <numerusform>Jeu d&apos;attributs %1 (nouveau) : %n attributs du jeu par défaut de Magento 2 ajoutés, que Magento 1 n&apos;y avait pas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="617"/>
        <source>Magento 2 has an option of the same admin label: it is used</source>
        <translation>Magento 2 a une option de même libellé admin : elle est utilisée</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="635"/>
        <source>its option is not migrated</source>
        <translation>son option n&apos;est pas migrée</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="639"/>
        <location filename="../core/steps/eavstep.cpp" line="666"/>
        <source>its store view does not exist in Magento 2 (run the Settings step first)</source>
        <translation>sa vue de magasin n&apos;existe pas dans Magento 2 (exécutez d&apos;abord l&apos;étape Paramètres)</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="670"/>
        <source>a later label of the same attribute and store view replaces it</source>
        <translation>un libellé ultérieur du même attribut et de la même vue de magasin le remplace</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="685"/>
        <source>Magento 2 already has this label</source>
        <translation>Magento 2 a déjà ce libellé</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="791"/>
        <source>handled by the Sales Increment step (order numbers per store)</source>
        <translation>traité par l&apos;étape Numéros de commande (numéros de commande par magasin)</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="794"/>
        <source>handled by the Customer Attributes step</source>
        <translation>traité par l&apos;étape Attributs client</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="796"/>
        <source>Magento 1 has no swatch table of Magento 2&apos;s form</source>
        <translation>Magento 1 n&apos;a pas de table de swatches sous la forme de Magento 2</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="798"/>
        <source>Magento 1&apos;s generic EAV entity tables hold no catalog or customer data; not migrated, as the Data Migration Tool does not migrate them</source>
        <translation>Les tables d&apos;entité EAV génériques de Magento 1 ne contiennent aucune donnée de catalogue ou de client ; non migrées, comme le Data Migration Tool ne les migre pas</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="809"/>
        <source>The EAV step needs the Data Migration Tool configuration with its class map (class_map in config.xml): without it every Magento 1 model would be dropped. Give the configuration with --config or CUTOVER_DMT_CONFIG.</source>
        <translation>L&apos;étape EAV a besoin de la configuration du Data Migration Tool avec son mappage de classes (class_map dans config.xml) : sans lui, chaque modèle Magento 1 serait supprimé. Indiquez la configuration avec --config ou CUTOVER_DMT_CONFIG.</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="814"/>
        <source>The table %1 is missing in the %2 database; the EAV step needs it in both. Check that the source is Magento 1 and the destination Magento 2.</source>
        <translation>La table %1 est absente de la base de données %2 ; l&apos;étape EAV en a besoin dans les deux. Vérifiez que la source est Magento 1 et la destination Magento 2.</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="816"/>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="816"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="819"/>
        <source>The destination has no store table; is it a Magento 2 database?</source>
        <translation>La destination n&apos;a pas de table store ; est-ce bien une base Magento 2 ?</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.h" line="66"/>
        <source>EAV step</source>
        <translation>Étape EAV</translation>
    </message>
</context>
<context>
    <name>ForeignKeyOrphans</name>
    <message>
        <location filename="../core/engine/foreignkeycheck.cpp" line="41"/>
        <source>%1: could not be checked: %2</source>
        <translation>%1 : n&apos;a pas pu être vérifiée : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/foreignkeycheck.cpp" line="44"/>
        <source>%1: %n row(s) point at rows that these steps do not write (%2); run the step that carries %3, or they point at nothing</source>
        <translation>
            <numerusform>%1 : %n ligne pointe vers des lignes que ces étapes n&apos;écrivent pas (%2) ; exécutez l&apos;étape qui transfère %3, sinon elle ne pointe vers rien</numerusform>
            <numerusform>%1 : %n lignes pointent vers des lignes que ces étapes n&apos;écrivent pas (%2) ; exécutez l&apos;étape qui transfère %3, sinon elles ne pointent vers rien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/foreignkeycheck.cpp" line="49"/>
        <source>%1: %n row(s) point at rows that are gone (%2); Magento 2 treats them as pointing at none (a warning)</source>
        <translation>
            <numerusform>%1 : %n ligne pointe vers des lignes disparues (%2) ; Magento 2 la traite comme ne pointant vers rien (un avertissement)</numerusform>
            <numerusform>%1 : %n lignes pointent vers des lignes disparues (%2) ; Magento 2 les traite comme ne pointant vers rien (un avertissement)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/foreignkeycheck.cpp" line="53"/>
        <source>%1: %n row(s) point at nothing (%2)</source>
        <translation>
            <numerusform>%1 : %n ligne ne pointe vers rien (%2)</numerusform>
            <numerusform>%1 : %n lignes ne pointent vers rien (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenContext</name>
    <message>
        <location filename="../core/generate/gencontext.cpp" line="77"/>
        <source>The database has no EAV entity type %1; it does not look like a Magento 1 store.</source>
        <translation>La base n&apos;a pas de type d&apos;entité EAV %1 ; elle ne ressemble pas à une boutique Magento 1.</translation>
    </message>
    <message>
        <location filename="../core/generate/gencontext.cpp" line="96"/>
        <source>Generation was cancelled.</source>
        <translation>La génération a été annulée.</translation>
    </message>
</context>
<context>
    <name>GoLiveChecklist</name>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="20"/>
        <source>Magento 1 in maintenance mode</source>
        <translation>Magento 1 en mode maintenance</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="21"/>
        <source>Downtime starts here: Magento 1 stops taking orders. Cutover creates maintenance.flag in the Magento 1 root when it can reach it; otherwise switch maintenance on yourself and tick this.</source>
        <translation>L&apos;interruption de service commence ici : Magento 1 cesse de prendre des commandes. Cutover crée maintenance.flag à la racine de Magento 1 s&apos;il peut l&apos;atteindre ; sinon, activez vous-même la maintenance et cochez cette case.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="23"/>
        <source>Delta stopped, backlog empty</source>
        <translation>Delta arrêté, arriéré vide</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="24"/>
        <source>The last changes made before maintenance are carried over. Cutover waits for a backlog of zero, then stops the delta.</source>
        <translation>Les dernières modifications faites avant la maintenance sont transférées. Cutover attend un arriéré nul, puis arrête le delta.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="26"/>
        <source>Magento 2 cron started</source>
        <translation>Cron de Magento 2 démarré</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="27"/>
        <source>Magento 2 runs its scheduled jobs (indexers, e-mails) from now on: bin/magento cron:install, or your own crontab.</source>
        <translation>Magento 2 exécute désormais ses tâches planifiées (indexeurs, e-mails) : bin/magento cron:install, ou votre propre crontab.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="29"/>
        <source>Stock index rebuilt</source>
        <translation>Index des stocks reconstruit</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="30"/>
        <source>bin/magento indexer:reindex cataloginventory_stock, so the storefront shows what is in stock.</source>
        <translation>bin/magento indexer:reindex cataloginventory_stock, pour que la vitrine affiche ce qui est en stock.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="31"/>
        <source>Cache warmed</source>
        <translation>Cache préchauffé</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="32"/>
        <source>Cutover fetches the home page, CMS pages, categories and products, so the first customers do not wait for a cold cache.</source>
        <translation>Cutover récupère la page d&apos;accueil, les pages CMS, les catégories et les produits, pour que les premiers clients n&apos;attendent pas un cache froid.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="34"/>
        <source>Final verification</source>
        <translation>Vérification finale</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="35"/>
        <source>The data verification once more, a delta backlog of zero, and the last Magento 1 order present in Magento 2.</source>
        <translation>La vérification des données une fois de plus, un arriéré delta nul, et la dernière commande Magento 1 présente dans Magento 2.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="37"/>
        <source>DNS and load balancers switched</source>
        <translation>DNS et répartiteurs de charge basculés</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="38"/>
        <source>Point the store&apos;s host name at the Magento 2 server (DNS, load balancer, CDN). Cutover checks what the name resolves to now.</source>
        <translation>Faites pointer le nom d&apos;hôte de la boutique vers le serveur Magento 2 (DNS, répartiteur de charge, CDN). Cutover vérifie vers quoi le nom se résout maintenant.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="40"/>
        <source>Store open</source>
        <translation>Boutique ouverte</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="41"/>
        <source>Downtime ends here: Magento 2 takes orders. Check an order end to end, then tick this.</source>
        <translation>L&apos;interruption de service se termine ici : Magento 2 prend les commandes. Vérifiez une commande de bout en bout, puis cochez cette case.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="92"/>
        <source>%1 is not a step of the go-live checklist.</source>
        <translation>%1 n&apos;est pas une étape de la liste de contrôle de mise en production.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="95"/>
        <source>&quot;%1&quot; is done already.</source>
        <translation>« %1 » est déjà fait.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="98"/>
        <source>&quot;%1&quot; comes first.</source>
        <translation>« %1 » vient d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="103"/>
        <source>&quot;%1&quot; is not done.</source>
        <translation>« %1 » n&apos;est pas fait.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="106"/>
        <source>Undo &quot;%1&quot; first: steps are undone from the last one back.</source>
        <translation>Annulez d&apos;abord « %1 » : les étapes sont annulées en partant de la dernière.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="168"/>
        <source>[ ] %1</source>
        <translation>[ ] %1</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="171"/>
        <source>[x] %1: %2 by %3</source>
        <translation>[x] %1 : %2 par %3</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="177"/>
        <source>Downtime: not started.</source>
        <translation>Interruption de service : pas commencée.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="179"/>
        <source>Downtime: %1, from %2 to %3.</source>
        <translation>Interruption de service : %1, de %2 à %3.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="184"/>
        <source>Downtime: %1 so far, since %2.</source>
        <translation>Interruption de service : %1 jusqu&apos;ici, depuis %2.</translation>
    </message>
</context>
<context>
    <name>HandlerRegistry</name>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="61"/>
        <source>%1:%2: the handler %3 %4. Fix the handler&apos;s params in the map file.</source>
        <translation>%1:%2 : le handler %3 %4. Corrigez les paramètres du handler dans le fichier de mappage.</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="70"/>
        <source>needs the param &quot;%1&quot;</source>
        <translation>a besoin du paramètre « %1 »</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="90"/>
        <source>the field %1 is not a column of the record</source>
        <translation>le champ %1 n&apos;est pas une colonne de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="98"/>
        <location filename="../core/mapping/handlers.cpp" line="102"/>
        <source>has the invalid pattern &quot;%1&quot;</source>
        <translation>a le motif invalide « %1 »</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="116"/>
        <source>uses the unsupported pattern flag &quot;%1&quot;</source>
        <translation>utilise l&apos;option de motif non prise en charge « %1 »</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="120"/>
        <source>has the invalid pattern &quot;%1&quot;: %2</source>
        <translation>a le motif invalide « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="189"/>
        <source>has an invalid map: &quot;%1&quot; is not key:value</source>
        <translation>a un mappage invalide : « %1 » n&apos;est pas de la forme clé:valeur</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="267"/>
        <source>has the offset &quot;%1&quot;; it must be a whole number of hours between -14 and +12</source>
        <translation>a le décalage « %1 » ; il doit être un nombre entier d&apos;heures entre -14 et +12</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="287"/>
        <source>the Timezone handler does not support the column type %1</source>
        <translation>le handler Timezone ne prend pas en charge le type de colonne %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="293"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>« %1 » n&apos;est pas une date et heure</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="330"/>
        <source>uses the hash &quot;%1&quot;; only crc32 is supported</source>
        <translation>utilise le hachage « %1 » ; seul crc32 est pris en charge</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="346"/>
        <source>needs the class map (the option class_map of config.xml)</source>
        <translation>a besoin de la table des classes (l&apos;option class_map de config.xml)</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="442"/>
        <location filename="../core/mapping/handlers.cpp" line="555"/>
        <source>the serialized value is broken %1</source>
        <translation>la valeur sérialisée est cassée %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="447"/>
        <location filename="../core/mapping/handlers.cpp" line="531"/>
        <location filename="../core/mapping/handlers.cpp" line="579"/>
        <source>the value cannot be converted to JSON: %1</source>
        <translation>la valeur ne peut pas être convertie en JSON : %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="492"/>
        <source>the conditional field %1 is not in the record</source>
        <translation>le champ conditionnel %1 n&apos;est pas dans l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="518"/>
        <source>the field code is not in the record</source>
        <translation>le champ code n&apos;est pas dans l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="614"/>
        <source>the serialized %1 inside the value is broken %2</source>
        <translation>le %1 sérialisé dans la valeur est cassé %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="622"/>
        <source>the %1 inside the value cannot be converted to JSON: %2</source>
        <translation>le %1 dans la valeur ne peut pas être converti en JSON : %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="647"/>
        <source>the serialized rule data is broken %1</source>
        <translation>les données de règle sérialisées sont cassées %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="893"/>
        <source>its %1 row does not exist in Magento 1, so its bundle product is not known (an orphan row in Magento 1)</source>
        <translation>sa ligne %1 n&apos;existe pas dans Magento 1, son produit groupé est donc inconnu (une ligne orpheline dans Magento 1)</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="934"/>
        <source>the store group name &quot;%1&quot; is used twice; group %2 gets the code %3</source>
        <translation>le nom de groupe de magasins « %1 » est utilisé deux fois ; le groupe %2 reçoit le code %3</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="964"/>
        <source>%1:%2: the handler %3 cannot run: %4.</source>
        <translation>%1:%2 : le handler %3 ne peut pas s&apos;exécuter : %4.</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="970"/>
        <source>the crypt_key option of config.xml</source>
        <translation>l&apos;option crypt_key de config.xml</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="998"/>
        <source>the value has the key:cipher:vector:data form of Magento 1 Enterprise&apos;s encryption, which Cutover does not decrypt; it is left as it was</source>
        <translation>la valeur a la forme key:cipher:vector:data du chiffrement de Magento 1 Enterprise, que Cutover ne déchiffre pas ; elle est laissée telle quelle</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="1005"/>
        <source>the encrypted value cannot be decrypted: %1; it is left as it was. Check the Magento 1 encryption key</source>
        <translation>la valeur chiffrée ne peut pas être déchiffrée : %1 ; elle est laissée telle quelle. Vérifiez la clé de chiffrement de Magento 1</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="1073"/>
        <source>it reads or writes other tables and needs the migration engine</source>
        <translation>il lit ou écrit d&apos;autres tables et a besoin du moteur de migration</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="1144"/>
        <source>%1:%2: the handler %3 is not implemented in Cutover: %4. Remove the rule or migrate this data another way.</source>
        <translation>%1:%2 : le handler %3 n&apos;est pas implémenté dans Cutover : %4. Supprimez la règle ou migrez ces données autrement.</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="1150"/>
        <source>%1:%2: unknown handler class %3. Check its spelling against the Data Migration Tool&apos;s Migration\Handler classes.</source>
        <translation>%1:%2 : classe de handler inconnue %3. Vérifiez son orthographe d&apos;après les classes Migration\Handler du Data Migration Tool.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message numerus="yes">
        <location filename="../core/engine/integritycheck.cpp" line="98"/>
        <source>%1 into %2: values longer than %n character(s) would be cut</source>
        <translation>
            <numerusform>%1 vers %2 : les valeurs de plus de %n caractère seraient tronquées</numerusform>
            <numerusform>%1 vers %2 : les valeurs de plus de %n caractères seraient tronquées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="105"/>
        <source>%1 into %2: negative values would not fit</source>
        <translation>%1 vers %2 : les valeurs négatives ne tiendraient pas</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="108"/>
        <source>%1 into %2: large values would not fit</source>
        <translation>%1 vers %2 : les grandes valeurs ne tiendraient pas</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="110"/>
        <source>%1 into %2: decimals would be rounded</source>
        <translation>%1 vers %2 : les décimales seraient arrondies</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="114"/>
        <source>%1 into %2: text that is not a number or date would become 0 or be refused</source>
        <translation>%1 vers %2 : un texte qui n&apos;est ni un nombre ni une date deviendrait 0 ou serait refusé</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="117"/>
        <source>%1 into %2: the types differ</source>
        <translation>%1 vers %2 : les types diffèrent</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/integritycheck.cpp" line="320"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="333"/>
        <source>a Magento 1 store</source>
        <translation>une boutique Magento 1</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="343"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/integritycheck.cpp" line="349"/>
        <source>%n table(s): %1</source>
        <translation>
            <numerusform>%n table : %1</numerusform>
            <numerusform>%n tables : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/integritycheck.cpp" line="351"/>
        <source>%n field(s): %1</source>
        <translation>
            <numerusform>%n champ : %1</numerusform>
            <numerusform>%n champs : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="352"/>
        <source>This store is %1. %2 has rules for what it does not have, from other Magento 1 releases and from extensions: %3. There is nothing of them here to migrate, and their rules do not apply; nothing is left behind.</source>
        <translation>Cette boutique est %1. %2 a des règles pour ce qu&apos;elle n&apos;a pas, venant d&apos;autres versions de Magento 1 et d&apos;extensions : %3. Il n&apos;y a rien à migrer de tout cela ici, et leurs règles ne s&apos;appliquent pas ; rien n&apos;est laissé de côté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/integritycheck.cpp" line="358"/>
        <source>Magento 2 here has none of %n field(s) that the map ignores on its side (from other Magento 2 releases): %1.</source>
        <translation>
            <numerusform>Magento 2 n&apos;a pas ici le champ que la correspondance ignore de son côté (d&apos;autres versions de Magento 2) : %1.</numerusform>
            <numerusform>Magento 2 n&apos;a ici aucun des %n champs que la correspondance ignore de son côté (d&apos;autres versions de Magento 2) : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="372"/>
        <source>The Data Migration Tool configuration has no map_file; the integrity check needs its map.xml.</source>
        <translation>La configuration du Data Migration Tool n&apos;a pas de map_file ; le contrôle d&apos;intégrité a besoin de son map.xml.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="376"/>
        <source>The integrity check was cancelled.</source>
        <translation>Le contrôle d&apos;intégrité a été annulé.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="436"/>
        <source>%1 (%2, line(s) %3). Cutover does not know this handler: correct or remove those rules, or add rules replacing them to the project&apos;s override map.</source>
        <translation>%1 (%2, ligne(s) %3). Cutover ne connaît pas ce handler : corrigez ou supprimez ces règles, ou ajoutez au mappage de surcharge du projet des règles qui les remplacent.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="438"/>
        <source>%1 (%2, line(s) %3). Until that is fixed, what those rules transform is left out of the migration and the report says so.</source>
        <translation>%1 (%2, ligne(s) %3). Tant que ce n&apos;est pas corrigé, ce que ces règles transforment est laissé hors de la migration et le rapport le signale.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="477"/>
        <source>The %1 rule for %2 in %3 names a field the source table %4 does not have; it never applies. Correct the field&apos;s name or remove the rule.</source>
        <translation>La règle %1 pour %2 dans %3 nomme un champ que la table source %4 n&apos;a pas ; elle ne s&apos;applique jamais. Corrigez le nom du champ ou supprimez la règle.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="479"/>
        <source>The %1 rule for %2 in %3 names a field the destination table %4 does not have; it never applies. Correct the field&apos;s name or remove the rule.</source>
        <translation>La règle %1 pour %2 dans %3 nomme un champ que la table de destination %4 n&apos;a pas ; elle ne s&apos;applique jamais. Corrigez le nom du champ ou supprimez la règle.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="556"/>
        <source>The source table %1 is not mapped and the destination has no table of that name (an extension&apos;s table, most likely): its rows would be left behind. Ignore it if Magento 2 does not need them, or add a rename rule for it to the project&apos;s override map.</source>
        <translation>La table source %1 n&apos;est pas mappée et la destination n&apos;a pas de table de ce nom (très probablement la table d&apos;une extension) : ses lignes seraient laissées de côté. Ignorez-la si Magento 2 n&apos;en a pas besoin, ou ajoutez une règle de renommage pour elle au mappage de surcharge du projet.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="560"/>
        <source>%1 renames the source table %2 to %3, which the destination does not have. Ignore the table or correct the rename in the project&apos;s override map.</source>
        <translation>%1 renomme la table source %2 en %3, que la destination n&apos;a pas. Ignorez la table ou corrigez le renommage dans le mappage de surcharge du projet.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="564"/>
        <source>Ignore the table %1</source>
        <translation>Ignorer la table %1</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="597"/>
        <source>%1.%2 goes to %3.%4 (%5). Check the values, or accept the difference.</source>
        <translation>%1.%2 va vers %3.%4 (%5). Vérifiez les valeurs, ou acceptez la différence.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="600"/>
        <source>Accept the difference (ignore the data type)</source>
        <translation>Accepter la différence (ignorer le type de données)</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="628"/>
        <source>The source field %1.%2 (%3) has no field %4 in the destination table %5 (an extension&apos;s column, most likely): its values would be left behind. Ignore it, or map it to a field of %5.</source>
        <translation>Le champ source %1.%2 (%3) n&apos;a pas de champ %4 dans la table de destination %5 (très probablement la colonne d&apos;une extension) : ses valeurs seraient laissées de côté. Ignorez-le, ou mappez-le vers un champ de %5.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="633"/>
        <source>Ignore the field %1</source>
        <translation>Ignorer le champ %1</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="637"/>
        <source>Map it to %1.%2 (%3)</source>
        <translation>Le mapper vers %1.%2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="650"/>
        <source>The destination field %1.%2 (%3) requires a value (NOT NULL, no default) and no source field maps to it: every row would get an empty value (&apos;&apos; or 0). Ignore it to accept that, or map a source field to it.</source>
        <translation>Le champ de destination %1.%2 (%3) exige une valeur (NOT NULL, sans valeur par défaut) et aucun champ source n&apos;est mappé vers lui : chaque ligne recevrait une valeur vide (&apos;&apos; ou 0). Ignorez-le pour l&apos;accepter, ou mappez un champ source vers lui.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="656"/>
        <source>Ignore the field %1 (rows get its empty value)</source>
        <translation>Ignorer le champ %1 (les lignes reçoivent sa valeur vide)</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="662"/>
        <source>Map the source field %1.%2 to it</source>
        <translation>Mapper le champ source %1.%2 vers lui</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/integritycheck.cpp" line="750"/>
        <source>%n row(s) of %1 point at no row of %2 (%3; Magento 2&apos;s foreign key %4), e.g. %5. The data migration leaves them out and counts them; repair them in Magento 1 first if you need them.</source>
        <translation>
            <numerusform>%n ligne de %1 ne pointe vers aucune ligne de %2 (%3 ; clé étrangère %4 de Magento 2), par ex. %5. La migration des données la laisse de côté et la compte ; réparez-la d&apos;abord dans Magento 1 si vous en avez besoin.</numerusform>
            <numerusform>%n lignes de %1 ne pointent vers aucune ligne de %2 (%3 ; clé étrangère %4 de Magento 2), par ex. %5. La migration des données les laisse de côté et les compte ; réparez-les d&apos;abord dans Magento 1 si vous en avez besoin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="799"/>
        <source>The project&apos;s override map %1 does not exist. Restore it, or remove &quot;mappingOverrides&quot; from the project file to use the default mapping alone.</source>
        <translation>Le mappage de surcharge %1 du projet n&apos;existe pas. Restaurez-le, ou retirez « mappingOverrides » du fichier de projet pour utiliser le mappage par défaut seul.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="805"/>
        <source>The configuration %1 has no map_file for the override map %2 to layer on.</source>
        <translation>La configuration %1 n&apos;a pas de map_file sur lequel superposer le mappage de surcharge %2.</translation>
    </message>
</context>
<context>
    <name>IntegrityFinding</name>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="202"/>
        <source>Source tables without a destination</source>
        <translation>Tables source sans destination</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="204"/>
        <source>Source fields the destination lacks</source>
        <translation>Champs source absents de la destination</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="206"/>
        <source>Required destination fields without a source</source>
        <translation>Champs de destination obligatoires sans source</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="208"/>
        <source>Type mismatches</source>
        <translation>Incompatibilités de type</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="210"/>
        <source>Rules naming what does not exist</source>
        <translation>Règles nommant ce qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="212"/>
        <source>Handlers Cutover cannot run</source>
        <translation>Handlers que Cutover ne peut pas exécuter</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="214"/>
        <source>Orphan rows in the source</source>
        <translation>Lignes orphelines dans la source</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="216"/>
        <source>What this release does not have</source>
        <translation>Ce que cette version n&apos;a pas</translation>
    </message>
</context>
<context>
    <name>IntegrityReport</name>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="291"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="291"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="294"/>
        <source>      fix %1: %2</source>
        <translation>      correctif %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/integritycheck.cpp" line="302"/>
        <source>%n error(s) block the data migration; apply their fixes (cutover-cli integrity --fix ID) or change the mapping, then check again.</source>
        <translation>
            <numerusform>%n erreur bloque la migration des données ; appliquez ses correctifs (cutover-cli integrity --fix ID) ou modifiez le mappage, puis vérifiez à nouveau.</numerusform>
            <numerusform>%n erreurs bloquent la migration des données ; appliquez leurs correctifs (cutover-cli integrity --fix ID) ou modifiez le mappage, puis vérifiez à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="307"/>
        <source>No errors: the data migration may start.</source>
        <translation>Aucune erreur : la migration des données peut démarrer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/integritycheck.cpp" line="308"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n avertissement.</numerusform>
            <numerusform>%n avertissements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryStep</name>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="46"/>
        <source>Cancelled while writing %1; run the step again to write it.</source>
        <translation>Annulé pendant l&apos;écriture de %1 ; relancez l&apos;étape pour l&apos;écrire.</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="176"/>
        <source>Magento 2 has no table cataloginventory_stock_item or catalog_product_entity: nothing to carry</source>
        <translation>Magento 2 n&apos;a pas de table cataloginventory_stock_item ou catalog_product_entity : rien à transférer</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="197"/>
        <source>Magento 1 has %1 stock items, Magento 2&apos;s cataloginventory_stock_item only %2: the Map step copies them. Run the whole data migration (migrate data) so that every product gets its stock, then this step again.</source>
        <translation>Magento 1 a %1 articles de stock, la table cataloginventory_stock_item de Magento 2 seulement %2 : l&apos;étape Map les copie. Exécutez toute la migration des données (migrate data) pour que chaque produit reçoive son stock, puis relancez cette étape.</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="207"/>
        <source>Magento 2 has no Multi-Source Inventory tables (inventory_source_item): it reads stock from cataloginventory_stock_item, which the Map step copied</source>
        <translation>Magento 2 n&apos;a pas les tables Multi-Source Inventory (inventory_source_item) : il lit le stock dans cataloginventory_stock_item, que l&apos;étape Map a copiée</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="97"/>
        <source>Magento 2&apos;s inventory_source table is empty, so there is no default source to put the stock in. Run bin/magento setup:upgrade in Magento 2 (Magento_Inventory makes the default source), then run the Inventory step again.</source>
        <translation>La table inventory_source de Magento 2 est vide : il n&apos;y a donc pas de source par défaut où placer le stock. Exécutez bin/magento setup:upgrade dans Magento 2 (Magento_Inventory crée la source par défaut), puis relancez l&apos;étape Inventaire.</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="229"/>
        <source>the product is not in Magento 2&apos;s catalog</source>
        <translation>le produit n&apos;est pas dans le catalogue de Magento 2</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="231"/>
        <source>the product has no SKU (MSI keeps stock by SKU)</source>
        <translation>le produit n&apos;a pas de SKU (MSI tient le stock par SKU)</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="233"/>
        <source>product type %1 keeps no quantity of its own (MSI has no source items for it)</source>
        <translation>le type de produit %1 n&apos;a pas de quantité propre (MSI n&apos;a pas d&apos;articles de source pour lui)</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="244"/>
        <source>Products of type %1 got no source item: Magento 2&apos;s MSI keeps quantities only for simple, virtual and downloadable products. If the extension that adds type %1 to Magento 2 keeps stock, set its quantities in Magento 2&apos;s admin (Catalog &gt; Products).</source>
        <translation>Les produits de type %1 n&apos;ont reçu aucun article de source : MSI de Magento 2 ne tient des quantités que pour les produits simples, virtuels et téléchargeables. Si l&apos;extension qui ajoute le type %1 à Magento 2 gère du stock, renseignez ses quantités dans l&apos;admin de Magento 2 (Catalog &gt; Products).</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="262"/>
        <source>another product has the same SKU (its stock item, the last by id, is kept)</source>
        <translation>un autre produit a la même SKU (son article de stock, le dernier par id, est conservé)</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="264"/>
        <source>SKU(s) %1 belong to more than one product; MSI keeps one quantity per SKU and source. Give each product its own SKU in Magento 1 (or fix the quantities in Magento 2&apos;s admin) and run again.</source>
        <translation>Les SKU %1 appartiennent à plus d&apos;un produit ; MSI tient une quantité par SKU et par source. Donnez à chaque produit sa propre SKU dans Magento 1 (ou corrigez les quantités dans l&apos;admin de Magento 2) et relancez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/inventorystep.cpp" line="278"/>
        <source>Removed %n source item(s) of the source &apos;%1&apos; whose SKU no migrated product has (Magento 2&apos;s own catalog, which the Catalog step replaced); Reset destination puts them back.</source>
        <translation>
            <numerusform>%n article de source de la source &apos;%1&apos; supprimé, dont la SKU n&apos;appartient à aucun produit migré (le catalogue propre de Magento 2, que l&apos;étape Catalogue a remplacé) ; « Réinitialiser la destination » le remet en place.</numerusform>
            <numerusform>%n articles de source de la source &apos;%1&apos; supprimés, dont la SKU n&apos;appartient à aucun produit migré (le catalogue propre de Magento 2, que l&apos;étape Catalogue a remplacé) ; « Réinitialiser la destination » les remet en place.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="306"/>
        <source>%1 stock items read, %2 source items written and %3 skipped do not add up; check inventory_source_item for rows another process wrote during the run.</source>
        <translation>%1 articles de stock lus, %2 articles de source écrits et %3 ignorés ne concordent pas ; cherchez dans inventory_source_item des lignes qu&apos;un autre processus a écrites pendant l&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="312"/>
        <source>source items of the source &apos;%1&apos; from the stock items the Map step copied</source>
        <translation>articles de source de la source &apos;%1&apos; à partir des articles de stock copiés par l&apos;étape Map</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="320"/>
        <source>Magento 2 has no inventory_stock_sales_channel, inventory_stock or store_website table</source>
        <translation>Magento 2 n&apos;a pas de table inventory_stock_sales_channel, inventory_stock ou store_website</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="327"/>
        <source>Magento 2&apos;s inventory_stock table is empty, so there is no default stock for the websites to sell from. Run bin/magento setup:upgrade in Magento 2, then the Inventory step again.</source>
        <translation>La table inventory_stock de Magento 2 est vide : il n&apos;y a donc pas de stock par défaut depuis lequel les sites vendent. Exécutez bin/magento setup:upgrade dans Magento 2, puis relancez l&apos;étape Inventaire.</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="354"/>
        <source>every website sells from stock %1</source>
        <translation>chaque site vend depuis le stock %1</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="362"/>
        <source>Magento 2 has no inventory_shipment_source or sales_shipment table</source>
        <translation>Magento 2 n&apos;a pas de table inventory_shipment_source ou sales_shipment</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="386"/>
        <source>every migrated shipment was shipped from the source &apos;%1&apos;</source>
        <translation>chaque expédition migrée est partie de la source &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="394"/>
        <source>Magento 2 has no table cataloginventory_stock_status</source>
        <translation>Magento 2 n&apos;a pas de table cataloginventory_stock_status</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/inventorystep.cpp" line="406"/>
        <source>%n migrated product(s) have no or an outdated row in Magento 2&apos;s stock index (cataloginventory_stock_status), so Magento 2 shows them out of stock until you run bin/magento indexer:reindex cataloginventory_stock (the go-live checklist does).</source>
        <translation>
            <numerusform>%n produit migré n&apos;a pas de ligne, ou une ligne périmée, dans l&apos;index des stocks de Magento 2 (cataloginventory_stock_status) : Magento 2 l&apos;affiche donc en rupture de stock jusqu&apos;à ce que vous exécutiez bin/magento indexer:reindex cataloginventory_stock (la liste de contrôle de mise en production le fait).</numerusform>
            <numerusform>%n produits migrés n&apos;ont pas de ligne, ou une ligne périmée, dans l&apos;index des stocks de Magento 2 (cataloginventory_stock_status) : Magento 2 les affiche donc en rupture de stock jusqu&apos;à ce que vous exécutiez bin/magento indexer:reindex cataloginventory_stock (la liste de contrôle de mise en production le fait).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/inventorystep.cpp" line="411"/>
        <source>Magento 2&apos;s stock index, rebuilt by bin/magento indexer:reindex cataloginventory_stock (the Data Migration Tool does not write it either); %n product(s) to update</source>
        <translation>
            <numerusform>index des stocks de Magento 2, reconstruit par bin/magento indexer:reindex cataloginventory_stock (le Data Migration Tool ne l&apos;écrit pas non plus) ; %n produit à mettre à jour</numerusform>
            <numerusform>index des stocks de Magento 2, reconstruit par bin/magento indexer:reindex cataloginventory_stock (le Data Migration Tool ne l&apos;écrit pas non plus) ; %n produits à mettre à jour</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.h" line="36"/>
        <source>Inventory step</source>
        <translation>Étape Inventaire</translation>
    </message>
</context>
<context>
    <name>LastOrderCheck</name>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="265"/>
        <source>Magento 1 has no orders.</source>
        <translation>Magento 1 n&apos;a aucune commande.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="280"/>
        <source>The last Magento 1 order, #%1 of %2, is in Magento 2.</source>
        <translation>La dernière commande Magento 1, n° %1 du %2, est dans Magento 2.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="282"/>
        <source>The last Magento 1 order, #%1 of %2, is not in Magento 2: let the delta empty its backlog, then check again.</source>
        <translation>La dernière commande Magento 1, n° %1 du %2, n&apos;est pas dans Magento 2 : laissez le delta vider son arriéré, puis revérifiez.</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="101"/>
        <source>MariaDB&apos;s server programs (mariadbd, mariadb-install-db) were not found. Install the Debian package mariadb-server: sudo apt-get install mariadb-server</source>
        <translation>Les programmes serveur de MariaDB (mariadbd, mariadb-install-db) sont introuvables. Installez le paquet Debian mariadb-server : sudo apt-get install mariadb-server</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="107"/>
        <source>The folder %1 is too deep for a MariaDB socket (at most 107 characters). Choose a shorter folder.</source>
        <translation>Le chemin du dossier %1 est trop long pour un socket MariaDB (107 caractères au plus). Choisissez un dossier plus court.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="132"/>
        <source>Could not initialise a MariaDB data folder in %1. Check that the folder is writable.</source>
        <translation>Impossible d&apos;initialiser un dossier de données MariaDB dans %1. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="164"/>
        <source>Could not start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="182"/>
        <source>The MariaDB server in %1 did not start. Its log is %2.</source>
        <translation>Le serveur MariaDB dans %1 n&apos;a pas démarré. Son journal est %2.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="186"/>
        <source>The MariaDB server in %1 found no free port.</source>
        <translation>Le serveur MariaDB dans %1 n&apos;a trouvé aucun port libre.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="230"/>
        <source>MariaDB&apos;s client program (mariadb) was not found. Install the Debian package mariadb-client.</source>
        <translation>Le programme client de MariaDB (mariadb) est introuvable. Installez le paquet Debian mariadb-client.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="256"/>
        <source>A statement failed on the local MariaDB server in %1.</source>
        <translation>Une instruction a échoué sur le serveur MariaDB local dans %1.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="268"/>
        <source>The database dump %1 is missing or unreadable.</source>
        <translation>Le dump de base de données %1 est absent ou illisible.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="271"/>
        <source>Could not load the dump %1 into the database %2.</source>
        <translation>Impossible de charger le dump %1 dans la base %2.</translation>
    </message>
</context>
<context>
    <name>LogStep</name>
    <message>
        <location filename="../core/steps/logstep.cpp" line="21"/>
        <source>The Data Migration Tool configuration has no log_document_groups_file; the Log step needs its log-document-groups.xml. Add the option to config.xml.</source>
        <translation>La configuration du Data Migration Tool n&apos;a pas de log_document_groups_file ; l&apos;étape Journal a besoin de son log-document-groups.xml. Ajoutez l&apos;option à config.xml.</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="30"/>
        <source>The Data Migration Tool configuration has no log_map_file; the Log step needs its map-log.xml. Add the option to config.xml.</source>
        <translation>La configuration du Data Migration Tool n&apos;a pas de log_map_file ; l&apos;étape Journal a besoin de son map-log.xml. Ajoutez l&apos;option à config.xml.</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="58"/>
        <source>Session ids are not carried: Magento 2&apos;s %1.session_id holds %2 character(s) and is no longer used; the rows that had one are counted as transformed.</source>
        <translation>Les identifiants de session ne sont pas transférés : %1.session_id de Magento 2 contient %2 caractère(s) et n&apos;est plus utilisé ; les lignes qui en avaient un sont comptées comme transformées.</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="107"/>
        <location filename="../core/steps/logstep.cpp" line="171"/>
        <source>Magento 1 has no table %1</source>
        <translation>Magento 1 n&apos;a pas de table %1</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="126"/>
        <source>The Data Migration Tool configuration names no log_document_groups_file or log_map_file, so the visitor logs left behind were not measured.</source>
        <translation>La configuration du Data Migration Tool ne nomme ni log_document_groups_file ni log_map_file : les journaux de visiteurs laissés de côté n&apos;ont donc pas été mesurés.</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="142"/>
        <source>Magento 2 has no table %1 to clear</source>
        <translation>Magento 2 n&apos;a pas de table %1 à vider</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/logstep.cpp" line="151"/>
        <source>emptied as log-document-groups.xml asks (%n row(s) backed up)</source>
        <translation>
            <numerusform>vidée comme le demande log-document-groups.xml (%n ligne sauvegardée)</numerusform>
            <numerusform>vidée comme le demande log-document-groups.xml (%n lignes sauvegardées)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="181"/>
        <source>visitor logs are left behind unless the run carries logs</source>
        <translation>les journaux de visiteurs sont laissés de côté, sauf si l&apos;exécution transfère les journaux</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="182"/>
        <source>%1 rows left behind (%2 MB); carry them with --with-logs (or &quot;Visitor logs&quot; on the Settings and data page)</source>
        <translation>%1 lignes laissées de côté (%2 Mo) ; transférez-les avec --with-logs (ou « Journaux de visiteurs » sur la page Paramètres et données)</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="193"/>
        <source>About %1 rows of visitor logs left behind (%2 MB); carry them with --with-logs (or &quot;Visitor logs&quot; on the Settings and data page)</source>
        <translation>Environ %1 lignes de journaux de visiteurs laissées de côté (%2 Mo) ; transférez-les avec --with-logs (ou « Journaux de visiteurs » sur la page Paramètres et données)</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="195"/>
        <source>%1 rows of visitor logs left behind (%2 MB); carry them with --with-logs (or &quot;Visitor logs&quot; on the Settings and data page)</source>
        <translation>%1 lignes de journaux de visiteurs laissées de côté (%2 Mo) ; transférez-les avec --with-logs (ou « Journaux de visiteurs » sur la page Paramètres et données)</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.h" line="32"/>
        <source>Log step</source>
        <translation>Étape Journal</translation>
    </message>
</context>
<context>
    <name>Magento1Decryptor</name>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="462"/>
        <source>the Magento 1 encryption key from %1 is %2 bytes long; Blowfish (mcrypt) takes 1 to 56 bytes. Check the key.</source>
        <translation>la clé de chiffrement de Magento 1 issue de %1 fait %2 octets ; Blowfish (mcrypt) accepte de 1 à 56 octets. Vérifiez la clé.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="474"/>
        <source>libgcrypt cannot use the Magento 1 encryption key from %1 for Blowfish: %2.</source>
        <translation>libgcrypt ne peut pas utiliser la clé de chiffrement de Magento 1 issue de %1 pour Blowfish : %2.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="493"/>
        <source>it is not base64, so not a Magento 1 encrypted value</source>
        <translation>elle n&apos;est pas en base64, ce n&apos;est donc pas une valeur chiffrée de Magento 1</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="499"/>
        <source>its %1 bytes are not whole 8-byte Blowfish blocks</source>
        <translation>ses %1 octets ne forment pas des blocs Blowfish entiers de 8 octets</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="505"/>
        <source>libgcrypt failed: %1</source>
        <translation>échec de libgcrypt : %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="512"/>
        <source>it does not decrypt to text with the Magento 1 key (a wrong key, or a value that was never encrypted)</source>
        <translation>elle ne se déchiffre pas en texte avec la clé de Magento 1 (mauvaise clé, ou valeur qui n&apos;a jamais été chiffrée)</translation>
    </message>
</context>
<context>
    <name>Magento2Encryptor</name>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="523"/>
        <source>the Magento 2 encryption key from %1 is %2 bytes long; Magento 2 needs %3 (crypt/key in app/etc/env.php). Check the key.</source>
        <translation>la clé de chiffrement de Magento 2 issue de %1 fait %2 octets ; Magento 2 en exige %3 (crypt/key dans app/etc/env.php). Vérifiez la clé.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="530"/>
        <source>libsodium cannot start, so values cannot be encrypted for Magento 2.</source>
        <translation>libsodium ne peut pas démarrer : les valeurs ne peuvent donc pas être chiffrées pour Magento 2.</translation>
    </message>
</context>
<context>
    <name>MagentoInstall</name>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="13"/>
        <source>Magento 1</source>
        <translation>Magento 1</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="13"/>
        <source>Magento 2</source>
        <translation>Magento 2</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="44"/>
        <source>Magento EE</source>
        <translation>Magento EE</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="44"/>
        <source>Magento CE</source>
        <translation>Magento CE</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="46"/>
        <source>%1, version unknown (core_resource has no core_setup row)</source>
        <translation>%1, version inconnue (core_resource n&apos;a pas de ligne core_setup)</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="51"/>
        <source>Magento EE 1.10 or older</source>
        <translation>Magento EE 1.10 ou antérieur</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="51"/>
        <source>Magento CE 1.5 or older</source>
        <translation>Magento CE 1.5 ou antérieur</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="54"/>
        <source>Magento EE 1.11 to 1.14</source>
        <translation>Magento EE 1.11 à 1.14</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="59"/>
        <source>Magento CE 1.9.3 or 1.9.4</source>
        <translation>Magento CE 1.9.3 ou 1.9.4</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="60"/>
        <source>Magento CE 1.9.1 to 1.9.4</source>
        <translation>Magento CE 1.9.1 à 1.9.4</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="63"/>
        <source>Magento CE 1.6 to 1.9.0</source>
        <translation>Magento CE 1.6 à 1.9.0</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="64"/>
        <source>Magento CE 1.9 or a later fork (OpenMage)</source>
        <translation>Magento CE 1.9 ou un fork ultérieur (OpenMage)</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="88"/>
        <source>Cutover migrates Magento CE 1.6 to 1.9 (EE 1.11 to 1.14). Upgrade the store to 1.9 first.</source>
        <translation>Cutover migre Magento CE 1.6 à 1.9 (EE 1.11 à 1.14). Mettez d&apos;abord la boutique à niveau vers 1.9.</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="102"/>
        <source>Magento %1, as recorded at the last admin login</source>
        <translation>Magento %1, tel qu&apos;enregistré à la dernière connexion admin</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="104"/>
        <source>Magento 2.3 or later (patch_list present; exact version not recorded)</source>
        <translation>Magento 2.3 ou ultérieur (patch_list présente ; version exacte non enregistrée)</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="106"/>
        <source>Magento 2.0 to 2.2 (no patch_list)</source>
        <translation>Magento 2.0 à 2.2 (pas de patch_list)</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="112"/>
        <source>Cutover migrates into Magento 2.4. Upgrade the destination install first.</source>
        <translation>Cutover migre vers Magento 2.4. Mettez d&apos;abord à niveau l&apos;installation de destination.</translation>
    </message>
</context>
<context>
    <name>MaintenanceFlag</name>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="204"/>
        <source>%1 is not a Magento 1 root folder (it has no index.php and app/Mage.php), so Cutover cannot switch maintenance mode there.</source>
        <translation>%1 n&apos;est pas un dossier racine de Magento 1 (il n&apos;a ni index.php ni app/Mage.php) : Cutover ne peut donc pas y basculer le mode maintenance.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="206"/>
        <source>(no folder given)</source>
        <translation>(aucun dossier indiqué)</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="207"/>
        <source>Set the Magento 1 root on the Pre-flight page, or switch maintenance mode on yourself (create maintenance.flag in the Magento 1 root) and tick the step.</source>
        <translation>Renseignez la racine de Magento 1 sur la page Vérifications préalables, ou activez vous-même le mode maintenance (créez maintenance.flag à la racine de Magento 1) et cochez l&apos;étape.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="215"/>
        <source>Could not create %1: %2.</source>
        <translation>Impossible de créer %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="216"/>
        <source>Give the user running Cutover write access to the Magento 1 root, or create the file yourself and tick the step.</source>
        <translation>Donnez à l&apos;utilisateur qui exécute Cutover l&apos;accès en écriture à la racine de Magento 1, ou créez le fichier vous-même et cochez l&apos;étape.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="221"/>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="222"/>
        <source>Remove the file yourself to take Magento 1 out of maintenance mode.</source>
        <translation>Supprimez le fichier vous-même pour sortir Magento 1 du mode maintenance.</translation>
    </message>
</context>
<context>
    <name>MapConfig</name>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="349"/>
        <source>Could not create the folder %1 for the override map; check that it can be written.</source>
        <translation>Impossible de créer le dossier %1 pour le mappage de surcharge ; vérifiez qu&apos;il est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="355"/>
        <source>Could not write the override map next to %1: %2</source>
        <translation>Impossible d&apos;écrire le mappage de surcharge à côté de %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="359"/>
        <source>The override map for %1 would not be valid, so it was not written: %2</source>
        <translation>Le mappage de surcharge pour %1 ne serait pas valide, il n&apos;a donc pas été écrit : %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="365"/>
        <source>Could not write the override map %1: %2. Check that the folder can be written.</source>
        <translation>Impossible d&apos;écrire le mappage de surcharge %1 : %2. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="471"/>
        <source>the rename rule names the source table %1, which does not exist; it never applies</source>
        <translation>la règle de renommage nomme la table source %1, qui n&apos;existe pas ; elle ne s&apos;applique jamais</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="474"/>
        <source>the source table %1 is renamed to %2, which the destination does not have</source>
        <translation>la table source %1 est renommée en %2, que la destination n&apos;a pas</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="482"/>
        <source>the field rule %1 names a source table that does not exist</source>
        <translation>la règle de champ %1 nomme une table source qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="483"/>
        <source>the field rule %1 names a destination table that does not exist</source>
        <translation>la règle de champ %1 nomme une table de destination qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="505"/>
        <source>the source table %1 has no destination table %2; add an ignore or a rename rule for it</source>
        <translation>la table source %1 n&apos;a pas de table de destination %2 ; ajoutez-lui une règle ignore ou rename</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="515"/>
        <source>the destination table %1 is not the target of any source table; add an ignore rule for it on the destination side</source>
        <translation>la table de destination %1 n&apos;est la cible d&apos;aucune table source ; ajoutez-lui une règle ignore côté destination</translation>
    </message>
    <message>
        <location filename="../core/mapping/recordtransformer.cpp" line="16"/>
        <source>The table %1 is ignored by %2; it has no destination rows to make.</source>
        <translation>La table %1 est ignorée par %2 ; elle n&apos;a aucune ligne de destination à produire.</translation>
    </message>
</context>
<context>
    <name>MapStep</name>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="30"/>
        <location filename="../core/steps/mapstep.cpp" line="78"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="33"/>
        <location filename="../core/steps/mapstep.cpp" line="78"/>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="98"/>
        <location filename="../core/steps/mapstep.cpp" line="42"/>
        <source>Customer Attributes</source>
        <translation>Attributs client</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="99"/>
        <location filename="../core/steps/mapstep.cpp" line="44"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="65"/>
        <location filename="../core/steps/mapstep.cpp" line="53"/>
        <location filename="../core/steps/mapstep.cpp" line="57"/>
        <source>EAV</source>
        <translation>EAV</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="59"/>
        <source>URL Rewrite</source>
        <translation>Réécriture d&apos;URL</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="61"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="81"/>
        <source>handled by the %1 step</source>
        <translation>traitée par l&apos;étape %1</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="121"/>
        <source>an old quote, left behind as chosen: not updated since %1, so Magento 2&apos;s quote clean-up would delete it (carry old quotes to keep it)</source>
        <translation>un ancien panier, laissé de côté comme choisi : non mis à jour depuis %1, le nettoyage des paniers de Magento 2 le supprimerait (transférez les anciens paniers pour le garder)</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="129"/>
        <source>reports and statistics, left behind as chosen; Magento 2 rebuilds its statistics from the orders (Reports &gt; Statistics &gt; Refresh Statistics)</source>
        <translation>rapports et statistiques, laissés de côté comme choisi ; Magento 2 reconstruit ses statistiques à partir des commandes (Reports &gt; Statistics &gt; Refresh Statistics)</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="132"/>
        <source>reports and statistics are left behind unless the run carries them</source>
        <translation>les rapports et statistiques sont laissés de côté sauf si l&apos;exécution les transfère</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="292"/>
        <source>its %1 row does not exist in Magento 1, or is itself left out as an orphan (%2 points at nothing)</source>
        <translation>sa ligne %1 n&apos;existe pas dans Magento 1, ou est elle-même laissée de côté comme orpheline (%2 ne pointe vers rien)</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="332"/>
        <source>Cancelled while removing rows that point at nothing.</source>
        <translation>Annulé pendant la suppression des lignes qui ne pointent vers rien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/mapstep.cpp" line="362"/>
        <source>%n row(s) of %1 removed: %2</source>
        <translation>
            <numerusform>%n ligne de %1 supprimée : %2</numerusform>
            <numerusform>%n lignes de %1 supprimées : %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="38"/>
        <source>Tier Price</source>
        <translation>Prix par palier</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="70"/>
        <source>The Data Migration Tool configuration has no map_file; the Map step needs its map.xml.</source>
        <translation>La configuration du Data Migration Tool n&apos;a pas de map_file ; l&apos;étape Map a besoin de son map.xml.</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="79"/>
        <source>copied by the Settings step (cutover-cli migrate settings)</source>
        <translation>copiée par l&apos;étape Paramètres (cutover-cli migrate settings)</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.h" line="31"/>
        <source>Map step</source>
        <translation>Étape Map</translation>
    </message>
</context>
<context>
    <name>MappedTableApplier</name>
    <message>
        <location filename="../core/delta/tableapplier.cpp" line="60"/>
        <location filename="../core/delta/tableapplier.cpp" line="85"/>
        <source>The table %1 has no key in the change log, so its changes cannot be found again.</source>
        <translation>La table %1 n&apos;a pas de clé dans le journal des modifications : ses modifications ne peuvent donc pas être retrouvées.</translation>
    </message>
    <message>
        <location filename="../core/delta/tableapplier.cpp" line="64"/>
        <source>The key column %1.%2 is not carried to %3 by the map, so a changed row cannot be found in the destination; changes to %1 are not applied until a rule carries it.</source>
        <translation>La colonne clé %1.%2 n&apos;est pas transférée vers %3 par le mappage : une ligne modifiée est donc introuvable dans la destination ; les modifications de %1 ne sont pas appliquées tant qu&apos;une règle ne la transfère pas.</translation>
    </message>
    <message>
        <location filename="../core/delta/tableapplier.cpp" line="88"/>
        <source>The key column %1.%2 is not written to %3, so a changed row cannot be found in the destination; changes to %1 are not applied.</source>
        <translation>La colonne clé %1.%2 n&apos;est pas écrite dans %3 : une ligne modifiée ne peut donc pas être retrouvée dans la destination ; les modifications de %1 ne sont pas appliquées.</translation>
    </message>
    <message>
        <location filename="../core/delta/tableapplier.cpp" line="102"/>
        <source>The destination table %1 has a primary key column %2 that the map does not write, so a changed row of %3 cannot be updated in place.</source>
        <translation>La table de destination %1 a une colonne de clé primaire %2 que le mappage n&apos;écrit pas : une ligne modifiée de %3 ne peut donc pas être mise à jour sur place.</translation>
    </message>
    <message>
        <location filename="../core/delta/tableapplier.cpp" line="111"/>
        <source>The source table %1 has no column %2.</source>
        <translation>La table source %1 n&apos;a pas de colonne %2.</translation>
    </message>
    <message>
        <location filename="../core/delta/tableapplier.cpp" line="246"/>
        <source>%1.%2: not valid UTF-8; repaired (bytes read as Windows-1252)</source>
        <translation>%1.%2 : UTF-8 non valide ; réparé (octets lus en Windows-1252)</translation>
    </message>
</context>
<context>
    <name>MediaCopier</name>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="165"/>
        <source>Could not read the record of earlier media copies %1 (%2): every file is compared again.</source>
        <translation>Impossible de lire le registre des copies de médias précédentes %1 (%2) : chaque fichier est de nouveau comparé.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="171"/>
        <source>The record of earlier media copies %1 is not one Cutover wrote: it is ignored and will be replaced.</source>
        <translation>Le registre des copies de médias précédentes %1 n&apos;a pas été écrit par Cutover : il est ignoré et sera remplacé.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="250"/>
        <source>Give both the Magento 1 media folder and the Magento 2 pub/media folder.</source>
        <translation>Indiquez à la fois le dossier media de Magento 1 et le dossier pub/media de Magento 2.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="253"/>
        <source>The Magento 1 media folder %1 does not exist. Give the folder `media` of the Magento 1 installation (the one that holds catalog/ and wysiwyg/).</source>
        <translation>Le dossier media de Magento 1 %1 n&apos;existe pas. Indiquez le dossier `media` de l&apos;installation Magento 1 (celui qui contient catalog/ et wysiwyg/).</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="258"/>
        <source>%1 is a file, not a folder. Give the folder `media` of the Magento 1 installation.</source>
        <translation>%1 est un fichier, pas un dossier. Indiquez le dossier `media` de l&apos;installation Magento 1.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="262"/>
        <source>Cannot read the Magento 1 media folder %1: %2. Give the user that runs Cutover read access to it, or run Cutover as the web server&apos;s user.</source>
        <translation>Impossible de lire le dossier media de Magento 1 %1 : %2. Donnez à l&apos;utilisateur qui exécute Cutover l&apos;accès en lecture, ou exécutez Cutover sous l&apos;utilisateur du serveur web.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="268"/>
        <source>Could not create the Magento 2 media folder %1. Check that its parent folder exists and that the user that runs Cutover may write to it.</source>
        <translation>Impossible de créer le dossier media de Magento 2 %1. Vérifiez que son dossier parent existe et que l&apos;utilisateur qui exécute Cutover peut y écrire.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="273"/>
        <source>%1 is a file, not a folder. Give the folder `pub/media` of the Magento 2 installation.</source>
        <translation>%1 est un fichier, pas un dossier. Indiquez le dossier `pub/media` de l&apos;installation Magento 2.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="277"/>
        <source>The Magento 2 media folder %1 and the Magento 1 media folder %2 overlap. Give two separate folders.</source>
        <translation>Le dossier media de Magento 2 %1 et celui de Magento 1 %2 se chevauchent. Indiquez deux dossiers distincts.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="287"/>
        <source>Cannot write to the Magento 2 media folder %1: %2. Give the user that runs Cutover write access to it (and check that it is not mounted read-only).</source>
        <translation>Impossible d&apos;écrire dans le dossier media de Magento 2 %1 : %2. Donnez à l&apos;utilisateur qui exécute Cutover l&apos;accès en écriture (et vérifiez qu&apos;il n&apos;est pas monté en lecture seule).</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="300"/>
        <source>could not read the folder: %1</source>
        <translation>impossible de lire le dossier : %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="315"/>
        <source>symbolic link loop, not followed</source>
        <translation>boucle de liens symboliques, non suivie</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="318"/>
        <source>symbolic link to a file that does not exist</source>
        <translation>lien symbolique vers un fichier inexistant</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="336"/>
        <source>not a regular file (socket, pipe or device)</source>
        <translation>pas un fichier ordinaire (socket, pipe ou périphérique)</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="345"/>
        <source>symbolic link loop: it leads back to a folder above it; not followed</source>
        <translation>boucle de liens symboliques : il ramène à un dossier parent ; non suivi</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="419"/>
        <source>Not enough free space in %1: the copy needs about %2 and %3 is free. Free some space or give a folder on a larger disk; nothing was copied.</source>
        <translation>Pas assez d&apos;espace libre dans %1 : la copie a besoin d&apos;environ %2 et %3 sont libres. Libérez de l&apos;espace ou indiquez un dossier sur un disque plus grand ; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="424"/>
        <source>Not enough free file slots (inodes) in %1: the copy needs %2 and %3 are free. Free some or give a folder on another disk; nothing was copied.</source>
        <translation>Pas assez d&apos;entrées de fichiers libres (inodes) dans %1 : la copie en a besoin de %2 et %3 sont libres. Libérez-en ou indiquez un dossier sur un autre disque ; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="436"/>
        <source>The disk of %1 is full: could not create the folder %2. Free some space and run the copy again.</source>
        <translation>Le disque de %1 est plein : impossible de créer le dossier %2. Libérez de l&apos;espace et relancez la copie.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="439"/>
        <source>Could not create the folder %1 in the Magento 2 media folder: %2. Check that the user that runs Cutover may write there.</source>
        <translation>Impossible de créer le dossier %1 dans le dossier media de Magento 2 : %2. Vérifiez que l&apos;utilisateur qui exécute Cutover peut y écrire.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="453"/>
        <location filename="../core/media/mediacopier.cpp" line="566"/>
        <source>removed from the Magento 1 folder during the copy</source>
        <translation>supprimé du dossier Magento 1 pendant la copie</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="454"/>
        <source>could not open: %1</source>
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="467"/>
        <source>could not create: %1</source>
        <translation>impossible de créer : %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="480"/>
        <location filename="../core/media/mediacopier.cpp" line="567"/>
        <source>could not read: %1</source>
        <translation>impossible de lire : %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="488"/>
        <location filename="../core/media/mediacopier.cpp" line="519"/>
        <source>could not write: %1</source>
        <translation>impossible d&apos;écrire : %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="503"/>
        <source>changed while it was being copied; run the copy again to pick up its final version</source>
        <translation>modifié pendant sa copie ; relancez la copie pour récupérer sa version finale</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="528"/>
        <source>could not read the copy back to verify it: %1</source>
        <translation>impossible de relire la copie pour la vérifier : %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="529"/>
        <source>the copy read back differs from the source (hash %1, expected %2); the destination disk may be faulty</source>
        <translation>la copie relue diffère de la source (hachage %1, attendu %2) ; le disque de destination est peut-être défectueux</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="538"/>
        <source>could not put the copy in place: %1</source>
        <translation>impossible de mettre la copie en place : %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="556"/>
        <source>a folder of the same name is in the way at the destination</source>
        <translation>un dossier du même nom gêne dans la destination</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="582"/>
        <source>the destination holds a different file (%1, %2) that no earlier copy wrote</source>
        <translation>la destination contient un fichier différent (%1, %2) qu&apos;aucune copie précédente n&apos;a écrit</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="588"/>
        <source>; kept it. Compare the two, or copy again with replacing such files turned on (--overwrite).</source>
        <translation> ; conservé. Comparez les deux, ou relancez la copie avec le remplacement de tels fichiers activé (--overwrite).</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="591"/>
        <source>; it would be replaced</source>
        <translation> ; il serait remplacé</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="595"/>
        <source>; replaced it as asked</source>
        <translation> ; remplacé comme demandé</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="681"/>
        <source>The disk of the Magento 2 media folder %1 is full (%2). %3 files copied so far are kept; free some space and run the copy again to copy the rest.</source>
        <translation>Le disque du dossier media de Magento 2 %1 est plein (%2). Les %3 fichiers copiés jusqu&apos;ici sont conservés ; libérez de l&apos;espace et relancez la copie pour copier le reste.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="687"/>
        <source>The media copy was cancelled. Files copied so far are kept; run it again to copy the rest.</source>
        <translation>La copie des médias a été annulée. Les fichiers copiés jusqu&apos;ici sont conservés ; relancez-la pour copier le reste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/media/mediacopier.cpp" line="690"/>
        <source>%n media file(s) could not be copied; see the list of failed files.</source>
        <translation>
            <numerusform>%n fichier média n&apos;a pas pu être copié ; voir la liste des fichiers en échec.</numerusform>
            <numerusform>%n fichiers médias n&apos;ont pas pu être copiés ; voir la liste des fichiers en échec.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="779"/>
        <source>The media copy was cancelled before it started; nothing was copied.</source>
        <translation>La copie des médias a été annulée avant de commencer ; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="832"/>
        <source>Could not save the record of this copy to %1 (%2): the next run compares every file again.</source>
        <translation>Impossible d&apos;enregistrer le registre de cette copie dans %1 (%2) : la prochaine exécution comparera de nouveau chaque fichier.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="847"/>
        <source>The media copy stopped on an unexpected error: %1</source>
        <translation>La copie des médias s&apos;est arrêtée sur une erreur inattendue : %1</translation>
    </message>
</context>
<context>
    <name>MediaCopyReport</name>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="887"/>
        <source>%1 copied, %2 changed, %3 up to date, %4 failed</source>
        <translation>%1 copiés, %2 modifiés, %3 à jour, %4 en échec</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="891"/>
        <source>, %1 referenced but missing</source>
        <translation>, %1 référencés mais absents</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="934"/>
        <source>  ... and %1 more</source>
        <translation>  ... et %1 de plus</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="942"/>
        <source>Media copy (dry run: nothing written)</source>
        <translation>Copie des médias (simulation : rien n&apos;est écrit)</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="942"/>
        <source>Media copy</source>
        <translation>Copie des médias</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="943"/>
        <source>  Copied:     %1 files (%2), %3 verified</source>
        <translation>  Copiés :    %1 fichiers (%2), %3 vérifiés</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="945"/>
        <source>  Changed:    %1 files copied again</source>
        <translation>  Modifiés :  %1 fichiers recopiés</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="946"/>
        <source>  Skipped:    %1 up to date, %2 left behind by rule, %3 vanished</source>
        <translation>  Ignorés :   %1 à jour, %2 laissés par règle, %3 disparus</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="948"/>
        <source>  Conflicts:  %1</source>
        <translation>  Conflits :  %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="949"/>
        <source>  Failed:     %1</source>
        <translation>  Échecs :    %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="950"/>
        <source>  Time:       %1 s</source>
        <translation>  Durée :     %1 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/media/mediacopier.cpp" line="953"/>
        <source>  Would remove %n partial file(s) left by an interrupted copy.</source>
        <translation>
            <numerusform>  Supprimerait %n fichier partiel laissé par une copie interrompue.</numerusform>
            <numerusform>  Supprimerait %n fichiers partiels laissés par une copie interrompue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/media/mediacopier.cpp" line="954"/>
        <source>  Removed %n partial file(s) left by an interrupted copy.</source>
        <translation>
            <numerusform>  %n fichier partiel laissé par une copie interrompue supprimé.</numerusform>
            <numerusform>  %n fichiers partiels laissés par une copie interrompue supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="955"/>
        <source>Failed:</source>
        <translation>Échecs :</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="956"/>
        <source>Conflicts at the destination:</source>
        <translation>Conflits dans la destination :</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="957"/>
        <source>Vanished during the copy:</source>
        <translation>Disparus pendant la copie :</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="958"/>
        <source>Copied again (changed in Magento 1):</source>
        <translation>Recopiés (modifiés dans Magento 1) :</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="959"/>
        <source>Left behind:</source>
        <translation>Laissés de côté :</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="961"/>
        <source>Cross-check with the Magento 1 database: referenced but missing on disk: %1; on disk but referenced by nothing: %2</source>
        <translation>Contrôle croisé avec la base Magento 1 : référencés mais absents du disque : %1 ; présents sur le disque mais référencés par rien : %2</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="964"/>
        <source>Referenced but missing on disk:</source>
        <translation>Référencés mais absents du disque :</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="965"/>
        <source>On disk but referenced by nothing:</source>
        <translation>Sur le disque mais référencés par rien :</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="967"/>
        <source>The cross-check with the database did not run: %1</source>
        <translation>Le contrôle croisé avec la base de données n&apos;a pas eu lieu : %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="970"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>MediaReferences</name>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="77"/>
        <source>product gallery</source>
        <translation>galerie produit</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="84"/>
        <source>product image attribute</source>
        <translation>attribut d&apos;image produit</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="88"/>
        <source>category image</source>
        <translation>image de catégorie</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="92"/>
        <source>downloadable link</source>
        <translation>lien téléchargeable</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="94"/>
        <source>downloadable link sample</source>
        <translation>exemple de lien téléchargeable</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="97"/>
        <source>downloadable sample</source>
        <translation>exemple téléchargeable</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="101"/>
        <source>placeholder image setting</source>
        <translation>paramètre d&apos;image de substitution</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="104"/>
        <source>watermark setting</source>
        <translation>paramètre de filigrane</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="105"/>
        <source>CMS page</source>
        <translation>page CMS</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="106"/>
        <source>CMS block</source>
        <translation>bloc CMS</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="117"/>
        <source>Could not read the media files that the Magento 1 database %1 names</source>
        <translation>Impossible de lire les fichiers médias que nomme la base Magento 1 %1</translation>
    </message>
</context>
<context>
    <name>MediaRules</name>
    <message>
        <location filename="../core/media/mediarules.cpp" line="11"/>
        <source>image cache, Magento 2 resizes images again</source>
        <translation>cache d&apos;images, Magento 2 redimensionne à nouveau les images</translation>
    </message>
    <message>
        <location filename="../core/media/mediarules.cpp" line="13"/>
        <source>upload scratch space</source>
        <translation>espace temporaire des téléversements</translation>
    </message>
    <message>
        <location filename="../core/media/mediarules.cpp" line="15"/>
        <source>merged CSS/JS files, regenerated</source>
        <translation>fichiers CSS/JS fusionnés, régénérés</translation>
    </message>
    <message>
        <location filename="../core/media/mediarules.cpp" line="17"/>
        <source>CAPTCHA images, regenerated</source>
        <translation>images CAPTCHA, régénérées</translation>
    </message>
    <message>
        <location filename="../core/media/mediarules.cpp" line="19"/>
        <source>editor thumbnails, regenerated</source>
        <translation>miniatures de l&apos;éditeur, régénérées</translation>
    </message>
    <message>
        <location filename="../core/media/mediarules.cpp" line="23"/>
        <source>Magento 1 server rules; Magento 2 keeps its own</source>
        <translation>règles serveur de Magento 1 ; Magento 2 garde les siennes</translation>
    </message>
    <message>
        <location filename="../core/media/mediarules.cpp" line="26"/>
        <source>desktop clutter</source>
        <translation>fichiers parasites du bureau</translation>
    </message>
    <message>
        <location filename="../core/media/mediarules.cpp" line="28"/>
        <source>partial file of an interrupted copy</source>
        <translation>fichier partiel d&apos;une copie interrompue</translation>
    </message>
</context>
<context>
    <name>MigrationReport</name>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="73"/>
        <location filename="../core/report/migrationreport.cpp" line="888"/>
        <source>Migration report: %1</source>
        <translation>Rapport de migration : %1</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="105"/>
        <location filename="../core/report/migrationreport.cpp" line="111"/>
        <location filename="../core/report/migrationreport.cpp" line="119"/>
        <location filename="../core/report/migrationreport.cpp" line="125"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="132"/>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="133"/>
        <location filename="../core/report/migrationreport.cpp" line="416"/>
        <location filename="../core/report/migrationreport.cpp" line="563"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="134"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="135"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="136"/>
        <source>not finished</source>
        <translation>non terminé</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="137"/>
        <source>match</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="138"/>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="139"/>
        <source>rebuilt</source>
        <translation>reconstruit</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="140"/>
        <source>no result</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="163"/>
        <source>Not run yet: %1</source>
        <translation>Pas encore exécuté : %1</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="238"/>
        <location filename="../core/report/migrationreport.cpp" line="834"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="238"/>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="239"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="240"/>
        <location filename="../core/report/migrationreport.cpp" line="834"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="241"/>
        <location filename="../core/report/migrationreport.cpp" line="351"/>
        <location filename="../core/report/migrationreport.cpp" line="448"/>
        <location filename="../core/report/migrationreport.cpp" line="834"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="241"/>
        <location filename="../core/report/migrationreport.cpp" line="308"/>
        <location filename="../core/report/migrationreport.cpp" line="834"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="250"/>
        <source>Prepared %1 by Cutover %2.</source>
        <translation>Préparé le %1 par Cutover %2.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="251"/>
        <source>Project file: %1</source>
        <translation>Fichier de projet : %1</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="252"/>
        <source>Project started %1.</source>
        <translation>Projet commencé le %1.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="254"/>
        <source>This report records the move of an online store from Magento 1 (the old shop software) to Magento 2 (the new one): what was copied, what was checked, and how the switch-over went. It is produced by Cutover, the tool that did the work, from the records it kept of every run.</source>
        <translation>Ce rapport retrace le passage d&apos;une boutique en ligne de Magento 1 (l&apos;ancien logiciel de boutique) à Magento 2 (le nouveau) : ce qui a été copié, ce qui a été vérifié, et comment s&apos;est déroulée la bascule. Il est produit par Cutover, l&apos;outil qui a fait le travail, à partir des traces qu&apos;il a conservées de chaque exécution.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="280"/>
        <source>The two stores</source>
        <translation>Les deux boutiques</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="285"/>
        <source>%1 (local socket)</source>
        <translation>%1 (socket local)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="286"/>
        <source>not set yet</source>
        <translation>pas encore défini</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="287"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="288"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="289"/>
        <source>not checked yet (run cutover-cli check)</source>
        <translation>pas encore vérifié (exécutez cutover-cli check)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="290"/>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="293"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="293"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="293"/>
        <source>Table prefix</source>
        <translation>Préfixe de table</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="293"/>
        <source>Database user</source>
        <translation>Utilisateur de la base de données</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="294"/>
        <source>Encrypted connection (TLS)</source>
        <translation>Connexion chiffrée (TLS)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="294"/>
        <source>Installation folder</source>
        <translation>Dossier d&apos;installation</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="294"/>
        <source>Magento version</source>
        <translation>Version de Magento</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="295"/>
        <source>Database server version</source>
        <translation>Version du serveur de base de données</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="301"/>
        <source>Magento 1 (old store)</source>
        <translation>Magento 1 (ancienne boutique)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="301"/>
        <source>Magento 2 (new store)</source>
        <translation>Magento 2 (nouvelle boutique)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="302"/>
        <source>Passwords are never written to the project or to this report. The Magento version is what Cutover read from each database when it last checked the connections.</source>
        <translation>Les mots de passe ne sont jamais écrits dans le projet ni dans ce rapport. La version de Magento est celle que Cutover a lue dans chaque base lors de la dernière vérification des connexions.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="326"/>
        <source>No data has been migrated yet.</source>
        <translation>Aucune donnée n&apos;a encore été migrée.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="328"/>
        <source>A migration run failed; see its steps below.</source>
        <translation>Une exécution de migration a échoué ; voir ses étapes ci-dessous.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="330"/>
        <source>A migration run was stopped before the end; running it again resumes it.</source>
        <translation>Une exécution de migration a été arrêtée avant la fin ; la relancer la reprend.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="332"/>
        <source>Migrated, and the new store is open.</source>
        <translation>Migrée, et la nouvelle boutique est ouverte.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="334"/>
        <source>Migrated; the switch-over to the new store has not finished yet.</source>
        <translation>Migrée ; la bascule vers la nouvelle boutique n&apos;est pas encore terminée.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="335"/>
        <source>not run yet</source>
        <translation>pas encore exécutée</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="339"/>
        <source>every compared table matches</source>
        <translation>chaque table comparée est identique</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="340"/>
        <source>differences found (see Verification)</source>
        <translation>différences trouvées (voir Vérification)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="342"/>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="345"/>
        <source>%1, from %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="348"/>
        <source>running since %1 (%2 so far)</source>
        <translation>en cours depuis %1 (%2 jusqu&apos;ici)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="352"/>
        <source>Rows written</source>
        <translation>Lignes écrites</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="352"/>
        <location filename="../core/report/migrationreport.cpp" line="353"/>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="353"/>
        <source>Migration time</source>
        <translation>Durée de la migration</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="354"/>
        <location filename="../core/report/migrationreport.cpp" line="483"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="354"/>
        <source>Downtime</source>
        <translation>Interruption de service</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="355"/>
        <source>Runs recorded</source>
        <translation>Exécutions enregistrées</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="356"/>
        <source>Downtime: the time the shop took no orders, from the moment Magento 1 was put into maintenance mode to the moment the new store was opened.</source>
        <translation>Interruption de service : le temps pendant lequel la boutique n&apos;a pris aucune commande, du moment où Magento 1 a été mis en mode maintenance jusqu&apos;à l&apos;ouverture de la nouvelle boutique.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="362"/>
        <source>Data migration</source>
        <translation>Migration des données</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="363"/>
        <source>A migration run copies the store in steps (settings, products, customers, orders, ...). Rows read: records taken from Magento 1. Written: records stored in Magento 2. Skipped: records deliberately left out, with the reason. Transformed: records converted to Magento 2&apos;s format on the way. Findings: warnings and errors a step reported.</source>
        <translation>Une exécution de migration copie la boutique par étapes (paramètres, produits, clients, commandes, ...). Lignes lues : enregistrements pris dans Magento 1. Écrites : enregistrements stockés dans Magento 2. Ignorées : enregistrements délibérément laissés de côté, avec la raison. Transformées : enregistrements convertis au format de Magento 2 en chemin. Constats : avertissements et erreurs signalés par une étape.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="369"/>
        <source>no settings or data have been migrated.</source>
        <translation>aucun paramètre ni aucune donnée n&apos;a été migré.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="380"/>
        <source>Settings (store configuration, websites and store views)</source>
        <translation>Paramètres (configuration de la boutique, sites et vues de magasin)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="381"/>
        <source>Data (catalog, customers, orders, content)</source>
        <translation>Données (catalogue, clients, commandes, contenu)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="382"/>
        <source>Migration run: %1</source>
        <translation>Exécution de migration : %1</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="415"/>
        <source>table %1 %2: %3</source>
        <translation>table %1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="416"/>
        <source>not copied</source>
        <translation>non copiée</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="419"/>
        <source>table %1, error: %2</source>
        <translation>table %1, erreur : %2</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="422"/>
        <source>table %1: %2</source>
        <translation>table %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/migrationreport.cpp" line="426"/>
        <source>table %1: %n more warning(s)</source>
        <translation>
            <numerusform>table %1 : %n avertissement de plus</numerusform>
            <numerusform>table %1 : %n avertissements de plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="435"/>
        <source>%1 row(s) skipped: %2</source>
        <translation>%1 ligne(s) ignorée(s) : %2</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="444"/>
        <source>This run recorded no steps.</source>
        <translation>Cette exécution n&apos;a enregistré aucune étape.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="447"/>
        <location filename="../core/report/migrationreport.cpp" line="457"/>
        <location filename="../core/report/migrationreport.cpp" line="782"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="447"/>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="447"/>
        <source>End (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="447"/>
        <location filename="../core/report/migrationreport.cpp" line="499"/>
        <location filename="../core/report/migrationreport.cpp" line="601"/>
        <location filename="../core/report/migrationreport.cpp" line="704"/>
        <location filename="../core/report/migrationreport.cpp" line="732"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="447"/>
        <source>Read</source>
        <translation>Lues</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="447"/>
        <source>Written</source>
        <translation>Écrites</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="447"/>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="448"/>
        <source>Transformed</source>
        <translation>Transformées</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="448"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="451"/>
        <source>Findings: none. Every row read was written or deliberately skipped as counted above.</source>
        <translation>Constats : aucun. Chaque ligne lue a été écrite ou délibérément ignorée, comme compté ci-dessus.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="456"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="457"/>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="461"/>
        <source>This run was verified right after it: see Verification.</source>
        <translation>Cette exécution a été vérifiée juste après : voir Vérification.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="484"/>
        <source>Verification compares Magento 2 with what should have arrived from Magento 1, table by table: the number of rows and a checksum (a fingerprint of every value). &quot;Missing&quot;, &quot;extra&quot; and &quot;different&quot; count the records that do not agree.</source>
        <translation>La vérification compare Magento 2 à ce qui aurait dû arriver de Magento 1, table par table : le nombre de lignes et une somme de contrôle (une empreinte de chaque valeur). « Manquantes », « En trop » et « Différentes » comptent les enregistrements qui ne concordent pas.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="489"/>
        <source>the migrated data has not been compared with the old store.</source>
        <translation>les données migrées n&apos;ont pas été comparées à l&apos;ancienne boutique.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="494"/>
        <location filename="../core/report/migrationreport.cpp" line="527"/>
        <location filename="../core/report/migrationreport.cpp" line="568"/>
        <location filename="../core/report/migrationreport.cpp" line="592"/>
        <location filename="../core/report/migrationreport.cpp" line="637"/>
        <location filename="../core/report/migrationreport.cpp" line="684"/>
        <location filename="../core/report/migrationreport.cpp" line="704"/>
        <location filename="../core/report/migrationreport.cpp" line="725"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="495"/>
        <source>Tables that match</source>
        <translation>Tables identiques</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="496"/>
        <source>Tables that differ</source>
        <translation>Tables différentes</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="497"/>
        <source>Tables that could not be compared</source>
        <translation>Tables non comparables</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="498"/>
        <source>Tables not carried by these steps</source>
        <translation>Tables non transférées par ces étapes</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="525"/>
        <source>Every compared table agrees with the old store.</source>
        <translation>Chaque table comparée concorde avec l&apos;ancienne boutique.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="527"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="527"/>
        <source>Expected rows</source>
        <translation>Lignes attendues</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="527"/>
        <source>Rows in Magento 2</source>
        <translation>Lignes dans Magento 2</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="527"/>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="527"/>
        <source>Extra</source>
        <translation>En trop</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="528"/>
        <source>Different</source>
        <translation>Différentes</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="528"/>
        <source>First records or reason</source>
        <translation>Premiers enregistrements ou raison</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="537"/>
        <source>Links between records: a record such as an invoice names the record it belongs to (its order). A link to a record that does not exist is listed here; a warning does not fail the check.</source>
        <translation>Liens entre enregistrements : un enregistrement comme une facture désigne l&apos;enregistrement auquel il appartient (sa commande). Un lien vers un enregistrement inexistant est listé ici ; un avertissement ne fait pas échouer la vérification.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="540"/>
        <source>All %1 kinds of links between the copied records lead to existing records.</source>
        <translation>Les %1 types de liens entre les enregistrements copiés mènent tous à des enregistrements existants.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="563"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="568"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="568"/>
        <source>Records pointing at nothing</source>
        <translation>Enregistrements ne pointant vers rien</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="568"/>
        <source>First records or error</source>
        <translation>Premiers enregistrements ou erreur</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="574"/>
        <source>Media (product images and other files)</source>
        <translation>Médias (images produit et autres fichiers)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="575"/>
        <source>Media: the pictures and files of the store, copied from Magento 1&apos;s media folder to Magento 2&apos;s pub/media folder. Each copy is read back and compared with the original (verified).</source>
        <translation>Médias : les images et fichiers de la boutique, copiés du dossier media de Magento 1 vers le dossier pub/media de Magento 2. Chaque copie est relue et comparée à l&apos;original (vérifiée).</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="579"/>
        <source>no media files have been copied.</source>
        <translation>aucun fichier média n&apos;a été copié.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="593"/>
        <source>Dry run (nothing written)</source>
        <translation>Essai à blanc (rien d&apos;écrit)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="593"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="593"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="594"/>
        <source>Files copied</source>
        <translation>Fichiers copiés</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="594"/>
        <source>Files copied again (changed)</source>
        <translation>Fichiers recopiés (modifiés)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="595"/>
        <source>Files already up to date</source>
        <translation>Fichiers déjà à jour</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="596"/>
        <source>Files verified after copying</source>
        <translation>Fichiers vérifiés après copie</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="597"/>
        <source>Left behind by rule (Magento 2 rebuilds them)</source>
        <translation>Laissés de côté par règle (Magento 2 les reconstruit)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="598"/>
        <source>Conflicts (a different file already there)</source>
        <translation>Conflits (un fichier différent déjà présent)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="598"/>
        <location filename="../core/report/migrationreport.cpp" line="730"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="599"/>
        <source>Named by the database but missing on disk</source>
        <translation>Nommés par la base de données mais absents du disque</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="600"/>
        <source>Bytes copied</source>
        <translation>Octets copiés</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="615"/>
        <source>Live changes (delta)</source>
        <translation>Modifications en direct (delta)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="616"/>
        <source>Delta: while the old store kept selling, Cutover recorded every new order, customer and review and carried them over to Magento 2. The backlog is what was recorded and not yet carried; the lag is how far behind the new store was.</source>
        <translation>Delta : pendant que l&apos;ancienne boutique continuait de vendre, Cutover a enregistré chaque nouvelle commande, chaque nouveau client et chaque nouvel avis, et les a transférés vers Magento 2. L&apos;arriéré est ce qui a été enregistré et pas encore transféré ; le retard indique de combien la nouvelle boutique était en retard.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="630"/>
        <source>no live changes have been carried over.</source>
        <translation>aucune modification en direct n&apos;a été transférée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/migrationreport.cpp" line="634"/>
        <source>Delta was run %n time(s), first on %1; the newest run:</source>
        <translation>
            <numerusform>Delta a été exécuté %n fois, la première le %1 ; l&apos;exécution la plus récente :</numerusform>
            <numerusform>Delta a été exécuté %n fois, la première le %1 ; l&apos;exécution la plus récente :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="638"/>
        <source>Changes applied</source>
        <translation>Modifications appliquées</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="639"/>
        <source>Change-log rows read</source>
        <translation>Lignes du journal des modifications lues</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="640"/>
        <source>Failed attempts</source>
        <translation>Tentatives échouées</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="641"/>
        <source>Retried</source>
        <translation>Réessayées</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="642"/>
        <source>Waiting for a retry</source>
        <translation>En attente de nouvel essai</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="643"/>
        <source>Not carried (tables Cutover does not migrate)</source>
        <translation>Non transférées (tables que Cutover ne migre pas)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="645"/>
        <source>Backlog at the end</source>
        <translation>Arriéré à la fin</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="646"/>
        <source>Lag at the end</source>
        <translation>Retard à la fin</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="647"/>
        <source>Changes per second</source>
        <translation>Modifications par seconde</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="654"/>
        <source>Not carried: %1 change(s) of %2: %3</source>
        <translation>Non transféré : %1 modification(s) de %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="657"/>
        <source>Not carried: %1: %2</source>
        <translation>Non transférées : %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="667"/>
        <source>Reindex</source>
        <translation>Réindexation</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="668"/>
        <source>Reindex: Magento 2 rebuilds its indexes (the lookup tables behind prices, stock, search and category pages) from the migrated data.</source>
        <translation>Réindexation : Magento 2 reconstruit ses index (les tables de recherche derrière les prix, le stock, la recherche et les pages de catégorie) à partir des données migrées.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="672"/>
        <source>Magento 2&apos;s indexes have not been rebuilt by Cutover.</source>
        <translation>Les index de Magento 2 n&apos;ont pas été reconstruits par Cutover.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="679"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="681"/>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="683"/>
        <source>Command run</source>
        <translation>Commande exécutée</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="704"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="704"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="710"/>
        <source>Cache warm-up</source>
        <translation>Préchauffage du cache</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="711"/>
        <source>Cache warm-up: Cutover visited the new store&apos;s pages (home, categories, products, content pages) once, so that the first customers get fast pages. The status is the web server&apos;s answer (200 means the page was served).</source>
        <translation>Préchauffage du cache : Cutover a visité une fois les pages de la nouvelle boutique (accueil, catégories, produits, pages de contenu), pour que les premiers clients obtiennent des pages rapides. Le statut est la réponse du serveur web (200 signifie que la page a été servie).</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="716"/>
        <source>the new store&apos;s pages have not been fetched.</source>
        <translation>les pages de la nouvelle boutique n&apos;ont pas été récupérées.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="724"/>
        <source>%1: %2 page(s)</source>
        <translation>%1 : %2 page(s)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="726"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="727"/>
        <source>Fetched</source>
        <translation>Récupérées</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="728"/>
        <source>Served</source>
        <translation>Servies</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="729"/>
        <source>Redirected</source>
        <translation>Redirigées</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="731"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="743"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="744"/>
        <source>slow</source>
        <translation>lente</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="748"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="748"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="748"/>
        <source>Milliseconds</source>
        <translation>Millisecondes</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="748"/>
        <location filename="../core/report/migrationreport.cpp" line="816"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="753"/>
        <source>Go-live timeline</source>
        <translation>Chronologie de la mise en production</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="754"/>
        <source>Go-live: the switch-over from the old store to the new one, step by step, in this order. Each step shows who confirmed it, when, and what Cutover checked. A step done out of order needs an explicit override, flagged here.</source>
        <translation>Mise en production : la bascule de l&apos;ancienne boutique vers la nouvelle, étape par étape, dans cet ordre. Chaque étape indique qui l&apos;a confirmée, quand, et ce que Cutover a vérifié. Une étape faite hors de l&apos;ordre exige un forçage explicite, signalé ici.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="759"/>
        <source>the switch-over has not started.</source>
        <translation>la bascule n&apos;a pas commencé.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="776"/>
        <source>OVERRIDE: done out of order or despite a failed check</source>
        <translation>FORCÉ : fait hors de l&apos;ordre ou malgré une vérification en échec</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="779"/>
        <location filename="../core/report/migrationreport.cpp" line="809"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="779"/>
        <location filename="../core/report/migrationreport.cpp" line="809"/>
        <source>not done</source>
        <translation>non fait</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="782"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="782"/>
        <location filename="../core/report/migrationreport.cpp" line="816"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="782"/>
        <location filename="../core/report/migrationreport.cpp" line="816"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="782"/>
        <location filename="../core/report/migrationreport.cpp" line="816"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="782"/>
        <source>What Cutover checked</source>
        <translation>Ce que Cutover a vérifié</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="782"/>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="786"/>
        <source>Downtime: not started.</source>
        <translation>Interruption de service : pas commencée.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="788"/>
        <source>Downtime: %1, from %2 to %3.</source>
        <translation>Interruption de service : %1, de %2 à %3.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="792"/>
        <source>Downtime: running since %1 (%2 as of this report).</source>
        <translation>Interruption de service : en cours depuis %1 (%2 à la date de ce rapport).</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="800"/>
        <source>Pre-flight checklist</source>
        <translation>Liste de contrôle préalable</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="801"/>
        <source>Pre-flight: what had to be done before the copy that the database cannot show, confirmed by a person.</source>
        <translation>Vérifications préalables : ce qui devait être fait avant la copie et que la base de données ne peut pas montrer, confirmé par une personne.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="809"/>
        <source>unticked</source>
        <translation>non coché</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="813"/>
        <source>no pre-flight item has been ticked.</source>
        <translation>aucun point préalable n&apos;a été coché.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="816"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="821"/>
        <source>Every recorded run</source>
        <translation>Toutes les exécutions enregistrées</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="822"/>
        <source>Every command and wizard run against this project, oldest first, as recorded (the newest %1 are kept).</source>
        <translation>Chaque commande et exécution de l&apos;assistant sur ce projet, les plus anciennes d&apos;abord, telles qu&apos;enregistrées (les %1 plus récentes sont conservées).</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="826"/>
        <source>nothing has been run against this project.</source>
        <translation>rien n&apos;a encore été exécuté sur ce projet.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="834"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="834"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="865"/>
        <location filename="../core/report/migrationreport.cpp" line="879"/>
        <source>The report %1 could not be written: %2. Check that the folder exists and is writable, or choose another file.</source>
        <translation>Impossible d&apos;écrire le rapport %1 : %2. Vérifiez que le dossier existe et est accessible en écriture, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="870"/>
        <location filename="../core/report/migrationreport.cpp" line="926"/>
        <source>The report %1 could not be written: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Impossible d&apos;écrire le rapport %1 : %2. Vérifiez l&apos;espace disque libre et les droits du dossier.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="901"/>
        <source>The report %1 could not be written: the PDF writer did not start. Check that the folder is writable, or write the report as HTML with --html.</source>
        <translation>Impossible d&apos;écrire le rapport %1 : le générateur PDF n&apos;a pas démarré. Vérifiez que le dossier est accessible en écriture, ou écrivez le rapport en HTML avec --html.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="921"/>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — page %2 sur %3</translation>
    </message>
</context>
<context>
    <name>OptionalAreas</name>
    <message>
        <location filename="../core/steps/optionalareas.cpp" line="53"/>
        <source>&quot;%1&quot; is not an area that can be left out; give logs, reports, old-quotes (comma separated) or none.</source>
        <translation>« %1 » n&apos;est pas une partie qui peut être laissée de côté ; indiquez logs, reports, old-quotes (séparés par des virgules) ou none.</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="15"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="16"/>
        <source>A project keeps everything Cutover learns about this migration: both connections (never their passwords), the Magento folders, your checklist ticks, every run and the page you were on. Create one, open one you saved, or open the demo store to try every page on a generated Magento 1 shop. Save the project file somewhere you back up: the report is made from it.</source>
        <translation>Un projet conserve tout ce que Cutover apprend sur cette migration : les deux connexions (jamais leurs mots de passe), les dossiers Magento, vos coches de la liste de contrôle, chaque exécution et la page où vous étiez. Créez-en un, ouvrez-en un que vous avez enregistré, ou ouvrez la boutique de démo pour essayer chaque page sur une boutique Magento 1 générée. Enregistrez le fichier de projet dans un emplacement que vous sauvegardez : le rapport est établi à partir de lui.</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="22"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="23"/>
        <source>Cutover reads the Magento 1 database and writes the Magento 2 database, so this computer must reach both servers: open their MySQL port in the firewall or use an SSH tunnel. Enter the credentials from Magento 1&apos;s app/etc/local.xml and Magento 2&apos;s app/etc/env.php and test each side: Cutover checks the network, the login, TLS, which Magento each database holds and the privileges it needs, and shows the fix beside the field at fault. Passwords are never written to the project file.</source>
        <translation>Cutover lit la base de données Magento 1 et écrit dans la base de données Magento 2 : cet ordinateur doit donc joindre les deux serveurs. Ouvrez leur port MySQL dans le pare-feu ou utilisez un tunnel SSH. Saisissez les identifiants de app/etc/local.xml de Magento 1 et de app/etc/env.php de Magento 2, puis testez chaque côté : Cutover vérifie le réseau, l&apos;authentification, TLS, quel Magento contient chaque base et les privilèges nécessaires, et affiche la correction à côté du champ en cause. Les mots de passe ne sont jamais écrits dans le fichier de projet.</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="30"/>
        <source>Pre-flight</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="31"/>
        <source>Before data moves, the old store must be quiet. Cutover reads from the Magento 1 database whether cron still runs, whether someone works in the admin and how many orders arrive, and checks the media folder and the free disk space. Only you can stop Magento 1&apos;s cron on the server, ask the staff to stop editing in the admin and keep a safety copy of the Magento 1 database: tick each when done.</source>
        <translation>Avant que les données ne soient transférées, l&apos;ancienne boutique doit être au repos. Cutover lit dans la base de données Magento 1 si le cron tourne encore, si quelqu&apos;un travaille dans l&apos;admin et combien de commandes arrivent, et vérifie le dossier media et l&apos;espace disque libre. Vous seul pouvez arrêter le cron de Magento 1 sur le serveur, demander à l&apos;équipe de cesser les modifications dans l&apos;admin et conserver une copie de sécurité de la base Magento 1 : cochez chaque point une fois fait.</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="37"/>
        <source>Media files</source>
        <translation>Fichiers médias</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="38"/>
        <source>Images and downloads are files, not database rows: Magento 1&apos;s media folder must be copied to Magento 2&apos;s pub/media. Cutover copies them in parallel, verifies each copy by its hash, leaves behind what Magento 2 rebuilds, and copies only what changed on the next run: run it again right before go-live. Both folders must be visible from this computer; afterwards, let Magento 2&apos;s web server user read them.</source>
        <translation>Les images et les téléchargements sont des fichiers, pas des lignes de base de données : le dossier media de Magento 1 doit être copié dans pub/media de Magento 2. Cutover les copie en parallèle, vérifie chaque copie par son hachage, laisse de côté ce que Magento 2 reconstruit et, à l&apos;exécution suivante, ne copie que ce qui a changé : relancez-la juste avant la mise en production. Les deux dossiers doivent être visibles depuis cet ordinateur ; ensuite, donnez à l&apos;utilisateur du serveur web de Magento 2 l&apos;accès en lecture.</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="45"/>
        <source>Settings and data</source>
        <translation>Paramètres et données</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="46"/>
        <source>The migration proper: settings and websites first, then catalog, customers, sales and content, through mapping files in the Data Migration Tool&apos;s format. Install the change capture first so that nothing made during the copy is lost. Cutover copies many tables at once, can pause, cancel and resume, counts every skipped row with its reason and verifies what it carried when asked. Magento 1 is only read.</source>
        <translation>La migration proprement dite : d&apos;abord les paramètres et les sites web, puis le catalogue, les clients, les ventes et le contenu, au moyen de fichiers de mappage au format du Data Migration Tool. Installez d&apos;abord la capture des modifications pour que rien de ce qui est créé pendant la copie ne soit perdu. Cutover copie plusieurs tables à la fois, peut mettre en pause, annuler et reprendre, compte chaque ligne ignorée avec sa raison et vérifie sur demande ce qu&apos;il a transféré. Magento 1 est seulement lu.</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="53"/>
        <source>Live changes</source>
        <translation>Modifications en direct</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="54"/>
        <source>Magento 1 keeps taking orders until go-live. The change capture records each change on Magento 1, and this page applies them to Magento 2 with the same mapping: start and stop it at will, it goes on where it stopped. Watch the backlog and the lag; after go-live, remove the capture here.</source>
        <translation>Magento 1 continue de prendre des commandes jusqu&apos;à la mise en production. La capture des modifications enregistre chaque modification sur Magento 1, et cette page les applique à Magento 2 avec le même mappage : démarrez-la et arrêtez-la à volonté, elle reprend là où elle s&apos;est arrêtée. Surveillez l&apos;arriéré et le retard ; après la mise en production, supprimez la capture ici.</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="59"/>
        <source>Reindex</source>
        <translation>Réindexation</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="60"/>
        <source>Magento 2 rebuilds its indexes (prices, stock, search, categories) from the migrated data with bin/magento indexer:reindex. Cutover runs it on this computer or over your own ssh and follows each indexer; a failed one shows its output. Then test the new store yourself: browse, search, log in as a customer, place and cancel an order.</source>
        <translation>Magento 2 reconstruit ses index (prix, stock, recherche, catégories) à partir des données migrées avec bin/magento indexer:reindex. Cutover l&apos;exécute sur cet ordinateur ou via votre propre ssh et suit chaque indexeur ; un indexeur en échec affiche sa sortie. Testez ensuite vous-même la nouvelle boutique : naviguez, recherchez, connectez-vous en tant que client, passez une commande puis annulez-la.</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="66"/>
        <source>Go-live</source>
        <translation>Mise en production</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="67"/>
        <source>The cut-over in order, with a downtime clock: Magento 1 into maintenance, the delta emptied and stopped, Magento 2 cron, the stock index, the cache warmed, the final verification, DNS, the store open. Cutover does or checks each step it can and records who did it and when; you switch DNS and load balancers and open the store. Export the report for your client here.</source>
        <translation>La bascule dans l&apos;ordre, avec un chronomètre d&apos;interruption de service : Magento 1 en maintenance, le delta vidé et arrêté, le cron de Magento 2, l&apos;index des stocks, le cache préchauffé, la vérification finale, le DNS, la boutique ouverte. Cutover effectue ou vérifie chaque étape qu&apos;il peut et enregistre qui l&apos;a faite et quand ; vous basculez le DNS et les répartiteurs de charge et ouvrez la boutique. Exportez ici le rapport pour votre client.</translation>
    </message>
</context>
<context>
    <name>PhpSerialize</name>
    <message numerus="yes">
        <location filename="../core/mapping/phpserialize.cpp" line="174"/>
        <source>unexpected data after the end of the value (%n byte(s) left)</source>
        <translation>
            <numerusform>données inattendues après la fin de la valeur (%n octet restant)</numerusform>
            <numerusform>données inattendues après la fin de la valeur (%n octets restants)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="189"/>
        <source>expected %1 but the data ends</source>
        <translation>attendu : %1, mais les données s&apos;arrêtent</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="190"/>
        <source>expected %1, found &apos;%2&apos;</source>
        <translation>attendu : %1, trouvé &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="213"/>
        <source>the value has more than %1 elements (references expanded)</source>
        <translation>la valeur a plus de %1 éléments (références développées)</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="228"/>
        <source>the %1 %2 is out of range</source>
        <translation>%1 hors limites : %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="243"/>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="248"/>
        <source>the integer is out of the 64-bit range</source>
        <translation>l&apos;entier dépasse la plage 64 bits</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="286"/>
        <source>a number, INF or NAN</source>
        <translation>un nombre, INF ou NAN</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="313"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="323"/>
        <source>the %1 declares %2 bytes but only %3 remain</source>
        <translation>%1 : %2 octets déclarés mais seuls %3 restent</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="327"/>
        <source>expected &apos;&quot;&apos; after the %1 bytes of the %2 (is the declared length right?)</source>
        <translation>&apos;&quot;&apos; attendu après les %1 octets de %2 (la longueur déclarée est-elle juste ?)</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="339"/>
        <source>the string declares %1 bytes but only %2 remain</source>
        <translation>la chaîne déclare %1 octets mais seuls %2 restent</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="344"/>
        <source>more string bytes</source>
        <translation>d&apos;autres octets de chaîne</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="353"/>
        <source>a hexadecimal digit of an escape</source>
        <translation>un chiffre hexadécimal d&apos;échappement</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="366"/>
        <location filename="../core/mapping/phpserialize.cpp" line="391"/>
        <source>a key (i: or s:)</source>
        <translation>une clé (i: ou s:)</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="379"/>
        <location filename="../core/mapping/phpserialize.cpp" line="515"/>
        <source>string length</source>
        <translation>longueur de chaîne</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="382"/>
        <location filename="../core/mapping/phpserialize.cpp" line="518"/>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="398"/>
        <source>%1 elements are declared but only %2 bytes remain</source>
        <translation>%1 éléments déclarés mais seuls %2 octets restent</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="427"/>
        <source>the class name is empty</source>
        <translation>le nom de classe est vide</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="433"/>
        <source>the class name contains the invalid character &apos;%1&apos;</source>
        <translation>le nom de classe contient le caractère invalide &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="441"/>
        <source>reference number</source>
        <translation>numéro de référence</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="445"/>
        <source>the reference %1 points to no earlier value (there are %2)</source>
        <translation>la référence %1 ne pointe vers aucune valeur antérieure (il y en a %2)</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="453"/>
        <source>the reference %1 points to a value that contains it (a recursive structure)</source>
        <translation>la référence %1 pointe vers une valeur qui la contient (structure récursive)</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="457"/>
        <source>the object reference r:%1 points to a value that is not an object</source>
        <translation>la référence d&apos;objet r:%1 pointe vers une valeur qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="477"/>
        <source>the value is nested deeper than %1 levels</source>
        <translation>la valeur est imbriquée sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="479"/>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="497"/>
        <source>0 or 1</source>
        <translation>0 ou 1</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="524"/>
        <source>element count</source>
        <translation>nombre d&apos;éléments</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="533"/>
        <source>class name length</source>
        <translation>longueur du nom de classe</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="536"/>
        <source>class name</source>
        <translation>nom de classe</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="541"/>
        <source>property count</source>
        <translation>nombre de propriétés</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="545"/>
        <source>custom data length</source>
        <translation>longueur des données personnalisées</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="549"/>
        <source>the custom data declares %1 bytes but only %2 remain</source>
        <translation>les données personnalisées déclarent %1 octets mais seuls %2 restent</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="565"/>
        <source>enum values (E:) are not supported</source>
        <translation>les valeurs enum (E:) ne sont pas prises en charge</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="568"/>
        <source>a value type (N, b, i, d, s, a, O, C, r or R)</source>
        <translation>un type de valeur (N, b, i, d, s, a, O, C, r ou R)</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="647"/>
        <source>INF and NAN cannot be encoded in JSON</source>
        <translation>INF et NAN ne peuvent pas être encodés en JSON</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="659"/>
        <source>the value is nested deeper than json_encode&apos;s limit of 512</source>
        <translation>la valeur est imbriquée au-delà de la limite de 512 de json_encode</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="795"/>
        <source>malformed UTF-8 characters, possibly incorrectly encoded</source>
        <translation>caractères UTF-8 mal formés, probablement mal encodés</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="811"/>
        <source>at byte %1: %2</source>
        <translation>à l&apos;octet %1 : %2</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../core/connection/preflight.cpp" line="38"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="41"/>
        <source>less than a minute ago</source>
        <translation>il y a moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="43"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="45"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="47"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="48"/>
        <source>%1 UTC (%2)</source>
        <translation>%1 UTC (%2)</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="144"/>
        <source>Magento 1 database</source>
        <translation>Base Magento 1</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="146"/>
        <source>The pre-flight checks could not open the Magento 1 database %1: %2</source>
        <translation>Les vérifications préalables n&apos;ont pas pu ouvrir la base Magento 1 %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="148"/>
        <source>Test the source connection again, then re-check.</source>
        <translation>Testez à nouveau la connexion source, puis revérifiez.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="166"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="169"/>
        <source>Check the server&apos;s error log, then re-check.</source>
        <translation>Consultez le journal d&apos;erreurs du serveur, puis revérifiez.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="183"/>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="187"/>
        <source>The database has no %1 table, so whether cron runs cannot be seen from it.</source>
        <translation>La base n&apos;a pas de table %1 : on ne peut donc pas y voir si cron tourne.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="202"/>
        <source>Magento 1 cron is still running: %n job(s) started in the last %1 minutes, the last at %2.</source>
        <translation>
            <numerusform>Le cron de Magento 1 tourne encore : %n tâche lancée dans les %1 dernières minutes, la dernière à %2.</numerusform>
            <numerusform>Le cron de Magento 1 tourne encore : %n tâches lancées dans les %1 dernières minutes, la dernière à %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="207"/>
        <source>Stop Magento 1&apos;s cron on the server (remove cron.sh or cron.php from the crontab of the web server&apos;s user), then re-check. Its jobs (indexers, clean-ups, newsletters) change rows while they are being copied.</source>
        <translation>Arrêtez le cron de Magento 1 sur le serveur (retirez cron.sh ou cron.php de la crontab de l&apos;utilisateur du serveur web), puis revérifiez. Ses tâches (indexeurs, nettoyages, newsletters) modifient des lignes pendant leur copie.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="213"/>
        <source>No cron job has ever run on this store (%1 has no executed job).</source>
        <translation>Aucune tâche cron n&apos;a jamais tourné sur cette boutique (%1 n&apos;a aucune tâche exécutée).</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="214"/>
        <source>No cron job started in the last %1 minutes; the last one started at %2.</source>
        <translation>Aucune tâche cron lancée dans les %1 dernières minutes ; la dernière a démarré à %2.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="222"/>
        <source>Admin activity</source>
        <translation>Activité admin</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="261"/>
        <source>No admin logged in and no product or category changed in the last %1 minutes (last admin log-in: %2; last catalog change: %3).</source>
        <translation>Aucune connexion admin et aucun produit ni catégorie modifié dans les %1 dernières minutes (dernière connexion admin : %2 ; dernière modification du catalogue : %3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="272"/>
        <source>%n admin log-in(s) (%1; the last at %2)</source>
        <translation>
            <numerusform>%n connexion admin (%1 ; la dernière à %2)</numerusform>
            <numerusform>%n connexions admin (%1 ; la dernière à %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="276"/>
        <source>%n product(s) changed</source>
        <translation>
            <numerusform>%n produit modifié</numerusform>
            <numerusform>%n produits modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="278"/>
        <source>%n category(ies) changed</source>
        <translation>
            <numerusform>%n catégorie modifiée</numerusform>
            <numerusform>%n catégories modifiées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="280"/>
        <source>Someone is working in the Magento 1 admin: %1 in the last %2 minutes.</source>
        <translation>Quelqu&apos;un travaille dans l&apos;admin de Magento 1 : %1 dans les %2 dernières minutes.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="283"/>
        <source>Ask the store&apos;s staff to stop editing products, categories, CMS pages and settings in the Magento 1 admin until go-live (handling orders may go on), then re-check. Changes made after the copy would have to be made again in Magento 2.</source>
        <translation>Demandez à l&apos;équipe de la boutique de ne plus modifier les produits, catégories, pages CMS et paramètres dans l&apos;admin de Magento 1 jusqu&apos;à la mise en production (le traitement des commandes peut continuer), puis revérifiez. Les modifications faites après la copie devraient être refaites dans Magento 2.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="291"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="295"/>
        <source>The database has no %1 table, so recent orders cannot be counted.</source>
        <translation>La base n&apos;a pas de table %1 : les commandes récentes ne peuvent donc pas être comptées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="305"/>
        <source>The store is still taking orders: %n in the last %1 minutes, the last at %2. That is expected: delta migration carries new orders over until go-live.</source>
        <translation>
            <numerusform>La boutique prend encore des commandes : %n dans les %1 dernières minutes, la dernière à %2. C&apos;est normal : la migration delta transfère les nouvelles commandes jusqu&apos;à la mise en production.</numerusform>
            <numerusform>La boutique prend encore des commandes : %n dans les %1 dernières minutes, la dernière à %2. C&apos;est normal : la migration delta transfère les nouvelles commandes jusqu&apos;à la mise en production.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="313"/>
        <source>No order in the last %1 minutes (last order: %2).</source>
        <translation>Aucune commande dans les %1 dernières minutes (dernière commande : %2).</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="319"/>
        <source>Media folder</source>
        <translation>Dossier media</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="322"/>
        <source>The project has no Magento 1 folder, so its media folder was not checked. Set it to have the media checked and copied.</source>
        <translation>Le projet n&apos;a pas de dossier Magento 1 : son dossier media n&apos;a donc pas été vérifié. Renseignez-le pour que les médias soient vérifiés et copiés.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="328"/>
        <source>Check the project&apos;s Magento 1 folder (the one that holds app/Mage.php and media/), and that this computer can read it (mount it, or copy it here).</source>
        <translation>Vérifiez le dossier Magento 1 du projet (celui qui contient app/Mage.php et media/), et que cet ordinateur peut le lire (montez-le, ou copiez-le ici).</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="332"/>
        <source>There is no media folder at %1.</source>
        <translation>Il n&apos;y a pas de dossier media à %1.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="338"/>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="345"/>
        <source>The media folder %1 cannot be read by this user.</source>
        <translation>Le dossier media %1 n&apos;est pas lisible par cet utilisateur.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="346"/>
        <source>Give this user read access to %1 and the folders in it (chmod -R a+rX, or add the user to the web server&apos;s group).</source>
        <translation>Donnez à cet utilisateur l&apos;accès en lecture à %1 et à ses sous-dossiers (chmod -R a+rX, ou ajoutez l&apos;utilisateur au groupe du serveur web).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="380"/>
        <source>%n file(s) or folder(s) in %1 cannot be read: %2.</source>
        <translation>
            <numerusform>%n fichier ou dossier de %1 est illisible : %2.</numerusform>
            <numerusform>%n fichiers ou dossiers de %1 sont illisibles : %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="382"/>
        <source>Give this user read access to them (chmod -R a+rX %1); they would be missing in Magento 2.</source>
        <translation>Donnez à cet utilisateur l&apos;accès en lecture (chmod -R a+rX %1) ; sinon ils manqueraient dans Magento 2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="387"/>
        <source>The media folder %1 is readable: %n file(s), %2.</source>
        <translation>
            <numerusform>Le dossier media %1 est lisible : %n fichier, %2.</numerusform>
            <numerusform>Le dossier media %1 est lisible : %n fichiers, %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="394"/>
        <source>Free disk space</source>
        <translation>Espace disque libre</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="397"/>
        <source>The project has no Magento 2 folder, so the free space for the media was not checked.</source>
        <translation>Le projet n&apos;a pas de dossier Magento 2 : l&apos;espace libre pour les médias n&apos;a donc pas été vérifié.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="403"/>
        <source>The Magento 2 folder %1 does not exist.</source>
        <translation>Le dossier Magento 2 %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="404"/>
        <source>Check the project&apos;s Magento 2 folder (the one that holds bin/magento and pub/).</source>
        <translation>Vérifiez le dossier Magento 2 du projet (celui qui contient bin/magento et pub/).</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="417"/>
        <source>the Magento 1 media (%1) plus %2 to spare</source>
        <translation>les médias de Magento 1 (%1) plus %2 de marge</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="419"/>
        <source>%1 to spare (the size of the Magento 1 media is not known)</source>
        <translation>%1 de marge (la taille des médias de Magento 1 est inconnue)</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="423"/>
        <source>Only %1 is free at %2, but the copy needs %3: %4.</source>
        <translation>Seulement %1 libres à %2, mais la copie a besoin de %3 : %4.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="425"/>
        <source>Free space on that disk (or grow the volume), then re-check.</source>
        <translation>Libérez de l&apos;espace sur ce disque (ou agrandissez le volume), puis revérifiez.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="428"/>
        <source>%1 is free at %2; the copy needs %3: %4.</source>
        <translation>%1 libres à %2 ; la copie a besoin de %3 : %4.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="483"/>
        <source>The firewall lets this computer reach both database servers</source>
        <translation>Le pare-feu laisse cet ordinateur joindre les deux serveurs de base de données</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="484"/>
        <source>Open the MySQL port (usually 3306) of both servers to this computer&apos;s address, or use an SSH tunnel. The connection test above shows whether it works.</source>
        <translation>Ouvrez le port MySQL (généralement 3306) des deux serveurs à l&apos;adresse de cet ordinateur, ou utilisez un tunnel SSH. Le test de connexion ci-dessus montre si cela fonctionne.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="486"/>
        <source>The Magento 1 database is copied as a safety copy</source>
        <translation>La base Magento 1 est copiée en copie de sécurité</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="487"/>
        <source>Make a backup (mysqldump --single-transaction) or a replica of the Magento 1 database and keep it until Magento 2 is live.</source>
        <translation>Faites une sauvegarde (mysqldump --single-transaction) ou un réplica de la base Magento 1 et conservez-la jusqu&apos;à ce que Magento 2 soit en production.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="489"/>
        <source>Magento 1 cron is stopped on the server</source>
        <translation>Le cron de Magento 1 est arrêté sur le serveur</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="490"/>
        <source>Remove cron.sh/cron.php from the web server user&apos;s crontab (crontab -e) on every Magento 1 server.</source>
        <translation>Retirez cron.sh/cron.php de la crontab de l&apos;utilisateur du serveur web (crontab -e) sur chaque serveur Magento 1.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="492"/>
        <source>Staff stopped working in the Magento 1 admin</source>
        <translation>L&apos;équipe a cessé de travailler dans l&apos;admin de Magento 1</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="493"/>
        <source>Tell the staff not to edit products, categories, CMS pages or settings until go-live; handling orders may go on.</source>
        <translation>Demandez à l&apos;équipe de ne modifier ni produits, ni catégories, ni pages CMS, ni paramètres jusqu&apos;à la mise en production ; le traitement des commandes peut continuer.</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <location filename="../core/connection/probefinding.cpp" line="94"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../core/connection/probefinding.cpp" line="96"/>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <location filename="../core/connection/probefinding.cpp" line="98"/>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location filename="../core/connection/probefinding.cpp" line="100"/>
        <source>SKIPPED</source>
        <translation>IGNORÉ</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../core/project/project.cpp" line="105"/>
        <source>the field &quot;%1&quot; in %2 is not text</source>
        <translation>le champ « %1 » dans %2 n&apos;est pas du texte</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="115"/>
        <source>the field &quot;%1&quot; in %2 is not a whole number</source>
        <translation>le champ « %1 » dans %2 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="125"/>
        <source>the field &quot;%1&quot; in %2 is not true or false</source>
        <translation>le champ « %1 » dans %2 n&apos;est ni true ni false</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="136"/>
        <source>the date &quot;%1&quot; in &quot;%2&quot; in %3 is not an ISO 8601 date</source>
        <translation>la date « %1 » dans « %2 » dans %3 n&apos;est pas une date ISO 8601</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="146"/>
        <source>the field &quot;%1&quot; in %2 is not an object</source>
        <translation>le champ « %1 » dans %2 n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="157"/>
        <source>the field &quot;%1&quot; in %2 is not a list</source>
        <translation>le champ « %1 » dans %2 n&apos;est pas une liste</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="162"/>
        <source>the entry %1[%2] in %3 is not an object</source>
        <translation>l&apos;entrée %1[%2] dans %3 n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="179"/>
        <source>the checklist entry %1 has no &quot;id&quot;</source>
        <translation>l&apos;entrée de liste de contrôle %1 n&apos;a pas de &quot;id&quot;</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="199"/>
        <source>the outcome &quot;%1&quot; in %2 is unknown</source>
        <translation>le résultat « %1 » dans %2 est inconnu</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="212"/>
        <source>the field &quot;%1&quot; is not an object</source>
        <translation>le champ « %1 » n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="217"/>
        <source>the field &quot;%1&quot; in %2 looks like a password. Cutover never keeps passwords in a project file: remove it and let Cutover keep the password in the system keychain, or set %3</source>
        <translation>le champ « %1 » dans %2 ressemble à un mot de passe. Cutover ne garde jamais de mots de passe dans un fichier de projet : retirez-le et laissez Cutover garder le mot de passe dans le trousseau du système, ou définissez %3</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="242"/>
        <source>the TLS mode &quot;%1&quot; in %2 is unknown</source>
        <translation>le mode TLS « %1 » dans %2 est inconnu</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="248"/>
        <source>The project file %1 is not valid: %2. Open it in a text editor or create a new project.</source>
        <translation>Le fichier de projet %1 n&apos;est pas valide : %2. Ouvrez-le dans un éditeur de texte ou créez un nouveau projet.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="263"/>
        <source>The project file %1 does not exist. It may have been moved or deleted.</source>
        <translation>Le fichier de projet %1 n&apos;existe pas. Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="266"/>
        <source>The project file %1 could not be read: %2. Check its permissions.</source>
        <translation>Le fichier de projet %1 n&apos;a pas pu être lu : %2. Vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="272"/>
        <source>The project file %1 is not valid: it is not JSON (%2 at byte %3). Open it in a text editor or create a new project.</source>
        <translation>Le fichier de projet %1 n&apos;est pas valide : ce n&apos;est pas du JSON (%2 à l&apos;octet %3). Ouvrez-le dans un éditeur de texte ou créez un nouveau projet.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="277"/>
        <source>it holds no JSON object</source>
        <translation>il ne contient aucun objet JSON</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="280"/>
        <source>it is not a Cutover project (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>ce n&apos;est pas un projet Cutover (pas de &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="281"/>
        <location filename="../core/project/project.cpp" line="290"/>
        <location filename="../core/project/project.cpp" line="296"/>
        <location filename="../core/project/project.cpp" line="299"/>
        <location filename="../core/project/project.cpp" line="300"/>
        <location filename="../core/project/project.cpp" line="301"/>
        <location filename="../core/project/project.cpp" line="302"/>
        <location filename="../core/project/project.cpp" line="303"/>
        <location filename="../core/project/project.cpp" line="304"/>
        <location filename="../core/project/project.cpp" line="307"/>
        <location filename="../core/project/project.cpp" line="308"/>
        <location filename="../core/project/project.cpp" line="314"/>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="283"/>
        <source>The project file %1 has version %2, but this Cutover reads version %3 at most. Update Cutover to open it.</source>
        <translation>Le fichier de projet %1 est en version %2, mais ce Cutover lit au plus la version %3. Mettez Cutover à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="294"/>
        <source>the project id &quot;%1&quot; is not a UUID</source>
        <translation>l&apos;identifiant de projet « %1 » n&apos;est pas un UUID</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="306"/>
        <source>the field &quot;deltaBusyThreshold&quot; in the file is below 0</source>
        <translation>le champ « deltaBusyThreshold » dans le fichier est inférieur à 0</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="312"/>
        <source>the date &quot;%1&quot; in &quot;createdAt&quot; is not an ISO 8601 date</source>
        <translation>la date « %1 » dans &quot;createdAt&quot; n&apos;est pas une date ISO 8601</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="394"/>
        <source>Could not update the project file %1: another Cutover holds %2.lock. Wait for it to finish, or delete that file if no Cutover is running.</source>
        <translation>Impossible de mettre à jour le fichier de projet %1 : un autre Cutover détient %2.lock. Attendez qu&apos;il ait fini, ou supprimez ce fichier si aucun Cutover ne tourne.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="475"/>
        <source>The project file %1 could not be written: %2. Check that the folder exists and is writable.</source>
        <translation>Le fichier de projet %1 n&apos;a pas pu être écrit : %2. Vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="479"/>
        <source>The project file %1 could not be written: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Le fichier de projet %1 n&apos;a pas pu être écrit : %2. Vérifiez l&apos;espace disque libre et les droits du dossier.</translation>
    </message>
</context>
<context>
    <name>RatingsStep</name>
    <message>
        <location filename="../core/steps/ratingsstep.cpp" line="26"/>
        <source>Magento 1 has no table rating</source>
        <translation>Magento 1 n&apos;a pas de table rating</translation>
    </message>
    <message>
        <location filename="../core/steps/ratingsstep.cpp" line="28"/>
        <source>Magento 2 has no table rating or rating_store</source>
        <translation>Magento 2 n&apos;a pas de table rating ou rating_store</translation>
    </message>
    <message>
        <location filename="../core/steps/ratingsstep.cpp" line="30"/>
        <source>Magento 2&apos;s rating table has no is_active column: every rating is shown where rating_store says</source>
        <translation>La table rating de Magento 2 n&apos;a pas de colonne is_active : chaque évaluation est affichée là où l&apos;indique rating_store</translation>
    </message>
    <message>
        <location filename="../core/steps/ratingsstep.cpp" line="73"/>
        <source>not in Magento 2&apos;s rating table (the Map step did not copy it)</source>
        <translation>absente de la table rating de Magento 2 (l&apos;étape Map ne l&apos;a pas copiée)</translation>
    </message>
    <message>
        <location filename="../core/steps/ratingsstep.cpp" line="76"/>
        <source>left inactive: Magento 1 shows it in no store view</source>
        <translation>laissée inactive : Magento 1 ne l&apos;affiche dans aucune vue de magasin</translation>
    </message>
    <message>
        <location filename="../core/steps/ratingsstep.cpp" line="83"/>
        <source>Rating(s) %1 stay inactive, as Magento 1 showed them in no store view; activate them in Magento 2&apos;s admin (Stores &gt; Rating) if they should show.</source>
        <translation>Les évaluations %1 restent inactives, car Magento 1 ne les affichait dans aucune vue de magasin ; activez-les dans l&apos;admin de Magento 2 (Stores &gt; Rating) si elles doivent s&apos;afficher.</translation>
    </message>
    <message>
        <location filename="../core/steps/ratingsstep.cpp" line="90"/>
        <source>activated the ratings Magento 1 shows in a store view</source>
        <translation>évaluations que Magento 1 affiche dans une vue de magasin activées</translation>
    </message>
    <message>
        <location filename="../core/steps/ratingsstep.h" line="21"/>
        <source>Ratings step</source>
        <translation>Étape Évaluations</translation>
    </message>
</context>
<context>
    <name>ReindexResult</name>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="131"/>
        <source>  rebuilt  %1 (%2)</source>
        <translation>  reconstruit  %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="135"/>
        <source>  FAILED   %1: %2</source>
        <translation>  ÉCHEC        %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="140"/>
        <source>  stopped  %1 (no result)</source>
        <translation>  arrêté       %1 (aucun résultat)</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="147"/>
        <source>Reindex finished on %1: %2 indexers rebuilt in %3.</source>
        <translation>Réindexation terminée sur %1 : %2 indexeurs reconstruits en %3.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="151"/>
        <source>Reindex stopped on %1 after %2; the indexers without a result are still invalid: run the reindex again.</source>
        <translation>Réindexation arrêtée sur %1 après %2 ; les indexeurs sans résultat sont toujours invalides : relancez la réindexation.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="156"/>
        <source>Reindex failed on %1: %2</source>
        <translation>Échec de la réindexation sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <location filename="../core/report/runreport.cpp" line="167"/>
        <source>%1: %2, %3 tables copied (%4 rows), %5 skipped, %6 failed
</source>
        <translation>%1 : %2, %3 tables copiées (%4 lignes), %5 ignorées, %6 en échec
</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="184"/>
        <source>%1 rows skipped: %2</source>
        <translation>%1 lignes ignorées : %2</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="186"/>
        <source>%1 rows changed: %2</source>
        <translation>%1 lignes modifiées : %2</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="188"/>
        <source>%1 warnings, first: %2</source>
        <translation>%1 avertissements, premier : %2</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="194"/>
        <source>Run %1: %2</source>
        <translation>Exécution %1 : %2</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <location filename="../core/generate/sales.cpp" line="929"/>
        <source>No orders were generated: the store has no simple, virtual, downloadable or configurable products to sell. Generate products too (--products), or generate into a store that has a catalog.</source>
        <translation>Aucune commande n&apos;a été générée : la boutique n&apos;a aucun produit simple, virtuel, téléchargeable ou configurable à vendre. Générez aussi des produits (--products) ou générez dans une boutique qui a un catalogue.</translation>
    </message>
</context>
<context>
    <name>SalesGridsStep</name>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="243"/>
        <source>%1.%2 is left empty: Magento 2 has no column %3 to fill it from.</source>
        <translation>%1.%2 reste vide : Magento 2 n&apos;a pas de colonne %3 pour la remplir.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="304"/>
        <source>Magento 2&apos;s %1 has column(s) %2 that Cutover does not know (an extension&apos;s?); they were left to their default. Fill them with the extension&apos;s reindex if it has one.</source>
        <translation>%1 de Magento 2 a des colonnes %2 que Cutover ne connaît pas (d&apos;une extension ?) ; elles ont été laissées à leur valeur par défaut. Remplissez-les avec la réindexation de l&apos;extension, si elle en a une.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/salesgridsstep.cpp" line="316"/>
        <source>%n row(s) of %1 listed a document that %2 no longer holds; they were removed.</source>
        <translation>
            <numerusform>%n ligne de %1 listait un document que %2 ne contient plus ; elle a été supprimée.</numerusform>
            <numerusform>%n lignes de %1 listaient un document que %2 ne contient plus ; elles ont été supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="329"/>
        <source>Cancelled while rebuilding %1; run the step again to rebuild it.</source>
        <translation>Annulé pendant la reconstruction de %1 ; relancez l&apos;étape pour la reconstruire.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="362"/>
        <source>not in Magento 2&apos;s %1 (the Map step did not copy it)</source>
        <translation>absent de %1 de Magento 2 (l&apos;étape Map ne l&apos;a pas copié)</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="365"/>
        <source>its order is not in Magento 2&apos;s sales_order</source>
        <translation>sa commande n&apos;est pas dans sales_order de Magento 2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/salesgridsstep.cpp" line="374"/>
        <source>%n order(s) have no row in Magento 2&apos;s sales_order_payment (see the Map step&apos;s report for sales_flat_order_payment), so the grids show no payment method for them; run this step again once the payments are migrated.</source>
        <translation>
            <numerusform>%n commande n&apos;a pas de ligne dans sales_order_payment de Magento 2 (voir le rapport de l&apos;étape Map pour sales_flat_order_payment) : les grilles n&apos;affichent donc pas de moyen de paiement pour elle ; relancez cette étape une fois les paiements migrés.</numerusform>
            <numerusform>%n commandes n&apos;ont pas de ligne dans sales_order_payment de Magento 2 (voir le rapport de l&apos;étape Map pour sales_flat_order_payment) : les grilles n&apos;affichent donc pas de moyen de paiement pour elles ; relancez cette étape une fois les paiements migrés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="389"/>
        <source>Magento 1&apos;s %1 listed %2 of the %3 rows of %4; Magento 2&apos;s %5 was rebuilt from %4 itself, so all of them are listed now.</source>
        <translation>%1 de Magento 1 listait %2 des %3 lignes de %4 ; %5 de Magento 2 a été reconstruite à partir de %4 lui-même : toutes y figurent donc maintenant.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="396"/>
        <source>rebuilt from %1 with Magento 2&apos;s grid columns</source>
        <translation>reconstruite à partir de %1 avec les colonnes de grille de Magento 2</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="456"/>
        <source>The configuration has no order_grids_document_groups_file; the grids were rebuilt from sales_flat_order, sales_flat_invoice, sales_flat_shipment and sales_flat_creditmemo.</source>
        <translation>La configuration n&apos;a pas de order_grids_document_groups_file ; les grilles ont été reconstruites à partir de sales_flat_order, sales_flat_invoice, sales_flat_shipment et sales_flat_creditmemo.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="470"/>
        <source>not listed in %1 (order_grids_document_groups_file)</source>
        <translation>non listée dans %1 (order_grids_document_groups_file)</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="473"/>
        <source>Magento 1 has no table %1</source>
        <translation>Magento 1 n&apos;a pas de table %1</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="475"/>
        <location filename="../core/steps/salesgridsstep.cpp" line="477"/>
        <source>Magento 2 has no table %1</source>
        <translation>Magento 2 n&apos;a pas de table %1</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="509"/>
        <source>Cancelled before rebuilding %1; run the step again to rebuild it.</source>
        <translation>Annulé avant de reconstruire %1 ; relancez l&apos;étape pour la reconstruire.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="539"/>
        <source>Cancelled while rebuilding the sales grids; run the step again to rebuild them.</source>
        <translation>Annulé pendant la reconstruction des grilles des ventes ; relancez l&apos;étape pour les reconstruire.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/salesgridsstep.cpp" line="541"/>
        <source>%n sales grid(s) could not be rebuilt; the table report names the cause. Fix it and run the step again.</source>
        <translation>
            <numerusform>%n grille des ventes n&apos;a pas pu être reconstruite ; le rapport de table en nomme la cause. Corrigez-la et relancez l&apos;étape.</numerusform>
            <numerusform>%n grilles des ventes n&apos;ont pas pu être reconstruites ; le rapport de table en nomme la cause. Corrigez-la et relancez l&apos;étape.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.h" line="35"/>
        <source>Order grids step</source>
        <translation>Étape Grilles des ventes</translation>
    </message>
</context>
<context>
    <name>SalesIncrementStep</name>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="274"/>
        <source>Magento 2 has no table %1 (a store view created after the data migration?); run the Sales increment step again (migrate data) to create it.</source>
        <translation>Magento 2 n&apos;a pas de table %1 (une vue de magasin créée après la migration des données ?) ; relancez l&apos;étape Numéros de commande (migrate data) pour la créer.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="306"/>
        <source>%1 has no table %2: Magento 2&apos;s order numbers cannot be set. Is it a Magento 2 database (2.0 or later)?</source>
        <translation>%1 n&apos;a pas de table %2 : les numéros de commande de Magento 2 ne peuvent pas être définis. Est-ce bien une base Magento 2 (2.0 ou plus récent) ?</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="312"/>
        <source>%1 has no table %2: Magento 1&apos;s order numbers cannot be read. Check the source database and its table prefix.</source>
        <translation>%1 n&apos;a pas de table %2 : les numéros de commande de Magento 1 ne peuvent pas être lus. Vérifiez la base source et son préfixe de table.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="323"/>
        <source>Magento 1 has no table eav_entity_store: every store&apos;s numbers start where Magento 1 would start a new store&apos;s.</source>
        <translation>Magento 1 n&apos;a pas de table eav_entity_store : les numéros de chaque magasin commencent là où Magento 1 commencerait ceux d&apos;un nouveau magasin.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="339"/>
        <source>Magento 1 has no entity type %1 in eav_entity_type</source>
        <translation>Magento 1 n&apos;a pas de type d&apos;entité %1 dans eav_entity_type</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="346"/>
        <source>Magento 1 numbers every store&apos;s %1 documents in one sequence (increment_per_store = 0); Magento 2 numbers each store on its own, so each store continues after the shared last number and stores may repeat each other&apos;s numbers. Give the stores distinct prefixes in sales_sequence_profile if that matters.</source>
        <translation>Magento 1 numérote les documents %1 de tous les magasins dans une seule séquence (increment_per_store = 0) ; Magento 2 numérote chaque magasin séparément : chaque magasin continue donc après le dernier numéro commun et des magasins peuvent répéter les numéros d&apos;un autre. Donnez aux magasins des préfixes distincts dans sales_sequence_profile si cela compte.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="354"/>
        <source>Cancelled while setting the sales sequences; run the step again.</source>
        <translation>Annulé pendant la définition des séquences de vente ; relancez l&apos;étape.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="361"/>
        <source>store %1: Magento 1&apos;s last %2 number &quot;%3&quot; does not end in 9 digits; Magento 2 continues it as &quot;%4&quot; (its numbers have 9 digits after the prefix).</source>
        <translation>magasin %1 : le dernier numéro %2 de Magento 1, « %3 », ne se termine pas par 9 chiffres ; Magento 2 le poursuit en « %4 » (ses numéros ont 9 chiffres après le préfixe).</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="371"/>
        <source>store %1: eav_entity_store says the last %2 number is &quot;%3&quot; but %4 already holds &quot;%5&quot;; Magento 2 continues after &quot;%5&quot;.</source>
        <translation>magasin %1 : eav_entity_store indique que le dernier numéro %2 est « %3 » mais %4 contient déjà « %5 » ; Magento 2 continue après « %5 ».</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="380"/>
        <source>store %1: the %2 sequence is at %3, near Magento 2&apos;s limit of %4; set a new prefix in sales_sequence_profile.</source>
        <translation>magasin %1 : la séquence %2 est à %3, proche de la limite de %4 de Magento 2 ; définissez un nouveau préfixe dans sales_sequence_profile.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="390"/>
        <source>store %1: %2</source>
        <translation>magasin %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="393"/>
        <source>next numbers: %1</source>
        <translation>prochains numéros : %1</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.h" line="35"/>
        <source>Sales increment step</source>
        <translation>Étape Numéros de commande</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/project/secretstore.cpp" line="81"/>
        <source>there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), so no keychain can be reached</source>
        <translation>il n&apos;y a pas de session D-Bus (DBUS_SESSION_BUS_ADDRESS n&apos;est pas défini) : aucun trousseau n&apos;est donc joignable</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="84"/>
        <source>the D-Bus session bus cannot be reached (%1)</source>
        <translation>le bus de session D-Bus est injoignable (%1)</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="87"/>
        <source>the D-Bus session bus does not answer</source>
        <translation>le bus de session D-Bus ne répond pas</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="97"/>
        <source>no keychain service (GNOME Keyring, KeePassXC or KWallet) runs on the D-Bus session bus</source>
        <translation>aucun service de trousseau (GNOME Keyring, KeePassXC ou KWallet) ne tourne sur le bus de session D-Bus</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="131"/>
        <source>The project has no id yet, so its passwords cannot be kept.</source>
        <translation>Le projet n&apos;a pas encore d&apos;identifiant : ses mots de passe ne peuvent donc pas être conservés.</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="135"/>
        <source>The keychain cannot be used before the application starts.</source>
        <translation>Le trousseau ne peut pas être utilisé avant le démarrage de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="147"/>
        <location filename="../core/project/secretstore.cpp" line="190"/>
        <source>No keychain is available: %1.</source>
        <translation>Aucun trousseau disponible : %1.</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="185"/>
        <source>The keychain holds no password for this database.</source>
        <translation>Le trousseau ne contient aucun mot de passe pour cette base de données.</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="195"/>
        <source>The keychain refused access (%1). Unlock it, or enter the password each time.</source>
        <translation>Le trousseau a refusé l&apos;accès (%1). Déverrouillez-le, ou saisissez le mot de passe à chaque fois.</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="200"/>
        <source>The keychain failed: %1. Enter the password each time instead.</source>
        <translation>Le trousseau a échoué : %1. Saisissez plutôt le mot de passe à chaque fois.</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="209"/>
        <source>The keychain did not answer within %1 seconds. Enter the password each time instead.</source>
        <translation>Le trousseau n&apos;a pas répondu en %1 secondes. Saisissez plutôt le mot de passe à chaque fois.</translation>
    </message>
</context>
<context>
    <name>SettingsStep</name>
    <message>
        <location filename="../core/steps/settingsstep.cpp" line="27"/>
        <source>core_config_data is missing in the %1 database</source>
        <translation>core_config_data est absente de la base de données (%1)</translation>
    </message>
    <message>
        <location filename="../core/steps/settingsstep.cpp" line="28"/>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <location filename="../core/steps/settingsstep.cpp" line="28"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../core/steps/settingsstep.cpp" line="32"/>
        <source>the configuration has no settings_map_file (settings.xml)</source>
        <translation>la configuration n&apos;a pas de settings_map_file (settings.xml)</translation>
    </message>
    <message>
        <location filename="../core/steps/settingsstep.cpp" line="58"/>
        <source>ignored by settings.xml</source>
        <translation>ignoré par settings.xml</translation>
    </message>
    <message>
        <location filename="../core/steps/settingsstep.cpp" line="102"/>
        <source>The settings step needs the Data Migration Tool configuration (config.xml).</source>
        <translation>L&apos;étape Paramètres a besoin de la configuration du Data Migration Tool (config.xml).</translation>
    </message>
    <message>
        <location filename="../core/steps/settingsstep.cpp" line="106"/>
        <source>The configuration %1 has no stores_map_file (map-stores.xml); websites and stores cannot be migrated without it.</source>
        <translation>La configuration %1 n&apos;a pas de stores_map_file (map-stores.xml) ; sans elle, les sites et magasins ne peuvent pas être migrés.</translation>
    </message>
    <message>
        <location filename="../core/steps/settingsstep.h" line="19"/>
        <source>Settings step</source>
        <translation>Étape Paramètres</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message numerus="yes">
        <location filename="../core/engine/step.cpp" line="174"/>
        <source>%n table(s) could not be copied; fix the cause and run again to resume.</source>
        <translation>
            <numerusform>%n table n&apos;a pas pu être copiée ; corrigez la cause et relancez pour reprendre.</numerusform>
            <numerusform>%n tables n&apos;ont pas pu être copiées ; corrigez la cause et relancez pour reprendre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/step.cpp" line="177"/>
        <location filename="../core/engine/step.cpp" line="184"/>
        <location filename="../core/engine/step.cpp" line="189"/>
        <source>Cancelled; run again to resume where it stopped.</source>
        <translation>Annulé ; relancez pour reprendre là où cela s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../core/steps/mappedtable.cpp" line="25"/>
        <source>ignored by %1</source>
        <translation>ignorée par %1</translation>
    </message>
    <message>
        <location filename="../core/steps/mappedtable.cpp" line="31"/>
        <source>the destination has no table %1 (%2 maps %3 to it); add a rule for it to %2</source>
        <translation>la destination n&apos;a pas de table %1 (%2 y mappe %3) ; ajoutez-lui une règle dans %2</translation>
    </message>
    <message>
        <location filename="../core/steps/mappedtable.cpp" line="49"/>
        <source>%1.%2 has no column %3 in the destination table %4; its values are not copied</source>
        <translation>%1.%2 n&apos;a pas de colonne %3 dans la table de destination %4 ; ses valeurs ne sont pas copiées</translation>
    </message>
    <message>
        <location filename="../core/steps/mappedtable.cpp" line="172"/>
        <source>its attribute %1 has no Magento 2 attribute (migrate the EAV step first)</source>
        <translation>son attribut %1 n&apos;a pas d&apos;attribut dans Magento 2 (migrez d&apos;abord l&apos;étape EAV)</translation>
    </message>
    <message>
        <location filename="../core/steps/mappedtable.cpp" line="174"/>
        <source>its attribute does not exist in Magento 1 (an orphan row)</source>
        <translation>son attribut n&apos;existe pas dans Magento 1 (une ligne orpheline)</translation>
    </message>
</context>
<context>
    <name>StepAppliers</name>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="66"/>
        <source>attribute definitions, carried by the EAV step: attributes, attribute sets and options created or changed in Magento 1 after the data migration are not applied; migrate the data again if they changed</source>
        <translation>définitions d&apos;attributs, transférées par l&apos;étape EAV : les attributs, jeux d&apos;attributs et options créés ou modifiés dans Magento 1 après la migration des données ne sont pas appliqués ; migrez à nouveau les données s&apos;ils ont changé</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="104"/>
        <source>the %1 step cannot plan its tables: %2</source>
        <translation>l&apos;étape %1 ne peut pas planifier ses tables : %2</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="116"/>
        <source>the %1 step does not carry this table</source>
        <translation>l&apos;étape %1 ne transfère pas cette table</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="118"/>
        <source>gallery labels and positions per store view: Magento 2 numbers these rows itself (record_id) and the Catalog step fills in their product after its copy, so changes to them are not applied yet; migrate the data again if images were relabelled or reordered</source>
        <translation>libellés et positions de galerie par vue de magasin : Magento 2 numérote lui-même ces lignes (record_id) et l&apos;étape Catalogue renseigne leur produit après sa copie ; leurs modifications ne sont donc pas encore appliquées ; migrez à nouveau les données si des images ont été renommées ou réordonnées</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="128"/>
        <source>its category does not exist in Magento 1 (an orphan row, which the Catalog step removes)</source>
        <translation>sa catégorie n&apos;existe pas dans Magento 1 (ligne orpheline, que l&apos;étape Catalogue supprime)</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="129"/>
        <source>its product does not exist in Magento 1 (an orphan row, which the Catalog step removes)</source>
        <translation>son produit n&apos;existe pas dans Magento 1 (ligne orpheline, que l&apos;étape Catalogue supprime)</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="172"/>
        <source>the Customer step carries no entity table for %1, so its pivoted values cannot be written</source>
        <translation>l&apos;étape Clients ne transfère aucune table d&apos;entité pour %1 : ses valeurs pivotées ne peuvent donc pas être écrites</translation>
    </message>
</context>
<context>
    <name>StoreGenerator</name>
    <message>
        <location filename="../core/generate/storegenerator.cpp" line="17"/>
        <source>The number of products, customers and orders cannot be negative.</source>
        <translation>Le nombre de produits, de clients et de commandes ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../core/generate/storegenerator.cpp" line="28"/>
        <source>The database %1 holds no Magento 1 schema (no %2core_store table). Load a Magento 1 dump into it first, or add ?prefix=PREFIX to the URL if its tables carry a prefix.</source>
        <translation>La base %1 ne contient aucun schéma Magento 1 (pas de table %2core_store). Chargez-y d&apos;abord un dump Magento 1, ou ajoutez ?prefix=PRÉFIXE à l&apos;URL si ses tables portent un préfixe.</translation>
    </message>
</context>
<context>
    <name>TableCopier</name>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="114"/>
        <source>changed by the destination to fit its column: %1</source>
        <translation>modifié par la destination pour tenir dans sa colonne : %1</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="115"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="116"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="336"/>
        <source>The destination refused text of the table %1%2: %3. %4</source>
        <translation>La destination a refusé du texte de la table %1%2 : %3. %4</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="337"/>
        <source> (row %1)</source>
        <translation> (ligne %1)</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="454"/>
        <source>%1 was copied again from the start: an earlier run copied it with another choice of rows (%2).</source>
        <translation>%1 a été recopiée depuis le début : une exécution précédente l&apos;a copiée avec un autre choix de lignes (%2).</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="463"/>
        <source>already copied by an earlier run</source>
        <translation>déjà copiée par une exécution précédente</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="476"/>
        <source>The table %1 has no primary or unique key: it is copied in one transaction, and an interrupted copy starts it again.</source>
        <translation>La table %1 n&apos;a ni clé primaire ni clé unique : elle est copiée en une transaction, et une copie interrompue la reprend depuis le début.</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="485"/>
        <source>copied through Cutover: bytes of binary columns that go to text columns are checked for UTF-8</source>
        <translation>copiée via Cutover : les octets des colonnes binaires qui vont vers des colonnes texte sont vérifiés en UTF-8</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="494"/>
        <source>No direct copy on the shared server (the destination user cannot read the source database); rows go through Cutover instead.</source>
        <translation>Pas de copie directe sur le serveur partagé (l&apos;utilisateur de destination ne peut pas lire la base source) ; les lignes passent plutôt par Cutover.</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="499"/>
        <source>direct INSERT ... SELECT on the shared server</source>
        <translation>INSERT ... SELECT direct sur le serveur partagé</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="508"/>
        <location filename="../core/copy/tablecopier.cpp" line="686"/>
        <location filename="../core/copy/tablecopier.cpp" line="759"/>
        <source>Could not copy the table %1 to %2</source>
        <translation>Impossible de copier la table %1 vers %2</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="527"/>
        <source>The source table %1 has no column %2.</source>
        <translation>La table source %1 n&apos;a pas de colonne %2.</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="534"/>
        <source>The copy of %1 does not read its key column %2.</source>
        <translation>La copie de %1 ne lit pas sa colonne clé %2.</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="587"/>
        <source>text in %1.%2 was not valid UTF-8: repaired (bytes read as Windows-1252)</source>
        <translation>le texte de %1.%2 n&apos;était pas de l&apos;UTF-8 valide : réparé (octets lus comme Windows-1252)</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="590"/>
        <source>%1.%2 (%3): not valid UTF-8 at byte %4 (%5); written as &quot;%6&quot;</source>
        <translation>%1.%2 (%3) : UTF-8 non valide à l&apos;octet %4 (%5) ; écrit comme « %6 »</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="647"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="672"/>
        <location filename="../core/copy/tablecopier.cpp" line="750"/>
        <source>stopped by request after %1 batches</source>
        <translation>arrêtée sur demande après %1 lots</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <location filename="../core/generate/tablewriter.cpp" line="36"/>
        <source>The table %1 does not exist in this Magento release; nothing was generated for it.</source>
        <translation>La table %1 n&apos;existe pas dans cette version de Magento ; rien n&apos;a été généré pour elle.</translation>
    </message>
    <message>
        <location filename="../core/generate/tablewriter.cpp" line="80"/>
        <source>Internal error: %1 values given for %2 columns of %3.</source>
        <translation>Erreur interne : %1 valeurs fournies pour %2 colonnes de %3.</translation>
    </message>
</context>
<context>
    <name>TierPriceStep</name>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="64"/>
        <source>%1 has no table %2: tier and group prices cannot be migrated. Is it a Magento 2 database?</source>
        <translation>%1 n&apos;a pas de table %2 : les prix par palier et par groupe ne peuvent pas être migrés. Est-ce bien une base Magento 2 ?</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="67"/>
        <source>%1&apos;s table %2 has no entity_id column (Adobe Commerce keys it by row_id, with content staging): Cutover migrates into Magento Open Source; use the Data Migration Tool&apos;s commerce configuration for that edition.</source>
        <translation>La table %2 de %1 n&apos;a pas de colonne entity_id (Adobe Commerce l&apos;indexe par row_id, avec le content staging) : Cutover migre vers Magento Open Source ; utilisez la configuration commerce du Data Migration Tool pour cette édition.</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="111"/>
        <source>this Magento 1 release has no group prices (they came with 1.7)</source>
        <translation>cette version de Magento 1 n&apos;a pas de prix par groupe (ils sont arrivés avec la 1.7)</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="112"/>
        <source>Magento 1 has no table %1</source>
        <translation>Magento 1 n&apos;a pas de table %1</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="114"/>
        <source>ignored by %1</source>
        <translation>ignorée par %1</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="146"/>
        <source>Cancelled while migrating tier and group prices; run the step again (it starts the prices over).</source>
        <translation>Annulé pendant la migration des prix par palier et par groupe ; relancez l&apos;étape (elle reprend les prix depuis le début).</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="180"/>
        <source>its product is not in Magento 2 (run the Catalog step first, or an orphan row in Magento 1)</source>
        <translation>son produit n&apos;est pas dans Magento 2 (exécutez d&apos;abord l&apos;étape Catalogue, ou ligne orpheline dans Magento 1)</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="186"/>
        <source>its website does not exist in Magento 2 (migrate the settings first)</source>
        <translation>son site n&apos;existe pas dans Magento 2 (migrez d&apos;abord les paramètres)</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="190"/>
        <source>its customer group does not exist in Magento 2 (run the Customer step first)</source>
        <translation>son groupe de clients n&apos;existe pas dans Magento 2 (exécutez d&apos;abord l&apos;étape Clients)</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="201"/>
        <source>product %1: the group price for customer group %3 is a %2% discount in Magento 1; it is written as Magento 2&apos;s percentage discount (percentage_value).</source>
        <translation>produit %1 : le prix de groupe du groupe de clients %3 est une remise de %2% dans Magento 1 ; il est écrit comme remise en pourcentage de Magento 2 (percentage_value).</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="206"/>
        <source>product %1: the group price %2 for customer group %3 is a percentage in Magento 1; this Magento 2 has no percentage_value column, so it is written as a fixed price. Set it as a percentage discount in Magento 2&apos;s admin.</source>
        <translation>produit %1 : le prix de groupe %2 du groupe de clients %3 est un pourcentage dans Magento 1 ; ce Magento 2 n&apos;a pas de colonne percentage_value, il est donc écrit comme prix fixe. Définissez-le comme remise en pourcentage dans l&apos;admin de Magento 2.</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="252"/>
        <source>replaced by the group price of the same product, customer group and website (Magento 2 keeps one price per quantity; the group price wins, as in the Data Migration Tool)</source>
        <translation>remplacé par le prix de groupe du même produit, groupe de clients et site (Magento 2 garde un prix par quantité ; le prix de groupe l&apos;emporte, comme dans le Data Migration Tool)</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="257"/>
        <source>product %1, customer group %2, website %3: the tier price %4 for quantity 1 is replaced by the group price %5.</source>
        <translation>produit %1, groupe de clients %2, site %3 : le prix par palier %4 pour la quantité 1 est remplacé par le prix de groupe %5.</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="260"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.h" line="32"/>
        <source>Tier Price step</source>
        <translation>Étape Prix par palier</translation>
    </message>
</context>
<context>
    <name>TriggerDefinerCheck</name>
    <message>
        <location filename="../core/schema/triggerdefiners.cpp" line="37"/>
        <source>The user may not read the server&apos;s list of users (mysql.user), so Cutover cannot tell whether the definers of this database&apos;s triggers exist.</source>
        <translation>L&apos;utilisateur ne peut pas lire la liste des utilisateurs du serveur (mysql.user) ; Cutover ne peut donc pas savoir si les définisseurs des déclencheurs de cette base existent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/triggerdefiners.cpp" line="54"/>
        <source>%n trigger(s) in the database %1 (on %2 and other tables) run as the user &apos;%3&apos;@&apos;%4&apos;, which does not exist on this server, so every write to those tables would fail with &quot;The user specified as a definer does not exist&quot;. This happens when a Magento 2 database is restored from another server&apos;s dump. Create that user on this server (CREATE USER &apos;%3&apos;@&apos;%4&apos;; GRANT ALL ON %1.* TO &apos;%3&apos;@&apos;%4&apos;;) or recreate the triggers with bin/magento indexer:set-mode schedule, then check again.</source>
        <translation>
            <numerusform>%n déclencheur de la base de données %1 (sur %2 et d&apos;autres tables) s&apos;exécute sous l&apos;utilisateur &apos;%3&apos;@&apos;%4&apos;, qui n&apos;existe pas sur ce serveur : toute écriture dans ces tables échouerait avec &quot;The user specified as a definer does not exist&quot;. Cela arrive quand une base Magento 2 est restaurée depuis le dump d&apos;un autre serveur. Créez cet utilisateur sur ce serveur (CREATE USER &apos;%3&apos;@&apos;%4&apos;; GRANT ALL ON %1.* TO &apos;%3&apos;@&apos;%4&apos;;) ou recréez les déclencheurs avec bin/magento indexer:set-mode schedule, puis revérifiez.</numerusform>
            <numerusform>%n déclencheurs de la base de données %1 (sur %2 et d&apos;autres tables) s&apos;exécutent sous l&apos;utilisateur &apos;%3&apos;@&apos;%4&apos;, qui n&apos;existe pas sur ce serveur : toute écriture dans ces tables échouerait avec &quot;The user specified as a definer does not exist&quot;. Cela arrive quand une base Magento 2 est restaurée depuis le dump d&apos;un autre serveur. Créez cet utilisateur sur ce serveur (CREATE USER &apos;%3&apos;@&apos;%4&apos;; GRANT ALL ON %1.* TO &apos;%3&apos;@&apos;%4&apos;;) ou recréez les déclencheurs avec bin/magento indexer:set-mode schedule, puis revérifiez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UrlRewriteStep</name>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="239"/>
        <source>CMS page %1</source>
        <translation>page CMS %1</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="240"/>
        <source>Magento 1 rewrite %1 (%2)</source>
        <translation>réécriture Magento 1 %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="242"/>
        <source>Store view %1: the request path &quot;%2&quot; of %3 is already used by url_rewrite_id %4; renamed to &quot;%5&quot;.</source>
        <translation>Vue de magasin %1 : le chemin de requête « %2 » de %3 est déjà utilisé par url_rewrite_id %4 ; renommé en « %5 ».</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="248"/>
        <source>Store view %1: the request path &quot;%2&quot; of %3 is already used by url_rewrite_id %4; dropped (clash rule: keep the first).</source>
        <translation>Vue de magasin %1 : le chemin de requête « %2 » de %3 est déjà utilisé par url_rewrite_id %4 ; abandonné (règle de conflit : garder le premier).</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="305"/>
        <source>a Magento 1 Enterprise URL rewrite table, not migrated by Cutover yet: save the products and categories in Magento 2 (or regenerate their URL rewrites) and recreate custom redirects under Marketing &gt; URL Rewrites</source>
        <translation>une table de réécritures d&apos;URL de Magento 1 Enterprise, pas encore migrée par Cutover : enregistrez les produits et catégories dans Magento 2 (ou régénérez leurs réécritures d&apos;URL) et recréez les redirections personnalisées sous Marketing &gt; URL Rewrites</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="310"/>
        <source>an index that map.xml ignores: Magento 2 rebuilds it (bin/magento indexer:reindex)</source>
        <translation>un index que map.xml ignore : Magento 2 le reconstruit (bin/magento indexer:reindex)</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="326"/>
        <source>the source has no core_url_rewrite table</source>
        <translation>la source n&apos;a pas de table core_url_rewrite</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="332"/>
        <source>the destination has no url_rewrite table: is it a Magento 2 database?</source>
        <translation>la destination n&apos;a pas de table url_rewrite : est-ce bien une base Magento 2 ?</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="342"/>
        <source>the source&apos;s core_url_rewrite lacks the columns %1, which this step reads</source>
        <translation>il manque à core_url_rewrite de la source les colonnes %1, que cette étape lit</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="352"/>
        <source>the destination&apos;s url_rewrite lacks the columns %1 that Magento 2.1 and later have</source>
        <translation>il manque à url_rewrite de la destination les colonnes %1, présentes à partir de Magento 2.1</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="358"/>
        <source>The destination has no store table; run the URL Rewrite step on a Magento 2 database after the Settings step.</source>
        <translation>La destination n&apos;a pas de table store ; exécutez l&apos;étape Réécritures d&apos;URL sur une base Magento 2 après l&apos;étape Paramètres.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="171"/>
        <source>no request path: Magento 2 could never match it</source>
        <translation>aucun chemin de requête : Magento 2 ne pourrait jamais la faire correspondre</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="176"/>
        <location filename="../core/steps/urlrewritestep.cpp" line="585"/>
        <location filename="../core/steps/urlrewritestep.cpp" line="1292"/>
        <source>its store view is not in Magento 2 (migrate the stores with the Settings step first)</source>
        <translation>sa vue de magasin n&apos;est pas dans Magento 2 (migrez d&apos;abord les magasins avec l&apos;étape Paramètres)</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="181"/>
        <location filename="../core/steps/urlrewritestep.cpp" line="587"/>
        <location filename="../core/steps/urlrewritestep.cpp" line="874"/>
        <source>request path already used in its store view; dropped by the clash rule (listed in the step&apos;s warnings)</source>
        <translation>chemin de requête déjà utilisé dans sa vue de magasin ; abandonnée par la règle de conflit (listée dans les avertissements de l&apos;étape)</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="199"/>
        <source>core_url_rewrite %1: unknown options &quot;%2&quot;, written as no redirect</source>
        <translation>core_url_rewrite %1 : options inconnues « %2 », écrite sans redirection</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="528"/>
        <source>The destination has no url_rewrite table: no URL rewrites were written.</source>
        <translation>La destination n&apos;a pas de table url_rewrite : aucune réécriture d&apos;URL n&apos;a été écrite.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="550"/>
        <source>the destination has no cms_page and cms_page_store tables</source>
        <translation>la destination n&apos;a pas de tables cms_page et cms_page_store</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="584"/>
        <location filename="../core/steps/urlrewritestep.cpp" line="1288"/>
        <source>the page has no identifier</source>
        <translation>la page n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="591"/>
        <source>Cancelled while making the CMS page rewrites; run the step again to make them.</source>
        <translation>Annulé pendant la création des réécritures des pages CMS ; relancez l&apos;étape pour les créer.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="693"/>
        <source>one cms-page rewrite per page and store view, as Magento 2 makes them</source>
        <translation>une réécriture de page CMS par page et par vue de magasin, comme Magento 2 les crée</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="705"/>
        <source>the destination has no catalog_url_rewrite_product_category table</source>
        <translation>la destination n&apos;a pas de table catalog_url_rewrite_product_category</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="736"/>
        <source>one row per product rewrite in a category</source>
        <translation>une ligne par réécriture de produit dans une catégorie</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="752"/>
        <source>%1 %2 rewrite(s) name a %2 that the destination&apos;s %3 does not have: migrate the catalog (EAV step) before the URL Rewrite step, then run this step again.</source>
        <translation>%1 réécriture(s) de type %2 désignent des entités %2 absentes de %3 dans la destination : migrez le catalogue (étape EAV) avant l&apos;étape Réécritures d&apos;URL, puis relancez cette étape.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="765"/>
        <source>%1 row(s) name a %2 that %3 does not have (yet): their foreign key holds once the catalog is migrated.</source>
        <translation>%1 ligne(s) désignent des entités %2 absentes (pour l&apos;instant) de %3 : leur clé étrangère sera satisfaite une fois le catalogue migré.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="790"/>
        <source>Magento 2&apos;s url_rewrite held %1 row(s) of its own (%2): they were replaced, since the products, categories and CMS pages they point to are replaced by Magento 1&apos;s. A backup is kept in %3; resetting the migration (migrate --reset) puts them back.</source>
        <translation>url_rewrite de Magento 2 contenait %1 ligne(s) propres (%2) : elles ont été remplacées, puisque les produits, catégories et pages CMS vers lesquels elles pointent sont remplacés par ceux de Magento 1. Une sauvegarde est conservée dans %3 ; réinitialiser la migration (migrate --reset) les remet en place.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="796"/>
        <source>%1 of them were custom rewrites made in Magento 2: recreate the ones still wanted under Marketing &gt; SEO &amp; Search &gt; URL Rewrites.</source>
        <translation>%1 d&apos;entre elles étaient des réécritures personnalisées créées dans Magento 2 : recréez celles qui sont encore voulues sous Marketing &gt; SEO &amp; Search &gt; URL Rewrites.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="807"/>
        <source>%1 URL rewrite(s) asked for a request path that an earlier one has in the same store view: %2 renamed, %3 dropped (clash rule: %4). Each is listed below; choose the other rule to keep the later ones under a new path, or to drop them.</source>
        <translation>%1 réécriture(s) d&apos;URL demandaient un chemin de requête qu&apos;une précédente a dans la même vue de magasin : %2 renommée(s), %3 abandonnée(s) (règle de conflit : %4). Chacune est listée ci-dessous ; choisissez l&apos;autre règle pour garder les suivantes sous un nouveau chemin, ou pour les abandonner.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.h" line="72"/>
        <source>URL Rewrite step</source>
        <translation>Étape Réécritures d&apos;URL</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <location filename="../core/engine/verifier.cpp" line="439"/>
        <source>Could not plan the verification of the %1: %2</source>
        <translation>Impossible de planifier la vérification de %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="452"/>
        <source>Verification of the %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="497"/>
        <source>Foreign keys of the written tables</source>
        <translation>Clés étrangères des tables écrites</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="530"/>
        <source>Cancelled; run the verification again to finish it.</source>
        <translation>Annulé ; relancez la vérification pour la terminer.</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="533"/>
        <source>%1 table(s) differ and %2 could not be compared; the keys are listed above. Run the migration again (it resumes), or reset it and run it again.</source>
        <translation>%1 table(s) diffèrent et %2 n&apos;ont pas pu être comparées ; les clés sont listées ci-dessus. Relancez la migration (elle reprend), ou réinitialisez-la et relancez-la.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/verifier.cpp" line="539"/>
        <source>Every table matches, but %n foreign key(s) of the written tables have rows that point at nothing (listed above): Magento 2 fails on such rows. Check that the steps and the mapping carry the referenced tables, then run the migration again.</source>
        <translation>
            <numerusform>Chaque table est identique, mais %n clé étrangère des tables écrites a des lignes qui ne pointent vers rien (listées ci-dessus) : Magento 2 échoue sur de telles lignes. Vérifiez que les étapes et le mappage transfèrent les tables référencées, puis relancez la migration.</numerusform>
            <numerusform>Chaque table est identique, mais %n clés étrangères des tables écrites ont des lignes qui ne pointent vers rien (listées ci-dessus) : Magento 2 échoue sur de telles lignes. Vérifiez que les étapes et le mappage transfèrent les tables référencées, puis relancez la migration.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="587"/>
        <source>The destination table %1 has no column %2.</source>
        <translation>La table de destination %1 n&apos;a pas de colonne %2.</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="595"/>
        <source>The source table %1 has no column %2.</source>
        <translation>La table source %1 n&apos;a pas de colonne %2.</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="604"/>
        <source>The copy of %1 does not read its key column %2.</source>
        <translation>La copie de %1 ne lit pas sa colonne clé %2.</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="924"/>
        <source>a row with no key shared by both sides</source>
        <translation>une ligne sans clé commune aux deux côtés</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="927"/>
        <source>more than %1 rows and no key that both sides share: only counts and checksums were compared</source>
        <translation>plus de %1 lignes et aucune clé commune aux deux côtés : seuls les nombres et les sommes de contrôle ont été comparés</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="940"/>
        <source>%1 missing in the destination, %2 extra, %3 different</source>
        <translation>%1 absentes de la destination, %2 en trop, %3 différentes</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="949"/>
        <source>Could not verify %1: %2</source>
        <translation>Impossible de vérifier %1 : %2</translation>
    </message>
</context>
<context>
    <name>VerifyReport</name>
    <message>
        <location filename="../core/engine/verifier.cpp" line="346"/>
        <source>Verification: %1 tables match, %2 differ, %3 could not be compared, %4 not carried by these steps (%5 s).
</source>
        <translation>Vérification : %1 tables identiques, %2 différentes, %3 non comparables, %4 non transférées par ces étapes (%5 s).
</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="363"/>
        <source>expected %1 rows, destination %2; checksums %3 / %4
</source>
        <translation>%1 lignes attendues, destination %2 ; sommes de contrôle %3 / %4
</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="370"/>
        <source>missing in the destination: %1</source>
        <translation>absentes de la destination : %1</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="373"/>
        <source>extra in the destination: %1</source>
        <translation>en trop dans la destination : %1</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="377"/>
        <source>different: %1 (%2)</source>
        <translation>différentes : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="384"/>
        <source>... and %1 more</source>
        <translation>... et %1 de plus</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="388"/>
        <source>Foreign keys: %1 checked, %2 with rows that point at nothing or could not be checked.
</source>
        <translation>Clés étrangères : %1 vérifiées, %2 avec des lignes qui ne pointent vers rien ou qui n&apos;ont pas pu être vérifiées.
</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="393"/>
        <source>Verified: the destination holds what was migrated.</source>
        <translation>Vérifié : la destination contient ce qui a été migré.</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="394"/>
        <source>Verification %1: %2</source>
        <translation>Vérification %1 : %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="44"/>
        <source>y</source>
        <comment>the answer yes to a [y/N] question, one letter</comment>
        <translation>o</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="45"/>
        <source>yes</source>
        <comment>the answer yes to a [y/N] question, the word</comment>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="52"/>
        <source>[y/N]</source>
        <comment>the choices after a question: yes, No by default</comment>
        <translation>[o/N]</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="115"/>
        <source> %1/s</source>
        <translation> %1/s</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="117"/>
        <source> ETA %1</source>
        <translation> reste %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="141"/>
        <source>Log debug details to stderr.</source>
        <translation>Écrire les détails de débogage sur stderr.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="144"/>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>Lancez « %1 --help » pour voir les options.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="160"/>
        <source>--%1 takes a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre entier positif ou nul, pas « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="170"/>
        <source>Two URL rewrites with the same request path in one store view (Magento 2 allows one): &apos;rename&apos; gives the later ones a free suffix (path-1.html), &apos;keep-first&apos; keeps only the first. Every renamed or dropped path is listed in the report. Default: the project&apos;s rule, else rename. Without a project, give &apos;verify&apos; the rule &apos;migrate&apos; ran with.</source>
        <translation>Deux réécritures d&apos;URL avec le même chemin dans une vue de magasin (Magento 2 en permet une) : &apos;rename&apos; donne aux suivantes un suffixe libre (path-1.html), &apos;keep-first&apos; ne garde que la première. Chaque chemin renommé ou écarté figure dans le rapport. Par défaut : la règle du projet, sinon rename. Sans projet, donnez à &apos;verify&apos; la règle avec laquelle &apos;migrate&apos; a tourné.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="182"/>
        <source>Parts of the store to leave behind, comma separated: logs (Magento 1&apos;s visitor log), reports (reports and statistics; Magento 2 rebuilds its statistics from the orders), old-quotes (carts not updated within the store&apos;s quote lifetime, which Magento 2&apos;s cron would delete), or none. What is left behind is counted in the report; change capture, delta and the verification leave it out too. Default: the project&apos;s choice, else logs.</source>
        <translation>Parties de la boutique à laisser de côté, séparées par des virgules : logs (le journal des visiteurs de Magento 1), reports (rapports et statistiques ; Magento 2 reconstruit ses statistiques à partir des commandes), old-quotes (paniers non mis à jour pendant la durée de vie des paniers de la boutique, que le cron de Magento 2 supprimerait) ou none. Ce qui est laissé de côté est compté dans le rapport ; la capture des changements, le delta et la vérification l&apos;excluent aussi. Par défaut : le choix du projet, sinon logs.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="190"/>
        <source>With --leave-out old-quotes: quotes not updated since this date (ISO 8601, UTC; 2026-10-28 or 2026-10-28T12:00:00Z) are old. Default: the project&apos;s date, else today less the store&apos;s quote lifetime (checkout/cart/delete_quote_after, 30 days unless set). Without a project, give &apos;verify&apos; and &apos;delta&apos; the date &apos;migrate&apos; printed.</source>
        <translation>Avec --leave-out old-quotes : les paniers non mis à jour depuis cette date (ISO 8601, UTC ; 2026-10-28 ou 2026-10-28T12:00:00Z) sont anciens. Par défaut : la date du projet, sinon aujourd&apos;hui moins la durée de vie des paniers de la boutique (checkout/cart/delete_quote_after, 30 jours si non définie). Sans projet, donnez à &apos;verify&apos; et &apos;delta&apos; la date affichée par &apos;migrate&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="197"/>
        <source>Carry Magento 1&apos;s visitor logs (log_visitor to customer_visitor), the same as leaving logs out of --leave-out. They are often the largest tables and of little use in Magento 2, so by default they are left behind and their size is reported.</source>
        <translation>Transférer les journaux des visiteurs de Magento 1 (log_visitor vers customer_visitor), comme retirer logs de --leave-out. Ce sont souvent les plus grandes tables et elles servent peu dans Magento 2 : par défaut elles sont laissées de côté et leur taille est indiquée.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="207"/>
        <source>visitor logs</source>
        <translation>journaux des visiteurs</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="209"/>
        <source>reports and statistics</source>
        <translation>rapports et statistiques</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="211"/>
        <source>old quotes (not updated since %1)</source>
        <translation>anciens paniers (non mis à jour depuis %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="213"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="235"/>
        <source>--old-quotes-before takes an ISO 8601 date such as 2026-10-28 or 2026-10-28T12:00:00Z, not &quot;%1&quot;.</source>
        <translation>--old-quotes-before attend une date ISO 8601 comme 2026-10-28 ou 2026-10-28T12:00:00Z, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="262"/>
        <source>--old-quotes-before says which quotes are old, but old quotes are carried: add --leave-out with old-quotes in its list.</source>
        <translation>--old-quotes-before dit quels paniers sont anciens, mais les anciens paniers sont transférés : ajoutez --leave-out avec old-quotes dans sa liste.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="270"/>
        <source>--with-logs carries the visitor logs that --leave-out logs leaves behind; give one of them.</source>
        <translation>--with-logs transfère les journaux des visiteurs que --leave-out logs laisse de côté ; indiquez l&apos;un des deux.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="224"/>
        <source>--url-clash takes rename or keep-first, not &quot;%1&quot;.</source>
        <translation>--url-clash accepte rename ou keep-first, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="76"/>
        <source>Check both connections, what each database is, privileges and size.</source>
        <translation>Vérifier les deux connexions : nature de chaque base, privilèges et taille.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="79"/>
        <source>Capture changes on the Magento 1 database and apply them to Magento 2 until go-live.</source>
        <translation>Capture les modifications sur la base de données Magento 1 et les applique à Magento 2 jusqu&apos;à la mise en production.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="82"/>
        <source>Fill a Magento 1 database with a generated demo or test store.</source>
        <translation>Remplir une base Magento 1 avec une boutique de démo ou de test générée.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="85"/>
        <source>Export Cutover&apos;s built-in mapping (Data Migration Tool format) to edit it.</source>
        <translation>Exporter le mappage intégré de Cutover (format du Data Migration Tool) pour le modifier.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="88"/>
        <source>Check the mapping against both databases before data moves, and fix what it finds in the project&apos;s override map.</source>
        <translation>Vérifier le mappage par rapport aux deux bases avant le transfert des données, et corriger ce qui est trouvé dans le mappage de surcharge du projet.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="92"/>
        <source>Migrate settings or data from Magento 1 to Magento 2, resumably.</source>
        <translation>Migrer les paramètres ou les données de Magento 1 vers Magento 2, avec reprise possible.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="95"/>
        <source>Copy the Magento 1 media folder to Magento 2&apos;s pub/media, verified and incremental.</source>
        <translation>Copier le dossier media de Magento 1 vers le pub/media de Magento 2, avec vérification et de façon incrémentale.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="97"/>
        <source>Create a project file holding both connections, or show one.</source>
        <translation>Créer un fichier de projet contenant les deux connexions, ou en afficher un.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="99"/>
        <source>Export the migration report of a project as HTML or PDF, for a client who never saw Cutover.</source>
        <translation>Exporter le rapport de migration d&apos;un projet en HTML ou PDF, pour un client qui n&apos;a jamais vu Cutover.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="102"/>
        <source>Run Magento 2&apos;s indexer:reindex here or over SSH, indexer by indexer.</source>
        <translation>Exécuter indexer:reindex de Magento 2 ici ou via SSH, indexeur par indexeur.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="105"/>
        <source>Compare the Magento 2 database with what the migration carried, down to the keys.</source>
        <translation>Comparer la base Magento 2 avec ce que la migration a transféré, jusqu&apos;aux clés.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="107"/>
        <source>Warm the Magento 2 store&apos;s caches by fetching its pages in parallel.</source>
        <translation>Préchauffer les caches de la boutique Magento 2 en récupérant ses pages en parallèle.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="41"/>
        <source>Usage: cutover-cli COMMAND [OPTIONS]

Moves a live Magento 1 store to Magento 2. Commands:</source>
        <translation>Usage : cutover-cli COMMANDE [OPTIONS]

Déplace une boutique Magento 1 en production vers Magento 2. Commandes :</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="47"/>
        <source>
Run &apos;cutover-cli COMMAND --help&apos; for a command&apos;s options. Database passwords are read from CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD (CUTOVER_PASSWORD for generate), never from the command line.</source>
        <translation>
Exécutez &apos;cutover-cli COMMANDE --help&apos; pour les options d&apos;une commande. Les mots de passe des bases de données sont lus dans CUTOVER_SOURCE_PASSWORD et CUTOVER_DEST_PASSWORD (CUTOVER_PASSWORD pour generate), jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="60"/>
        <source>Unknown command &quot;%1&quot;. Run &apos;cutover-cli --help&apos; for the list.</source>
        <translation>Commande inconnue « %1 ». Exécutez &apos;cutover-cli --help&apos; pour en obtenir la liste.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="202"/>
        <source>Leaving old quotes behind needs the Magento 1 database (its quote lifetime), or a date given with --old-quotes-before.</source>
        <translation>Laisser de côté les anciens paniers demande la base Magento 1 (sa durée de vie des paniers), ou une date donnée avec --old-quotes-before.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="212"/>
        <source>Old quotes are those not updated since %1 (today less the store&apos;s quote lifetime). Give --old-quotes-before %1 to the commands that follow, so that they all leave out the same quotes.</source>
        <translation>Les anciens paniers sont ceux non mis à jour depuis %1 (aujourd&apos;hui moins la durée de vie des paniers de la boutique). Donnez --old-quotes-before %1 aux commandes suivantes, pour qu&apos;elles laissent toutes de côté les mêmes paniers.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="219"/>
        <source>Could not read Magento 1&apos;s quote lifetime to know which quotes are old: %1 Give the date with --old-quotes-before.</source>
        <translation>Impossible de lire la durée de vie des paniers de Magento 1 pour savoir lesquels sont anciens : %1 Donnez la date avec --old-quotes-before.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="254"/>
        <source>The Magento 1 root folder, where app/etc/local.xml holds the key that encrypted payment data and passwords in settings (or set CUTOVER_M1_CRYPT_KEY). Default: the project&apos;s.</source>
        <translation>Le dossier racine de Magento 1, dont le fichier app/etc/local.xml contient la clé qui a chiffré les données de paiement et les mots de passe des paramètres (ou définissez CUTOVER_M1_CRYPT_KEY). Par défaut : celui du projet.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="259"/>
        <source>The Magento 2 root folder, where app/etc/env.php holds the key to encrypt them with again (or set CUTOVER_M2_CRYPT_KEY). Default: the project&apos;s.</source>
        <translation>Le dossier racine de Magento 2, dont le fichier app/etc/env.php contient la clé avec laquelle les chiffrer à nouveau (ou définissez CUTOVER_M2_CRYPT_KEY). Par défaut : celui du projet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/deltacommand.cpp" line="394"/>
        <source>  %n batch(es) could not refresh what depends on their rows (see the errors).</source>
        <translation>
            <numerusform>  %n lot n&apos;a pas pu actualiser ce qui dépend de ses lignes (voir les erreurs).</numerusform>
            <numerusform>  %n lots n&apos;ont pas pu actualiser ce qui dépend de leurs lignes (voir les erreurs).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::MigrationRunner</name>
    <message>
        <location filename="../core/engine/migrationrunner.cpp" line="78"/>
        <source>Cancelled. Run again to resume where it stopped, or reset the destination.</source>
        <translation>Annulé. Relancez pour reprendre là où cela s&apos;est arrêté, ou réinitialisez la destination.</translation>
    </message>
    <message>
        <location filename="../core/engine/migrationrunner.cpp" line="95"/>
        <source>The destination %1 was a store in use (%2); you confirmed replacing it. Those rows are kept in Cutover&apos;s backup tables and come back with a reset.</source>
        <translation>La destination %1 était une boutique en service (%2) ; vous avez confirmé son remplacement. Ces lignes sont conservées dans les tables de sauvegarde de Cutover et sont restaurées par une réinitialisation.</translation>
    </message>
    <message>
        <location filename="../core/engine/migrationrunner.cpp" line="103"/>
        <source>The name given, %1, is not the destination database&apos;s name, %2.</source>
        <translation>Le nom indiqué, %1, n&apos;est pas le nom de la base de destination, %2.</translation>
    </message>
    <message>
        <location filename="../core/engine/migrationrunner.cpp" line="108"/>
        <source>Could not check what the destination %1 holds: %2</source>
        <translation>Impossible de vérifier ce que contient la destination %1 : %2</translation>
    </message>
</context>
<context>
    <name>cutover::ReindexRunner</name>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="185"/>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="248"/>
        <source>No Magento 2 folder given: name the folder that holds bin/magento (--m2-root DIR, or the project&apos;s Magento 2 folder).</source>
        <translation>Aucun dossier Magento 2 indiqué : indiquez le dossier qui contient bin/magento (--m2-root DOSSIER, ou le dossier Magento 2 du projet).</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="254"/>
        <source>The Magento 2 folder %1 does not exist on this computer. Give the folder that holds bin/magento, or run the reindex on the store&apos;s server with --ssh USER@HOST.</source>
        <translation>Le dossier Magento 2 %1 n&apos;existe pas sur cet ordinateur. Indiquez le dossier qui contient bin/magento, ou lancez la réindexation sur le serveur de la boutique avec --ssh USER@HOST.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="259"/>
        <source>There is no bin/magento in %1: this is not a Magento 2 installation folder. Give the folder that holds bin/magento (the one with app/, bin/ and pub/).</source>
        <translation>Il n&apos;y a pas de bin/magento dans %1 : ce n&apos;est pas un dossier d&apos;installation Magento 2. Indiquez le dossier qui contient bin/magento (celui avec app/, bin/ et pub/).</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="268"/>
        <source>%1 is not executable and no PHP command-line interpreter &quot;%2&quot; was found to run it. Make it executable (chmod u+x %1, as the file system owner of Magento) or install PHP&apos;s CLI (or name it with --php PATH).</source>
        <translation>%1 n&apos;est pas exécutable et aucun interpréteur PHP en ligne de commande « %2 » n&apos;a été trouvé pour l&apos;exécuter. Rendez-le exécutable (chmod u+x %1, en tant que propriétaire des fichiers de Magento) ou installez PHP CLI (ou indiquez-le avec --php CHEMIN).</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="321"/>
        <source>Could not start %1: install the OpenSSH client (Debian: apt install openssh-client) or run the reindex on the store&apos;s server yourself.</source>
        <translation>Impossible de démarrer %1 : installez le client OpenSSH (Debian : apt install openssh-client) ou lancez vous-même la réindexation sur le serveur de la boutique.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="325"/>
        <source>Could not start %1 in %2: %3. Check that the file is executable by you, or give the PHP command-line interpreter with --php PATH.</source>
        <translation>Impossible de démarrer %1 dans %2 : %3. Vérifiez que le fichier est exécutable par vous, ou indiquez l&apos;interpréteur PHP en ligne de commande avec --php CHEMIN.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="464"/>
        <location filename="../core/golive/reindexrunner.cpp" line="470"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="485"/>
        <source>The SSH host %1 is unknown (its name does not resolve). Check the name in --ssh USER@HOST, or use its IP address.</source>
        <translation>L&apos;hôte SSH %1 est inconnu (son nom ne se résout pas). Vérifiez le nom dans --ssh USER@HOST, ou utilisez son adresse IP.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="489"/>
        <source>%1 refused the SSH login of %2. Cutover uses your own ssh keys and never asks for a password: add your key to the server (ssh-copy-id %2) or load it in your agent (ssh-add), then check with: ssh %2 true</source>
        <translation>%1 a refusé la connexion SSH de %2. Cutover utilise vos propres clés ssh et ne demande jamais de mot de passe : ajoutez votre clé sur le serveur (ssh-copy-id %2) ou chargez-la dans votre agent (ssh-add), puis vérifiez avec : ssh %2 true</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="494"/>
        <source>The SSH host key of %1 is not known yet or has changed. Connect once yourself (ssh %2) to check and accept it, then run the reindex again.</source>
        <translation>La clé d&apos;hôte SSH de %1 n&apos;est pas encore connue ou a changé. Connectez-vous une fois vous-même (ssh %2) pour la vérifier et l&apos;accepter, puis relancez la réindexation.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="498"/>
        <source>Could not reach the SSH server on %1 (%2). Check the host name and port (USER@HOST:PORT), that sshd runs there and that a firewall lets you through.</source>
        <translation>Impossible de joindre le serveur SSH sur %1 (%2). Vérifiez le nom d&apos;hôte et le port (USER@HOST:PORT), que sshd y tourne et qu&apos;un pare-feu vous laisse passer.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="501"/>
        <source>ssh could not connect to %1: %2. Check that &apos;ssh %3 true&apos; works in a terminal.</source>
        <translation>ssh n&apos;a pas pu se connecter à %1 : %2. Vérifiez que &apos;ssh %3 true&apos; fonctionne dans un terminal.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="505"/>
        <source>There is no bin/magento in %1 on %2: give the Magento 2 installation folder (the one with app/, bin/ and pub/).</source>
        <translation>Il n&apos;y a pas de bin/magento dans %1 sur %2 : indiquez le dossier d&apos;installation Magento 2 (celui avec app/, bin/ et pub/).</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="509"/>
        <source>The folder %1 does not exist on %2: give the Magento 2 installation folder there.</source>
        <translation>Le dossier %1 n&apos;existe pas sur %2 : indiquez-y le dossier d&apos;installation Magento 2.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="512"/>
        <source>No PHP command-line interpreter &quot;%1&quot; on %2: install PHP&apos;s CLI there, or name it with --php PATH.</source>
        <translation>Aucun interpréteur PHP en ligne de commande « %1 » sur %2 : installez-y PHP CLI, ou indiquez-le avec --php CHEMIN.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="520"/>
        <source>Magento does not know an indexer that was asked for: %1 Name only the supported ones (bin/magento indexer:info lists them).</source>
        <translation>Magento ne connaît pas un indexeur demandé : %1 Ne nommez que ceux qui sont pris en charge (bin/magento indexer:info les liste).</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="525"/>
        <source>Magento 2 in %1 is not installed or not configured (bin/magento has no indexer commands): finish bin/magento setup:install first.</source>
        <translation>Magento 2 dans %1 n&apos;est pas installé ou pas configuré (bin/magento n&apos;a pas de commandes d&apos;indexation) : terminez d&apos;abord bin/magento setup:install.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="533"/>
        <source>These indexers failed: %1. Their output is shown with them; fix the cause and run the reindex again (only those with --indexer ID).</source>
        <translation>Ces indexeurs ont échoué : %1. Leur sortie est affichée avec eux ; corrigez la cause et relancez la réindexation (seulement ceux-là, avec --indexer ID).</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="538"/>
        <source>bin/magento %1 on %2 stopped on a PHP fatal error (exit code 255): %3 Fix the cause (PHP&apos;s memory_limit, a missing extension, the server&apos;s log) and run it again.</source>
        <translation>bin/magento %1 sur %2 s&apos;est arrêté sur une erreur fatale PHP (code de sortie 255) : %3 Corrigez la cause (memory_limit de PHP, une extension manquante, le journal du serveur) et relancez-le.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="541"/>
        <source>bin/magento %1 ended with exit code %2: %3</source>
        <translation>bin/magento %1 s&apos;est terminé avec le code de sortie %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="570"/>
        <source>bin/magento %1 on %2 crashed or was killed (%3). Run it again; if it keeps ending so, check PHP&apos;s memory_limit and the server&apos;s log.</source>
        <translation>bin/magento %1 sur %2 a planté ou a été tué (%3). Relancez-le ; s&apos;il continue de s&apos;arrêter ainsi, vérifiez memory_limit de PHP et le journal du serveur.</translation>
    </message>
</context>
<context>
    <name>cutover::cli</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="29"/>
        <source>OK  </source>
        <translation>OK  </translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="31"/>
        <source>WARN</source>
        <translation>AVERT</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="33"/>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="35"/>
        <source>SKIP</source>
        <translation>SAUT</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="44"/>
        <source>Fix:</source>
        <translation>Solution :</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="46"/>
        <source>Details:</source>
        <translation>Détails :</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="61"/>
        <source>Checks the source and destination databases step by step: name resolution, network connection, the server&apos;s greeting and TLS, login, the database, which Magento it holds and its table prefix, privileges (read, delta triggers, write), whether the destination is fresh, and the size of the store with an estimate of the migration time. Stops at the first failure of each and suggests a fix. With --project, checks the project&apos;s databases (passwords from the environment or the keychain) and records the run in the project. Exit code 0 when both pass (warnings allowed), 1 when a check failed, 2 for usage errors.</source>
        <translation>Vérifie les bases source et destination étape par étape : résolution de nom, connexion réseau, accueil et TLS du serveur, connexion, la base, quel Magento elle contient et son préfixe de table, privilèges (lecture, déclencheurs delta, écriture), si la destination est vierge, et la taille de la boutique avec une estimation de la durée de migration. S&apos;arrête au premier échec de chacune et propose une solution. Avec --project, vérifie les bases du projet (mots de passe depuis l&apos;environnement ou le trousseau) et enregistre l&apos;exécution dans le projet. Code de sortie 0 si les deux réussissent (avertissements permis), 1 si une vérification a échoué, 2 pour les erreurs d&apos;utilisation.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="61"/>
        <source>source (Magento 1)</source>
        <translation>source (Magento 1)</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="61"/>
        <source>destination (Magento 2)</source>
        <translation>destination (Magento 2)</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="74"/>
        <source>Use the databases of this project file (made with &apos;cutover-cli project create&apos; or the wizard) instead of --source and --dest, and record the run in it.</source>
        <translation>Utiliser les bases de ce fichier de projet (créé avec &apos;cutover-cli project create&apos; ou l&apos;assistant) au lieu de --source et --dest, et y enregistrer l&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="84"/>
        <source>The Magento 1 database, as mysql://USER@HOST:PORT/DB?prefix=P. Its password is read from CUTOVER_SOURCE_PASSWORD.</source>
        <translation>La base Magento 1, sous la forme mysql://UTILISATEUR@HÔTE:PORT/BASE?prefix=P. Son mot de passe est lu dans CUTOVER_SOURCE_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="89"/>
        <source>The Magento 2 database, as mysql://USER@HOST:PORT/DB. Its password is read from CUTOVER_DEST_PASSWORD.</source>
        <translation>La base Magento 2, sous la forme mysql://UTILISATEUR@HÔTE:PORT/BASE. Son mot de passe est lu dans CUTOVER_DEST_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="101"/>
        <source>Give either --project FILE or --source/--dest URLs, not both: the project already holds its databases.</source>
        <translation>Indiquez soit --project FICHIER, soit des URL --source/--dest, pas les deux : le projet contient déjà ses bases.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="122"/>
        <source>The project %1 has no %2 database yet; set it in the wizard.</source>
        <translation>Le projet %1 n&apos;a pas encore de base %2 ; renseignez-la dans l&apos;assistant.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="123"/>
        <source>Give the %1 database with %2 URL, or a project with --project FILE.</source>
        <translation>Indiquez la base (%1) avec %2 URL, ou un projet avec --project FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="131"/>
        <source>The project %1 has no databases yet; set them in the wizard.</source>
        <translation>Le projet %1 n&apos;a pas encore de bases ; renseignez-les dans l&apos;assistant.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="132"/>
        <source>Give the database(s) with --source URL and/or --dest URL, or a project with --project FILE.</source>
        <translation>Indiquez la ou les bases avec --source URL et/ou --dest URL, ou un projet avec --project FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="149"/>
        <source>Warning: the %1 password could not be read from the keychain: %2</source>
        <translation>Avertissement : le mot de passe %1 n&apos;a pas pu être lu dans le trousseau : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="160"/>
        <source>The password for %1 is needed and standard input is not a terminal, so it cannot be asked. Set %2 (to an empty value if the account has none).</source>
        <translation>Le mot de passe de %1 est nécessaire et l&apos;entrée standard n&apos;est pas un terminal : il ne peut donc pas être demandé. Définissez %2 (à une valeur vide si le compte n&apos;en a pas).</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="164"/>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="235"/>
        <source>Warning: the choices of the run were not kept in the project: %1</source>
        <translation>Attention : les choix de l&apos;exécution n&apos;ont pas été enregistrés dans le projet : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="247"/>
        <source>Warning: the run was not recorded in the project: %1</source>
        <translation>Avertissement : l&apos;exécution n&apos;a pas été enregistrée dans le projet : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="56"/>
        <location filename="../app/cli/deltacommand.cpp" line="419"/>
        <location filename="../app/cli/projectcommand.cpp" line="161"/>
        <source>Print one JSON document instead of text.</source>
        <translation>Afficher un document JSON au lieu de texte.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="58"/>
        <source>Seconds to wait for the TCP connection and for the server&apos;s first answer (default 5).</source>
        <translation>Secondes d&apos;attente de la connexion TCP et de la première réponse du serveur (5 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="73"/>
        <source>--timeout must be between 1 and 600 seconds.</source>
        <translation>--timeout doit être compris entre 1 et 600 secondes.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="103"/>
        <source>Source %1</source>
        <translation>Source %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="104"/>
        <source>Destination %1</source>
        <translation>Destination %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="118"/>
        <source>%1 failed at %2</source>
        <translation>%1 : échec à l&apos;étape %2</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="119"/>
        <source>%1 passed</source>
        <translation>%1 : réussi</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="122"/>
        <source>  The %1 passed.</source>
        <translation>  La %1 a réussi.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="123"/>
        <source>  The %1 did not pass.</source>
        <translation>  La %1 n&apos;a pas réussi.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="18"/>
        <source>The Magento 1 database to fill, as mysql://USER@HOST:PORT/DB?prefix=P. Its password is read from CUTOVER_PASSWORD.</source>
        <translation>La base Magento 1 à remplir, sous la forme mysql://UTILISATEUR@HÔTE:PORT/BASE?prefix=P. Son mot de passe est lu dans CUTOVER_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="21"/>
        <source>Number of products (default 200).</source>
        <translation>Nombre de produits (200 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="22"/>
        <source>Number of customers (default 100).</source>
        <translation>Nombre de clients (100 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="23"/>
        <source>Number of orders (default 300).</source>
        <translation>Nombre de commandes (300 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="24"/>
        <source>Random seed; the same seed gives the same store (default 1).</source>
        <translation>Graine aléatoire ; la même graine donne la même boutique (1 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="27"/>
        <source>Also write the product images and downloadable files into this Magento 1 media folder.</source>
        <translation>Écrire aussi les images des produits et les fichiers téléchargeables dans ce dossier média Magento 1.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="35"/>
        <source>Fills a database that holds a real Magento 1 schema with a realistic, deterministic store: websites, catalog of every product type, customers, orders with invoices, shipments and credit memos, reviews, CMS, and the mess real stores carry.</source>
        <translation>Remplit une base au vrai schéma Magento 1 avec une boutique réaliste et déterministe : sites, catalogue de tous les types de produits, clients, commandes avec factures, expéditions et avoirs, avis, CMS, et le désordre des vraies boutiques.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="40"/>
        <source>generate does not take --project: a project&apos;s Magento 1 database is the live store, and Cutover never writes a generated store into it. Give a scratch database with --target mysql://USER@HOST:PORT/DB.</source>
        <translation>generate n&apos;accepte pas --project : la base de données Magento 1 d&apos;un projet est la boutique en production, et Cutover n&apos;y écrit jamais une boutique générée. Indiquez une base de données jetable avec --target mysql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="45"/>
        <source>Give the database to fill with --target mysql://USER@HOST:PORT/DB (load a Magento 1 dump into it first).</source>
        <translation>Indiquez la base à remplir avec --target mysql://UTILISATEUR@HÔTE:PORT/BASE (chargez-y d&apos;abord un dump Magento 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="71"/>
        <source>Generated %1 rows in %2 s (%3 rows/s) into %4.</source>
        <translation>%1 lignes générées en %2 s (%3 lignes/s) dans %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="79"/>
        <source>Real-store mess made on purpose:</source>
        <translation>Désordre de vraie boutique créé exprès :</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="84"/>
        <source>Wrote %1 media files under %2.</source>
        <translation>%1 fichiers médias écrits sous %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="86"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="62"/>
        <source>Change capture for %1 (table prefix &quot;%2&quot;, server %3):</source>
        <translation>Capture des modifications pour %1 (préfixe de table « %2 », serveur %3) :</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="64"/>
        <source>  Tables to create: %1 (the change log), %2 (what Cutover installed).</source>
        <translation>  Tables à créer : %1 (le journal des modifications), %2 (ce que Cutover a installé).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="65"/>
        <source>  Triggers to create: %1 on %2 table(s):</source>
        <translation>  Déclencheurs à créer : %1 sur %2 table(s) :</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="74"/>
        <source>(keeps %1)</source>
        <translation>(conserve %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="78"/>
        <source>  Not captured: %1: %2</source>
        <translation>  Non capturées : %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="80"/>
        <source>  Statements:</source>
        <translation>  Instructions :</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="88"/>
        <source>Cutover&apos;s change capture in %1: %2 object(s) to drop:</source>
        <translation>Capture des modifications de Cutover dans %1 : %2 objet(s) à supprimer :</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="91"/>
        <source>  trigger %1 on %2</source>
        <translation>  déclencheur %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="93"/>
        <source>  table %1</source>
        <translation>  table %1</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="125"/>
        <source>Could not load the Data Migration Tool configuration %1: %2 Give another with --dmt-config FILE.</source>
        <translation>Impossible de charger la configuration %1 du Data Migration Tool : %2 Indiquez-en une autre avec --dmt-config FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="139"/>
        <source>Cannot install: %1
  Fix: %2</source>
        <translation>Installation impossible : %1
  Solution : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="140"/>
        <location filename="../app/cli/deltacommand.cpp" line="151"/>
        <location filename="../app/cli/deltacommand.cpp" line="234"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="144"/>
        <source>Create these %1 triggers and 2 tables in %2?</source>
        <translation>Créer ces %1 déclencheurs et 2 tables dans %2 ?</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="146"/>
        <source>Standard input is not a terminal, so Cutover cannot ask before it creates triggers on %1. Check the list above and run again with --yes.</source>
        <translation>L&apos;entrée standard n&apos;est pas un terminal : Cutover ne peut donc pas demander avant de créer des déclencheurs sur %1. Vérifiez la liste ci-dessus et relancez avec --yes.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="162"/>
        <source>Change capture installed on %1: %2 object(s) created, %3 already in place, %4 old trigger(s) dropped.</source>
        <translation>Capture des modifications installée sur %1 : %2 objet(s) créé(s), %3 déjà en place, %4 ancien(s) déclencheur(s) supprimé(s).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="167"/>
        <source>Migrate the data now: changes from here on are recorded in %1.</source>
        <translation>Migrez maintenant les données : les modifications à partir d&apos;ici sont enregistrées dans %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="181"/>
        <source>Change capture is not installed on %1. Run cutover-cli delta install before migrating the data.</source>
        <translation>La capture des modifications n&apos;est pas installée sur %1. Exécutez cutover-cli delta install avant de migrer les données.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="185"/>
        <source>Change capture on %1: %2 table(s), %3 of %4 trigger(s) in place, installed %5 by Cutover %6.</source>
        <translation>Capture des modifications sur %1 : %2 table(s), %3 sur %4 déclencheur(s) en place, installée %5 par Cutover %6.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="192"/>
        <source>  Backlog: %1 change(s) not applied (applied up to #%2 of #%3), lag %4.</source>
        <translation>  Arriéré : %1 modification(s) non appliquée(s) (appliqué jusqu&apos;à #%2 sur #%3), retard %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="201"/>
        <source>oldest %1</source>
        <translation>la plus ancienne %1</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="203"/>
        <source>  PROBLEM %1</source>
        <translation>  PROBLÈME %1</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="204"/>
        <source>       Fix: %1</source>
        <translation>       Solution : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="207"/>
        <source>  Every piece is in place.</source>
        <translation>  Tous les éléments sont en place.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="219"/>
        <source>There is no Cutover change capture in %1; nothing to remove.</source>
        <translation>Il n&apos;y a pas de capture des modifications Cutover dans %1 ; rien à retirer.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="224"/>
        <source>Drop these %1 object(s) from %2? Unapplied changes in the change log are lost.</source>
        <translation>Supprimer ces %1 objet(s) de %2 ? Les modifications non appliquées du journal des modifications seront perdues.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="229"/>
        <source>Standard input is not a terminal, so Cutover cannot ask before it drops triggers and tables in %1. Check the list above and run again with --yes.</source>
        <translation>L&apos;entrée standard n&apos;est pas un terminal : Cutover ne peut donc pas demander avant de supprimer des déclencheurs et des tables dans %1. Vérifiez la liste ci-dessus et relancez avec --yes.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="244"/>
        <source>Change capture removed from %1: %2 object(s) dropped, none left.</source>
        <translation>Capture des modifications retirée de %1 : %2 objet(s) supprimé(s), aucun restant.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="254"/>
        <source>%1 | applied %2 (%3/s) | backlog %4%5 | lag %6</source>
        <translation>%1 | appliqué %2 (%3/s) | arriéré %4%5 | retard %6</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="263"/>
        <source> | refreshed %1</source>
        <translation> | actualisé %1</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="265"/>
        <source> | failed %1, waiting for retry %2</source>
        <translation> | échecs %1, en attente de nouvel essai %2</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="267"/>
        <source> | %1 threads running &gt; %2</source>
        <translation> | %1 threads actifs &gt; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="276"/>
        <source>The Data Migration Tool configuration %1 does not exist; give one with --config FILE.</source>
        <translation>La configuration %1 du Data Migration Tool n&apos;existe pas ; indiquez-en une avec --config FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="284"/>
        <source>Could not load the Data Migration Tool configuration %1: %2 Give another with --config FILE.</source>
        <translation>Impossible de charger la configuration %1 du Data Migration Tool : %2 Indiquez-en une autre avec --config FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="298"/>
        <source>--batch-size must be between 1 and 100000.</source>
        <translation>--batch-size doit être compris entre 1 et 100000.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="357"/>
        <source>Applying the changes recorded on %1 to %2 until the backlog is empty (Ctrl+C stops after the current batch).</source>
        <translation>Application des modifications enregistrées sur %1 à %2 jusqu&apos;à ce que l&apos;arriéré soit vide (Ctrl+C arrête après le lot en cours).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="360"/>
        <source>Applying the changes recorded on %1 to %2 as they come; Ctrl+C stops after the current batch.</source>
        <translation>Application des modifications enregistrées sur %1 à %2 au fil de l&apos;eau ; Ctrl+C arrête après le lot en cours.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="372"/>
        <source>Delta %1: %2 change(s) applied (%3 change-log rows), %4 failed attempt(s), %5 waiting for a retry, %6 not carried yet; applied up to #%7, backlog %8, lag %9.</source>
        <translation>Delta %1 : %2 modification(s) appliquée(s) (%3 lignes du journal des modifications), %4 tentative(s) échouée(s), %5 en attente de nouvel essai, %6 pas encore transférée(s) ; appliqué jusqu&apos;à #%7, arriéré %8, retard %9.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="374"/>
        <source>caught up</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="375"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="376"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="387"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="388"/>
        <source>  Refreshed with them: %1.</source>
        <translation>  Actualisés avec elles : %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="391"/>
        <source>  Written cut or clamped to fit: %1 value(s), %2</source>
        <translation>  Écrites tronquées ou bornées : %1 valeur(s), %2</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="398"/>
        <source>  Not carried: %1 change(s) of %2: %3</source>
        <translation>  Non transféré : %1 modification(s) de %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="401"/>
        <source>  Not carried: %1: %2</source>
        <translation>  Non transférées : %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="408"/>
        <source>%1 change(s) applied, %2 waiting for a retry</source>
        <translation>%1 modification(s) appliquée(s), %2 en attente de nouvel essai</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="417"/>
        <source>install, run, status or remove</source>
        <translation>install, run, status ou remove</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="420"/>
        <source>Install or remove without asking (for scripts).</source>
        <translation>Installer ou retirer sans demander (pour les scripts).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="422"/>
        <source>run: stop when the backlog is empty instead of waiting for more.</source>
        <translation>run : s&apos;arrêter quand l&apos;arriéré est vide au lieu d&apos;attendre la suite.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="425"/>
        <source>run: wait while the Magento 1 server has more than N threads running (default 40; 0 = never wait).</source>
        <translation>run : attendre tant que le serveur Magento 1 a plus de N threads actifs (40 par défaut ; 0 = ne jamais attendre).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="428"/>
        <source>run: change-log rows per batch (default 1000).</source>
        <translation>run : lignes du journal des modifications par lot (1000 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="430"/>
        <source>The Data Migration Tool&apos;s config.xml whose map and groups files say which tables the migration carries (default: as for migrate, $CUTOVER_DMT_CONFIG when set, else Cutover&apos;s own built-in mapping).</source>
        <translation>Le config.xml du Data Migration Tool dont les fichiers de mappage et de groupes indiquent quelles tables la migration transfère (par défaut : comme pour migrate, $CUTOVER_DMT_CONFIG s&apos;il est défini, sinon le mappage intégré de Cutover).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="437"/>
        <source>Change capture on the Magento 1 database for incremental (delta) migration. &apos;install&apos; lists the change-log tables and triggers it will create on every table the migration carries and asks before creating them; &apos;status&apos; shows the backlog, the lag and any missing or altered piece; &apos;remove&apos; lists and drops everything Cutover created, leaving the tables and triggers as they were before install. &apos;run&apos; applies the recorded changes to the Magento 2 database (--dest) with the migration&apos;s mapping, until Ctrl+C (a clean stop after the current batch) or, with --once, until the backlog is empty; it resumes where it stopped. The passwords are read from CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD. Exit code 0 on success (status: installed and healthy; run --once: caught up), 1 on failure or problems, 2 for usage errors, 130 when declined or stopped.</source>
        <translation>Capture des modifications sur la base Magento 1 pour la migration incrémentale (delta). &apos;install&apos; liste les tables de journal des modifications et les déclencheurs qu&apos;il créera sur chaque table transférée par la migration et demande confirmation avant de les créer ; &apos;status&apos; affiche l&apos;arriéré, le retard et tout élément manquant ou modifié ; &apos;remove&apos; liste et supprime tout ce que Cutover a créé, laissant les tables et déclencheurs tels qu&apos;avant install. &apos;run&apos; applique les modifications enregistrées à la base Magento 2 (--dest) avec le mappage de la migration, jusqu&apos;à Ctrl+C (arrêt propre après le lot en cours) ou, avec --once, jusqu&apos;à ce que l&apos;arriéré soit vide ; il reprend là où il s&apos;est arrêté. Les mots de passe sont lus dans CUTOVER_SOURCE_PASSWORD et CUTOVER_DEST_PASSWORD. Code de sortie 0 en cas de succès (status : installé et sain ; run --once : à jour), 1 en cas d&apos;échec ou de problème, 2 pour les erreurs d&apos;utilisation, 130 en cas de refus ou d&apos;arrêt.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="453"/>
        <source>Give one action: cutover-cli delta install|run|status|remove --source mysql://USER@HOST/DB.</source>
        <translation>Indiquez une action : cutover-cli delta install|run|status|remove --source mysql://UTILISATEUR@HÔTE/BASE.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="458"/>
        <source>delta %1 works on the Magento 1 database: give it with --source mysql://USER@HOST/DB (or a project with a source).</source>
        <translation>delta %1 travaille sur la base Magento 1 : indiquez-la avec --source mysql://UTILISATEUR@HÔTE/BASE (ou un projet avec une source).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="467"/>
        <source>delta run writes to the Magento 2 database: give it with --dest mysql://USER@HOST/DB (or a project with a destination).</source>
        <translation>delta run écrit dans la base Magento 2 : indiquez-la avec --dest mysql://UTILISATEUR@HÔTE/BASE (ou un projet avec une destination).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="485"/>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="96"/>
        <source>The project %1 has no %2 installation folder: give --%3 DIR, or set the folder in the project (cutover-cli project create --%4 DIR, or the wizard).</source>
        <translation>Le projet %1 n&apos;a pas de dossier d&apos;installation %2 : indiquez --%3 DOSSIER, ou renseignez le dossier dans le projet (cutover-cli project create --%4 DOSSIER, ou l&apos;assistant).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="101"/>
        <source>Give both folders: --from &lt;magento1-root&gt;/media --to &lt;magento2-root&gt;/pub/media (or a project with --project FILE).</source>
        <translation>Indiquez les deux dossiers : --from &lt;magento1-root&gt;/media --to &lt;magento2-root&gt;/pub/media (ou un projet avec --project FICHIER).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="113"/>
        <source>The Magento 1 media folder (&lt;magento1-root&gt;/media; default with --project: the project&apos;s Magento 1 folder&apos;s media/).</source>
        <translation>Le dossier media de Magento 1 (&lt;magento1-root&gt;/media ; par défaut avec --project : media/ du dossier Magento 1 du projet).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="117"/>
        <source>The Magento 2 media folder (&lt;magento2-root&gt;/pub/media; default with --project: the project&apos;s Magento 2 folder&apos;s pub/media/); created when missing.</source>
        <translation>Le dossier media de Magento 2 (&lt;magento2-root&gt;/pub/media ; par défaut avec --project : pub/media/ du dossier Magento 2 du projet) ; créé s&apos;il manque.</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="121"/>
        <source>The Magento 1 database, as mysql://USER@HOST:PORT/DB?prefix=P, to cross-check the files with what it references. Its password is read from CUTOVER_SOURCE_PASSWORD (asked on a terminal when unset).</source>
        <translation>La base Magento 1, sous la forme mysql://UTILISATEUR@HÔTE:PORT/BASE?prefix=P, pour comparer les fichiers à ce qu&apos;elle référence. Son mot de passe est lu dans CUTOVER_SOURCE_PASSWORD (demandé dans le terminal s&apos;il n&apos;est pas défini).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="126"/>
        <source>Do not cross-check the files with the Magento 1 database of the project (no password needed).</source>
        <translation>Ne pas comparer les fichiers à la base Magento 1 du projet (aucun mot de passe nécessaire).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="127"/>
        <source>Show what would be copied; write nothing.</source>
        <translation>Afficher ce qui serait copié ; ne rien écrire.</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="129"/>
        <source>Replace files at the destination that differ and that no earlier copy wrote (they are listed either way).</source>
        <translation>Remplacer les fichiers de la destination qui diffèrent et qu&apos;aucune copie précédente n&apos;a écrits (ils sont listés dans tous les cas).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="132"/>
        <source>Where to keep the record of copied files for reruns (default: in the user&apos;s data folder, never in pub/media, which is public).</source>
        <translation>Où garder le registre des fichiers copiés pour les exécutions suivantes (par défaut : dans le dossier de données de l&apos;utilisateur, jamais dans pub/media, qui est public).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="136"/>
        <source>Copying threads (default: 2 to 4, from the machine).</source>
        <translation>Threads de copie (par défaut : 2 à 4, selon la machine).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="137"/>
        <source>Start even when the free space looks too small.</source>
        <translation>Démarrer même si l&apos;espace libre semble insuffisant.</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="138"/>
        <location filename="../app/cli/migratecommand.cpp" line="186"/>
        <location filename="../app/cli/reindexcommand.cpp" line="67"/>
        <location filename="../app/cli/warmcommand.cpp" line="92"/>
        <source>Print the report as one JSON document.</source>
        <translation>Afficher le rapport sous forme d&apos;un document JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="140"/>
        <source>How many entries of each list to print (default 20).</source>
        <translation>Nombre d&apos;entrées de chaque liste à afficher (20 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="142"/>
        <source>Copies the Magento 1 media folder to the Magento 2 pub/media folder: in parallel, only what is new or changed on a rerun, each copy verified by its hash. Leaves behind what Magento 2 regenerates (the image cache, merged CSS/JS, tmp/) and Magento 1&apos;s .htaccess files, never replaces a different file at the destination without --overwrite, and with --source (or a project&apos;s Magento 1 database) lists the files the database references that are missing and the files nothing references. With --project FILE the folders default to the project&apos;s installation folders and the run is recorded in the project. A rerun after an interrupted copy removes the partial files it left. Exit code 0 when everything copied, 1 when something failed, 2 for usage errors, 130 when cancelled.</source>
        <translation>Copie le dossier media de Magento 1 vers le dossier pub/media de Magento 2 : en parallèle, seulement ce qui est nouveau ou modifié lors d&apos;une nouvelle exécution, chaque copie vérifiée par son hachage. Laisse de côté ce que Magento 2 régénère (le cache d&apos;images, les CSS/JS fusionnés, tmp/) et les fichiers .htaccess de Magento 1, ne remplace jamais un fichier différent dans la destination sans --overwrite, et avec --source (ou la base Magento 1 d&apos;un projet) liste les fichiers référencés par la base mais absents et les fichiers que rien ne référence. Avec --project FICHIER, les dossiers sont par défaut ceux de l&apos;installation du projet et l&apos;exécution est enregistrée dans le projet. Une nouvelle exécution après une copie interrompue supprime les fichiers partiels qu&apos;elle a laissés. Code de sortie 0 quand tout est copié, 1 en cas d&apos;échec, 2 pour les erreurs d&apos;utilisation, 130 en cas d&apos;annulation.</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="176"/>
        <location filename="../app/cli/projectcommand.cpp" line="82"/>
        <source>Magento 1</source>
        <translation>Magento 1</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="178"/>
        <location filename="../app/cli/projectcommand.cpp" line="82"/>
        <source>Magento 2</source>
        <translation>Magento 2</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="185"/>
        <source>--threads must be between 1 and 64.</source>
        <translation>--threads doit être compris entre 1 et 64.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="41"/>
        <source>--reset removes what Cutover wrote to %1; without a terminal to ask, add --yes to confirm.</source>
        <translation>--reset retire ce que Cutover a écrit dans %1 ; sans terminal pour demander, ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="46"/>
        <source>Remove everything Cutover wrote to %1 and put back the rows it replaced?</source>
        <translation>Retirer tout ce que Cutover a écrit dans %1 et remettre les lignes qu&apos;il a remplacées ?</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="64"/>
        <source>Without a terminal to ask, add --replace-store %1 (the destination database&apos;s name) to confirm, or migrate into a freshly installed Magento 2.</source>
        <translation>Sans terminal pour poser la question, ajoutez --replace-store %1 (le nom de la base de destination) pour confirmer, ou migrez vers un Magento 2 fraîchement installé.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="69"/>
        <source>Type the destination database&apos;s name, %1, to replace its store, or press Enter to stop: </source>
        <translation>Saisissez le nom de la base de destination, %1, pour remplacer sa boutique, ou appuyez sur Entrée pour arrêter : </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="74"/>
        <source>Not confirmed; nothing was written.</source>
        <translation>Non confirmé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="88"/>
        <source>Warning: could not check change capture on %1 (%2); changes made to the store during the copy may not be carried over.</source>
        <translation>Avertissement : impossible de vérifier la capture des modifications sur %1 (%2) ; les modifications faites sur la boutique pendant la copie risquent de ne pas être transférées.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="92"/>
        <source>Warning: change capture is not installed on %1, so changes made to the Magento 1 store during the copy will not be carried over to Magento 2. To carry them, stop here and run &apos;cutover-cli delta install&apos; first; the copy goes on now.</source>
        <translation>Avertissement : la capture des modifications n&apos;est pas installée sur %1 ; les modifications faites sur la boutique Magento 1 pendant la copie ne seront donc pas transférées vers Magento 2. Pour les transférer, arrêtez ici et exécutez d&apos;abord &apos;cutover-cli delta install&apos; ; la copie continue maintenant.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="107"/>
        <source>The Data Migration Tool&apos;s config.xml, read unchanged with the map.xml family it names (or Cutover&apos;s own, written out by &apos;cutover-cli mapping export DIR&apos;). Default: $CUTOVER_DMT_CONFIG when set, else Cutover&apos;s own mapping for CE 1.9.x to 2.4.x, built into the program.</source>
        <translation>Le config.xml du Data Migration Tool, lu tel quel avec la famille map.xml qu&apos;il nomme (ou celui de Cutover, écrit par &apos;cutover-cli mapping export DOSSIER&apos;). Par défaut : $CUTOVER_DMT_CONFIG s&apos;il est défini, sinon le mappage de Cutover pour CE 1.9.x vers 2.4.x, intégré au programme.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="115"/>
        <source>The override map (the Data Migration Tool&apos;s map.xml format, as &apos;cutover-cli integrity --fix&apos; writes it) layered on the configuration&apos;s map.xml. Default with --project: the project&apos;s own.</source>
        <translation>Le mappage de surcharge (au format map.xml du Data Migration Tool, tel que &apos;cutover-cli integrity --fix&apos; l&apos;écrit) appliqué par-dessus le map.xml de la configuration. Par défaut avec --project : celui du projet.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="134"/>
        <source>The Data Migration Tool configuration %1 does not exist; check the path given with --config.</source>
        <translation>La configuration %1 du Data Migration Tool n&apos;existe pas ; vérifiez le chemin indiqué avec --config.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="136"/>
        <source>The default Data Migration Tool configuration %1 does not exist; give one with --config FILE or set CUTOVER_DMT_CONFIG.</source>
        <translation>La configuration par défaut %1 du Data Migration Tool n&apos;existe pas ; indiquez-en une avec --config FICHIER ou définissez CUTOVER_DMT_CONFIG.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="144"/>
        <source>Could not load the Data Migration Tool configuration %1: %2</source>
        <translation>Impossible de charger la configuration %1 du Data Migration Tool : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="169"/>
        <source>settings or data</source>
        <translation>settings ou data</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="175"/>
        <source>Tables copied at once (default: the number of cores, 2 to 8).</source>
        <translation>Tables copiées simultanément (par défaut : le nombre de cœurs, 2 à 8).</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="178"/>
        <source>Remove exactly what Cutover wrote to the destination (and put back the rows it replaced) before running, so the run starts clean.</source>
        <translation>Retirer exactement ce que Cutover a écrit dans la destination (et remettre les lignes remplacées) avant l&apos;exécution, pour repartir de zéro.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="180"/>
        <source>Confirm --reset without asking.</source>
        <translation>Confirmer --reset sans demander.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="182"/>
        <source>Confirm replacing a destination that is a store in use (it has customers or orders Cutover did not write) by giving its database name. The replaced rows are kept in backup tables; --reset puts them back.</source>
        <translation>Confirmer le remplacement d&apos;une destination qui est une boutique en service (elle a des clients ou des commandes que Cutover n&apos;a pas écrits) en donnant le nom de sa base. Les lignes remplacées sont conservées dans des tables de sauvegarde ; --reset les remet en place.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="188"/>
        <source>Start the data migration even when the integrity check finds errors (see &apos;cutover-cli integrity&apos;).</source>
        <translation>Démarrer la migration des données même si le contrôle d&apos;intégrité trouve des erreurs (voir &apos;cutover-cli integrity&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="190"/>
        <source>After a successful run, compare what it carried as &apos;cutover-cli verify&apos; does; a mismatch fails the run.</source>
        <translation>Après une exécution réussie, comparer ce qu&apos;elle a transféré comme le fait &apos;cutover-cli verify&apos; ; une différence fait échouer l&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="193"/>
        <source>Migrates settings (core_config_data, websites, store groups, stores) or data (EAV attributes, catalog, customers, every table map.xml carries, URL rewrites, ratings, order grids and sales sequences) from Magento 1 to Magento 2. An interrupted run resumes where it stopped when run again. Exit code 0 when it succeeded, 1 when it failed, 2 for usage errors, 130 when cancelled.</source>
        <translation>Migre les paramètres (core_config_data, sites, groupes de magasins, magasins) ou les données (attributs EAV, catalogue, clients, chaque table transférée par map.xml, réécritures d&apos;URL, évaluations, grilles des commandes et séquences de vente) de Magento 1 vers Magento 2. Une exécution interrompue reprend là où elle s&apos;est arrêtée quand on la relance. Code de sortie 0 en cas de succès, 1 en cas d&apos;échec, 2 pour les erreurs d&apos;utilisation, 130 en cas d&apos;annulation.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="201"/>
        <source>Say what to migrate: cutover-cli migrate settings|data --source URL --dest URL</source>
        <translation>Indiquez quoi migrer : cutover-cli migrate settings|data --source URL --dest URL</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="206"/>
        <location filename="../app/cli/verifycommand.cpp" line="58"/>
        <source>--jobs must be between 1 and 64.</source>
        <translation>--jobs doit être compris entre 1 et 64.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="234"/>
        <source>The integrity check could not run: %1</source>
        <translation>Le contrôle d&apos;intégrité n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="235"/>
        <source>Started without the integrity check (--skip-integrity): %1</source>
        <translation>Démarré sans le contrôle d&apos;intégrité (--skip-integrity) : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="238"/>
        <source>The integrity check found %n error(s) that would leave data behind:</source>
        <translation>
            <numerusform>Le contrôle d&apos;intégrité a trouvé %n erreur qui laisserait des données de côté :</numerusform>
            <numerusform>Le contrôle d&apos;intégrité a trouvé %n erreurs qui laisseraient des données de côté :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="244"/>
        <source>Nothing was written. Fix them with &apos;cutover-cli integrity&apos; (--fix ID writes the project&apos;s override map), or start anyway with --skip-integrity.</source>
        <translation>Rien n&apos;a été écrit. Corrigez-les avec &apos;cutover-cli integrity&apos; (--fix ID écrit le mappage de surcharge du projet), ou démarrez quand même avec --skip-integrity.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="247"/>
        <source>Not started: the integrity check found %n error(s).</source>
        <translation>
            <numerusform>Non démarrée : le contrôle d&apos;intégrité a trouvé %n erreur.</numerusform>
            <numerusform>Non démarrée : le contrôle d&apos;intégrité a trouvé %n erreurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="250"/>
        <source>Started despite %n integrity error(s) (--skip-integrity).</source>
        <translation>
            <numerusform>Démarrée malgré %n erreur d&apos;intégrité (--skip-integrity).</numerusform>
            <numerusform>Démarrée malgré %n erreurs d&apos;intégrité (--skip-integrity).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="252"/>
        <source>The integrity check found no error and %n warning(s); &apos;cutover-cli integrity&apos; lists them.</source>
        <translation>
            <numerusform>Le contrôle d&apos;intégrité n&apos;a trouvé aucune erreur et %n avertissement ; &apos;cutover-cli integrity&apos; le liste.</numerusform>
            <numerusform>Le contrôle d&apos;intégrité n&apos;a trouvé aucune erreur et %n avertissements ; &apos;cutover-cli integrity&apos; les liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="262"/>
        <source>Reset %1 tables on %2.</source>
        <translation>%1 tables réinitialisées sur %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="269"/>
        <source>Not started: the destination is a store in use and replacing it was not confirmed.</source>
        <translation>Non démarrée : la destination est une boutique en service et son remplacement n&apos;a pas été confirmé.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="276"/>
        <source>Left behind as chosen: %1.</source>
        <translation>Laissé de côté comme choisi : %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="323"/>
        <source>%1 rows written</source>
        <translation>%1 lignes écrites</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="28"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="39"/>
        <source>The project file to create (.cutover is added).</source>
        <translation>Le fichier de projet à créer (.cutover est ajouté).</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="41"/>
        <source>The Magento 1 database, as mysql://USER@HOST:PORT/DB?prefix=P&amp;socket=PATH&amp;ssl=MODE&amp;ssl-ca=FILE.</source>
        <translation>La base Magento 1, sous la forme mysql://UTILISATEUR@HÔTE:PORT/BASE?prefix=P&amp;socket=CHEMIN&amp;ssl=MODE&amp;ssl-ca=FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="44"/>
        <source>The Magento 2 database, in the same form.</source>
        <translation>La base Magento 2, sous la même forme.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="46"/>
        <source>The Magento 1 installation folder (holds media/), for copying media.</source>
        <translation>Le dossier d&apos;installation de Magento 1 (contient media/), pour copier les médias.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="48"/>
        <source>The Magento 2 installation folder (holds bin/magento and pub/media/).</source>
        <translation>Le dossier d&apos;installation de Magento 2 (contient bin/magento et pub/media/).</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="50"/>
        <source>The project&apos;s name (default: the file name).</source>
        <translation>Le nom du projet (par défaut : le nom du fichier).</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="51"/>
        <source>Replace an existing project file.</source>
        <translation>Remplacer un fichier de projet existant.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="53"/>
        <source>Keep the passwords given in CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD in the system keychain, so that later commands with --project find them.</source>
        <translation>Garder les mots de passe donnés dans CUTOVER_SOURCE_PASSWORD et CUTOVER_DEST_PASSWORD dans le trousseau du système, pour que les commandes suivantes avec --project les trouvent.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="56"/>
        <source>Creates a project file holding the source (Magento 1) and destination (Magento 2) databases and installation folders. Every command then accepts --project FILE in place of the URLs. Passwords are never written to the file: they come from CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD, from the keychain (--save-passwords), or are asked each time.</source>
        <translation>Crée un fichier de projet contenant les bases source (Magento 1) et destination (Magento 2) et les dossiers d&apos;installation. Chaque commande accepte ensuite --project FICHIER à la place des URL. Les mots de passe ne sont jamais écrits dans le fichier : ils viennent de CUTOVER_SOURCE_PASSWORD et CUTOVER_DEST_PASSWORD, du trousseau (--save-passwords), ou sont demandés à chaque fois.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="63"/>
        <source>Give the project file to create: cutover-cli project create FILE --source URL --dest URL.</source>
        <translation>Indiquez le fichier de projet à créer : cutover-cli project create FICHIER --source URL --dest URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="65"/>
        <source>Give one project file, not %1.</source>
        <translation>Indiquez un seul fichier de projet, pas %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="81"/>
        <source>--%1 is missing: give the %2 database as --%1 mysql://USER@HOST/DB.</source>
        <translation>--%1 manque : indiquez la base %2 sous la forme --%1 mysql://UTILISATEUR@HÔTE/BASE.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="93"/>
        <source>The project file %1 already exists. Give --force to replace it, or choose another name.</source>
        <translation>Le fichier de projet %1 existe déjà. Indiquez --force pour le remplacer, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="97"/>
        <source>The folder %1 does not exist. Create it first, or choose another place for the project.</source>
        <translation>Le dossier %1 n&apos;existe pas. Créez-le d&apos;abord, ou choisissez un autre emplacement pour le projet.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="108"/>
        <source>Warning: --%1 %2 is not a folder on this computer.</source>
        <translation>Avertissement : --%1 %2 n&apos;est pas un dossier sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="115"/>
        <source>--save-passwords keeps the passwords given in CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD, and neither is set.</source>
        <translation>--save-passwords garde les mots de passe donnés dans CUTOVER_SOURCE_PASSWORD et CUTOVER_DEST_PASSWORD, et aucune des deux n&apos;est définie.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="121"/>
        <source>The passwords cannot be kept: %1. Create the project without --save-passwords and give the passwords in CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD each time.</source>
        <translation>Les mots de passe ne peuvent pas être conservés : %1. Créez le projet sans --save-passwords et donnez les mots de passe dans CUTOVER_SOURCE_PASSWORD et CUTOVER_DEST_PASSWORD à chaque fois.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="138"/>
        <source>Created the project %1.</source>
        <translation>Projet %1 créé.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="148"/>
        <source>The password from %1 was not kept: %2</source>
        <translation>Le mot de passe de %1 n&apos;a pas été conservé : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="151"/>
        <source>Kept the password from %1 in the system keychain.</source>
        <translation>Mot de passe de %1 conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="160"/>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="163"/>
        <source>Shows a project: its databases as URLs, installation folders, the manual checklist and the runs recorded in it. Passwords are never shown: the project does not hold them.</source>
        <translation>Affiche un projet : ses bases sous forme d&apos;URL, les dossiers d&apos;installation, la liste de contrôle manuelle et les exécutions qui y sont enregistrées. Les mots de passe ne sont jamais affichés : le projet ne les contient pas.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="167"/>
        <source>Give one project file: cutover-cli project show FILE.</source>
        <translation>Indiquez un fichier de projet : cutover-cli project show FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="195"/>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="197"/>
        <source>Project %1 (%2)</source>
        <translation>Projet %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="198"/>
        <source>  Id:             %1</source>
        <translation>  Id :               %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="199"/>
        <source>  Created:        %1</source>
        <translation>  Créé le :          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="200"/>
        <source>  Source:         %1</source>
        <translation>  Source :           %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="201"/>
        <source>  Destination:    %1</source>
        <translation>  Destination :      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="202"/>
        <source>  Magento 1 root: %1</source>
        <translation>  Racine Magento 1 : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="203"/>
        <source>  Magento 2 root: %1</source>
        <translation>  Racine Magento 2 : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="204"/>
        <source>  Current page:   %1</source>
        <translation>  Page actuelle :    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="205"/>
        <source>  Checklist:</source>
        <translation>  Liste de contrôle :</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="207"/>
        <source>    nothing ticked yet</source>
        <translation>    rien de coché pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="209"/>
        <source>    [%1] %2 (%3 by %4)</source>
        <translation>    [%1] %2 (%3 par %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="212"/>
        <source>  Runs:</source>
        <translation>  Exécutions :</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="214"/>
        <source>    none yet</source>
        <translation>    aucune pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="233"/>
        <source>Usage: cutover-cli project create FILE --source URL --dest URL [--m1-root DIR] [--m2-root DIR] [--name NAME] [--force] [--save-passwords]
       cutover-cli project show FILE [--json]
Run &apos;cutover-cli project create --help&apos; for the details.</source>
        <translation>Usage : cutover-cli project create FICHIER --source URL --dest URL [--m1-root DOSSIER] [--m2-root DOSSIER] [--name NOM] [--force] [--save-passwords]
        cutover-cli project show FICHIER [--json]
Exécutez &apos;cutover-cli project create --help&apos; pour les détails.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="244"/>
        <source>Unknown action &quot;%1&quot; for cutover-cli project.
%2</source>
        <translation>Action « %1 » inconnue pour cutover-cli project.
%2</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="32"/>
        <source>settings, data or all (default: all)</source>
        <translation>settings, data ou all (par défaut : all)</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="32"/>
        <source>[mode]</source>
        <translation>[mode]</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="38"/>
        <source>Tables compared at once (default: the number of cores, 2 to 8).</source>
        <translation>Tables comparées simultanément (par défaut : le nombre de cœurs, 2 à 8).</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="41"/>
        <source>Mismatching keys listed per table (default 20); the rest are counted.</source>
        <translation>Clés différentes listées par table (20 par défaut) ; les autres sont comptées.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="42"/>
        <source>Print the verification as one JSON document.</source>
        <translation>Afficher la vérification sous forme d&apos;un document JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="44"/>
        <source>Compares the Magento 2 database with what &apos;cutover-cli migrate&apos; carried: per table, row counts and a checksum of the mapped columns, computed on the Magento 1 rows after the same transformation, and the keys of the rows that are missing, extra or different. Reads both databases, writes nothing. Exit code 0 when everything matches, 1 on a mismatch or an error, 2 for usage errors, 130 when cancelled.</source>
        <translation>Compare la base Magento 2 avec ce que &apos;cutover-cli migrate&apos; a transféré : par table, les nombres de lignes et une somme de contrôle des colonnes mappées, calculée sur les lignes de Magento 1 après la même transformation, et les clés des lignes absentes, en trop ou différentes. Lit les deux bases, n&apos;écrit rien. Code de sortie 0 si tout correspond, 1 en cas de différence ou d&apos;erreur, 2 pour les erreurs d&apos;utilisation, 130 en cas d&apos;annulation.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="53"/>
        <source>Say what to verify: cutover-cli verify [settings|data|all] --source URL --dest URL</source>
        <translation>Indiquez quoi vérifier : cutover-cli verify [settings|data|all] --source URL --dest URL</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="26"/>
        <source>%1 indexers, %2 failed</source>
        <translation>%1 indexeurs, %2 en échec</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="51"/>
        <source>The Magento 2 installation folder, which holds bin/magento (default with --project: the project&apos;s Magento 2 folder). With --ssh, the folder on that host.</source>
        <translation>Le dossier d&apos;installation Magento 2, qui contient bin/magento (par défaut avec --project : le dossier Magento 2 du projet). Avec --ssh, le dossier sur cet hôte.</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="56"/>
        <source>Run on this host through your own ssh client and keys (USER@HOST or USER@HOST:PORT). ssh runs with BatchMode=yes: it never asks for a password, so your key must be accepted (ssh-copy-id, ssh-agent).</source>
        <translation>Exécuter sur cet hôte via votre propre client ssh et vos clés (USER@HOST ou USER@HOST:PORT). ssh s&apos;exécute avec BatchMode=yes : il ne demande jamais de mot de passe, votre clé doit donc être acceptée (ssh-copy-id, ssh-agent).</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="60"/>
        <source>An indexer to rebuild (cataloginventory_stock, catalog_product_price, ...); repeat for several. Default: all of them.</source>
        <translation>Un indexeur à reconstruire (cataloginventory_stock, catalog_product_price, ...) ; à répéter pour plusieurs. Par défaut : tous.</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="64"/>
        <source>The PHP command-line interpreter that runs bin/magento when it is not executable, and always over SSH (default: php).</source>
        <translation>L&apos;interpréteur PHP en ligne de commande qui exécute bin/magento quand il n&apos;est pas exécutable, et toujours via SSH (par défaut : php).</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="69"/>
        <source>Runs Magento&apos;s bin/magento indexer:reindex in the Magento 2 folder, on this computer or over SSH, shows the host and the exact command before it starts, streams Magento&apos;s output, and ends with the state of each indexer (rebuilt, or failed with its output). Ctrl+C stops the reindex and everything it started. Exit code 0 when every indexer was rebuilt, 1 when one failed or the command could not run, 2 for usage errors, 130 when stopped.</source>
        <translation>Exécute bin/magento indexer:reindex de Magento dans le dossier Magento 2, sur cet ordinateur ou via SSH, affiche l&apos;hôte et la commande exacte avant de démarrer, diffuse la sortie de Magento et se termine par l&apos;état de chaque indexeur (reconstruit, ou en échec avec sa sortie). Ctrl+C arrête la réindexation et tout ce qu&apos;elle a lancé. Code de sortie 0 quand chaque indexeur a été reconstruit, 1 quand l&apos;un a échoué ou que la commande n&apos;a pas pu s&apos;exécuter, 2 pour les erreurs d&apos;utilisation, 130 en cas d&apos;arrêt.</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="92"/>
        <source>The project %1 has no Magento 2 installation folder: give --m2-root DIR, or set it in the project (cutover-cli project create --m2-root DIR, or the wizard).</source>
        <translation>Le projet %1 n&apos;a pas de dossier d&apos;installation Magento 2 : indiquez --m2-root DOSSIER, ou renseignez-le dans le projet (cutover-cli project create --m2-root DOSSIER, ou l&apos;assistant).</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="95"/>
        <source>Give the Magento 2 installation folder: --m2-root DIR (or a project with --project FILE).</source>
        <translation>Indiquez le dossier d&apos;installation Magento 2 : --m2-root DOSSIER (ou un projet avec --project FICHIER).</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="102"/>
        <source>--ssh takes USER@HOST or USER@HOST:PORT, not &quot;%1&quot;.</source>
        <translation>--ssh accepte USER@HOST ou USER@HOST:PORT, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="115"/>
        <source>Running on %1: %2</source>
        <translation>Exécution sur %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="73"/>
        <source>Take the pages from this sitemap (or sitemap index) instead of the Magento 2 database.</source>
        <translation>Prendre les pages de ce sitemap (ou index de sitemaps) au lieu de la base de données Magento 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="76"/>
        <source>At most N pages per store view: home, CMS pages, categories, then products (default 1000; with --sitemap, N pages in all).</source>
        <translation>Au plus N pages par vue de magasin : accueil, pages CMS, catégories, puis produits (1000 par défaut ; avec --sitemap, N pages en tout).</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="80"/>
        <source>Requests in flight at most (default 4, 1 to 64).</source>
        <translation>Nombre maximal de requêtes simultanées (4 par défaut, de 1 à 64).</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="82"/>
        <source>Seconds a page may stay silent before it counts as failed (default 30).</source>
        <translation>Secondes pendant lesquelles une page peut rester muette avant d&apos;être comptée en échec (30 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="84"/>
        <source>Send the requests for HOST to the address IP, with HOST in the Host header and as the certificate&apos;s name: warms the new server before DNS points at it (HOST:IP).</source>
        <translation>Envoyer les requêtes pour HOST à l&apos;adresse IP, avec HOST dans l&apos;en-tête Host et comme nom du certificat : préchauffe le nouveau serveur avant que le DNS pointe vers lui (HOST:IP).</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="88"/>
        <source>Also trust the certificate authorities in this PEM file (a staging server&apos;s own CA).</source>
        <translation>Faire aussi confiance aux autorités de certification de ce fichier PEM (la CA propre d&apos;un serveur de préproduction).</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="91"/>
        <source>How many of the slowest pages to list (default 10).</source>
        <translation>Combien des pages les plus lentes lister (10 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="94"/>
        <source>Fetches the Magento 2 store&apos;s pages to fill its caches before it opens: each active store view&apos;s home page, CMS pages, categories and products (from url_rewrite, at the base URLs the database sets), or the pages of a sitemap, with a bounded number of requests in flight. Reports status codes, the slowest pages and the failures; a page that fails or times out is counted and the run goes on. Ctrl+C stops it. Exit code 0 when every page answered, 1 when a page failed or nothing could be fetched, 2 for usage errors, 130 when stopped.</source>
        <translation>Récupère les pages de la boutique Magento 2 pour remplir ses caches avant son ouverture : page d&apos;accueil, pages CMS, catégories et produits de chaque vue de magasin active (depuis url_rewrite, aux URL de base que définit la base de données), ou les pages d&apos;un sitemap, avec un nombre limité de requêtes simultanées. Signale les codes d&apos;état, les pages les plus lentes et les échecs ; une page en échec ou hors délai est comptée et l&apos;exécution continue. Ctrl+C l&apos;arrête. Code de sortie 0 quand chaque page a répondu, 1 quand une page a échoué ou que rien n&apos;a pu être récupéré, 2 pour les erreurs d&apos;utilisation, 130 en cas d&apos;arrêt.</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="107"/>
        <source>--parallel must be between 1 and 64.</source>
        <translation>--parallel doit être compris entre 1 et 64.</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="111"/>
        <source>--limit and --timeout must be 1 or more.</source>
        <translation>--limit et --timeout doivent valoir 1 ou plus.</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="117"/>
        <source>--resolve: %1</source>
        <translation>--resolve : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="130"/>
        <source>--sitemap takes an http(s) URL, not &quot;%1&quot;.</source>
        <translation>--sitemap accepte une URL http(s), pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="137"/>
        <source>Name where the pages come from: --dest mysql://USER@HOST/DB (the Magento 2 database), --project FILE, or --sitemap URL.</source>
        <translation>Indiquez d&apos;où viennent les pages : --dest mysql://USER@HOST/DB (la base Magento 2), --project FICHIER, ou --sitemap URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="171"/>
        <source>%1 of %2 pages, %3 failed</source>
        <translation>%1 pages sur %2, %3 en échec</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="28"/>
        <source>The project file whose migration report to export (made with &apos;cutover-cli project create&apos; or the wizard).</source>
        <translation>Le fichier de projet dont exporter le rapport de migration (créé avec &apos;cutover-cli project create&apos; ou l&apos;assistant).</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="32"/>
        <source>Write the report as one self-contained HTML file.</source>
        <translation>Écrire le rapport dans un seul fichier HTML autonome.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="33"/>
        <source>Write the report as a PDF (A4).</source>
        <translation>Écrire le rapport en PDF (A4).</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="35"/>
        <source>Exports the migration report of a project: both stores, every recorded run with its steps, rows, warnings and findings, the verification, media, live changes, reindex and warm-up, and the go-live timeline with the downtime. Written for a client who never saw Cutover. Reads the project file only: no database is opened and no password is needed.</source>
        <translation>Exporte le rapport de migration d&apos;un projet : les deux boutiques, chaque exécution enregistrée avec ses étapes, lignes, avertissements et constats, la vérification, les médias, les modifications en direct, la réindexation et le préchauffage, ainsi que la chronologie de la mise en production avec l&apos;interruption de service. Rédigé pour un client qui n&apos;a jamais vu Cutover. Ne lit que le fichier de projet : aucune base de données n&apos;est ouverte et aucun mot de passe n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="41"/>
        <source>Give the project with --project FILE.</source>
        <translation>Indiquez le projet avec --project FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="47"/>
        <source>Give either --html OUT or --pdf OUT, not both: run the command once for each format.</source>
        <translation>Indiquez soit --html SORTIE soit --pdf SORTIE, pas les deux : exécutez la commande une fois par format.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="48"/>
        <source>Say which format to write: --html OUT or --pdf OUT.</source>
        <translation>Indiquez le format à écrire : --html SORTIE ou --pdf SORTIE.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="53"/>
        <source>--html needs a file name to write the report to.</source>
        <translation>--html a besoin d&apos;un nom de fichier où écrire le rapport.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="54"/>
        <source>--pdf needs a file name to write the report to.</source>
        <translation>--pdf a besoin d&apos;un nom de fichier où écrire le rapport.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="76"/>
        <source>The PDF could not be written: Qt&apos;s GUI module could not start. Use --html instead.</source>
        <translation>Impossible d&apos;écrire le PDF : le module GUI de Qt n&apos;a pas pu démarrer. Utilisez plutôt --html.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="85"/>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="24"/>
        <source>The folder to write the mapping into (created if missing).</source>
        <translation>Le dossier dans lequel écrire le mappage (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="26"/>
        <source>Write into a folder that is not empty, replacing files of the same name (other files are kept).</source>
        <translation>Écrire dans un dossier non vide, en remplaçant les fichiers de même nom (les autres fichiers sont conservés).</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="28"/>
        <source>Writes Cutover&apos;s built-in mapping for Magento CE 1.9.x to 2.4.x (config.xml, the map.xml family, settings.xml, the class map, the groups files and the XSDs in etc/) as editable files, in the Data Migration Tool&apos;s format. Edit them, then pass the printed config.xml to migrate, verify and delta with --config (or set CUTOVER_DMT_CONFIG).</source>
        <translation>Écrit le mappage intégré de Cutover pour Magento CE 1.9.x vers 2.4.x (config.xml, la famille map.xml, settings.xml, le mappage de classes, les fichiers de groupes et les XSD dans etc/) sous forme de fichiers modifiables, au format du Data Migration Tool. Modifiez-les, puis passez le config.xml affiché à migrate, verify et delta avec --config (ou définissez CUTOVER_DMT_CONFIG).</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="35"/>
        <source>Give the folder to export into: cutover-cli mapping export DIR.</source>
        <translation>Indiquez le dossier où exporter : cutover-cli mapping export DOSSIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="36"/>
        <source>Give one folder, not %1.</source>
        <translation>Indiquez un seul dossier, pas %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="42"/>
        <source>%1 is a file, not a folder. Give a folder to export the mapping into.</source>
        <translation>%1 est un fichier, pas un dossier. Indiquez un dossier où exporter le mappage.</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="48"/>
        <source>The folder %1 is not empty; nothing was written. Give an empty or new folder, or add --force to write into it (files of the same name are replaced).</source>
        <translation>Le dossier %1 n&apos;est pas vide ; rien n&apos;a été écrit. Indiquez un dossier vide ou nouveau, ou ajoutez --force pour y écrire (les fichiers de même nom sont remplacés).</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="55"/>
        <source>Wrote Cutover&apos;s mapping for Magento CE 1.9.x to 2.4.x to %1. Use it with:
  --config %2</source>
        <translation>Mappage de Cutover pour Magento CE 1.9.x vers 2.4.x écrit dans %1. Utilisez-le avec :
  --config %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="73"/>
        <source>Usage: cutover-cli mapping export DIR [--force]
Run &apos;cutover-cli mapping export --help&apos; for the details.</source>
        <translation>Usage : cutover-cli mapping export DOSSIER [--force]
Exécutez &apos;cutover-cli mapping export --help&apos; pour les détails.</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="82"/>
        <source>Unknown action &quot;%1&quot; for cutover-cli mapping.
%2</source>
        <translation>Action « %1 » inconnue pour cutover-cli mapping.
%2</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="32"/>
        <source>integrity check</source>
        <translation>contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="50"/>
        <source>The override map (the Data Migration Tool&apos;s map.xml format) layered on the configuration&apos;s map.xml, and where --fix writes. Default with --project: the project&apos;s own (created next to the project file and recorded in it on the first fix).</source>
        <translation>Le mappage de surcharge (au format map.xml du Data Migration Tool) superposé au map.xml de la configuration, et où --fix écrit. Par défaut avec --project : celui du projet (créé à côté du fichier de projet et enregistré dans celui-ci au premier correctif).</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="55"/>
        <source>Apply a fix: a fix id as listed, or a finding id for its first fix. Repeat for several.</source>
        <translation>Appliquer un correctif : un id de correctif tel que listé, ou un id de constat pour son premier correctif. À répéter pour plusieurs.</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="58"/>
        <source>Apply the ignore fix of every error finding that has one (asks first; --yes without a terminal).</source>
        <translation>Appliquer le correctif « ignorer » de chaque constat d&apos;erreur qui en a un (demande d&apos;abord ; --yes sans terminal).</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="59"/>
        <source>Confirm --fix-all-ignores without asking.</source>
        <translation>Confirmer --fix-all-ignores sans demander.</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="60"/>
        <source>Print the findings as one JSON document.</source>
        <translation>Afficher les constats sous forme d&apos;un document JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="62"/>
        <source>The integrity check before data moves, as a dry run: source tables and fields the destination lacks (extension tables), required destination fields without a source, type mismatches, rules naming what does not exist, handlers Cutover cannot run, and orphan rows in the source. Writes nothing to either database. Each finding has an id; --fix ID adds its rule to the project&apos;s override map, never to the defaults, and checks again. Exit code 0 when no error remains, 1 when errors remain, 2 for usage errors.</source>
        <translation>Le contrôle d&apos;intégrité avant le transfert des données, en simulation : tables et champs source absents de la destination (tables d&apos;extensions), champs de destination obligatoires sans source, incompatibilités de type, règles nommant ce qui n&apos;existe pas, handlers que Cutover ne peut pas exécuter, et lignes orphelines dans la source. N&apos;écrit rien dans aucune des deux bases. Chaque constat a un id ; --fix ID ajoute sa règle au mappage de surcharge du projet, jamais aux valeurs par défaut, et vérifie à nouveau. Code de sortie 0 quand aucune erreur ne reste, 1 quand des erreurs restent, 2 pour les erreurs d&apos;utilisation.</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="77"/>
        <source>A fix is written to the project&apos;s override map: give --project FILE, or --overrides FILE for a map of your own.</source>
        <translation>Un correctif est écrit dans le mappage de surcharge du projet : indiquez --project FICHIER, ou --overrides FICHIER pour un mappage à vous.</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="82"/>
        <source>--fix-all-ignores changes the mapping of every finding it fixes; without a terminal to ask, add --yes to confirm.</source>
        <translation>--fix-all-ignores modifie le mappage de chaque constat qu&apos;il corrige ; sans terminal pour demander, ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="113"/>
        <source>The finding %1 has no fix: its message says what to do.</source>
        <translation>Le constat %1 n&apos;a pas de correctif : son message indique quoi faire.</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="114"/>
        <source>No finding or fix has the id %1 (any more); run &apos;cutover-cli integrity&apos; to list them.</source>
        <translation>Aucun constat ni correctif n&apos;a (plus) l&apos;id %1 ; lancez &apos;cutover-cli integrity&apos; pour les lister.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/integritycommand.cpp" line="134"/>
        <source>--fix-all-ignores adds %n ignore rule(s) to the override map; without a terminal to ask, add --yes to confirm.</source>
        <translation>
            <numerusform>--fix-all-ignores ajoute %n règle « ignorer » au mappage de surcharge ; sans terminal pour demander, ajoutez --yes pour confirmer.</numerusform>
            <numerusform>--fix-all-ignores ajoute %n règles « ignorer » au mappage de surcharge ; sans terminal pour demander, ajoutez --yes pour confirmer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/integritycommand.cpp" line="140"/>
        <source>Add %n ignore rule(s) to the override map? Their rows or values will not be migrated.</source>
        <translation>
            <numerusform>Ajouter %n règle « ignorer » au mappage de surcharge ? Ses lignes ou valeurs ne seront pas migrées.</numerusform>
            <numerusform>Ajouter %n règles « ignorer » au mappage de surcharge ? Leurs lignes ou valeurs ne seront pas migrées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="143"/>
        <source>Not confirmed; the mapping was not changed.</source>
        <translation>Non confirmé ; le mappage n&apos;a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/integritycommand.cpp" line="156"/>
        <source>Applied %n fix(es) to %1; checking again.</source>
        <translation>
            <numerusform>%n correctif appliqué à %1 ; nouvelle vérification.</numerusform>
            <numerusform>%n correctifs appliqués à %1 ; nouvelle vérification.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/integritycommand.cpp" line="177"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/integritycommand.cpp" line="178"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::cli::MediaProgressLine</name>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="49"/>
        <source>media: reading the folders...</source>
        <translation>médias : lecture des dossiers...</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="52"/>
        <source>media: cross-checking with the database...</source>
        <translation>médias : contrôle croisé avec la base de données...</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="55"/>
        <source>media %1/%2 files %3/%4</source>
        <translation>médias %1/%2 fichiers %3/%4</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="61"/>
        <source> %1/s</source>
        <translation> %1/s</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="63"/>
        <source> ETA %1</source>
        <translation> reste %1</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="65"/>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
</context>
<context>
    <name>cutover::cli::WarmProgressLine</name>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="38"/>
        <source>warm %1/%2 pages</source>
        <translation>préchauffage %1/%2 pages</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="41"/>
        <source> %1/s</source>
        <translation> %1/s</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="43"/>
        <source> ETA %1</source>
        <translation> reste %1</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="45"/>
        <source>, %1 failed</source>
        <translation>, %1 en échec</translation>
    </message>
</context>
<context>
    <name>cutover::ui::ConnectionForm</name>
    <message>
        <location filename="../wizard/connectionform.cpp" line="82"/>
        <source>Remember in the system keychain</source>
        <translation>Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="87"/>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="88"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="95"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="97"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="109"/>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="112"/>
        <source>Testing the connection</source>
        <translation>Test de la connexion en cours</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="115"/>
        <source>Connection test results</source>
        <translation>Résultats du test de connexion</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="117"/>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="120"/>
        <source>optional: /run/mysqld/mysqld.sock</source>
        <translation>facultatif : /run/mysqld/mysqld.sock</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="122"/>
        <source>magento1</source>
        <translation>magento1</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="122"/>
        <source>magento2</source>
        <translation>magento2</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="123"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="124"/>
        <source>CA certificate (PEM), for checked TLS</source>
        <translation>Certificat CA (PEM), pour un TLS vérifié</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="125"/>
        <source>Preferred (when the server offers it)</source>
        <translation>Préféré (si le serveur le propose)</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="126"/>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="127"/>
        <source>Required, certificate checked</source>
        <translation>Requis, certificat vérifié</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="128"/>
        <source>Required, certificate and host name checked</source>
        <translation>Requis, certificat et nom d&apos;hôte vérifiés</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="129"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="160"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="162"/>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="165"/>
        <source>&amp;Socket:</source>
        <translation>&amp;Socket :</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="167"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="169"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="173"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="175"/>
        <source>Table &amp;prefix:</source>
        <translation>&amp;Préfixe des tables :</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="177"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS :</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="182"/>
        <source>CA file:</source>
        <translation>Fichier CA :</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="215"/>
        <source>CA certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="215"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="268"/>
        <source>Give the database server&apos;s host name or IP address (or a socket below).</source>
        <translation>Indiquez le nom d&apos;hôte ou l&apos;adresse IP du serveur de base de données (ou un socket ci-dessous).</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="272"/>
        <source>Give the socket as an absolute path, such as /run/mysqld/mysqld.sock.</source>
        <translation>Indiquez le socket sous forme de chemin absolu, par exemple /run/mysqld/mysqld.sock.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="281"/>
        <source>Give the database user (from app/etc/%1 on the server).</source>
        <translation>Indiquez l&apos;utilisateur de la base de données (dans app/etc/%1 sur le serveur).</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="286"/>
        <source>Give the name of the database that holds the store.</source>
        <translation>Indiquez le nom de la base de données qui contient la boutique.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="291"/>
        <source>A table prefix holds only letters, digits and underscores.</source>
        <translation>Un préfixe de table ne contient que des lettres, des chiffres et des tirets bas.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="295"/>
        <source>Checking the server&apos;s certificate needs the CA file that signed it.</source>
        <translation>Vérifier le certificat du serveur nécessite le fichier CA qui l&apos;a signé.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="299"/>
        <source>The CA file %1 does not exist or cannot be read.</source>
        <translation>Le fichier CA %1 n&apos;existe pas ou est illisible.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="344"/>
        <source>Testing %1...</source>
        <translation>Test de %1...</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="362"/>
        <source>Fix: %1</source>
        <translation>Solution : %1</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="381"/>
        <source>Connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectionform.cpp" line="382"/>
        <source>Connection works, with %n warning(s) below.</source>
        <translation>
            <numerusform>La connexion fonctionne, avec %n avertissement ci-dessous.</numerusform>
            <numerusform>La connexion fonctionne, avec %n avertissements ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="384"/>
        <source>The test stopped at &quot;%1&quot;.</source>
        <translation>Le test s&apos;est arrêté à « %1 ».</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="387"/>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="408"/>
        <source>The server wants a password for user %1.</source>
        <translation>Le serveur demande un mot de passe pour l&apos;utilisateur %1.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="411"/>
        <source>The server refused this password for user %1: the password is wrong, or the user may not connect from this computer (the server does not say which).</source>
        <translation>Le serveur a refusé ce mot de passe pour l&apos;utilisateur %1 : le mot de passe est faux, ou l&apos;utilisateur ne peut pas se connecter depuis cet ordinateur (le serveur ne dit pas lequel).</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="431"/>
        <source>The tables of this store have no prefix.</source>
        <translation>Les tables de cette boutique n&apos;ont pas de préfixe.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="432"/>
        <source>The tables of this store carry the prefix %1.</source>
        <translation>Les tables de cette boutique portent le préfixe %1.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="435"/>
        <source>Use no prefix</source>
        <translation>Sans préfixe</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="435"/>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="440"/>
        <source>Enter it on the Magento 2 (destination) side instead.</source>
        <translation>Saisissez-la plutôt du côté Magento 2 (destination).</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="441"/>
        <source>Enter it on the Magento 1 (source) side instead.</source>
        <translation>Saisissez-la plutôt du côté Magento 1 (source).</translation>
    </message>
</context>
<context>
    <name>cutover::ui::ConnectionsPage</name>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="27"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="28"/>
        <source>Where the Magento 1 store&apos;s database is, and the Magento 2 database to fill. Test both: Cutover checks the network, the login, which Magento each holds and the privileges it needs.</source>
        <translation>Où se trouve la base de la boutique Magento 1, et la base Magento 2 à remplir. Testez les deux : Cutover vérifie le réseau, la connexion, quel Magento chacune contient et les privilèges nécessaires.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="38"/>
        <source>Magento 1 (source)</source>
        <translation>Magento 1 (source)</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="40"/>
        <source>Magento 2 (destination)</source>
        <translation>Magento 2 (destination)</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="112"/>
        <source>Checking the connections again before moving on...</source>
        <translation>Nouvelle vérification des connexions avant de continuer...</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="127"/>
        <source>The connection works, but it could not be saved in the project file %1. Check that the file and its folder are writable.</source>
        <translation>La connexion fonctionne, mais elle n&apos;a pas pu être enregistrée dans le fichier de projet %1. Vérifiez que le fichier et son dossier sont accessibles en écriture.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="149"/>
        <source>%1 passed, %2 passed</source>
        <translation>%1 réussie, %2 réussie</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="153"/>
        <source>Both connections work. Continue with the pre-flight checks.</source>
        <translation>Les deux connexions fonctionnent. Continuez avec les vérifications préalables.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="155"/>
        <source>Next is enabled once both connections pass their test.</source>
        <translation>« Suivant » s&apos;active dès que les deux connexions ont réussi leur test.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="200"/>
        <source>The password was not kept: %1. Cutover will ask for it when the project is opened again.</source>
        <translation>Le mot de passe n&apos;a pas été conservé : %1. Cutover le demandera à la prochaine ouverture du projet.</translation>
    </message>
</context>
<context>
    <name>cutover::ui::CutoverWizard</name>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="62"/>
        <source>Cutover</source>
        <translation>Cutover</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="109"/>
        <location filename="../wizard/cutoverwizard.cpp" line="116"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="111"/>
        <source>Every phase of the migration on one screen (Ctrl+Shift+O)</source>
        <translation>Toutes les phases de la migration sur un seul écran (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="123"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="274"/>
        <source>This project was left on %1. Cutover is testing the connections before going back there.</source>
        <translation>Ce projet a été laissé sur la page %1. Cutover teste les connexions avant d&apos;y revenir.</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="277"/>
        <source>This project was left on %1, but a connection no longer passes its test: fix what is shown beside the field, then test it again.</source>
        <translation>Ce projet a été laissé sur la page %1, mais une connexion ne réussit plus son test : corrigez ce qui est indiqué à côté du champ, puis testez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="281"/>
        <source>This project was left on %1. Enter the database passwords and test both connections to go back there.</source>
        <translation>Ce projet a été laissé sur la page %1. Saisissez les mots de passe des bases de données et testez les deux connexions pour y revenir.</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="337"/>
        <source>the settings and data migration (it resumes where it stopped)</source>
        <translation>la migration des paramètres et des données (elle reprend là où elle s&apos;est arrêtée)</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="339"/>
        <source>the media copy (it resumes where it stopped)</source>
        <translation>la copie des médias (elle reprend là où elle s&apos;est arrêtée)</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="341"/>
        <source>delta: what Magento 1 writes meanwhile waits until delta is started again</source>
        <translation>le delta : ce que Magento 1 écrit entre-temps attend son redémarrage</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="343"/>
        <source>the reindex</source>
        <translation>la réindexation</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="345"/>
        <source>a go-live step</source>
        <translation>une étape de mise en ligne</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="348"/>
        <source>go-live: the store is in maintenance and the downtime clock runs</source>
        <translation>mise en ligne : la boutique est en maintenance et le chronomètre d&apos;interruption tourne</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="357"/>
        <source>Close Cutover</source>
        <translation>Fermer Cutover</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="358"/>
        <source>Cutover is in the middle of work. Close it anyway?</source>
        <translation>Cutover est en plein travail. Le fermer quand même ?</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="360"/>
        <source>Closing stops: %1.</source>
        <translation>La fermeture arrête : %1.</translation>
    </message>
</context>
<context>
    <name>cutover::ui::DeltaPage</name>
    <message>
        <location filename="../wizard/deltapage.cpp" line="113"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="114"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="115"/>
        <source>Remove capture...</source>
        <translation>Supprimer la capture...</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="116"/>
        <location filename="../wizard/deltapage.cpp" line="632"/>
        <source>Install capture...</source>
        <translation>Installer la capture...</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="125"/>
        <source>Live changes</source>
        <translation>Modifications en direct</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="126"/>
        <source>Carry the orders, customers, products and pages that change on Magento 1 to Magento 2 until go-live. Start and stop it at will: it goes on from where it stopped.</source>
        <translation>Transfère vers Magento 2 les commandes, clients, produits et pages qui changent sur Magento 1 jusqu&apos;à la mise en production. Démarrez-la et arrêtez-la à volonté : elle reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="137"/>
        <source>Last errors</source>
        <translation>Dernières erreurs</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="140"/>
        <source>Drops every trigger and change-log table Cutover made on the Magento 1 database.</source>
        <translation>Supprime tous les déclencheurs et toutes les tables de journal des modifications que Cutover a créés sur la base de données Magento 1.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="151"/>
        <source>No errors. A change that fails to apply is listed here with its table and key, and tried again.</source>
        <translation>Aucune erreur. Une modification qui ne peut pas être appliquée est listée ici avec sa table et sa clé, puis réessayée.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="159"/>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="160"/>
        <source>changes applied</source>
        <translation>modifications appliquées</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="161"/>
        <location filename="../wizard/deltapage.cpp" line="181"/>
        <source>changes per second</source>
        <translation>modifications par seconde</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="162"/>
        <source>lag (oldest unapplied)</source>
        <translation>retard (plus ancienne non appliquée)</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="163"/>
        <source>changes waiting</source>
        <translation>modifications en attente</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="182"/>
        <source>lag in seconds</source>
        <translation>retard en secondes</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="185"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="188"/>
        <source>changes/s</source>
        <translation>modifications/s</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="191"/>
        <source>lag (s)</source>
        <translation>retard (s)</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="212"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="214"/>
        <source>Delta pauses while Magento 1&apos;s server runs more queries at once than this (Threads_running), so that the live store stays fast. 0: never pause.</source>
        <translation>Le delta se met en pause tant que le serveur de Magento 1 exécute plus de requêtes simultanées que ce nombre (Threads_running), pour que la boutique en ligne reste rapide. 0 : jamais de pause.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="216"/>
        <source>&amp;Pause while Magento 1 runs more queries than:</source>
        <translation>&amp;Pause si Magento 1 exécute plus de requêtes que :</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="244"/>
        <source>Could not keep the busy threshold in the project: %1</source>
        <translation>Impossible d&apos;enregistrer le seuil de charge dans le projet : %1</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="266"/>
        <source>Last errors:</source>
        <translation>Dernières erreurs :</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="282"/>
        <source>Installing the change capture on %1 failed: %2</source>
        <translation>L&apos;installation de la capture des modifications sur %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="295"/>
        <location filename="../wizard/deltapage.cpp" line="428"/>
        <location filename="../wizard/deltapage.cpp" line="516"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="296"/>
        <location filename="../wizard/deltapage.cpp" line="343"/>
        <source>Give both connections to see the change capture on Magento 1.</source>
        <translation>Indiquez les deux connexions pour voir la capture des modifications sur Magento 1.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="393"/>
        <source>Connect to both databases on the Connections page first.</source>
        <translation>Connectez-vous d&apos;abord aux deux bases de données sur la page Connexions.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="397"/>
        <source>No Data Migration Tool configuration is set; the changes cannot be mapped.</source>
        <translation>Aucune configuration du Data Migration Tool n&apos;est définie ; les modifications ne peuvent pas être mises en correspondance.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="401"/>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="415"/>
        <source>Could not load the Data Migration Tool configuration %1: %2</source>
        <translation>Impossible de charger la configuration %1 du Data Migration Tool : %2</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="498"/>
        <source>stopping</source>
        <translation>arrêt en cours</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="519"/>
        <source>The loop stopped on an error; see the last errors.</source>
        <translation>La boucle s&apos;est arrêtée sur une erreur ; voir les dernières erreurs.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="460"/>
        <source>%1 change(s) applied, %2 waiting for a retry, backlog %3 when stopped</source>
        <translation>%1 modification(s) appliquée(s), %2 en attente d&apos;un nouvel essai, arriéré à l&apos;arrêt : %3</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="536"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="547"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="549"/>
        <source>Backlog per area: none, Magento 2 is up to date.</source>
        <translation>Retard par domaine : aucun, Magento 2 est à jour.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="550"/>
        <source>Backlog per area: %1</source>
        <translation>Retard par domaine : %1</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="552"/>
        <source>Backlog per area: not known, delta stopped on an error (see above).</source>
        <translation>Retard par domaine : inconnu, le delta s&apos;est arrêté sur une erreur (voir ci-dessus).</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="554"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="556"/>
        <source>; %1 failed, %2 waiting for a retry</source>
        <translation>; %1 en échec, %2 en attente d&apos;une nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="562"/>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2 : %3)</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="563"/>
        <source>; not carried: %1</source>
        <translation> ; non transféré : %1</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="614"/>
        <source>Reading the change capture on %1...</source>
        <translation>Lecture de la capture des modifications sur %1...</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="632"/>
        <source>Reinstall capture...</source>
        <translation>Réinstaller la capture...</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="635"/>
        <source>Removing the change capture from %1 failed: %2</source>
        <translation>La suppression de la capture des modifications de %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="636"/>
        <source>Could not read the change capture on %1: %2</source>
        <translation>Impossible de lire la capture des modifications sur %1 : %2</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="644"/>
        <source>Capture removed: no Cutover trigger or change-log table is left on %1.</source>
        <translation>Capture supprimée : il ne reste aucun déclencheur ni aucune table de journal des modifications de Cutover sur %1.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="645"/>
        <source>Change capture is not installed on %1: Start has nothing to apply.</source>
        <translation>La capture des modifications n&apos;est pas installée sur %1 : Démarrer n&apos;a rien à appliquer.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="654"/>
        <source>Removing the change capture left %1 on %2.</source>
        <translation>La suppression de la capture des modifications a laissé %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="656"/>
        <source>Capture on %1: %2 of %3 triggers on %4 tables, %5 change(s) waiting.</source>
        <translation>Capture sur %1 : %2 des %3 déclencheurs sur %4 tables, %5 modification(s) en attente.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="671"/>
        <source>It is broken: see the message above.</source>
        <translation>Elle est endommagée : voir le message ci-dessus.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="682"/>
        <source>Listing what Cutover made on %1...</source>
        <translation>Liste de ce que Cutover a créé sur %1...</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="696"/>
        <source>Could not list the change capture on %1: %2</source>
        <translation>Impossible de lister la capture des modifications sur %1 : %2</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="702"/>
        <source>Nothing to remove: no Cutover trigger or change-log table is on %1.</source>
        <translation>Rien à supprimer : aucun déclencheur ni aucune table de journal des modifications de Cutover sur %1.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="710"/>
        <source>trigger %1 on %2</source>
        <translation>déclencheur %1 sur %2</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="712"/>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="717"/>
        <source>Remove change capture</source>
        <translation>Supprimer la capture des modifications</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="718"/>
        <source>Drop %1 trigger(s) and %2 table(s) that Cutover made on %3? Changes made on Magento 1 from now on will not be carried to Magento 2, and changes not applied yet are lost.</source>
        <translation>Supprimer %1 déclencheur(s) et %2 table(s) que Cutover a créés sur %3 ? Les modifications faites sur Magento 1 à partir de maintenant ne seront pas transférées vers Magento 2, et les modifications pas encore appliquées seront perdues.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="726"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="747"/>
        <source>No Data Migration Tool configuration is set; Cutover cannot tell which tables to capture.</source>
        <translation>Aucune configuration du Data Migration Tool n&apos;est définie ; Cutover ne peut pas savoir quelles tables capturer.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="753"/>
        <source>Listing the tables to capture on %1...</source>
        <translation>Liste des tables à capturer sur %1...</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="786"/>
        <source>Could not plan the change capture on %1: %2</source>
        <translation>Impossible de planifier la capture des modifications sur %1 : %2</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="788"/>
        <source>Change capture cannot be installed on %1 yet:
%2</source>
        <translation>La capture des modifications ne peut pas encore être installée sur %1 :
%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/deltapage.cpp" line="792"/>
        <source>Create %n trigger(s) and Cutover&apos;s change-log tables on %1, for the %2 tables listed? Nothing else on Magento 1 changes, and &apos;Remove capture&apos; removes all of it.</source>
        <translation>
            <numerusform>Créer %n déclencheur et les tables du journal des modifications de Cutover sur %1, pour les %2 tables listées ? Rien d&apos;autre ne change sur Magento 1, et « Supprimer la capture » retire le tout.</numerusform>
            <numerusform>Créer %n déclencheurs et les tables du journal des modifications de Cutover sur %1, pour les %2 tables listées ? Rien d&apos;autre ne change sur Magento 1, et « Supprimer la capture » retire le tout.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="799"/>
        <source>Changes made on Magento 1 while the capture was broken were not recorded: after reinstalling, run the data migration again (Settings and data page) so that Magento 2 has them.</source>
        <translation>Les modifications faites sur Magento 1 pendant que la capture était endommagée n&apos;ont pas été enregistrées : après la réinstallation, relancez la migration des données (page Paramètres et données) pour que Magento 2 les reçoive.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="802"/>
        <source>Reinstall change capture</source>
        <translation>Réinstaller la capture des modifications</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="802"/>
        <source>Install change capture</source>
        <translation>Installer la capture des modifications</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="806"/>
        <source>Reinstall</source>
        <translation>Réinstaller</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="806"/>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="817"/>
        <source>Installing the change capture on %1...</source>
        <translation>Installation de la capture des modifications sur %1...</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="836"/>
        <source>Removing the change capture from %1...</source>
        <translation>Suppression de la capture des modifications de %1...</translation>
    </message>
</context>
<context>
    <name>cutover::ui::GoLivePage</name>
    <message>
        <location filename="../wizard/golivepage.cpp" line="53"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="91"/>
        <source>Allow a step &amp;out of order (recorded in the report as an override)</source>
        <translation>Autoriser une étape &amp;hors de l&apos;ordre (enregistrée dans le rapport comme forçage)</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="97"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="98"/>
        <source>&amp;Export report...</source>
        <translation>&amp;Exporter le rapport...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="102"/>
        <source>Go-live</source>
        <translation>Mise en production</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="103"/>
        <source>The cut-over, step by step and timed: downtime starts when Magento 1 goes into maintenance and ends when the store opens. Each step records who did it, when, and what Cutover checked.</source>
        <translation>La bascule, étape par étape et chronométrée : l&apos;interruption de service commence quand Magento 1 passe en maintenance et se termine quand la boutique ouvre. Chaque étape enregistre qui l&apos;a faite, quand, et ce que Cutover a vérifié.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="109"/>
        <source>Store address</source>
        <translation>Adresse de la boutique</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="111"/>
        <source>New server address</source>
        <translation>Adresse du nouveau serveur</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="112"/>
        <source>https://shop.example.com/</source>
        <translation>https://shop.example.com/</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="113"/>
        <source>203.0.113.7</source>
        <translation>203.0.113.7</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="114"/>
        <source>The store&apos;s address: the DNS check resolves its host name.</source>
        <translation>L&apos;adresse de la boutique : la vérification DNS résout son nom d&apos;hôte.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="115"/>
        <source>The Magento 2 server&apos;s IP address: where the store&apos;s host name must point after the switch, and where the warm-up sends its requests before it does.</source>
        <translation>L&apos;adresse IP du serveur Magento 2 : là où le nom d&apos;hôte de la boutique doit pointer après la bascule, et où le préchauffage envoie ses requêtes avant cela.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="119"/>
        <source>Go-live progress</source>
        <translation>Avancement de la mise en ligne</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="124"/>
        <source>Output of the current step</source>
        <translation>Sortie de l&apos;étape en cours</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="143"/>
        <source>What bin/magento prints appears here.</source>
        <translation>Ce qu&apos;affiche bin/magento apparaît ici.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="153"/>
        <source>Store address:</source>
        <translation>Adresse de la boutique :</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="155"/>
        <source>Magento 2 server IP:</source>
        <translation>IP du serveur Magento 2 :</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="180"/>
        <source>Create maintenance.flag</source>
        <translation>Créer maintenance.flag</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="182"/>
        <source>Wait and stop delta</source>
        <translation>Attendre et arrêter le delta</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="184"/>
        <source>Run cron:install</source>
        <translation>Exécuter cron:install</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="186"/>
        <source>Reindex stock</source>
        <translation>Réindexer le stock</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="188"/>
        <source>Warm the cache</source>
        <translation>Préchauffer le cache</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="190"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="192"/>
        <source>Check DNS</source>
        <translation>Vérifier le DNS</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="198"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="199"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="258"/>
        <source>Could not save the addresses in %1: %2</source>
        <translation>Impossible d&apos;enregistrer les adresses dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="374"/>
        <source>no Magento 1 folder is set</source>
        <translation>aucun dossier Magento 1 n&apos;est défini</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="376"/>
        <source>%1 is not a Magento 1 root on this computer</source>
        <translation>%1 n&apos;est pas une racine Magento 1 sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="378"/>
        <source>%1 is not writable by you</source>
        <translation>%1 n&apos;est pas accessible en écriture pour vous</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="421"/>
        <source>checking the Magento 1 folder</source>
        <translation>vérification du dossier Magento 1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="423"/>
        <source>no delta and no Magento 1 connection</source>
        <translation>pas de delta et pas de connexion Magento 1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="425"/>
        <source>checking the Magento 2 folder</source>
        <translation>vérification du dossier Magento 2</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="427"/>
        <source>no Magento 2 connection</source>
        <translation>pas de connexion Magento 2</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="429"/>
        <source>connect to both databases first</source>
        <translation>connectez-vous d&apos;abord aux deux bases de données</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="430"/>
        <source>no Data Migration Tool configuration is set</source>
        <translation>aucune configuration du Data Migration Tool n&apos;est définie</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="434"/>
        <source>give the store&apos;s address and the Magento 2 server&apos;s IP address</source>
        <translation>indiquez l&apos;adresse de la boutique et l&apos;adresse IP du serveur Magento 2</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="437"/>
        <source>only you can say the store is open</source>
        <translation>vous seul pouvez dire que la boutique est ouverte</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="454"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="456"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="458"/>
        <source>next</source>
        <translation>suivant</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="460"/>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="464"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="472"/>
        <source>Cutover cannot do this here (%1): do it yourself and tick it.</source>
        <translation>Cutover ne peut pas le faire ici (%1) : faites-le vous-même et cochez-le.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="505"/>
        <source>downtime: not started</source>
        <translation>interruption de service : pas commencée</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="507"/>
        <source>downtime: ended, from %1 to %2</source>
        <translation>interruption de service : terminée, de %1 à %2</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="511"/>
        <source>downtime: running since %1</source>
        <translation>interruption de service : en cours depuis %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="532"/>
        <source>%1 Do the steps before it first, or check &quot;Allow a step out of order&quot; to skip ahead; the report then shows the override.</source>
        <translation>%1 Faites d&apos;abord les étapes précédentes, ou cochez « Autoriser une étape hors de l&apos;ordre » pour avancer ; le rapport montre alors le forçage.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="537"/>
        <source>overridden: %1</source>
        <translation>forcé : %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="581"/>
        <source>Store opened by %1 after %2 of downtime.</source>
        <translation>Boutique ouverte par %1 après %2 d&apos;interruption de service.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="586"/>
        <source>Ticked by %1; not checked by Cutover (%2).</source>
        <translation>Cochée par %1 ; non vérifiée par Cutover (%2).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="602"/>
        <source>Removing maintenance.flag...</source>
        <translation>Suppression de maintenance.flag...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="607"/>
        <source>Undone: maintenance.flag removed from %1.</source>
        <translation>Annulé : maintenance.flag supprimé de %1.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="608"/>
        <source>Undone: there was no maintenance.flag in %1.</source>
        <translation>Annulé : il n&apos;y avait pas de maintenance.flag dans %1.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="613"/>
        <source>Undone by %1.</source>
        <translation>Annulé par %1.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="672"/>
        <source>Not done: %1</source>
        <translation>Non fait : %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="700"/>
        <source>Saving to %1...</source>
        <translation>Enregistrement dans %1...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="726"/>
        <source>Could not save the checklist in %1: %2</source>
        <translation>Impossible d&apos;enregistrer la liste de contrôle dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="733"/>
        <source>Done: %1</source>
        <translation>Fait : %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="733"/>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="744"/>
        <source>Stopped waiting; the delta goes on. Click &quot;Wait and stop delta&quot; again when ready.</source>
        <translation>Attente interrompue ; le delta continue. Cliquez à nouveau sur « Attendre et arrêter le delta » quand vous êtes prêt.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="756"/>
        <source>Stopping...</source>
        <translation>Arrêt en cours...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="761"/>
        <source>%1 %2/s</source>
        <translation>%1 %2/s</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="763"/>
        <source>, %1 left</source>
        <translation>, reste %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="772"/>
        <source>Creating maintenance.flag...</source>
        <translation>Création de maintenance.flag...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="777"/>
        <source>maintenance.flag created in %1.</source>
        <translation>maintenance.flag créé dans %1.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="778"/>
        <source>%1 is not there after creating it.</source>
        <translation>%1 n&apos;est pas présent après sa création.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="800"/>
        <source>Waiting for the delta to empty its backlog (%1 change(s))...</source>
        <translation>Attente que le delta vide son arriéré (%1 modification(s))...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="806"/>
        <source>No delta runs and no Magento 1 connection is set: Cutover cannot see the backlog. Connect on the Connections page, or tick the step yourself once the delta has applied everything.</source>
        <translation>Aucun delta ne tourne et aucune connexion Magento 1 n&apos;est définie : Cutover ne peut pas voir l&apos;arriéré. Connectez-vous sur la page Connexions, ou cochez l&apos;étape vous-même une fois que le delta a tout appliqué.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="812"/>
        <source>Reading the delta backlog on %1...</source>
        <translation>Lecture de l&apos;arriéré delta sur %1...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="820"/>
        <source>Delta not running and no change capture on %1: nothing to carry.</source>
        <translation>Le delta ne tourne pas et aucune capture des modifications sur %1 : rien à transférer.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="823"/>
        <source>%1 change(s) made on Magento 1 are not in Magento 2 yet (the oldest %2 ago) and the delta is not running. Start it on the Live changes page, then click &quot;Wait and stop delta&quot;: Cutover waits for an empty backlog and stops it.</source>
        <translation>%1 modification(s) faite(s) sur Magento 1 ne sont pas encore dans Magento 2 (la plus ancienne il y a %2) et le delta ne tourne pas. Démarrez-le sur la page Modifications en direct, puis cliquez sur « Attendre et arrêter le delta » : Cutover attend un arriéré vide et l&apos;arrête.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="829"/>
        <source>Delta not running; the change log on %1 has no unapplied change (applied up to #%2).</source>
        <translation>Le delta ne tourne pas ; le journal des modifications sur %1 n&apos;a aucune modification non appliquée (appliqué jusqu&apos;à #%2).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="847"/>
        <source>Waiting for the delta: %1 change(s) left, %2 applied while waiting (%3), %4 waited.</source>
        <translation>Attente du delta : %1 modification(s) restante(s), %2 appliquée(s) pendant l&apos;attente (%3), %4 d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="848"/>
        <source>changes</source>
        <translation>modifications</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="852"/>
        <source>The delta stopped before its backlog was empty: start it again on the Live changes page.</source>
        <translation>Le delta s&apos;est arrêté avant que son arriéré soit vide : redémarrez-le sur la page Modifications en direct.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="859"/>
        <source>Backlog empty: stopping the delta...</source>
        <translation>Arriéré vide : arrêt du delta...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="878"/>
        <source>Delta stopped with an empty backlog after waiting %1 (%2 change(s) applied meanwhile).</source>
        <translation>Delta arrêté avec un arriéré vide après %1 d&apos;attente (%2 modification(s) appliquée(s) entre-temps).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="887"/>
        <source>Delta stopped; reading its change log once more...</source>
        <translation>Delta arrêté ; nouvelle lecture de son journal des modifications...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="894"/>
        <source>The delta is stopped, but %1 change(s) arrived on Magento 1 after its last batch. Is Magento 1 really in maintenance? Start the delta again on the Live changes page and click &quot;Wait and stop delta&quot; once more.</source>
        <translation>Le delta est arrêté, mais %1 modification(s) sont arrivées sur Magento 1 après son dernier lot. Magento 1 est-il vraiment en maintenance ? Redémarrez le delta sur la page Modifications en direct et cliquez une fois de plus sur « Attendre et arrêter le delta ».</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="901"/>
        <source>Delta stopped with an empty backlog after waiting %1 (%2 change(s) applied meanwhile; applied up to #%3).</source>
        <translation>Delta arrêté avec un arriéré vide après %1 d&apos;attente (%2 modification(s) appliquée(s) entre-temps ; appliqué jusqu&apos;à #%3).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="925"/>
        <source>Running on %1: %2</source>
        <translation>Exécution sur %1 : %2</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="926"/>
        <source>Running %1 on %2...</source>
        <translation>Exécution de %1 sur %2...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="929"/>
        <source>Rebuilding %1...</source>
        <translation>Reconstruction de %1...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="931"/>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="932"/>
        <source>%1 rebuilt.</source>
        <translation>%1 reconstruit.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="942"/>
        <source>%1 stopped; nothing was ticked.</source>
        <translation>%1 arrêté ; rien n&apos;a été coché.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="943"/>
        <source>Stopped: run it again.</source>
        <translation>Arrêté : relancez-le.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="954"/>
        <source>%1 failed on %2.</source>
        <translation>%1 a échoué sur %2.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="962"/>
        <source>%1 ran on %2: %3</source>
        <translation>%1 exécuté sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="964"/>
        <source>no output, exit code 0</source>
        <translation>aucune sortie, code de sortie 0</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="968"/>
        <source>%1 rebuilt in %2</source>
        <translation>%1 reconstruit en %2</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="970"/>
        <source>%1 ran on %2: %3.</source>
        <translation>%1 exécuté sur %2 : %3.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="972"/>
        <source>no indexer reported</source>
        <translation>aucun indexeur signalé</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="994"/>
        <source>Reading the store&apos;s pages...</source>
        <translation>Lecture des pages de la boutique...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1003"/>
        <source>Warming: %1 of %2 pages, %3 failed (%4).</source>
        <translation>Préchauffage : %1 pages sur %2, %3 en échec (%4).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1006"/>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1012"/>
        <source>; slowest %1 (%2 ms)</source>
        <translation> ; la plus lente %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1015"/>
        <source>%1 pages fetched in %2: %3 answered, %4 redirected, %5 failed%6.</source>
        <translation>%1 pages récupérées en %2 : %3 ont répondu, %4 redirigées, %5 en échec%6.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1025"/>
        <source>%1 of %2 pages, %3 failed</source>
        <translation>%1 pages sur %2, %3 en échec</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1034"/>
        <source>No page answered: %1 First: %2 (%3). Check the store&apos;s address and the Magento 2 server&apos;s IP address above, and that the web server runs.</source>
        <translation>Aucune page n&apos;a répondu : %1 Première : %2 (%3). Vérifiez ci-dessus l&apos;adresse de la boutique et l&apos;adresse IP du serveur Magento 2, et que le serveur web tourne.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1043"/>
        <source>Warm-up stopped after %1 pages; nothing was ticked.</source>
        <translation>Préchauffage arrêté après %1 pages ; rien n&apos;a été coché.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1046"/>
        <source>The warm-up failed: %1</source>
        <translation>Le préchauffage a échoué : %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1069"/>
        <source>Verifying the migrated data once more...</source>
        <translation>Nouvelle vérification des données migrées...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1095"/>
        <source>%1: %2 of %3 rows (%4).</source>
        <translation>%1 : %2 lignes sur %3 (%4).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1097"/>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1110"/>
        <source>Final verification stopped; nothing was ticked.</source>
        <translation>Vérification finale arrêtée ; rien n&apos;a été coché.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1116"/>
        <source>verification: %1 tables match</source>
        <translation>vérification : %1 tables identiques</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1117"/>
        <source>verification FAILED: %1</source>
        <translation>vérification EN ÉCHEC : %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1126"/>
        <source>delta backlog: no change capture</source>
        <translation>arriéré delta : pas de capture des modifications</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1128"/>
        <source>delta backlog: 0</source>
        <translation>arriéré delta : 0</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1130"/>
        <source>delta backlog: %1 change(s) not applied</source>
        <translation>arriéré delta : %1 modification(s) non appliquée(s)</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1131"/>
        <source>%1 change(s) on Magento 1 are not in Magento 2: start the delta on the Live changes page until its backlog is empty, stop it, then verify again.</source>
        <translation>%1 modification(s) sur Magento 1 ne sont pas dans Magento 2 : démarrez le delta sur la page Modifications en direct jusqu&apos;à ce que son arriéré soit vide, arrêtez-le, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1136"/>
        <source>last order: %1</source>
        <translation>dernière commande : %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1142"/>
        <source>Final verification failed (%1).</source>
        <translation>Échec de la vérification finale (%1).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1156"/>
        <source>overridden: DNS not checked (no store address or server address given).</source>
        <translation>forcé : DNS non vérifié (aucune adresse de boutique ni de serveur indiquée).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1159"/>
        <source>Give the store&apos;s address and the Magento 2 server&apos;s IP address so that Cutover can check DNS, or check &quot;Allow a step out of order&quot; to tick it unchecked.</source>
        <translation>Indiquez l&apos;adresse de la boutique et l&apos;adresse IP du serveur Magento 2 pour que Cutover puisse vérifier le DNS, ou cochez « Autoriser une étape hors de l&apos;ordre » pour la cocher sans vérification.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1167"/>
        <source>Resolving %1...</source>
        <translation>Résolution de %1...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1178"/>
        <source>overridden: DNS does not point at the new server yet: %1</source>
        <translation>forcé : le DNS ne pointe pas encore vers le nouveau serveur : %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1180"/>
        <source>%1 Tick it once the name resolves to %2, or check &quot;Allow a step out of order&quot; to record an override (e.g. a load balancer in front of both servers).</source>
        <translation>%1 Cochez-la une fois que le nom se résout en %2, ou cochez « Autoriser une étape hors de l&apos;ordre » pour enregistrer un forçage (par ex. un répartiteur de charge devant les deux serveurs).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1193"/>
        <source>Save the project first: the report is made from the project file.</source>
        <translation>Enregistrez d&apos;abord le projet : le rapport est produit à partir du fichier de projet.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1201"/>
        <source>Export the migration report</source>
        <translation>Exporter le rapport de migration</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1201"/>
        <source>HTML (*.html);;PDF (*.pdf)</source>
        <translation>HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1212"/>
        <source>Writing the report to %1...</source>
        <translation>Écriture du rapport dans %1...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1222"/>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>cutover::ui::HelpDialog</name>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="53"/>
        <source>From the migration guide in README.md: %1</source>
        <translation>Extrait du guide de migration de README.md : %1</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="54"/>
        <source>Read the whole guide</source>
        <translation>Lire le guide complet</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="55"/>
        <source>The migration guide of README.md, every step in order</source>
        <translation>Le guide de migration de README.md, chaque étape dans l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="57"/>
        <source>Migration guide</source>
        <translation>Guide de migration</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="77"/>
        <source>Help: %1</source>
        <translation>Aide : %1</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="90"/>
        <source>The section &quot;%1&quot; of the migration guide is not in this build of Cutover. Read README.md in Cutover&apos;s source or documentation folder.</source>
        <translation>La section « %1 » du guide de migration ne figure pas dans cette version de Cutover. Lisez README.md dans le dossier des sources ou de la documentation de Cutover.</translation>
    </message>
</context>
<context>
    <name>cutover::ui::MediaPage</name>
    <message>
        <location filename="../wizard/mediapage.cpp" line="30"/>
        <source>copied</source>
        <translation>copiés</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="31"/>
        <source>changed, copied again</source>
        <translation>modifiés, recopiés</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="32"/>
        <source>up to date, skipped</source>
        <translation>à jour, ignorés</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="33"/>
        <source>left behind by rule</source>
        <translation>laissés par règle</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="34"/>
        <source>conflicts at the destination</source>
        <translation>conflits dans la destination</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="35"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="36"/>
        <source>referenced but missing</source>
        <translation>référencés mais absents</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="37"/>
        <source>referenced by nothing</source>
        <translation>référencés par rien</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="57"/>
        <source>Replace files at the destination that differ and that no earlier copy wrote</source>
        <translation>Remplacer les fichiers de la destination qui diffèrent et qu&apos;aucune copie précédente n&apos;a écrits</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="59"/>
        <source>Copy media files</source>
        <translation>Copier les médias</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="60"/>
        <location filename="../wizard/mediapage.cpp" line="182"/>
        <location filename="../wizard/mediapage.cpp" line="279"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="61"/>
        <source>Cancel copy</source>
        <translation>Annuler la copie</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="67"/>
        <source>Media files</source>
        <translation>Fichiers médias</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="68"/>
        <source>Copy the product images, category images, downloads and editor images from Magento 1&apos;s media folder to Magento 2&apos;s pub/media. Run it again right before go-live to pick up new images.</source>
        <translation>Copiez les images de produits, images de catégories, téléchargements et images de l&apos;éditeur du dossier media de Magento 1 vers le pub/media de Magento 2. Relancez juste avant la mise en production pour récupérer les nouvelles images.</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="79"/>
        <source>Media copy report</source>
        <translation>Rapport de la copie des médias</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="80"/>
        <source>Media copy progress</source>
        <translation>Avancement de la copie des médias</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="81"/>
        <source>&lt;magento1-root&gt;/media</source>
        <translation>&lt;magento1-root&gt;/media</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="82"/>
        <source>&lt;magento2-root&gt;/pub/media</source>
        <translation>&lt;magento2-root&gt;/pub/media</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="83"/>
        <source>Off: such files are kept and listed as conflicts. Files an earlier copy wrote are always brought up to date.</source>
        <translation>Désactivé : ces fichiers sont conservés et listés comme conflits. Les fichiers écrits par une copie précédente sont toujours mis à jour.</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="95"/>
        <source>The report of the copy appears here: what was copied, skipped, changed or failed, and what the Magento 1 database names that the folder lacks.</source>
        <translation>Le rapport de la copie s&apos;affiche ici : ce qui a été copié, ignoré, modifié ou a échoué, et ce que la base Magento 1 nomme mais qui manque dans le dossier.</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="125"/>
        <source>Magento 1 media folder:</source>
        <translation>Dossier media Magento 1 :</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="126"/>
        <source>Magento 2 pub/media folder:</source>
        <translation>Dossier pub/media Magento 2 :</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="218"/>
        <source>Give both folders: Magento 1&apos;s media folder and Magento 2&apos;s pub/media folder.</source>
        <translation>Indiquez les deux dossiers : le dossier media de Magento 1 et le dossier pub/media de Magento 2.</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="233"/>
        <source>Reading the folders...</source>
        <translation>Lecture des dossiers...</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="251"/>
        <source>Cross-checking the files with the Magento 1 database...</source>
        <translation>Contrôle croisé des fichiers avec la base Magento 1...</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="258"/>
        <source>%1 of %2 files, %3 of %4</source>
        <translation>%1 sur %2 fichiers, %3 sur %4</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="262"/>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="264"/>
        <source>, about %1 left</source>
        <translation>, environ %1 restant</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="266"/>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="276"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="289"/>
        <source>Cancelling after the files being copied...</source>
        <translation>Annulation après les fichiers en cours de copie...</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="307"/>
        <source>Done in %1 s: %2 files copied (%3), each verified by its hash.</source>
        <translation>Terminé en %1 s : %2 fichiers copiés (%3), chacun vérifié par son hachage.</translation>
    </message>
</context>
<context>
    <name>cutover::ui::MigratePage</name>
    <message>
        <location filename="../wizard/migratepage.cpp" line="45"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="47"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="49"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="51"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="53"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="76"/>
        <source>&amp;Settings: configuration, websites, store groups and store views</source>
        <translation>&amp;Paramètres : configuration, sites, groupes de magasins et vues de magasin</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="77"/>
        <source>&amp;Data: catalog, customers, sales, content and the rest</source>
        <translation>&amp;Données : catalogue, clients, ventes, contenu et le reste</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="78"/>
        <source>&amp;Verify after the copy (row counts and checksums, table by table)</source>
        <translation>&amp;Vérifier après la copie (nombres de lignes et sommes de contrôle, table par table)</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="80"/>
        <source>Visitor &amp;logs: carry Magento 1&apos;s log_visitor too (often large, rarely needed)</source>
        <translation>&amp;Journaux de visiteurs : transférer aussi log_visitor de Magento 1 (souvent volumineux, rarement utile)</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="81"/>
        <source>Rep&amp;orts and statistics: carry report_event and the statistics tables</source>
        <translation>Rapp&amp;orts et statistiques : transférer report_event et les tables de statistiques</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="84"/>
        <source>&amp;Install change capture...</source>
        <translation>&amp;Installer la capture des modifications...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="85"/>
        <source>S&amp;tart</source>
        <translation>Démar&amp;rer</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="86"/>
        <location filename="../wizard/migratepage.cpp" line="345"/>
        <location filename="../wizard/migratepage.cpp" line="853"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="87"/>
        <source>&amp;Cancel run</source>
        <translation>Annuler l&apos;e&amp;xécution</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="88"/>
        <source>&amp;Reset destination...</source>
        <translation>Réinitialiser la &amp;destination...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="92"/>
        <source>Check i&amp;ntegrity</source>
        <translation>Vérifier l&apos;i&amp;ntégrité</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="98"/>
        <source>Settings and data</source>
        <translation>Paramètres et données</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="99"/>
        <source>Copies the store&apos;s settings and then its data from Magento 1 to Magento 2, many tables at once. Magento 1 is only read. You can pause or cancel at any time; starting again resumes where the run stopped.</source>
        <translation>Copie les paramètres de la boutique puis ses données de Magento 1 vers Magento 2, plusieurs tables à la fois. Magento 1 est seulement lu. Vous pouvez mettre en pause ou annuler à tout moment ; redémarrer reprend là où l&apos;exécution s&apos;est arrêtée.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="117"/>
        <source>Left behind, Magento 2 starts with empty reports; it rebuilds its sales statistics from the orders (Reports &gt; Statistics &gt; Refresh Statistics). Change capture then puts no trigger on report_event, which Magento 1 writes on every product view.</source>
        <translation>Laissés de côté, Magento 2 démarre avec des rapports vides ; il reconstruit ses statistiques de ventes à partir des commandes (Reports &gt; Statistics &gt; Refresh Statistics). La capture des changements ne pose alors aucun déclencheur sur report_event, que Magento 1 écrit à chaque vue de produit.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="120"/>
        <source>Magento 2&apos;s cron deletes quotes not updated within the quote lifetime (checkout/cart/delete_quote_after, 30 days unless set) at its first run. Left behind, they are not copied at all; a customer who comes back to one during delta brings it back whole.</source>
        <translation>Le cron de Magento 2 supprime à sa première exécution les paniers non mis à jour pendant leur durée de vie (checkout/cart/delete_quote_after, 30 jours si non définie). Laissés de côté, ils ne sont pas copiés du tout ; un client qui revient à l&apos;un d&apos;eux pendant le delta le ramène en entier.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="137"/>
        <source>Rename the later ones (path-1.html), listed in the report</source>
        <translation>Renommer les suivantes (path-1.html), listées dans le rapport</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="139"/>
        <source>Keep only the first, list the others in the report</source>
        <translation>Ne garder que la première, lister les autres dans le rapport</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="141"/>
        <source>What to do when two Magento 1 URL rewrites have the same request path in one store view, which Magento 2 does not allow.</source>
        <translation>Que faire quand deux réécritures d&apos;URL de Magento 1 ont le même chemin de requête dans une vue de magasin, ce que Magento 2 n&apos;autorise pas.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="150"/>
        <location filename="../wizard/migratepage.cpp" line="273"/>
        <source>Test both connections on the Connections page first.</source>
        <translation>Testez d&apos;abord les deux connexions sur la page Connexions.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="151"/>
        <source>Migration progress</source>
        <translation>Progression de la migration</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="152"/>
        <source>Rows copied</source>
        <translation>Lignes copiées</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="154"/>
        <source>Removes exactly what Cutover wrote to the Magento 2 database and puts back the rows it replaced, so that the next run starts clean.</source>
        <translation>Supprime exactement ce que Cutover a écrit dans la base Magento 2 et remet en place les lignes qu&apos;il a remplacées, pour que la prochaine exécution parte de zéro.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="157"/>
        <source>Checks the mapping against both databases before data moves, writing nothing: tables and fields Magento 2 lacks, required fields without a source, type mismatches, unknown handlers, orphan rows.</source>
        <translation>Vérifie le mappage par rapport aux deux bases avant le transfert des données, sans rien écrire : tables et champs absents de Magento 2, champs obligatoires sans source, incompatibilités de type, handlers inconnus, lignes orphelines.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="162"/>
        <source>Check the integrity of the mapping before the data moves.</source>
        <translation>Vérifiez l&apos;intégrité du mappage avant le transfert des données.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="164"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="164"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="164"/>
        <source>Fix</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="165"/>
        <source>Integrity findings</source>
        <translation>Constats d&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="175"/>
        <source>Step and table</source>
        <translation>Étape et table</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="175"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="175"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="176"/>
        <source>Steps and tables</source>
        <translation>Étapes et tables</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="182"/>
        <source>Migration log</source>
        <translation>Journal de migration</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="184"/>
        <source>Warnings and the report appear here.</source>
        <translation>Les avertissements et le rapport apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="204"/>
        <source>Same &amp;URL twice in a store view:</source>
        <translation>Même &amp;URL deux fois dans une vue de magasin :</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="303"/>
        <source>The mapping is checked against both databases before the data moves: press Check integrity, or Start checks it first.</source>
        <translation>Le mappage est vérifié par rapport aux deux bases avant le transfert des données : cliquez sur « Vérifier l&apos;intégrité », ou « Démarrer » le vérifie d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="359"/>
        <source>Reading whether change capture is installed on Magento 1...</source>
        <translation>Lecture de l&apos;installation éventuelle de la capture des modifications sur Magento 1...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="419"/>
        <source>Visitor &amp;logs: carry Magento 1&apos;s log_visitor too (about %1 rows, %2 MB; rarely needed)</source>
        <translation>&amp;Journaux de visiteurs : transférer aussi log_visitor de Magento 1 (environ %1 lignes, %2 Mo ; rarement utile)</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="421"/>
        <source>Visitor &amp;logs: carry Magento 1&apos;s log_visitor too (%1 rows, %2 MB; rarely needed)</source>
        <translation>&amp;Journaux de visiteurs : transférer aussi log_visitor de Magento 1 (%1 lignes, %2 Mo ; rarement utile)</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="427"/>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/migratepage.cpp" line="429"/>
        <source>Rep&amp;orts and statistics: carry them too (%1 rows in %n table(s), %2 MB)</source>
        <translation>
            <numerusform>Rapp&amp;orts et statistiques : les transférer aussi (%1 lignes dans %n table, %2 Mo)</numerusform>
            <numerusform>Rapp&amp;orts et statistiques : les transférer aussi (%1 lignes dans %n tables, %2 Mo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/migratepage.cpp" line="436"/>
        <source>Old &amp;quotes: carry the %n cart(s) not updated since %1 too (of %2; about %3 MB)</source>
        <translation>
            <numerusform>Ancien&amp;s paniers : transférer aussi le panier non mis à jour depuis %1 (sur %2 ; environ %3 Mo)</numerusform>
            <numerusform>Ancien&amp;s paniers : transférer aussi les %n paniers non mis à jour depuis %1 (sur %2 ; environ %3 Mo)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="443"/>
        <source>Could not read the change capture&apos;s state on Magento 1: %1</source>
        <translation>Impossible de lire l&apos;état de la capture des modifications sur Magento 1 : %1</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="445"/>
        <source>Change capture is installed on Magento 1: orders, customers and every other change made during the copy will be carried over by delta.</source>
        <translation>La capture des modifications est installée sur Magento 1 : les commandes, les clients et toute autre modification faite pendant la copie seront transférés par le delta.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="448"/>
        <source>Change capture is not installed on Magento 1, so changes made to the store during the copy will not be carried over to Magento 2. Install it before you start.</source>
        <translation>La capture des modifications n&apos;est pas installée sur Magento 1 : les modifications faites sur la boutique pendant la copie ne seront donc pas transférées vers Magento 2. Installez-la avant de démarrer.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="462"/>
        <source>Change capture</source>
        <translation>Capture des modifications</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="463"/>
        <source>Change capture cannot be installed on this server yet:

%1</source>
        <translation>La capture des modifications ne peut pas encore être installée sur ce serveur :

%1</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="466"/>
        <source>Install change capture</source>
        <translation>Installer la capture des modifications</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/migratepage.cpp" line="467"/>
        <source>Cutover will create %n trigger(s) and two tables of its own (the change log and its meta table) on the Magento 1 database, for these %1 tables. Nothing else on Magento 1 changes, and &apos;Remove capture&apos; on the Delta page removes all of it.</source>
        <translation>
            <numerusform>Cutover créera %n déclencheur et deux tables à lui (le journal des modifications et sa table méta) sur la base Magento 1, pour ces %1 tables. Rien d&apos;autre ne change sur Magento 1, et « Supprimer la capture » sur la page Delta retire le tout.</numerusform>
            <numerusform>Cutover créera %n déclencheurs et deux tables à lui (le journal des modifications et sa table méta) sur la base Magento 1, pour ces %1 tables. Rien d&apos;autre ne change sur Magento 1, et « Supprimer la capture » sur la page Delta retire le tout.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="478"/>
        <source>Installing change capture on %1...</source>
        <translation>Installation de la capture des modifications sur %1...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="489"/>
        <source>Change capture installed.</source>
        <translation>Capture des modifications installée.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="491"/>
        <source>Change capture was not installed: %1</source>
        <translation>La capture des modifications n&apos;a pas été installée : %1</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="521"/>
        <source>A fix is written to the project&apos;s override map: save the project first.</source>
        <translation>Un correctif est écrit dans le mappage de surcharge du projet : enregistrez d&apos;abord le projet.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="524"/>
        <source>Applying &quot;%1&quot; and checking again...</source>
        <translation>Application de « %1 » et nouvelle vérification...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="525"/>
        <source>Checking the mapping against both databases...</source>
        <translation>Vérification du mappage par rapport aux deux bases...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="572"/>
        <source>Fix written to the project&apos;s override map %1.</source>
        <translation>Correctif écrit dans le mappage de surcharge %1 du projet.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="577"/>
        <source>The integrity check could not run: %1</source>
        <translation>Le contrôle d&apos;intégrité n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="582"/>
        <source>The data migration did not start. Press Start again to migrate without the integrity check.</source>
        <translation>La migration des données n&apos;a pas démarré. Cliquez de nouveau sur « Démarrer » pour migrer sans contrôle d&apos;intégrité.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="589"/>
        <source>The data migration did not start: fix the errors the integrity check found, then press Start.</source>
        <translation>La migration des données n&apos;a pas démarré : corrigez les erreurs trouvées par le contrôle d&apos;intégrité, puis cliquez sur « Démarrer ».</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="613"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="613"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="624"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="624"/>
        <source>Map</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="630"/>
        <source>Choose a fix</source>
        <translation>Choisir un correctif</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="631"/>
        <source>Ignore it, or map it to one of the fields offered</source>
        <translation>L’ignorer, ou le mapper vers l’un des champs proposés</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/migratepage.cpp" line="646"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n avertissement.</numerusform>
            <numerusform>%n avertissements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/migratepage.cpp" line="648"/>
        <source>%n error(s) block the data migration: fix them below, or change the mapping, and the check runs again.</source>
        <translation>
            <numerusform>%n erreur bloque la migration des données : corrigez-la ci-dessous, ou modifiez le mappage, et le contrôle est relancé.</numerusform>
            <numerusform>%n erreurs bloquent la migration des données : corrigez-les ci-dessous, ou modifiez le mappage, et le contrôle est relancé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="653"/>
        <source>No errors: the data migration may start.</source>
        <translation>Aucune erreur : la migration des données peut démarrer.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="675"/>
        <source>Checking the mapping against both databases before the data moves...</source>
        <translation>Vérification du mappage par rapport aux deux bases avant le transfert des données...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="685"/>
        <source>Reading the mapping...</source>
        <translation>Lecture du mappage...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="688"/>
        <source>Warning: change capture is not installed; changes made to Magento 1 during the copy will not be carried over.</source>
        <translation>Avertissement : la capture des modifications n&apos;est pas installée ; les modifications faites sur Magento 1 pendant la copie ne seront pas transférées.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="540"/>
        <location filename="../wizard/migratepage.cpp" line="716"/>
        <source>No Data Migration Tool configuration is set; the tables cannot be mapped.</source>
        <translation>Aucune configuration du Data Migration Tool n&apos;est définie ; les tables ne peuvent pas être mappées.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="82"/>
        <source>Old &amp;quotes: carry carts older than the store&apos;s quote lifetime too</source>
        <translation>Ancien&amp;s paniers : transférer aussi ceux au-delà de la durée de vie des paniers</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="728"/>
        <source>Could not load the Data Migration Tool configuration %1: %2</source>
        <translation>Impossible de charger la configuration %1 du Data Migration Tool : %2</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="748"/>
        <source>Not started.</source>
        <translation>Non démarré.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="749"/>
        <source>Replacing the store in use %1 was not confirmed; nothing was written. Migrate into a freshly installed Magento 2, or start again and type the database name.</source>
        <translation>Le remplacement de la boutique en service %1 n&apos;a pas été confirmé ; rien n&apos;a été écrit. Migrez vers un Magento 2 fraîchement installé, ou redémarrez et saisissez le nom de la base.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="783"/>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="787"/>
        <source>Started: %1 from %2 to %3.</source>
        <translation>Démarré : %1 de %2 vers %3.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="789"/>
        <source>Planning the tables...</source>
        <translation>Planification des tables...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="815"/>
        <source>%1: %2 of %3 rows, %4 of %5 tables</source>
        <translation>%1 : %2 lignes sur %3, %4 tables sur %5</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="820"/>
        <source>, %1 rows/s</source>
        <translation>, %1 lignes/s</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="822"/>
        <source>, about %1 left</source>
        <translation>, environ %1 restant</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="824"/>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="837"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="849"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="850"/>
        <source>Paused: the tables in progress stop after their current batch.</source>
        <translation>En pause : les tables en cours s&apos;arrêtent après leur lot actuel.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="854"/>
        <source>Resumed.</source>
        <translation>Reprise.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="864"/>
        <source>Cancelling: every table stops after its current batch; what was written is kept and the next run resumes from there.</source>
        <translation>Annulation : chaque table s&apos;arrête après son lot actuel ; ce qui a été écrit est conservé et la prochaine exécution reprend à partir de là.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/migratepage.cpp" line="889"/>
        <source>%n row(s) skipped: %1</source>
        <translation>
            <numerusform>%n ligne ignorée : %1</numerusform>
            <numerusform>%n lignes ignorées : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="900"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="912"/>
        <source>Verifying what was carried...</source>
        <translation>Vérification de ce qui a été transféré...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="913"/>
        <source>Verifying: row counts and checksums of the mapped columns, table by table.</source>
        <translation>Vérification : nombres de lignes et sommes de contrôle des colonnes mappées, table par table.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/migratepage.cpp" line="924"/>
        <source>%n row(s) written</source>
        <translation>
            <numerusform>%n ligne écrite</numerusform>
            <numerusform>%n lignes écrites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="934"/>
        <source>verified: source and destination agree</source>
        <translation>vérifié : la source et la destination concordent</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="948"/>
        <source>Finished in %1: %2.</source>
        <translation>Terminé en %1 : %2.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="951"/>
        <source>Cancelled after %1. Start again to resume where it stopped.</source>
        <translation>Annulé après %1. Redémarrez pour reprendre là où cela s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="954"/>
        <source>Failed after %1.</source>
        <translation>Échec après %1.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="955"/>
        <source>The run failed; the log below says where.</source>
        <translation>L&apos;exécution a échoué ; le journal ci-dessous indique où.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="1006"/>
        <source>Replace a store in use?</source>
        <translation>Remplacer une boutique en service ?</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="1008"/>
        <source>Type the database name, %1, to replace its store:</source>
        <translation>Saisissez le nom de la base, %1, pour remplacer sa boutique :</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="1019"/>
        <source>Reset destination</source>
        <translation>Réinitialiser la destination</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="1020"/>
        <source>This removes every row Cutover wrote to %1 and puts back the rows it replaced. Type the database name, %2, to confirm.</source>
        <translation>Cela supprime chaque ligne que Cutover a écrite dans %1 et remet en place les lignes qu&apos;il a remplacées. Saisissez le nom de la base, %2, pour confirmer.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="1027"/>
        <source>The name typed does not match the destination database %1; nothing was reset.</source>
        <translation>Le nom saisi ne correspond pas à la base de destination %1 ; rien n&apos;a été réinitialisé.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="1033"/>
        <source>Resetting %1...</source>
        <translation>Réinitialisation de %1...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="1044"/>
        <source>Reset done: the destination holds what it held before Cutover wrote to it.</source>
        <translation>Réinitialisation terminée : la destination contient ce qu&apos;elle contenait avant que Cutover y écrive.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="1046"/>
        <source>The reset did not finish: %1</source>
        <translation>La réinitialisation ne s&apos;est pas terminée : %1</translation>
    </message>
</context>
<context>
    <name>cutover::ui::OverviewWindow</name>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="114"/>
        <source>Cutover: migration overview</source>
        <translation>Cutover : vue d&apos;ensemble de la migration</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="115"/>
        <location filename="../wizard/overviewwindow.cpp" line="569"/>
        <source>Migration overview</source>
        <translation>Vue d&apos;ensemble de la migration</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="125"/>
        <source>Time now</source>
        <translation>Heure actuelle</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="126"/>
        <location filename="../wizard/overviewwindow.cpp" line="989"/>
        <source>Presentation mode (F11)</source>
        <translation>Mode présentation (F11)</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="128"/>
        <source>Full screen for a projector; Esc or F11 leaves it.</source>
        <translation>Plein écran pour un projecteur ; Échap ou F11 pour en sortir.</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="137"/>
        <source>Downtime clock</source>
        <translation>Chronomètre d&apos;interruption de service</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="169"/>
        <source>%1 progress</source>
        <translation>Progression : %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="187"/>
        <source>Delta live figures</source>
        <translation>Chiffres du delta en direct</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="231"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="233"/>
        <source>Pre-flight</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="235"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="237"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="239"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="241"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="243"/>
        <source>Reindex</source>
        <translation>Réindexation</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="245"/>
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="247"/>
        <source>Go-live</source>
        <translation>Mise en production</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="249"/>
        <source>Store open</source>
        <translation>Boutique ouverte</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="258"/>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="260"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="262"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="264"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="266"/>
        <source>Skipped (override)</source>
        <translation>Ignoré (forçage)</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="395"/>
        <location filename="../wizard/overviewwindow.cpp" line="449"/>
        <source>The project file %1 is not there any more: showing what it held before.</source>
        <translation>Le fichier de projet %1 n&apos;existe plus : affichage de ce qu&apos;il contenait auparavant.</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="409"/>
        <location filename="../wizard/overviewwindow.cpp" line="457"/>
        <source>The project file could not be read (%1). Showing the figures read before; fix or reopen the project.</source>
        <translation>Impossible de lire le fichier de projet (%1). Affichage des chiffres lus auparavant ; corrigez le problème ou rouvrez le projet.</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="521"/>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="522"/>
        <location filename="../wizard/overviewwindow.cpp" line="812"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="530"/>
        <source>%1 changes applied</source>
        <translation>%1 modifications appliquées</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="532"/>
        <source>%1 changes/s</source>
        <translation>%1 modifications/s</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="533"/>
        <source>backlog %1</source>
        <translation>arriéré %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="534"/>
        <source>lag %1</source>
        <translation>retard %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="536"/>
        <source>about %1 to catch up</source>
        <translation>environ %1 pour rattraper le retard</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="538"/>
        <source>%1 failed (retried)</source>
        <translation>%1 en échec (nouvelle tentative)</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="557"/>
        <source>%1, running %2</source>
        <translation>%1, en cours depuis %2</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="558"/>
        <source>%1, took %2</source>
        <translation>%1, durée %2</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="562"/>
        <source>about %1 left</source>
        <translation>environ %1 restant</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="565"/>
        <source>Cancelled before the end. </source>
        <translation>Annulé avant la fin. </translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="607"/>
        <source>Both databases pass their tests in this session.</source>
        <translation>Les deux bases de données réussissent leurs tests dans cette session.</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="629"/>
        <source>%1 of %2 checklist items ticked</source>
        <translation>%1 éléments sur %2 de la liste de contrôle cochés</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="634"/>
        <source>last ticked %1</source>
        <translation>dernière coche %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="675"/>
        <source>%1 rows copied, %2 tables, %3 skipped, %4 warnings</source>
        <translation>%1 lignes copiées, %2 tables, %3 ignorées, %4 avertissements</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="684"/>
        <source>%1: %2 of %3 rows</source>
        <translation>%1 : %2 lignes sur %3</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="685"/>
        <source>%1 of %2 tables</source>
        <translation>%1 tables sur %2</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="687"/>
        <source>%1 rows/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="691"/>
        <location filename="../wizard/overviewwindow.cpp" line="741"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="718"/>
        <source>%1 files copied (%2), %3 up to date, %4 failed</source>
        <translation>%1 fichiers copiés (%2), %3 à jour, %4 en échec</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="728"/>
        <source>reading the folders</source>
        <translation>lecture des dossiers</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="730"/>
        <source>cross-checking the files with the database</source>
        <translation>recoupement des fichiers avec la base de données</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="734"/>
        <source>%1 of %2 files</source>
        <translation>%1 fichiers sur %2</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="735"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="737"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="748"/>
        <source>%1 files looked at, %2 copied in this session</source>
        <translation>%1 fichiers examinés, %2 copiés dans cette session</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="778"/>
        <source>%1 tables match, %2 differ, %3 could not be compared</source>
        <translation>%1 tables concordent, %2 diffèrent, %3 n&apos;ont pas pu être comparées</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="799"/>
        <source>%1 of %2 indexers rebuilt, %3 failed</source>
        <translation>%1 indexeurs sur %2 reconstruits, %3 en échec</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="864"/>
        <source>%1 of %2 steps done</source>
        <translation>%1 étapes sur %2 faites</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="868"/>
        <source>, next: %1</source>
        <translation>, ensuite : %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="871"/>
        <source> · a step was done out of order or with an override</source>
        <translation> · une étape a été faite hors de l&apos;ordre ou avec un forçage</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="877"/>
        <source>downtime %1</source>
        <translation>interruption de service %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="886"/>
        <source>open since %1 · downtime was %2</source>
        <translation>ouverte depuis %1 · l&apos;interruption de service a duré %2</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="891"/>
        <source>Downtime %1 — Magento 1 in maintenance since %2</source>
        <translation>Interruption de service %1 — Magento 1 en maintenance depuis %2</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="896"/>
        <source>Downtime %1 — the store is open since %2</source>
        <translation>Interruption de service %1 — la boutique est ouverte depuis %2</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="917"/>
        <source>not run before later phases went ahead</source>
        <translation>non exécutée avant le lancement des phases suivantes</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="929"/>
        <source>Delta %1: %2</source>
        <translation>Delta %1 : %2</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="931"/>
        <source>Delta stopped: %1</source>
        <translation>Delta arrêté : %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="933"/>
        <source>Delta is not running in this window</source>
        <translation>Le delta ne tourne pas dans cette fenêtre</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="989"/>
        <source>Leave presentation (Esc)</source>
        <translation>Quitter la présentation (Échap)</translation>
    </message>
</context>
<context>
    <name>cutover::ui::PreflightPage</name>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="61"/>
        <source>Re-check</source>
        <translation>Revérifier</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="67"/>
        <source>Pre-flight</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="68"/>
        <source>Before data moves, the old store should be quiet: cron stopped and nobody editing in the admin. Orders may keep coming; delta migration carries them.</source>
        <translation>Avant de déplacer les données, l&apos;ancienne boutique doit être calme : cron arrêté et personne ne modifie rien dans l&apos;admin. Les commandes peuvent continuer d&apos;arriver ; la migration delta les transfère.</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="81"/>
        <source>the folder that holds app/Mage.php and media/ (optional)</source>
        <translation>le dossier qui contient app/Mage.php et media/ (facultatif)</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="82"/>
        <source>the folder that holds bin/magento and pub/ (optional)</source>
        <translation>le dossier qui contient bin/magento et pub/ (facultatif)</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="99"/>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="113"/>
        <source>Magento 1 folder:</source>
        <translation>Dossier Magento 1 :</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="71"/>
        <location filename="../wizard/preflightpage.cpp" line="113"/>
        <source>Magento 1 folder</source>
        <translation>Dossier Magento 1</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="114"/>
        <source>Magento 2 folder:</source>
        <translation>Dossier Magento 2 :</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="73"/>
        <location filename="../wizard/preflightpage.cpp" line="114"/>
        <source>Magento 2 folder</source>
        <translation>Dossier Magento 2</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="76"/>
        <source>Checking</source>
        <translation>Vérification en cours</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="79"/>
        <source>Pre-flight findings</source>
        <translation>Constats des vérifications préalables</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="121"/>
        <source>Checklist: what the database cannot show (tick when done)</source>
        <translation>Liste de contrôle : ce que la base de données ne peut pas montrer (cochez une fois fait)</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="190"/>
        <source>Checking %1...</source>
        <translation>Vérification : %1...</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="211"/>
        <source>What to do: %1</source>
        <translation>À faire : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/preflightpage.cpp" line="221"/>
        <source>Checked at %1: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>Vérifié à %1 : %n problème à corriger d&apos;abord.</numerusform>
            <numerusform>Vérifié à %1 : %n problèmes à corriger d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/preflightpage.cpp" line="224"/>
        <source>Checked at %1: %n warning(s). Deal with them, then re-check.</source>
        <translation>
            <numerusform>Vérifié à %1 : %n avertissement. Traitez-le, puis revérifiez.</numerusform>
            <numerusform>Vérifié à %1 : %n avertissements. Traitez-les, puis revérifiez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="226"/>
        <source>Checked at %1: all clear.</source>
        <translation>Vérifié à %1 : tout est en ordre.</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="242"/>
        <source>The tick could not be saved in the project file %1. Check that the file is writable.</source>
        <translation>La coche n&apos;a pas pu être enregistrée dans le fichier de projet %1. Vérifiez que le fichier est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="267"/>
        <source>ticked by %1, %2</source>
        <translation>cochée par %1, %2</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="267"/>
        <source>unticked by %1, %2</source>
        <translation>décochée par %1, %2</translation>
    </message>
</context>
<context>
    <name>cutover::ui::ReindexPage</name>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="98"/>
        <source>Reindex</source>
        <translation>Réindexation</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="99"/>
        <source>Magento 2 rebuilds its indexes (prices, stock, search, categories) from the migrated data with bin/magento indexer:reindex. Run it here, on this computer or over your own ssh, or skip it if you reindexed yourself.</source>
        <translation>Magento 2 reconstruit ses index (prix, stock, recherche, catégories) à partir des données migrées avec bin/magento indexer:reindex. Lancez-la ici, sur cet ordinateur ou via votre propre ssh, ou ignorez cette étape si vous avez réindexé vous-même.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="104"/>
        <source>Where Magento 2 is installed</source>
        <translation>Où Magento 2 est installé</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="105"/>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="107"/>
        <source>On another server, over SSH (your own ssh and keys)</source>
        <translation>Sur un autre serveur, via SSH (votre propre ssh et vos clés)</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="116"/>
        <source>deploy</source>
        <translation>deploy</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="119"/>
        <source>shop.example.com or shop.example.com:2222</source>
        <translation>shop.example.com ou shop.example.com:2222</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="123"/>
        <source>SSH user:</source>
        <translation>Utilisateur SSH :</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="124"/>
        <source>SSH host:</source>
        <translation>Hôte SSH :</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="128"/>
        <source>/var/www/magento2</source>
        <translation>/var/www/magento2</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="141"/>
        <source>Indexers</source>
        <translation>Indexeurs</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="142"/>
        <source>All of them</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="144"/>
        <source>Only those ticked:</source>
        <translation>Seulement ceux cochés :</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="152"/>
        <source>Indexers to run</source>
        <translation>Indexeurs à exécuter</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="181"/>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="183"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="187"/>
        <source>Runs on:</source>
        <translation>S&apos;exécute sur :</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="188"/>
        <source>Command:</source>
        <translation>Commande :</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="201"/>
        <source>Indexers and their results</source>
        <translation>Indexeurs et leurs résultats</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="202"/>
        <source>Indexer</source>
        <translation>Indexeur</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="202"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="202"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="210"/>
        <source>Reindex log</source>
        <translation>Journal de la réindexation</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="216"/>
        <source>Output of the selected indexer</source>
        <translation>Sortie de l&apos;indexeur sélectionné</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="219"/>
        <source>Select an indexer to see its output.</source>
        <translation>Sélectionnez un indexeur pour voir sa sortie.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="229"/>
        <source>Skip: I reindexed this store myself</source>
        <translation>Ignorer : j&apos;ai réindexé cette boutique moi-même</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="233"/>
        <source>Test the new store</source>
        <translation>Tester la nouvelle boutique</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="245"/>
        <source>Browse a category: products, prices and images show.</source>
        <translation>Parcourez une catégorie : les produits, prix et images s&apos;affichent.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="245"/>
        <source>Search for a product you know.</source>
        <translation>Recherchez un produit que vous connaissez.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="246"/>
        <source>Log in as a migrated customer with their old password, and see their orders.</source>
        <translation>Connectez-vous en tant que client migré avec son ancien mot de passe, et consultez ses commandes.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="247"/>
        <source>Place a test order, then cancel it in the admin.</source>
        <translation>Passez une commande de test, puis annulez-la dans l&apos;admin.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="342"/>
        <source>Magento 2 folder on that server:</source>
        <translation>Dossier Magento 2 sur ce serveur :</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="342"/>
        <source>Magento 2 folder:</source>
        <translation>Dossier Magento 2 :</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="353"/>
        <source>Give the folder Magento 2 is installed in (it holds bin/magento).</source>
        <translation>Indiquez le dossier où Magento 2 est installé (il contient bin/magento).</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="357"/>
        <source>Give the SSH host (the name or address you use with ssh).</source>
        <translation>Indiquez l&apos;hôte SSH (le nom ou l&apos;adresse que vous utilisez avec ssh).</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="359"/>
        <source>Tick at least one indexer, or choose all of them.</source>
        <translation>Cochez au moins un indexeur, ou choisissez-les tous.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="383"/>
        <source>Last reindex: %1, %2 (%3).</source>
        <translation>Dernière réindexation : %1, %2 (%3).</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="415"/>
        <location filename="../wizard/reindexpage.cpp" line="539"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="423"/>
        <source>Reindexing on %1...</source>
        <translation>Réindexation sur %1...</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="438"/>
        <source>Stopping the reindex...</source>
        <translation>Arrêt de la réindexation...</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="471"/>
        <location filename="../wizard/reindexpage.cpp" line="539"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="482"/>
        <source>rebuilt</source>
        <translation>reconstruit</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="485"/>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="488"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="540"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="540"/>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/reindexpage.cpp" line="547"/>
        <source>%n indexer(s) rebuilt on %1 in %2.</source>
        <translation>
            <numerusform>%n indexeur reconstruit sur %1 en %2.</numerusform>
            <numerusform>%n indexeurs reconstruits sur %1 en %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="551"/>
        <source>Reindex stopped on %1 after %2.</source>
        <translation>Réindexation arrêtée sur %1 après %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/reindexpage.cpp" line="555"/>
        <source>%n indexer(s) failed on %1: select one to see its output, fix the cause and run again.</source>
        <translation>
            <numerusform>%n indexeur a échoué sur %1 : sélectionnez-le pour voir sa sortie, corrigez la cause et relancez.</numerusform>
            <numerusform>%n indexeurs ont échoué sur %1 : sélectionnez-en un pour voir sa sortie, corrigez la cause et relancez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="559"/>
        <source>The reindex failed on %1.</source>
        <translation>La réindexation a échoué sur %1.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="599"/>
        <source>The choice could not be saved in the project file %1. Check that the file is writable.</source>
        <translation>Impossible d&apos;enregistrer le choix dans le fichier de projet %1. Vérifiez que le fichier est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="604"/>
        <source>Reindex skipped in the wizard: the user reindexed the store themselves.</source>
        <translation>Réindexation ignorée dans l&apos;assistant : l&apos;utilisateur a réindexé la boutique lui-même.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="622"/>
        <source>Test the Magento 2 connection on the Connections page to see the store&apos;s address here.</source>
        <translation>Testez la connexion Magento 2 sur la page Connexions pour voir ici l&apos;adresse de la boutique.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="629"/>
        <source>Reading the store&apos;s address from the Magento 2 database...</source>
        <translation>Lecture de l&apos;adresse de la boutique dans la base Magento 2...</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="642"/>
        <source>The Magento 2 database has no active store view.</source>
        <translation>La base de données Magento 2 n&apos;a aucune vue de magasin active.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="661"/>
        <source>The store&apos;s address could not be read: %1</source>
        <translation>Impossible de lire l&apos;adresse de la boutique : %1</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="664"/>
        <source>Open the store: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Ouvrir la boutique : &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>cutover::ui::WelcomePage</name>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="33"/>
        <source>Cutover projects (*%1)</source>
        <translation>Projets Cutover (*%1)</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="43"/>
        <source>Welcome to Cutover</source>
        <translation>Bienvenue dans Cutover</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="44"/>
        <source>Move a live Magento 1 store to Magento 2: settings, catalog, customers, orders, content and media, then keep both in step until you switch over.</source>
        <translation>Migrez une boutique Magento 1 en production vers Magento 2 : paramètres, catalogue, clients, commandes, contenus et médias, puis gardez les deux synchronisées jusqu&apos;à la bascule.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="50"/>
        <source>A project remembers the two stores and how far the migration has come. Start a new one, open one you saved, or try Cutover on a demo store that runs on this computer: a generated Magento 1 shop and an empty Magento 2.</source>
        <translation>Un projet mémorise les deux boutiques et l&apos;avancement de la migration. Créez-en un, ouvrez un projet enregistré ou essayez Cutover sur une boutique de démonstration qui tourne sur cet ordinateur : une boutique Magento 1 générée et un Magento 2 vide.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="58"/>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="60"/>
        <source>Open project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="62"/>
        <source>Open demo store</source>
        <translation>Ouvrir la boutique de démo</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="64"/>
        <source>Starts a private MariaDB server in %1 with a generated Magento 1 store and a Magento 2 database, and opens a project for them.</source>
        <translation>Démarre un serveur MariaDB privé dans %1 avec une boutique Magento 1 générée et une base Magento 2, et ouvre un projet pour elles.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="88"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="108"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="124"/>
        <location filename="../wizard/welcomepage.cpp" line="128"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="130"/>
        <source>Double-click a project to open it.</source>
        <translation>Double-cliquez sur un projet pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="131"/>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="143"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="183"/>
        <source>New Cutover project</source>
        <translation>Nouveau projet Cutover</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="192"/>
        <source>Open a Cutover project</source>
        <translation>Ouvrir un projet Cutover</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="223"/>
        <source>%1 (missing)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="226"/>
        <source>This file no longer exists: %1. Select it and click &quot;Remove from list&quot;.</source>
        <translation>Ce fichier n&apos;existe plus : %1. Sélectionnez-le et cliquez sur « Retirer de la liste ».</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="230"/>
        <source>Double-click to open %1.</source>
        <translation>Double-cliquez pour ouvrir %1.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="234"/>
        <source>No recent projects yet.</source>
        <translation>Aucun projet récent pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="246"/>
        <source>Open project: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Projet ouvert : &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="276"/>
        <source>Preparing the demo store…</source>
        <translation>Préparation de la boutique de démo…</translation>
    </message>
</context>
<context>
    <name>cutover::ui::WizardController</name>
    <message>
        <location filename="../wizard/wizardcontroller.cpp" line="97"/>
        <source>The project file %1 could not be saved because of an unexpected error.</source>
        <translation>Impossible d&apos;enregistrer le fichier de projet %1 à cause d&apos;une erreur inattendue.</translation>
    </message>
    <message>
        <location filename="../wizard/wizardcontroller.cpp" line="200"/>
        <location filename="../wizard/wizardcontroller.cpp" line="203"/>
        <source>The project file could not be saved with an id for the keychain.</source>
        <translation>Le fichier de projet n&apos;a pas pu être enregistré avec un identifiant pour le trousseau.</translation>
    </message>
    <message>
        <location filename="../wizard/wizardcontroller.cpp" line="285"/>
        <source>The demo store could not be prepared because of an unexpected error.</source>
        <translation>La boutique de démo n&apos;a pas pu être préparée à cause d&apos;une erreur inattendue.</translation>
    </message>
    <message>
        <location filename="../wizard/wizardcontroller.cpp" line="310"/>
        <source>The demo store could not be prepared. %1</source>
        <translation>La boutique de démo n&apos;a pas pu être préparée. %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="33"/>
        <source>Cutover migrates a live Magento 1 store to Magento 2. With no project, it opens on a demo store that it prepares on this computer.</source>
        <translation>Cutover migre une boutique Magento 1 en production vers Magento 2. Sans projet, il s&apos;ouvre sur une boutique de démo qu&apos;il prépare sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="39"/>
        <source>Keep the demo store in &lt;folder&gt; instead of the user&apos;s data folder.</source>
        <translation>Conserver la boutique de démo dans &lt;folder&gt; au lieu du dossier de données de l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Log debug messages.</source>
        <translation>Journaliser les messages de débogage.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>Open the migration overview window beside the wizard (for a projector).</source>
        <translation>Ouvrir la fenêtre de vue d&apos;ensemble de la migration à côté de l&apos;assistant (pour un projecteur).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>A project file (*.cutover) to open.</source>
        <translation>Un fichier de projet (*.cutover) à ouvrir.</translation>
    </message>
</context>
</TS>
