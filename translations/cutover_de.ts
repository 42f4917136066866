<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CacheWarmResult</name>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="414"/>
        <source>Store view %1: %2 with the cookie store=%1 (%3 pages)</source>
        <translation>Store View %1: %2 mit dem Cookie store=%1 (%3 Seiten)</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="415"/>
        <source>Store view %1: %2 (%3 pages)</source>
        <translation>Store View %1: %2 (%3 Seiten)</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="419"/>
        <source>%1 pages of disabled products and inactive categories left out (Magento would answer 404).</source>
        <translation>%1 Seiten deaktivierter Produkte und inaktiver Kategorien ausgelassen (Magento würde mit 404 antworten).</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="423"/>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="426"/>
        <source>Status codes: %1</source>
        <translation>Statuscodes: %1</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="428"/>
        <source>Slowest pages:</source>
        <translation>Langsamste Seiten:</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="433"/>
        <source>Failed pages:</source>
        <translation>Fehlgeschlagene Seiten:</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="437"/>
        <source>  ... and %1 more (--json lists up to %2)</source>
        <translation>  ... und %1 weitere (--json listet bis zu %2)</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="443"/>
        <source>%1 of %2 pages in %3 (%4 pages/s): %5 answered, %6 redirected, %7 failed, %8.</source>
        <translation>%1 von %2 Seiten in %3 (%4 Seiten/s): %5 beantwortet, %6 umgeleitet, %7 fehlgeschlagen, %8.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="449"/>
        <source>Warm-up finished: %1</source>
        <translation>Vorwärmen abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="452"/>
        <source>Warm-up stopped: %1</source>
        <translation>Vorwärmen angehalten: %1</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="455"/>
        <source>Warm-up failed: %1</source>
        <translation>Vorwärmen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>CacheWarmer</name>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="129"/>
        <source>The Magento 2 database %1 has no active store view: there is nothing to warm.</source>
        <translation>Die Magento-2-Datenbank %1 hat keine aktive Store View: Es gibt nichts vorzuwärmen.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="195"/>
        <source>Store view %1 skipped: its base URL (%2) is &quot;%3&quot;, not a full http(s) URL. Set %2 for it in the Magento 2 admin (Stores &gt; Configuration &gt; General &gt; Web) or warm from a sitemap.</source>
        <translation>Store View %1 übersprungen: Ihre Basis-URL (%2) ist „%3“, keine vollständige http(s)-URL. Legen Sie %2 für sie im Admin von Magento 2 fest (Stores &gt; Configuration &gt; General &gt; Web) oder wärmen Sie anhand einer Sitemap vor.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="477"/>
        <source>&quot;%1&quot; is not HOST:IP (for example shop.example.com:203.0.113.7): name the store&apos;s host and the address of the new server.</source>
        <translation>„%1“ hat nicht die Form HOST:IP (zum Beispiel shop.example.com:203.0.113.7): Nennen Sie den Host des Shops und die Adresse des neuen Servers.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="488"/>
        <source>No Magento 2 database to read the store views from.</source>
        <translation>Keine Magento-2-Datenbank, aus der die Store Views gelesen werden können.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="505"/>
        <source>%1 holds no PEM certificate: give the file of the certificate authority that signed the store&apos;s certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat: Geben Sie die Datei der Zertifizierungsstelle an, die das Zertifikat des Shops signiert hat.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="575"/>
        <source>Could not read the sitemap %1: %2. Check the URL (Magento 2 writes it where Marketing &gt; Site Map says, often /sitemap.xml) or warm from the database.</source>
        <translation>Die Sitemap %1 konnte nicht gelesen werden: %2. Prüfen Sie die URL (Magento 2 schreibt sie dorthin, wo Marketing &gt; Site Map es angibt, oft /sitemap.xml) oder wärmen Sie anhand der Datenbank vor.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="590"/>
        <source>The sitemap %1 is not valid XML (%2 at line %3): check it in a browser.</source>
        <translation>Die Sitemap %1 ist kein gültiges XML (%2 in Zeile %3): Prüfen Sie sie in einem Browser.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="631"/>
        <source>Nothing to warm: give the Magento 2 database or a sitemap URL.</source>
        <translation>Nichts vorzuwärmen: Geben Sie die Magento-2-Datenbank oder eine Sitemap-URL an.</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="646"/>
        <source>No page to warm: every store view was skipped (see above).</source>
        <translation>Keine Seite vorzuwärmen: Jede Store View wurde übersprungen (siehe oben).</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="712"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="715"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="721"/>
        <source>HTTP %1, then no more data within %2 s</source>
        <translation>HTTP %1, dann keine weiteren Daten innerhalb von %2 s</translation>
    </message>
    <message>
        <location filename="../core/golive/cachewarmer.cpp" line="722"/>
        <source>HTTP %1, then %2</source>
        <translation>HTTP %1, dann %2</translation>
    </message>
</context>
<context>
    <name>CapturePlanner</name>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="374"/>
        <source>reports and statistics, left behind as chosen: no trigger, so Magento 1&apos;s storefront does not pay for changes that are not carried</source>
        <translation>Berichte und Statistiken, wie gewählt zurückgelassen: kein Trigger, damit die Storefront von Magento 1 nicht für Änderungen bezahlt, die nicht übertragen werden</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="376"/>
        <source>visitor log, left behind as chosen: no trigger, so Magento 1&apos;s storefront does not pay for changes that are not carried</source>
        <translation>Besucherprotokoll, wie gewählt zurückgelassen: kein Trigger, damit die Storefront von Magento 1 nicht für Änderungen bezahlt, die nicht übertragen werden</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="391"/>
        <source>%1 has no primary key and no unique key over NOT NULL columns, so a changed row cannot be identified; the data migration copies it whole, so migrate it again just before go-live.</source>
        <translation>%1 hat keinen Primärschlüssel und keinen eindeutigen Schlüssel über NOT-NULL-Spalten, daher lässt sich eine geänderte Zeile nicht identifizieren; die Datenmigration kopiert die Tabelle vollständig, migrieren Sie sie also kurz vor dem Go-live erneut.</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="406"/>
        <source>%1 (%2 on %3)</source>
        <translation>%1 (%2 auf %3)</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="413"/>
        <source>This server (%1) allows one trigger per table, timing and event, and these tables already have one that Cutover would need the place of: %2. Cutover does not rewrite other software&apos;s triggers.</source>
        <translation>Dieser Server (%1) erlaubt nur einen Trigger pro Tabelle, Zeitpunkt und Ereignis, und diese Tabellen haben bereits einen an der Stelle, die Cutover bräuchte: %2. Cutover ändert keine Trigger anderer Software.</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="416"/>
        <source>Upgrade the server to MariaDB 10.2.3 or MySQL 5.7.2 or later (they allow several triggers per event), or remove the extension that installed those triggers.</source>
        <translation>Aktualisieren Sie den Server auf MariaDB 10.2.3 oder MySQL 5.7.2 oder neuer (diese erlauben mehrere Trigger pro Ereignis), oder entfernen Sie die Erweiterung, die diese Trigger angelegt hat.</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="432"/>
        <source>User %1 lacks %2 on the database %3: change capture creates a change-log table and triggers there (CREATE, TRIGGER), its triggers write to it (INSERT), the apply loop reads and purges it (SELECT, UPDATE, DELETE) and remove drops it (DROP).</source>
        <translation>Dem Benutzer %1 fehlt %2 auf der Datenbank %3: Die Änderungserfassung legt dort eine Änderungsprotokoll-Tabelle und Trigger an (CREATE, TRIGGER), ihre Trigger schreiben hinein (INSERT), die Anwendungsschleife liest und bereinigt sie (SELECT, UPDATE, DELETE) und remove löscht sie (DROP).</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="436"/>
        <source>Have the database administrator run: GRANT %1 ON `%2`.* TO %3;</source>
        <translation>Lassen Sie den Datenbankadministrator Folgendes ausführen: GRANT %1 ON `%2`.* TO %3;</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="441"/>
        <source>Binary logging is on on this server (log_bin=ON) and log_bin_trust_function_creators is 0: the server then lets only a user with SUPER create triggers, and %1 does not have it.</source>
        <translation>Auf diesem Server ist das Binärlog aktiv (log_bin=ON) und log_bin_trust_function_creators ist 0: Der Server lässt dann nur Benutzer mit SUPER Trigger anlegen, und %1 hat dieses Recht nicht.</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="444"/>
        <source>Have the database administrator run SET GLOBAL log_bin_trust_function_creators = 1; and add log_bin_trust_function_creators = 1 under [mysqld] in the server configuration so it survives a restart, or GRANT SUPER ON *.* TO %1;</source>
        <translation>Lassen Sie den Datenbankadministrator SET GLOBAL log_bin_trust_function_creators = 1; ausführen und log_bin_trust_function_creators = 1 unter [mysqld] in der Serverkonfiguration eintragen, damit es einen Neustart übersteht, oder GRANT SUPER ON *.* TO %1; ausführen.</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="451"/>
        <source>The database %1 has none of the tables the data migration carries (table prefix &quot;%2&quot;).</source>
        <translation>Die Datenbank %1 enthält keine der Tabellen, die die Datenmigration überträgt (Tabellenpräfix „%2“).</translation>
    </message>
    <message>
        <location filename="../core/delta/captureplan.cpp" line="453"/>
        <source>Check the database name and the table prefix (?prefix=) in the source URL.</source>
        <translation>Prüfen Sie den Datenbanknamen und das Tabellenpräfix (?prefix=) in der Quell-URL.</translation>
    </message>
</context>
<context>
    <name>CatalogBuilder</name>
    <message>
        <location filename="../core/generate/catalog.cpp" line="67"/>
        <source>The catalog needs the websites and store views made before it; none were found in %1.</source>
        <translation>Der Katalog braucht die zuvor angelegten Websites und Store Views; in %1 wurden keine gefunden.</translation>
    </message>
    <message>
        <location filename="../core/generate/catalog.cpp" line="174"/>
        <source>The product entity type in %1 has no default attribute set; the Magento 1 install is incomplete.</source>
        <translation>Der Produkt-Entitätstyp in %1 hat kein Standard-Attributset; die Magento-1-Installation ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../core/generate/catalog.cpp" line="298"/>
        <source>The table %1 has no link type &apos;super&apos;; grouped products cannot be linked. Check that the Magento 1 dump is complete.</source>
        <translation>Die Tabelle %1 hat keinen Verknüpfungstyp &apos;super&apos;; gruppierte Produkte können nicht verknüpft werden. Prüfen Sie, ob der Magento-1-Dump vollständig ist.</translation>
    </message>
    <message>
        <location filename="../core/generate/catalog.cpp" line="341"/>
        <source>The root category %1 of the main store in %2 does not exist; fix core_store_group.root_category_id or load a complete Magento 1 dump.</source>
        <translation>Die Stammkategorie %1 des Hauptshops in %2 existiert nicht; korrigieren Sie core_store_group.root_category_id oder laden Sie einen vollständigen Magento-1-Dump.</translation>
    </message>
    <message>
        <location filename="../core/generate/catalog.cpp" line="504"/>
        <source>zero dates in category custom_design_from</source>
        <translation>Nulldaten in custom_design_from von Kategorien</translation>
    </message>
    <message>
        <location filename="../core/generate/catalogproducts.cpp" line="164"/>
        <source>product URL keys in store fr equal to another product&apos;s default URL key</source>
        <translation>Produkt-URL-Schlüssel im Store fr gleich dem Standard-URL-Schlüssel eines anderen Produkts</translation>
    </message>
    <message>
        <location filename="../core/generate/catalogproducts.cpp" line="165"/>
        <source>zero dates in product special_from_date</source>
        <translation>Nulldaten in special_from_date von Produkten</translation>
    </message>
    <message>
        <location filename="../core/generate/catalogproducts.cpp" line="166"/>
        <source>product names with non-ASCII letters</source>
        <translation>Produktnamen mit Nicht-ASCII-Buchstaben</translation>
    </message>
    <message>
        <location filename="../core/generate/catalogproducts.cpp" line="168"/>
        <source>gallery images missing on disk</source>
        <translation>Galeriebilder, die auf der Festplatte fehlen</translation>
    </message>
    <message>
        <location filename="../core/generate/catalogproducts.cpp" line="640"/>
        <source>orphan catalog_product_entity_varchar rows (product missing)</source>
        <translation>verwaiste Zeilen in catalog_product_entity_varchar (Produkt fehlt)</translation>
    </message>
    <message>
        <location filename="../core/generate/catalogproducts.cpp" line="645"/>
        <source>orphan catalog_category_product rows (product missing)</source>
        <translation>verwaiste Zeilen in catalog_category_product (Produkt fehlt)</translation>
    </message>
</context>
<context>
    <name>CatalogMedia</name>
    <message>
        <location filename="../core/generate/catalogmedia.cpp" line="145"/>
        <source>Could not create the folder %1 for generated media files. Check that the media folder is writable and the disk is not full.</source>
        <translation>Der Ordner %1 für erzeugte Mediendateien konnte nicht angelegt werden. Prüfen Sie, ob der Medienordner beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <location filename="../core/generate/catalogmedia.cpp" line="152"/>
        <source>Could not write the generated media file %1. Check that the media folder is writable and the disk is not full.</source>
        <translation>Die erzeugte Mediendatei %1 konnte nicht geschrieben werden. Prüfen Sie, ob der Medienordner beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>CatalogStep</name>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="63"/>
        <source>the destination has no table %1</source>
        <translation>das Ziel hat keine Tabelle %1</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="75"/>
        <source>its key column %1 is not in the destination table %2</source>
        <translation>ihre Schlüsselspalte %1 ist nicht in der Zieltabelle %2</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="81"/>
        <source>%1.%2 has no column in the destination table %3; its values are not copied</source>
        <translation>%1.%2 hat keine Spalte in der Zieltabelle %3; seine Werte werden nicht kopiert</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="118"/>
        <source>%1: attribute set %2 has no Magento 2 set (run the EAV step first); written with the default set %3</source>
        <translation>%1: Das Attributset %2 hat kein Magento-2-Set (führen Sie zuerst den EAV-Schritt aus); mit dem Standardset %3 geschrieben</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="135"/>
        <source>%1: %2 is empty in Magento 1, which Magento 2 does not allow; written as an empty text</source>
        <translation>%1: %2 ist in Magento 1 leer, was Magento 2 nicht erlaubt; als leerer Text geschrieben</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="162"/>
        <source>its store view does not exist in Magento 2 (migrate the settings first, or an orphan row in Magento 1)</source>
        <translation>ihre Store View existiert in Magento 2 nicht (migrieren Sie zuerst die Einstellungen, oder eine verwaiste Zeile in Magento 1)</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="169"/>
        <source>its attribute does not exist in Magento 1 (an orphan value)</source>
        <translation>ihr Attribut existiert in Magento 1 nicht (ein verwaister Wert)</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="175"/>
        <source>attribute %1 (%2) is ignored by %3, so Magento 2 has no attribute for it</source>
        <translation>Attribut %1 (%2) wird von %3 ignoriert, daher hat Magento 2 kein Attribut dafür</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="177"/>
        <source>attribute %1 (%2) has no Magento 2 attribute</source>
        <translation>Attribut %1 (%2) hat kein Magento-2-Attribut</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="196"/>
        <source>%1: %2 is not an option of attribute %3 in Magento 1; kept as it is</source>
        <translation>%1: %2 ist in Magento 1 keine Option des Attributs %3; unverändert beibehalten</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="273"/>
        <source>The table %1 is missing in the %2 database; the catalog step needs it in both.</source>
        <translation>Die Tabelle %1 fehlt in der Datenbank %2; der Katalogschritt braucht sie in beiden.</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="274"/>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="274"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="309"/>
        <source>Magento 2 has no attribute for %1: their values are skipped. The EAV step creates them: run it before this step.</source>
        <translation>Magento 2 hat kein Attribut für %1: Ihre Werte werden übersprungen. Der EAV-Schritt legt sie an: Führen Sie ihn vor diesem Schritt aus.</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="341"/>
        <source>handled by the Tier Price step</source>
        <translation>vom Staffelpreis-Schritt behandelt</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="343"/>
        <source>the catalog step has no rule for this table; map it in a map file for the Map step</source>
        <translation>der Katalogschritt hat keine Regel für diese Tabelle; ordnen Sie sie in einer Map-Datei für den Map-Schritt zu</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/catalogstep.cpp" line="376"/>
        <source>%n row(s) of %1 removed: %2</source>
        <translation>
            <numerusform>%n Zeile von %1 entfernt: %2</numerusform>
            <numerusform>%n Zeilen von %1 entfernt: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="379"/>
        <source>its product does not exist (an orphan row in Magento 1)</source>
        <translation>ihr Produkt existiert nicht (eine verwaiste Zeile in Magento 1)</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="380"/>
        <source>its category does not exist (an orphan row in Magento 1)</source>
        <translation>ihre Kategorie existiert nicht (eine verwaiste Zeile in Magento 1)</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="381"/>
        <source>its store view does not exist in Magento 2 (an orphan row in Magento 1)</source>
        <translation>ihre Store View existiert in Magento 2 nicht (eine verwaiste Zeile in Magento 1)</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="400"/>
        <location filename="../core/steps/catalogstep.cpp" line="402"/>
        <source>its gallery entry is not migrated</source>
        <translation>ihr Galerieeintrag wird nicht migriert</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/catalogstep.cpp" line="431"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/catalogstep.cpp" line="432"/>
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n Kategorie</numerusform>
            <numerusform>%n Kategorien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="435"/>
        <source>The destination&apos;s catalog (%1) was replaced by Magento 1&apos;s, as a migration into a fresh Magento 2 install does; those rows are kept in Cutover&apos;s backup tables and come back with a reset.</source>
        <translation>Der Katalog des Ziels (%1) wurde durch den von Magento 1 ersetzt, wie es eine Migration in eine Magento-2-Neuinstallation tut; diese Zeilen bleiben in den Sicherungstabellen von Cutover erhalten und kommen mit einem Zurücksetzen wieder.</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="439"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.cpp" line="450"/>
        <source>Store group %1 (%2) has root category %3, which is not a root category (level 1) in Magento 2; choose its root category in Magento 2&apos;s admin (Stores &gt; All Stores) or run the Settings step again.</source>
        <translation>Die Store-Gruppe %1 (%2) hat die Stammkategorie %3, die in Magento 2 keine Stammkategorie (Ebene 1) ist; wählen Sie ihre Stammkategorie im Admin von Magento 2 (Stores &gt; All Stores) oder führen Sie den Einstellungsschritt erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/steps/catalogstep.h" line="33"/>
        <source>Catalog step</source>
        <translation>Katalogschritt</translation>
    </message>
</context>
<context>
    <name>ChangeLogReader</name>
    <message>
        <location filename="../core/delta/changelogreader.cpp" line="35"/>
        <source>Change capture is not installed on %1, so there are no changes to apply.</source>
        <translation>Die Änderungserfassung ist auf %1 nicht installiert, daher gibt es keine Änderungen anzuwenden.</translation>
    </message>
    <message>
        <location filename="../core/delta/changelogreader.cpp" line="37"/>
        <source>Run cutover-cli delta install before migrating the data, then migrate the data again.</source>
        <translation>Führen Sie cutover-cli delta install vor der Datenmigration aus und migrieren Sie die Daten dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/delta/changelogreader.cpp" line="42"/>
        <source>The change capture on %1 is broken, so changes would be missed: %2</source>
        <translation>Die Änderungserfassung auf %1 ist defekt, daher würden Änderungen fehlen: %2</translation>
    </message>
    <message>
        <location filename="../core/delta/changelogreader.cpp" line="76"/>
        <source>Could not read the change log %1 (run cutover-cli delta status)</source>
        <translation>Das Änderungsprotokoll %1 konnte nicht gelesen werden (führen Sie cutover-cli delta status aus)</translation>
    </message>
</context>
<context>
    <name>ConfigurablePricesStep</name>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="611"/>
        <source>Magento 1 has no table %1</source>
        <translation>Magento 1 hat keine Tabelle %1</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="616"/>
        <source>Magento 2 has no table %1</source>
        <translation>Magento 2 hat keine Tabelle %1</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="619"/>
        <source>%1&apos;s table %2 has no entity_id column (Adobe Commerce keys it by row_id, with content staging): Cutover migrates into Magento Open Source.</source>
        <translation>Die Tabelle %2 von %1 hat keine Spalte entity_id (Adobe Commerce schlüsselt sie mit Content Staging nach row_id): Cutover migriert nach Magento Open Source.</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="137"/>
        <source>The product attribute price is missing in %1: configurable prices cannot be computed. Run the EAV step first.</source>
        <translation>Das Produktattribut price fehlt in %1: Konfigurierbare Preise können nicht berechnet werden. Führen Sie zuerst den EAV-Schritt aus.</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="234"/>
        <source>its configurable product has no price</source>
        <translation>sein konfigurierbares Produkt hat keinen Preis</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="239"/>
        <source>the child product is not in Magento 2 (run the Catalog step first)</source>
        <translation>das Kindprodukt ist nicht in Magento 2 (führen Sie zuerst den Katalogschritt aus)</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="240"/>
        <source>the child&apos;s price comes from another of its configurable products (see warnings)</source>
        <translation>der Preis des Kinds stammt von einem anderen seiner konfigurierbaren Produkte (siehe Warnungen)</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="647"/>
        <source>Cancelled while computing configurable prices; run the step again.</source>
        <translation>Beim Berechnen der konfigurierbaren Preise abgebrochen; führen Sie den Schritt erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="368"/>
        <source>the child has no value for the configurable product&apos;s attribute %1, so Magento 1 never sold it through that product</source>
        <translation>das Kind hat keinen Wert für das Attribut %1 des konfigurierbaren Produkts, daher hat Magento 1 es nie über dieses Produkt verkauft</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="207"/>
        <source>%1&apos;s %2 has no value_id left for %3 computed price value(s): its ids reach %4.</source>
        <translation>In %2 von %1 ist keine value_id für %3 berechnete(n) Preiswert(e) mehr frei: die IDs reichen bis %4.</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="212"/>
        <source>Computed child prices took value ids right after Magento 1&apos;s (no room above them): a price value Magento 1 adds while delta runs may be written over one of them; run the data migration again before go-live.</source>
        <translation>Berechnete Preise der Varianten haben value_ids direkt nach denen von Magento 1 erhalten (darüber ist kein Platz): ein Preiswert, den Magento 1 während des Deltas hinzufügt, kann einen davon überschreiben; führen Sie die Datenmigration vor dem Go-live erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="235"/>
        <source>its configurable product has no price differences and the child is also sold on its own (visible individually): it keeps its own price</source>
        <translation>sein konfigurierbares Produkt hat keine Preisunterschiede und das Kindprodukt wird auch einzeln verkauft (einzeln sichtbar): es behält seinen eigenen Preis</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="404"/>
        <source>product %1 (child of %2), store view %3: the differences make its price %4, below zero; written as 0.</source>
        <translation>Produkt %1 (Kind von %2), Store View %3: Die Unterschiede ergeben den Preis %4, unter null; als 0 geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="430"/>
        <source>product %1 is a child of the configurable products %2 and %3, which give it the prices %4 and %5 (store view %6); Magento 2 has one price per child: %4, from product %2, is written. Set it in Magento 2&apos;s admin if %3&apos;s price should be kept.</source>
        <translation>Produkt %1 ist ein Kind der konfigurierbaren Produkte %2 und %3, die ihm die Preise %4 und %5 geben (Store View %6); Magento 2 hat einen Preis pro Kind: %4 von Produkt %2 wird geschrieben. Legen Sie ihn im Admin von Magento 2 fest, wenn der Preis von %3 gelten soll.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/configurablepricesstep.cpp" line="469"/>
        <source>%n child product(s) of configurable products without price differences had a price of their own, which Magento 1 ignored when it sold them through the configurable product; they get the configurable product&apos;s price, as Magento 1 charged it (products %1%2). A child also sold on its own (visible individually) sells at that price in Magento 2 too: set its price in Magento 2&apos;s admin if it should differ.</source>
        <translation>
            <numerusform>%n Kindprodukt eines konfigurierbaren Produkts ohne Preisunterschiede hatte einen eigenen Preis, den Magento 1 beim Verkauf über das konfigurierbare Produkt ignorierte; es erhält den Preis des konfigurierbaren Produkts, wie Magento 1 ihn berechnete (Produkte %1%2). Ein Kindprodukt, das auch einzeln verkauft wird (einzeln sichtbar), kostet in Magento 2 ebenfalls diesen Preis: Setzen Sie seinen Preis im Magento-2-Admin, wenn er abweichen soll.</numerusform>
            <numerusform>%n Kindprodukte konfigurierbarer Produkte ohne Preisunterschiede hatten einen eigenen Preis, den Magento 1 beim Verkauf über das konfigurierbare Produkt ignorierte; sie erhalten den Preis des konfigurierbaren Produkts, wie Magento 1 ihn berechnete (Produkte %1%2). Ein Kindprodukt, das auch einzeln verkauft wird (einzeln sichtbar), kostet in Magento 2 ebenfalls diesen Preis: Setzen Sie seinen Preis im Magento-2-Admin, wenn er abweichen soll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/configurablepricesstep.cpp" line="682"/>
        <source>%n price difference(s) of a website are ignored, as Magento 1 ignores them: its price scope (catalog/price/scope) is global.</source>
        <translation>
            <numerusform>%n Preisunterschied einer Website wird ignoriert, wie Magento 1 ihn ignoriert: Sein Preisbereich (catalog/price/scope) ist global.</numerusform>
            <numerusform>%n Preisunterschiede einer Website werden ignoriert, wie Magento 1 sie ignoriert: Sein Preisbereich (catalog/price/scope) ist global.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/configurablepricesstep.cpp" line="687"/>
        <source>%n child price value(s) written for the price attribute (%1 price scope)</source>
        <translation>
            <numerusform>%n Kindpreiswert für das Preisattribut geschrieben (Preisbereich %1)</numerusform>
            <numerusform>%n Kindpreiswerte für das Preisattribut geschrieben (Preisbereich %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="688"/>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.cpp" line="688"/>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <location filename="../core/steps/configurablepricesstep.h" line="50"/>
        <source>Configurable prices step</source>
        <translation>Schritt Konfigurierbare Preise</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="70"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="72"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
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
        <translation>Socket %1</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="154"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="154"/>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="170"/>
        <source>A query failed on the %1 database %2: %3</source>
        <translation>Eine Abfrage auf der Datenbank %2 (%1) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="246"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="247"/>
        <source>Check the server&apos;s error log, then run the check again.</source>
        <translation>Prüfen Sie das Fehlerprotokoll des Servers und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="267"/>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="270"/>
        <source>Connecting through the unix socket %1: no host name to resolve.</source>
        <translation>Verbindung über den Unix-Socket %1: kein Hostname aufzulösen.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="277"/>
        <source>%1 is an IP address.</source>
        <translation>%1 ist eine IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="283"/>
        <source>The host name %1 does not resolve to an address.</source>
        <translation>Der Hostname %1 lässt sich nicht in eine Adresse auflösen.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="284"/>
        <source>Check the spelling of the host in the connection URL, or give its IP address. For a server on a private network, check the DNS server this computer uses or its /etc/hosts file.</source>
        <translation>Prüfen Sie die Schreibweise des Hosts in der Verbindungs-URL oder geben Sie seine IP-Adresse an. Bei einem Server in einem privaten Netz prüfen Sie den DNS-Server dieses Computers oder seine Datei /etc/hosts.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="291"/>
        <source>%1 resolves to %2.</source>
        <translation>%1 wird zu %2 aufgelöst.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="298"/>
        <source>Network connection</source>
        <translation>Netzwerkverbindung</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="309"/>
        <source>There is no socket file at %1.</source>
        <translation>Unter %1 gibt es keine Socket-Datei.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="310"/>
        <source>Check the socket path in the connection URL (on the server: SHOW VARIABLES LIKE &apos;socket&apos;), and that the MariaDB/MySQL server is running.</source>
        <translation>Prüfen Sie den Socket-Pfad in der Verbindungs-URL (auf dem Server: SHOW VARIABLES LIKE &apos;socket&apos;) und ob der MariaDB/MySQL-Server läuft.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="315"/>
        <source>Nothing listens on the socket %1: the server is not running, or stopped and left its socket file behind.</source>
        <translation>Am Socket %1 lauscht nichts: Der Server läuft nicht oder wurde beendet und hat seine Socket-Datei zurückgelassen.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="318"/>
        <source>Start the MariaDB/MySQL server, or check the socket path in the connection URL.</source>
        <translation>Starten Sie den MariaDB/MySQL-Server oder prüfen Sie den Socket-Pfad in der Verbindungs-URL.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="321"/>
        <source>This user may not open the socket %1.</source>
        <translation>Dieser Benutzer darf den Socket %1 nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="322"/>
        <source>Run Cutover as a user that may open the socket (usually in the mysql group), or connect over TCP with a host and port instead.</source>
        <translation>Führen Sie Cutover als Benutzer aus, der den Socket öffnen darf (meist in der Gruppe mysql), oder verbinden Sie sich stattdessen per TCP mit Host und Port.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="326"/>
        <source>Could not connect to the socket %1 within %2 s.</source>
        <translation>Keine Verbindung zum Socket %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="327"/>
        <source>Check that the server is running and not overloaded.</source>
        <translation>Prüfen Sie, ob der Server läuft und nicht überlastet ist.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="331"/>
        <source>Connected to the socket %1 in %2 ms.</source>
        <translation>Mit dem Socket %1 in %2 ms verbunden.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="349"/>
        <source>Connected to %1 port %2 (%3) in %4 ms.</source>
        <translation>Mit %1 Port %2 (%3) in %4 ms verbunden.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="368"/>
        <source>%1 refused the connection on port %2 after %3 ms: nothing listens on that port, or a firewall rejects the connection.</source>
        <translation>%1 hat die Verbindung auf Port %2 nach %3 ms abgelehnt: Auf diesem Port lauscht nichts, oder eine Firewall weist die Verbindung ab.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="373"/>
        <source>Check the port in the connection URL (MariaDB and MySQL listen on 3306 unless configured otherwise), that the server runs and listens on the network (bind-address, skip-networking), and that a firewall on the way lets this computer in.</source>
        <translation>Prüfen Sie den Port in der Verbindungs-URL (MariaDB und MySQL lauschen auf 3306, sofern nicht anders konfiguriert), ob der Server läuft und im Netzwerk lauscht (bind-address, skip-networking) und ob eine Firewall auf dem Weg diesen Computer durchlässt.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="379"/>
        <source>%1 did not answer on port %2 within %3 s: a firewall probably drops the packets, or the host is down.</source>
        <translation>%1 hat auf Port %2 nicht innerhalb von %3 s geantwortet: Wahrscheinlich verwirft eine Firewall die Pakete, oder der Host ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="384"/>
        <source>Open port %1 on the server&apos;s firewall (and any firewall between) for this computer&apos;s address, or connect through an SSH tunnel; check that the host is up.</source>
        <translation>Öffnen Sie Port %1 in der Firewall des Servers (und jeder Firewall dazwischen) für die Adresse dieses Computers oder verbinden Sie sich über einen SSH-Tunnel; prüfen Sie, ob der Host läuft.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="390"/>
        <source>%1 cannot be reached from this computer (no route to the host).</source>
        <translation>%1 ist von diesem Computer aus nicht erreichbar (keine Route zum Host).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="391"/>
        <source>Check the network between this computer and %1: VPN, routing, or the address in the connection URL.</source>
        <translation>Prüfen Sie das Netzwerk zwischen diesem Computer und %1: VPN, Routing oder die Adresse in der Verbindungs-URL.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="396"/>
        <source>Could not connect to %1 port %2: %3</source>
        <translation>Keine Verbindung zu %1 Port %2: %3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="397"/>
        <source>Check the host and port in the connection URL and the network in between.</source>
        <translation>Prüfen Sie Host und Port in der Verbindungs-URL und das Netzwerk dazwischen.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="477"/>
        <source>Database server</source>
        <translation>Datenbankserver</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="486"/>
        <source>%1 accepted the connection but sent nothing within %2 s. A MariaDB/MySQL server greets at once: something else listens there, or the server hangs.</source>
        <translation>%1 hat die Verbindung angenommen, aber innerhalb von %2 s nichts gesendet. Ein MariaDB/MySQL-Server meldet sich sofort: Dort lauscht etwas anderes, oder der Server hängt.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="490"/>
        <source>Check the port in the connection URL (MariaDB and MySQL use 3306 unless configured otherwise). If the port is right, check the server (its error log, SHOW PROCESSLIST) or the proxy or SSH tunnel in between.</source>
        <translation>Prüfen Sie den Port in der Verbindungs-URL (MariaDB und MySQL verwenden 3306, sofern nicht anders konfiguriert). Stimmt der Port, prüfen Sie den Server (sein Fehlerprotokoll, SHOW PROCESSLIST) oder den Proxy bzw. SSH-Tunnel dazwischen.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="495"/>
        <source>%1 accepted the connection and closed it without a greeting: the server refuses this computer (for instance through max_connections or a TCP wrapper), or it is not a MySQL server.</source>
        <translation>%1 hat die Verbindung angenommen und ohne Begrüßung geschlossen: Der Server weist diesen Computer ab (etwa über max_connections oder einen TCP-Wrapper), oder es ist kein MySQL-Server.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="499"/>
        <source>Look at the server&apos;s error log for the refused connection; check the port in the connection URL.</source>
        <translation>Suchen Sie im Fehlerprotokoll des Servers nach der abgelehnten Verbindung; prüfen Sie den Port in der Verbindungs-URL.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="502"/>
        <source>%1 answered, but not as a MariaDB/MySQL server: another service listens there.</source>
        <translation>%1 hat geantwortet, aber nicht als MariaDB/MySQL-Server: Dort lauscht ein anderer Dienst.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="503"/>
        <source>Check the port in the connection URL: MariaDB and MySQL use 3306 unless configured otherwise.</source>
        <translation>Prüfen Sie den Port in der Verbindungs-URL: MariaDB und MySQL verwenden 3306, sofern nicht anders konfiguriert.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="509"/>
        <source>The server at %1 does not allow connections from this computer&apos;s address: %2</source>
        <translation>Der Server %1 erlaubt keine Verbindungen von der Adresse dieses Computers: %2</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="511"/>
        <source>On the server, create the user %1 for this computer&apos;s address (CREATE USER &apos;%1&apos;@&apos;ADDRESS&apos; ... and GRANT ...), or connect from a host it allows, for instance through an SSH tunnel.</source>
        <translation>Legen Sie auf dem Server den Benutzer %1 für die Adresse dieses Computers an (CREATE USER &apos;%1&apos;@&apos;ADRESSE&apos; ... und GRANT ...) oder verbinden Sie sich von einem erlaubten Host, etwa über einen SSH-Tunnel.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="517"/>
        <source>The server at %1 blocks this computer after too many interrupted connections.</source>
        <translation>Der Server %1 sperrt diesen Computer nach zu vielen abgebrochenen Verbindungen.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="518"/>
        <source>On the server, run FLUSH HOSTS (or mariadb-admin flush-hosts), and raise max_connect_errors if it happens again.</source>
        <translation>Führen Sie auf dem Server FLUSH HOSTS aus (oder mariadb-admin flush-hosts) und erhöhen Sie max_connect_errors, falls es wieder vorkommt.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="522"/>
        <source>The server at %1 has too many connections and refuses more.</source>
        <translation>Der Server %1 hat zu viele Verbindungen und lehnt weitere ab.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="523"/>
        <source>Wait, or raise max_connections on the server; check SHOW PROCESSLIST for stuck clients.</source>
        <translation>Warten Sie oder erhöhen Sie max_connections auf dem Server; prüfen Sie SHOW PROCESSLIST auf hängende Clients.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="525"/>
        <source>The server at %1 refused the connection: %2</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="526"/>
        <source>Look up MariaDB error %1 and the server&apos;s error log.</source>
        <translation>Schlagen Sie den MariaDB-Fehler %1 nach und prüfen Sie das Fehlerprotokoll des Servers.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="539"/>
        <source>Encryption (TLS)</source>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="549"/>
        <source>TLS is not asked for (ssl=%1); the server offers it: add ?ssl=required to the connection URL to insist on it.</source>
        <translation>TLS wird nicht verlangt (ssl=%1); der Server bietet es an: Fügen Sie ?ssl=required zur Verbindungs-URL hinzu, um es zu erzwingen.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="552"/>
        <source>TLS is not asked for (ssl=%1), and the server does not offer it.</source>
        <translation>TLS wird nicht verlangt (ssl=%1), und der Server bietet es nicht an.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="557"/>
        <source>The connection URL requires TLS (ssl=%1), but the server at %2 does not offer TLS.</source>
        <translation>Die Verbindungs-URL verlangt TLS (ssl=%1), aber der Server %2 bietet kein TLS an.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="559"/>
        <source>Enable TLS on the server (ssl_cert, ssl_key and ssl_ca in its configuration, then restart it), or, on a trusted network or through an SSH tunnel, remove ssl=%1 from the connection URL.</source>
        <translation>Aktivieren Sie TLS auf dem Server (ssl_cert, ssl_key und ssl_ca in seiner Konfiguration, dann Neustart) oder entfernen Sie ssl=%1 aus der Verbindungs-URL, wenn das Netz vertrauenswürdig ist oder Sie einen SSH-Tunnel nutzen.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="565"/>
        <source>The server offers TLS; the login below must use it.</source>
        <translation>Der Server bietet TLS an; die Anmeldung unten muss es verwenden.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="572"/>
        <source>The certificate is not checked over a unix socket, which never leaves this machine.</source>
        <translation>Über einen Unix-Socket, der diesen Rechner nie verlässt, wird das Zertifikat nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="574"/>
        <source>This system&apos;s Qt has no TLS support, so Cutover cannot check the server certificate itself; the login below still insists on TLS.</source>
        <translation>Das Qt dieses Systems hat keine TLS-Unterstützung, daher kann Cutover das Serverzertifikat nicht selbst prüfen; die Anmeldung unten verlangt trotzdem TLS.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="580"/>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 ist nicht lesbar oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="581"/>
        <source>Give the CA certificate that signed the server&apos;s certificate, in PEM form, with &amp;ssl-ca=FILE.</source>
        <translation>Geben Sie mit &amp;ssl-ca=DATEI das CA-Zertifikat im PEM-Format an, das das Serverzertifikat signiert hat.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="621"/>
        <source>The server certificate of %1 is not accepted with the CA file %2: %3</source>
        <translation>Das Serverzertifikat von %1 wird mit der CA-Datei %2 nicht akzeptiert: %3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="624"/>
        <source>Give the CA that signed the server&apos;s certificate with &amp;ssl-ca=FILE, and connect with the host name the certificate names (or use ssl=verify-ca to skip the name check).</source>
        <translation>Geben Sie mit &amp;ssl-ca=DATEI die CA an, die das Serverzertifikat signiert hat, und verbinden Sie sich mit dem Hostnamen, den das Zertifikat nennt (oder verwenden Sie ssl=verify-ca, um die Namensprüfung auszulassen).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="626"/>
        <source>Give the CA that signed the server&apos;s certificate with &amp;ssl-ca=FILE (ask the database administrator for it).</source>
        <translation>Geben Sie mit &amp;ssl-ca=DATEI die CA an, die das Serverzertifikat signiert hat (fragen Sie den Datenbankadministrator danach).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="632"/>
        <source>The server&apos;s certificate is signed by the CA in %1 (%2).</source>
        <translation>Das Serverzertifikat ist von der CA in %1 signiert (%2).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="639"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="643"/>
        <source>The MySQL driver for Qt is not installed.</source>
        <translation>Der MySQL-Treiber für Qt ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="644"/>
        <source>Install the Debian package libqt6sql6-mysql (or your system&apos;s Qt 6 MySQL driver).</source>
        <translation>Installieren Sie das Debian-Paket libqt6sql6-mysql (oder den Qt-6-MySQL-Treiber Ihres Systems).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="673"/>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="676"/>
        <source>The server at %1 refused user %2 without a password (connecting from %3).</source>
        <translation>Der Server %1 hat den Benutzer %2 ohne Passwort abgewiesen (Verbindung von %3).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="698"/>
        <source>The server at %1 refused the login of user %2 from %3: either the password is wrong, or there is no user %2 for connections from %3. The server does not say which, on purpose.</source>
        <translation>Der Server %1 hat die Anmeldung von Benutzer %2 von %3 abgewiesen: Entweder ist das Passwort falsch oder es gibt keinen Benutzer %2 für Verbindungen von %3. Der Server sagt absichtlich nicht, was zutrifft.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="532"/>
        <source>The server at %1 runs %2 and offers TLS.</source>
        <translation>Der Server %1 läuft mit %2 und bietet TLS an.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="533"/>
        <source>The server at %1 runs %2, without TLS.</source>
        <translation>Der Server %1 läuft mit %2, ohne TLS.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="678"/>
        <source>Enter the password of %1 (cutover-cli reads it from the environment variable %2).</source>
        <translation>Geben Sie das Passwort von %1 ein (cutover-cli liest es aus der Umgebungsvariablen %2).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="686"/>
        <source>The server at %1 refused the login of user %2 from %3, which was tried without TLS (ssl=%4): either the user requires TLS (REQUIRE SSL), or the password is wrong, or there is no user %2 for connections from %3. The server does not say which, on purpose.</source>
        <translation>Der Server %1 hat die Anmeldung des Benutzers %2 von %3 abgelehnt, die ohne TLS versucht wurde (ssl=%4): Entweder verlangt der Benutzer TLS (REQUIRE SSL), oder das Passwort ist falsch, oder es gibt keinen Benutzer %2 für Verbindungen von %3. Welcher Fall vorliegt, verrät der Server absichtlich nicht.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="690"/>
        <source>The server offers TLS: add ?ssl=required (with &amp;ssl-ca=FILE to check the server&apos;s certificate) to the connection URL and try again. If that is refused too, check the password (cutover-cli reads it from %1) and have the database administrator check that the user exists for this host (SELECT User, Host, ssl_type FROM mysql.user WHERE User = &apos;%2&apos;).</source>
        <translation>Der Server bietet TLS an: Fügen Sie der Verbindungs-URL ?ssl=required hinzu (mit &amp;ssl-ca=FILE, um das Zertifikat des Servers zu prüfen) und versuchen Sie es erneut. Wird auch das abgelehnt, prüfen Sie das Passwort (cutover-cli liest es aus %1) und lassen Sie den Datenbankadministrator prüfen, ob der Benutzer für diesen Host existiert (SELECT User, Host, ssl_type FROM mysql.user WHERE User = &apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="701"/>
        <source>Check the password (cutover-cli reads it from %1). If it is right, have the database administrator check that the user exists for this host (SELECT User, Host FROM mysql.user WHERE User = &apos;%2&apos;) and create it or allow it from %3.</source>
        <translation>Prüfen Sie das Passwort (cutover-cli liest es aus %1). Stimmt es, lassen Sie den Datenbankadministrator prüfen, ob der Benutzer für diesen Host existiert (SELECT User, Host FROM mysql.user WHERE User = &apos;%2&apos;), und ihn anlegen oder von %3 aus erlauben.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="708"/>
        <source>The server at %1 lets user %2 in only as the matching system account (unix_socket authentication), not with a password.</source>
        <translation>Der Server %1 lässt den Benutzer %2 nur als gleichnamiges Systemkonto herein (unix_socket-Authentifizierung), nicht mit Passwort.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="711"/>
        <source>Create a database user with a password for Cutover (CREATE USER ... IDENTIFIED BY ...; GRANT ...), or run Cutover as the system user %1.</source>
        <translation>Legen Sie einen Datenbankbenutzer mit Passwort für Cutover an (CREATE USER ... IDENTIFIED BY ...; GRANT ...) oder führen Sie Cutover als Systembenutzer %1 aus.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="717"/>
        <source>The server at %1 does not allow user %2 to connect from this computer: %3</source>
        <translation>Der Server %1 erlaubt dem Benutzer %2 keine Verbindung von diesem Computer: %3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="719"/>
        <source>On the server, create the user for this computer&apos;s address (CREATE USER &apos;%1&apos;@&apos;ADDRESS&apos; ...) or connect from a host it allows, for instance through an SSH tunnel.</source>
        <translation>Legen Sie auf dem Server den Benutzer für die Adresse dieses Computers an (CREATE USER &apos;%1&apos;@&apos;ADRESSE&apos; ...) oder verbinden Sie sich von einem erlaubten Host, etwa über einen SSH-Tunnel.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="725"/>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="726"/>
        <source>Check the server&apos;s TLS setup and the CA file given with &amp;ssl-ca=FILE, or remove ssl= from the connection URL on a trusted network.</source>
        <translation>Prüfen Sie die TLS-Einrichtung des Servers und die mit &amp;ssl-ca=DATEI angegebene CA-Datei oder entfernen Sie ssl= aus der Verbindungs-URL, wenn das Netz vertrauenswürdig ist.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="729"/>
        <source>Could not log in to %1 as %2: %3</source>
        <translation>Anmeldung bei %1 als %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="730"/>
        <source>Look up MariaDB error %1 and check the server&apos;s error log.</source>
        <translation>Schlagen Sie den MariaDB-Fehler %1 nach und prüfen Sie das Fehlerprotokoll des Servers.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="745"/>
        <source>Logged in to %1 as %2, but the connection is not encrypted although the connection URL requires TLS (ssl=%3).</source>
        <translation>Bei %1 als %2 angemeldet, aber die Verbindung ist nicht verschlüsselt, obwohl die Verbindungs-URL TLS verlangt (ssl=%3).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="748"/>
        <source>Enable TLS on the server, or remove ssl= from the connection URL on a trusted network.</source>
        <translation>Aktivieren Sie TLS auf dem Server oder entfernen Sie ssl= aus der Verbindungs-URL, wenn das Netz vertrauenswürdig ist.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="750"/>
        <source>Logged in to %1 as %2 over TLS (%3).</source>
        <translation>Bei %1 als %2 über TLS angemeldet (%3).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="753"/>
        <source>Logged in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="759"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="776"/>
        <source>It sees no other database.</source>
        <translation>Er sieht keine andere Datenbank.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="777"/>
        <source>It sees these databases: %1.</source>
        <translation>Er sieht diese Datenbanken: %1.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="780"/>
        <source>The database %1 does not exist on the server at %2. %3</source>
        <translation>Die Datenbank %1 existiert nicht auf dem Server %2. %3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="781"/>
        <source>Correct the database name in the connection URL, or create the database and load the %1 store into it.</source>
        <translation>Korrigieren Sie den Datenbanknamen in der Verbindungs-URL oder legen Sie die Datenbank an und laden Sie den %1-Shop hinein.</translation>
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
        <translation>Der Benutzer %1 hat keinen Zugriff auf die Datenbank %2 auf %3 (oder sie existiert nicht). %4</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="789"/>
        <source>Check the database name in the connection URL, or have the database administrator run GRANT %1 ON `%2`.* TO %3;</source>
        <translation>Prüfen Sie den Datenbanknamen in der Verbindungs-URL oder lassen Sie den Datenbankadministrator GRANT %1 ON `%2`.* TO %3; ausführen.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="795"/>
        <source>Could not open the database %1 on %2: %3</source>
        <translation>Die Datenbank %1 auf %2 konnte nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="796"/>
        <source>Check the database name in the connection URL.</source>
        <translation>Prüfen Sie den Datenbanknamen in der Verbindungs-URL.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="804"/>
        <source>The database %1 exists and holds %n table(s).</source>
        <translation>
            <numerusform>Die Datenbank %1 existiert und enthält %n Tabelle.</numerusform>
            <numerusform>Die Datenbank %1 existiert und enthält %n Tabellen.</numerusform>
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
        <translation>Geben Sie diese Datenbank als Ziel an (--dest) und die Magento-1-Datenbank als Quelle (--source).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="815"/>
        <source>Give this database as the source (--source), and the Magento 2 database as the destination (--dest).</source>
        <translation>Geben Sie diese Datenbank als Quelle an (--source) und die Magento-2-Datenbank als Ziel (--dest).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="820"/>
        <source>The database %1 on %2 is empty: it holds no tables.</source>
        <translation>Die Datenbank %1 auf %2 ist leer: Sie enthält keine Tabellen.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="822"/>
        <source>Load a dump of the live Magento 1 database into it, or give the database that holds the store.</source>
        <translation>Laden Sie einen Dump der laufenden Magento-1-Datenbank hinein oder geben Sie die Datenbank an, die den Shop enthält.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="824"/>
        <source>Install Magento 2 into it (bin/magento setup:install), or give the database of the Magento 2 install.</source>
        <translation>Installieren Sie Magento 2 darin (bin/magento setup:install) oder geben Sie die Datenbank der Magento-2-Installation an.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="843"/>
        <source>The database %1 holds %2 (%3).</source>
        <translation>Die Datenbank %1 enthält %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="844"/>
        <source>The database %1 holds %2 (%3) with the table prefix %4.</source>
        <translation>Die Datenbank %1 enthält %2 (%3) mit dem Tabellenpräfix %4.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="858"/>
        <source>The database %1 given as the %2 holds %3 (%4), not %5.</source>
        <translation>Die als %2 angegebene Datenbank %1 enthält %3 (%4), nicht %5.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="868"/>
        <source>The database %1 holds %2 tables without a prefix, but the connection URL gives the prefix %3.</source>
        <translation>Die Datenbank %1 enthält %2-Tabellen ohne Präfix, aber die Verbindungs-URL gibt das Präfix %3 an.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="870"/>
        <source>Remove prefix=%1 from the connection URL.</source>
        <translation>Entfernen Sie prefix=%1 aus der Verbindungs-URL.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="872"/>
        <source>The database %1 holds %2 tables with the prefix %3 (for instance %4), and the connection URL gives %5.</source>
        <translation>Die Datenbank %1 enthält %2-Tabellen mit dem Präfix %3 (zum Beispiel %4), und die Verbindungs-URL gibt %5 an.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="875"/>
        <source>no prefix</source>
        <translation>kein Präfix</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="875"/>
        <source>the prefix %1</source>
        <translation>das Präfix %1</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="876"/>
        <source>Add ?prefix=%1 to the connection URL (or &amp;prefix=%1 after other options).</source>
        <translation>Fügen Sie ?prefix=%1 zur Verbindungs-URL hinzu (oder &amp;prefix=%1 nach anderen Optionen).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="883"/>
        <source>The database %1 given as the %2 holds %3 (table prefix %4), not %5.</source>
        <translation>Die als %2 angegebene Datenbank %1 enthält %3 (Tabellenpräfix %4), nicht %5.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="885"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="891"/>
        <source>The database %1 holds %n table(s), but it is not a Magento database: it has no core_config_data table (under any prefix) (tables: %2).</source>
        <translation>
            <numerusform>Die Datenbank %1 enthält %n Tabelle, ist aber keine Magento-Datenbank: Sie hat keine Tabelle core_config_data (unter keinem Präfix) (Tabellen: %2).</numerusform>
            <numerusform>Die Datenbank %1 enthält %n Tabellen, ist aber keine Magento-Datenbank: Sie hat keine Tabelle core_config_data (unter keinem Präfix) (Tabellen: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="895"/>
        <source>Give the database that holds the Magento 1 store (see app/etc/local.xml on the Magento 1 server for its name).</source>
        <translation>Geben Sie die Datenbank an, die den Magento-1-Shop enthält (ihr Name steht in app/etc/local.xml auf dem Magento-1-Server).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="897"/>
        <source>Give the database of the Magento 2 install (see app/etc/env.php on the Magento 2 server for its name).</source>
        <translation>Geben Sie die Datenbank der Magento-2-Installation an (ihr Name steht in app/etc/env.php auf dem Magento-2-Server).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="903"/>
        <source>Read access</source>
        <translation>Lesezugriff</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="931"/>
        <source>User %1 may not read %n of the source&apos;s tables in %2: %3.</source>
        <translation>
            <numerusform>Der Benutzer %1 darf %n der Quelltabellen in %2 nicht lesen: %3.</numerusform>
            <numerusform>Der Benutzer %1 darf %n der Quelltabellen in %2 nicht lesen: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="933"/>
        <source>Have the database administrator run GRANT SELECT ON `%1`.* TO %2;</source>
        <translation>Lassen Sie den Datenbankadministrator GRANT SELECT ON `%1`.* TO %2; ausführen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="936"/>
        <source>User %1 may read all %n table(s) of %2.</source>
        <translation>
            <numerusform>Der Benutzer %1 darf alle Tabellen von %2 lesen (%n Tabelle).</numerusform>
            <numerusform>Der Benutzer %1 darf alle %n Tabellen von %2 lesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="942"/>
        <source>Delta migration</source>
        <translation>Delta-Migration</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="961"/>
        <source>User %1 may create the change-log tables and triggers that delta migration needs (binary logging is on, and %2).</source>
        <translation>Der Benutzer %1 darf die Änderungsprotokoll-Tabellen und Trigger anlegen, die die Delta-Migration braucht (das Binärlog ist aktiv, und %2).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="964"/>
        <source>the user has SUPER</source>
        <translation>der Benutzer hat SUPER</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="965"/>
        <source>User %1 may create the change-log tables and triggers that delta migration needs.</source>
        <translation>Der Benutzer %1 darf die Änderungsprotokoll-Tabellen und Trigger anlegen, die die Delta-Migration braucht.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="972"/>
        <source>user %1 lacks %2 on %3</source>
        <translation>dem Benutzer %1 fehlt %2 auf %3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="973"/>
        <source>GRANT %1 ON `%2`.* TO %3;</source>
        <translation>GRANT %1 ON `%2`.* TO %3;</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="976"/>
        <source>binary logging is on, so creating triggers needs SUPER or log_bin_trust_function_creators=1</source>
        <translation>das Binärlog ist aktiv, daher braucht das Anlegen von Triggern SUPER oder log_bin_trust_function_creators=1</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="977"/>
        <source>SET GLOBAL log_bin_trust_function_creators = 1; (and in the server configuration) or GRANT SUPER ON *.* TO %1;</source>
        <translation>SET GLOBAL log_bin_trust_function_creators = 1; (und in der Serverkonfiguration) oder GRANT SUPER ON *.* TO %1;</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="981"/>
        <source>Delta (incremental) migration will not be possible: %1. A one-time migration only needs read access.</source>
        <translation>Eine Delta-Migration (inkrementell) wird nicht möglich sein: %1. Eine einmalige Migration braucht nur Lesezugriff.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="984"/>
        <source>To keep Magento 2 in step with the live store until go-live, have the database administrator run: %1</source>
        <translation>Um Magento 2 bis zum Go-live mit dem laufenden Shop synchron zu halten, lassen Sie den Datenbankadministrator Folgendes ausführen: %1</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="991"/>
        <source>Write access</source>
        <translation>Schreibzugriff</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1027"/>
        <source>User %1 lacks %2 on the destination database %3; Cutover writes rows and adjusts tables there.</source>
        <translation>Dem Benutzer %1 fehlt %2 auf der Zieldatenbank %3; Cutover schreibt dort Zeilen und passt Tabellen an.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1029"/>
        <source>Have the database administrator run GRANT ALL PRIVILEGES ON `%1`.* TO %2; (the user Magento 2 itself uses has them).</source>
        <translation>Lassen Sie den Datenbankadministrator GRANT ALL PRIVILEGES ON `%1`.* TO %2; ausführen (der Benutzer, den Magento 2 selbst verwendet, hat sie).</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1033"/>
        <source>User %1 may write to and alter the tables of %2.</source>
        <translation>Der Benutzer %1 darf in die Tabellen von %2 schreiben und sie ändern.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1039"/>
        <source>Fresh install</source>
        <translation>Neuinstallation</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1050"/>
        <source>The destination %1 is a fresh install: no products, customers, orders or URL rewrites yet.</source>
        <translation>Das Ziel %1 ist eine Neuinstallation: noch keine Produkte, Kunden, Bestellungen oder URL-Rewrites.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1054"/>
        <source>Migrate into a freshly installed Magento 2 (bin/magento setup:install on an empty database). Cutover keeps Magento 1&apos;s ids, so rows already in the destination collide with migrated ones.</source>
        <translation>Migrieren Sie in ein frisch installiertes Magento 2 (bin/magento setup:install auf einer leeren Datenbank). Cutover behält die IDs von Magento 1 bei, daher kollidieren bereits vorhandene Zeilen im Ziel mit migrierten.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1059"/>
        <source>The destination %1 is not fresh: it already has %2. It looks like a store in use, which a migration would overwrite.</source>
        <translation>Das Ziel %1 ist nicht neu: Es hat bereits %2. Es sieht nach einem genutzten Shop aus, den eine Migration überschreiben würde.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1064"/>
        <source>The destination %1 is not quite fresh: it already has %2.</source>
        <translation>Das Ziel %1 ist nicht ganz neu: Es hat bereits %2.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1072"/>
        <source>Trigger definers</source>
        <translation>Trigger-Definer</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1079"/>
        <source>Have the database administrator check that the definers of SHOW TRIGGERS in %1 exist, or grant this user SELECT on mysql.user.</source>
        <translation>Lassen Sie den Datenbankadministrator prüfen, ob die Definer aus SHOW TRIGGERS in %1 existieren, oder geben Sie diesem Benutzer SELECT auf mysql.user.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1085"/>
        <source>Every trigger in %1 runs as a user that exists on the server.</source>
        <translation>Jeder Trigger in %1 läuft als ein Benutzer, der auf dem Server existiert.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1096"/>
        <source>Create the missing user(s) %1 on the destination server, or recreate the triggers with bin/magento indexer:set-mode schedule.</source>
        <translation>Legen Sie den/die fehlenden Benutzer %1 auf dem Zielserver an oder erzeugen Sie die Trigger mit bin/magento indexer:set-mode schedule neu.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1103"/>
        <source>Store size</source>
        <translation>Shop-Größe</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1135"/>
        <source>%1: %2 tables, about %3 rows, %4</source>
        <translation>%1: %2 Tabellen, etwa %3 Zeilen, %4</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1148"/>
        <source>%1. Estimated copy time: about %2 (%3 without the log tables), assuming %4 rows/s; an estimate, not a measurement. Row counts come from information_schema and are approximate for InnoDB.</source>
        <translation>%1. Geschätzte Kopierdauer: etwa %2 (%3 ohne die Log-Tabellen), bei %4 Zeilen/s; eine Schätzung, keine Messung. Die Zeilenzahlen stammen aus information_schema und sind bei InnoDB ungefähr.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1161"/>
        <source>visitor logs %1 rows (%2)</source>
        <translation>Besucherprotokolle %1 Zeilen (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="1165"/>
        <source>reports and statistics %1 rows in %n table(s) (%2)</source>
        <translation>
            <numerusform>Berichte und Statistiken %1 Zeilen in %n Tabelle (%2)</numerusform>
            <numerusform>Berichte und Statistiken %1 Zeilen in %n Tabellen (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1174"/>
        <source>%1 of %2 quotes not updated since %3 (about %4)</source>
        <translation>%1 von %2 Warenkörben seit %3 nicht aktualisiert (etwa %4)</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1179"/>
        <source>Optional: %1. Leave them out with --leave-out logs,reports,old-quotes, or on the Settings and data page.</source>
        <translation>Optional: %1. Lassen Sie sie mit --leave-out logs,reports,old-quotes oder auf der Seite Einstellungen und Daten aus.</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1188"/>
        <source>Most rows are in log tables (log_*, report_*). Clean them in Magento 1 (System &gt; Configuration &gt; Advanced &gt; System &gt; Log Cleaning, or php shell/log.php clean) before migrating.</source>
        <translation>Die meisten Zeilen liegen in Log-Tabellen (log_*, report_*). Bereinigen Sie sie vor der Migration in Magento 1 (System &gt; Konfiguration &gt; Erweitert &gt; System &gt; Log-Bereinigung, oder php shell/log.php clean).</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="42"/>
        <source>The connection URL is empty. Give one of the form %1.</source>
        <translation>Die Verbindungs-URL ist leer. Geben Sie eine der Form %1 an.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="46"/>
        <source>The connection URL &quot;%1&quot; cannot be read (%2). Give one of the form %3.</source>
        <translation>Die Verbindungs-URL „%1“ ist nicht lesbar (%2). Geben Sie eine der Form %3 an.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="49"/>
        <source>The connection URL &quot;%1&quot; must start with mysql://, as in %2.</source>
        <translation>Die Verbindungs-URL „%1“ muss mit mysql:// beginnen, wie in %2.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="51"/>
        <source>The connection URL for %1 contains a password. Remove it from the URL and put it in the environment variable CUTOVER_SOURCE_PASSWORD or CUTOVER_DEST_PASSWORD (CUTOVER_PASSWORD for generate), so that it never shows in the process list or the shell history.</source>
        <translation>Die Verbindungs-URL für %1 enthält ein Passwort. Entfernen Sie es aus der URL und setzen Sie es in die Umgebungsvariable CUTOVER_SOURCE_PASSWORD oder CUTOVER_DEST_PASSWORD (CUTOVER_PASSWORD für generate), damit es nie in der Prozessliste oder im Shell-Verlauf erscheint.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="59"/>
        <source>The connection URL &quot;%1&quot; names no user. Put it before the host: %2.</source>
        <translation>Die Verbindungs-URL „%1“ nennt keinen Benutzer. Setzen Sie ihn vor den Host: %2.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="64"/>
        <source>The connection URL &quot;%1&quot; must name exactly one database after the host, as in %2.</source>
        <translation>Die Verbindungs-URL „%1“ muss nach dem Host genau eine Datenbank nennen, wie in %2.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="82"/>
        <source>Unknown TLS mode &quot;%1&quot; in the connection URL. Use one of disabled, preferred, required, verify-ca, verify-identity.</source>
        <translation>Unbekannter TLS-Modus „%1“ in der Verbindungs-URL. Verwenden Sie disabled, preferred, required, verify-ca oder verify-identity.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="88"/>
        <source>Unknown option &quot;%1&quot; in the connection URL. Known options are socket, prefix, ssl and ssl-ca.</source>
        <translation>Unbekannte Option „%1“ in der Verbindungs-URL. Bekannt sind socket, prefix, ssl und ssl-ca.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="96"/>
        <source>The connection URL &quot;%1&quot; names no host. Give a host name, or localhost with ?socket=PATH for a unix socket.</source>
        <translation>Die Verbindungs-URL „%1“ nennt keinen Host. Geben Sie einen Hostnamen an oder localhost mit ?socket=PFAD für einen Unix-Socket.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="103"/>
        <source>The port %1 in the connection URL is out of range (1 to 65535).</source>
        <translation>Der Port %1 in der Verbindungs-URL liegt außerhalb des Bereichs (1 bis 65535).</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="105"/>
        <source>TLS mode %1 checks the server certificate and needs the CA file: add &amp;ssl-ca=FILE to the connection URL.</source>
        <translation>Der TLS-Modus %1 prüft das Serverzertifikat und braucht die CA-Datei: Fügen Sie &amp;ssl-ca=DATEI zur Verbindungs-URL hinzu.</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <location filename="../core/generate/content.cpp" line="207"/>
        <source>The tables review_entity and review_status lack Magento&apos;s standard rows (product; Approved, Pending, Not Approved); no reviews were generated.</source>
        <translation>Den Tabellen review_entity und review_status fehlen die Standardzeilen von Magento (product; Approved, Pending, Not Approved); es wurden keine Bewertungen erzeugt.</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="394"/>
        <source>review of a product that does not exist</source>
        <translation>Bewertung eines nicht existierenden Produkts</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="564"/>
        <source>Could not create the folder %1. Check that the media folder is writable.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob der Medienordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="569"/>
        <source>Could not write the image %1: %2. Check that the media folder is writable and the disk is not full.</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Medienordner beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="575"/>
        <source>wysiwyg image referenced by CMS content but missing</source>
        <translation>von CMS-Inhalten verwendetes, aber fehlendes WYSIWYG-Bild</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="623"/>
        <source>CMS page store link to a deleted page</source>
        <translation>Store-Verknüpfung einer gelöschten CMS-Seite</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="800"/>
        <source>This database has no tax tables; no tax rules were generated.</source>
        <translation>Diese Datenbank hat keine Steuertabellen; es wurden keine Steuerregeln erzeugt.</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="1018"/>
        <source>This database has no salesrule table; no cart price rules were generated.</source>
        <translation>Diese Datenbank hat keine Tabelle salesrule; es wurden keine Warenkorb-Preisregeln erzeugt.</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="1170"/>
        <source>cart price rule with a zero date</source>
        <translation>Warenkorb-Preisregel mit Nulldatum</translation>
    </message>
    <message>
        <location filename="../core/generate/content.cpp" line="1186"/>
        <source>cart price rule with broken serialized conditions</source>
        <translation>Warenkorb-Preisregel mit defekten serialisierten Bedingungen</translation>
    </message>
</context>
<context>
    <name>CopyLedger</name>
    <message>
        <location filename="../core/copy/copyledger.cpp" line="33"/>
        <source>Timed out waiting for another Cutover worker on %1.</source>
        <translation>Zeitüberschreitung beim Warten auf einen anderen Cutover-Worker auf %1.</translation>
    </message>
    <message>
        <location filename="../core/copy/copyledger.cpp" line="285"/>
        <source>Could not reset the table %1</source>
        <translation>Die Tabelle %1 konnte nicht zurückgesetzt werden</translation>
    </message>
</context>
<context>
    <name>CryptKeys</name>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="34"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="73"/>
        <location filename="../core/mapping/cryptkeys.cpp" line="87"/>
        <source>it returns no array</source>
        <translation>sie gibt kein Array zurück</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="176"/>
        <source>a string that starts on line %1 never ends</source>
        <translation>eine Zeichenkette, die in Zeile %1 beginnt, endet nie</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="189"/>
        <source>an array is not closed</source>
        <translation>ein Array ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="211"/>
        <source>unexpected &quot;%1&quot; on line %2</source>
        <translation>unerwartetes „%1“ in Zeile %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="219"/>
        <source>the file ends inside an array</source>
        <translation>die Datei endet innerhalb eines Arrays</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="319"/>
        <source>the crypt_key option of config.xml</source>
        <translation>die Option crypt_key von config.xml</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="322"/>
        <location filename="../core/mapping/cryptkeys.cpp" line="333"/>
        <source>the environment variable %1</source>
        <translation>die Umgebungsvariable %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="366"/>
        <source>the Magento 1 encryption key is missing. Give it one of three ways: set crypt_key in the Data Migration Tool&apos;s config.xml; give the Magento 1 root folder (--m1-root, or the project&apos;s Magento 1 folder), whose app/etc/local.xml holds it; or set the environment variable %1</source>
        <translation>der Verschlüsselungsschlüssel von Magento 1 fehlt. Geben Sie ihn auf eine von drei Arten an: Setzen Sie crypt_key in der config.xml des Data Migration Tool; geben Sie den Magento-1-Stammordner an (--m1-root oder den Magento-1-Ordner des Projekts), dessen app/etc/local.xml ihn enthält; oder setzen Sie die Umgebungsvariable %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="378"/>
        <source>the Magento 2 encryption key is missing. Give it one of these ways: give the Magento 2 root folder (--m2-root, or the project&apos;s Magento 2 folder), whose app/etc/env.php holds it; or set the environment variable %1</source>
        <translation>der Verschlüsselungsschlüssel von Magento 2 fehlt. Geben Sie ihn auf eine dieser Arten an: Geben Sie den Magento-2-Stammordner an (--m2-root oder den Magento-2-Ordner des Projekts), dessen app/etc/env.php ihn enthält; oder setzen Sie die Umgebungsvariable %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="403"/>
        <source>%1: &lt;config&gt;&lt;global&gt;&lt;crypt&gt;&lt;key&gt; is empty.</source>
        <translation>%1: &lt;config&gt;&lt;global&gt;&lt;crypt&gt;&lt;key&gt; ist leer.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="412"/>
        <source>%1:%2: the file is not valid XML: %3.</source>
        <translation>%1:%2: Die Datei ist kein gültiges XML: %3.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="414"/>
        <source>%1 has no &lt;config&gt;&lt;global&gt;&lt;crypt&gt;&lt;key&gt;; is it Magento 1&apos;s app/etc/local.xml?</source>
        <translation>%1 hat kein &lt;config&gt;&lt;global&gt;&lt;crypt&gt;&lt;key&gt;; ist das die app/etc/local.xml von Magento 1?</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="425"/>
        <source>%1 cannot be read as Magento 2&apos;s env.php: %2.</source>
        <translation>%1 kann nicht als env.php von Magento 2 gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="430"/>
        <source>%1 has no &apos;crypt&apos; =&gt; [&apos;key&apos; =&gt; ...]; is it Magento 2&apos;s app/etc/env.php?</source>
        <translation>%1 hat kein &apos;crypt&apos; =&gt; [&apos;key&apos; =&gt; ...]; ist das die app/etc/env.php von Magento 2?</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="432"/>
        <source>%1: &apos;crypt&apos; =&gt; [&apos;key&apos; =&gt; ...] is not a plain string; set the environment variable %2 instead.</source>
        <translation>%1: &apos;crypt&apos; =&gt; [&apos;key&apos; =&gt; ...] ist keine einfache Zeichenkette; setzen Sie stattdessen die Umgebungsvariable %2.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="443"/>
        <source>The Magento 2 encryption key in %1 is empty.</source>
        <translation>Der Verschlüsselungsschlüssel von Magento 2 in %1 ist leer.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="451"/>
        <source>The Magento 2 encryption key in %1 starts with &quot;base64&quot; but the rest is not base64.</source>
        <translation>Der Verschlüsselungsschlüssel von Magento 2 in %1 beginnt mit „base64“, aber der Rest ist kein Base64.</translation>
    </message>
</context>
<context>
    <name>CustomerStep</name>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="267"/>
        <source>%1 (%2): the password hash is not in Magento 1&apos;s md5(salt + password):salt form; carried unchanged</source>
        <translation>%1 (%2): Der Passwort-Hash hat nicht die Magento-1-Form md5(salt + password):salt; unverändert übernommen</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="276"/>
        <source>%1 (%2): Magento 1 has no %3 value but Magento 2 requires one; written as empty, complete it in the Magento 2 admin</source>
        <translation>%1 (%2): Magento 1 hat keinen Wert für %3, aber Magento 2 verlangt einen; leer geschrieben, ergänzen Sie ihn im Admin von Magento 2</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="287"/>
        <source>%1 (%2): the zero date of Magento 1 is written as no date (NULL)</source>
        <translation>%1 (%2): Das Nulldatum von Magento 1 wird als kein Datum (NULL) geschrieben</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="296"/>
        <source>%1 (%2): Magento 2 has no option with the label of Magento 1&apos;s option %3; the id is carried unchanged</source>
        <translation>%1 (%2): Magento 2 hat keine Option mit der Beschriftung der Magento-1-Option %3; die ID wird unverändert übernommen</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="310"/>
        <source>%1 (%2): the value is longer than Magento 2&apos;s %3 characters; cut to fit</source>
        <translation>%1 (%2): Der Wert ist länger als die %3 Zeichen von Magento 2; passend gekürzt</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="363"/>
        <source>The customer step needs the Data Migration Tool configuration (config.xml).</source>
        <translation>Der Kundenschritt braucht die Konfiguration des Data Migration Tool (config.xml).</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="369"/>
        <source>The configuration %1 lacks customer_map_file, customer_document_groups_file, customer_attribute_groups_file or map_file; the customer step needs all four, as the Data Migration Tool does.</source>
        <translation>Der Konfiguration %1 fehlt customer_map_file, customer_document_groups_file, customer_attribute_groups_file oder map_file; der Kundenschritt braucht alle vier, wie das Data Migration Tool.</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="404"/>
        <source>%1 names no entity table of the entity type %2 in source_entity_documents.</source>
        <translation>%1 nennt in source_entity_documents keine Entitätstabelle des Entitätstyps %2.</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="409"/>
        <location filename="../core/steps/customerstep.cpp" line="524"/>
        <location filename="../core/steps/customerstep.cpp" line="591"/>
        <source>the Magento 1 database has no table %1</source>
        <translation>die Magento-1-Datenbank hat keine Tabelle %1</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="416"/>
        <source>The Magento 2 database has no table %1; is it a Magento 2 database?</source>
        <translation>Die Magento-2-Datenbank hat keine Tabelle %1; ist es eine Magento-2-Datenbank?</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="466"/>
        <source>%1 has no column entity_id in the Magento 1 database.</source>
        <translation>%1 hat in der Magento-1-Datenbank keine Spalte entity_id.</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="481"/>
        <source>its customer does not exist in Magento 1 (Magento 2 requires one)</source>
        <translation>ihr Kunde existiert in Magento 1 nicht (Magento 2 verlangt einen)</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="482"/>
        <source>%1 (%2): parent_id %3 names no customer; the address is not migrated</source>
        <translation>%1 (%2): parent_id %3 nennt keinen Kunden; die Adresse wird nicht migriert</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="507"/>
        <source>its attribute belongs to another entity type (%1)</source>
        <translation>ihr Attribut gehört zu einem anderen Entitätstyp (%1)</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="509"/>
        <source>%1: carried as the column %2.%3</source>
        <translation>%1: als Spalte %2.%3 übernommen</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="511"/>
        <source>%1: Magento 2 has no such %2 attribute (the EAV step carries custom attributes)</source>
        <translation>%1: Magento 2 hat kein solches %2-Attribut (der EAV-Schritt überträgt eigene Attribute)</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="514"/>
        <source>%1: Magento 2 keeps it static and %2 has no column for it; add one or drop the values</source>
        <translation>%1: Magento 2 hält es statisch und %2 hat keine Spalte dafür; legen Sie eine an oder verwerfen Sie die Werte</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="538"/>
        <source>%1 lacks value_id or attribute_id in one of the databases; the customer step cannot carry it.</source>
        <translation>%1 fehlt value_id oder attribute_id in einer der Datenbanken; der Kundenschritt kann die Tabelle nicht übertragen.</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="548"/>
        <source>%1: Magento 2 keeps it in its %2 values, not %3</source>
        <translation>%1: Magento 2 hält es in seinen %2-Werten, nicht in %3</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="562"/>
        <source>its attribute id does not exist in Magento 1&apos;s eav_attribute</source>
        <translation>ihre Attribut-ID existiert nicht in eav_attribute von Magento 1</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="571"/>
        <source>its %1 row does not exist in Magento 1</source>
        <translation>ihre %1-Zeile existiert in Magento 1 nicht</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="572"/>
        <source>its %1 row, or that address&apos;s customer, does not exist in Magento 1</source>
        <translation>ihre %1-Zeile oder der Kunde dieser Adresse existiert in Magento 1 nicht</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="600"/>
        <source>Password hashes: %1 converted to Magento 2&apos;s legacy form (hash:salt:version), which Magento 2 upgrades at each customer&apos;s next login; unrecognised hash form: %2.</source>
        <translation>Passwort-Hashes: %1 in die Legacy-Form von Magento 2 umgewandelt (hash:salt:version), die Magento 2 beim nächsten Login des Kunden aktualisiert; unbekannte Hash-Form: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/customerstep.cpp" line="605"/>
        <source>%n customer(s) have a password hash that Magento 1 does not make (empty, or an extension&apos;s scheme); it was carried unchanged. They can log in only if Magento 2 has a module for that scheme; otherwise ask them to reset their password.</source>
        <translation>
            <numerusform>%n Kunde hat einen Passwort-Hash, den Magento 1 nicht erzeugt (leer oder das Schema einer Erweiterung); er wurde unverändert übernommen. Der Kunde kann sich nur anmelden, wenn Magento 2 ein Modul für dieses Schema hat; bitten Sie ihn sonst, sein Passwort zurückzusetzen.</numerusform>
            <numerusform>%n Kunden haben einen Passwort-Hash, den Magento 1 nicht erzeugt (leer oder das Schema einer Erweiterung); er wurde unverändert übernommen. Sie können sich nur anmelden, wenn Magento 2 ein Modul für dieses Schema hat; bitten Sie sie sonst, ihr Passwort zurückzusetzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/customerstep.cpp" line="610"/>
        <source>%n zero date(s) (0000-00-00) written as no date.</source>
        <translation>
            <numerusform>%n Nulldatum (0000-00-00) als kein Datum geschrieben.</numerusform>
            <numerusform>%n Nulldaten (0000-00-00) als kein Datum geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/customerstep.cpp" line="612"/>
        <source>%n select value(s) (gender) rewritten to the Magento 2 option of the same label.</source>
        <translation>
            <numerusform>%n Auswahlwert (gender) auf die Magento-2-Option mit derselben Beschriftung umgeschrieben.</numerusform>
            <numerusform>%n Auswahlwerte (gender) auf die Magento-2-Option mit derselben Beschriftung umgeschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/customerstep.cpp" line="615"/>
        <source>%n value(s) that Magento 2 requires (address city, street, telephone...) are missing in Magento 1 and were written as empty; complete them in the Magento 2 admin.</source>
        <translation>
            <numerusform>%n Wert, den Magento 2 verlangt (Stadt, Straße, Telefon der Adresse...), fehlt in Magento 1 und wurde leer geschrieben; ergänzen Sie ihn im Admin von Magento 2.</numerusform>
            <numerusform>%n Werte, die Magento 2 verlangt (Stadt, Straße, Telefon der Adresse...), fehlen in Magento 1 und wurden leer geschrieben; ergänzen Sie sie im Admin von Magento 2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/customerstep.cpp" line="619"/>
        <source>%n value(s) longer than the Magento 2 column were cut to fit; the table warnings name them.</source>
        <translation>
            <numerusform>%n Wert, länger als die Magento-2-Spalte, wurde passend gekürzt; die Tabellenwarnungen nennen ihn.</numerusform>
            <numerusform>%n Werte, länger als die Magento-2-Spalte, wurden passend gekürzt; die Tabellenwarnungen nennen sie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.cpp" line="622"/>
        <source>Magento 2&apos;s admin customer grid is an index: run bin/magento indexer:reindex customer_grid after the migration.</source>
        <translation>Das Kundenraster im Admin von Magento 2 ist ein Index: Führen Sie nach der Migration bin/magento indexer:reindex customer_grid aus.</translation>
    </message>
    <message>
        <location filename="../core/steps/customerstep.h" line="41"/>
        <source>Customer attributes step</source>
        <translation>Schritt Kundenattribute</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/db/database.cpp" line="32"/>
        <source>The MySQL driver for Qt is not installed. Install the Debian package libqt6sql6-mysql.</source>
        <translation>Der MySQL-Treiber für Qt ist nicht installiert. Installieren Sie das Debian-Paket libqt6sql6-mysql.</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="56"/>
        <source>Could not connect to the %1 database %2: %3</source>
        <translation>Keine Verbindung zur %1-Datenbank %2: %3</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="77"/>
        <source>%1 failed on the %2 database %3: %4</source>
        <translation>%1 ist auf der %2-Datenbank %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="81"/>
        <source>A trigger on this table runs as a user that does not exist on this server (Magento 2&apos;s indexer triggers name the user of the server they were made on). Create that user, or recreate the triggers with bin/magento indexer:set-mode schedule.</source>
        <translation>Ein Trigger dieser Tabelle läuft als ein Benutzer, den es auf diesem Server nicht gibt (die Indexer-Trigger von Magento 2 nennen den Benutzer des Servers, auf dem sie angelegt wurden). Legen Sie diesen Benutzer an oder erzeugen Sie die Trigger mit bin/magento indexer:set-mode schedule neu.</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="106"/>
        <source>The database server is out of space: its disk or its InnoDB tablespace is full. Free disk space on the database server, or let the tablespace grow (innodb_data_file_path with :autoextend, or innodb_file_per_table=1), then run the migration again: it resumes after the last committed batch and keeps every row already written.</source>
        <translation>Der Datenbankserver hat keinen Platz mehr: Seine Festplatte oder sein InnoDB-Tablespace ist voll. Schaffen Sie Platz auf der Festplatte des Datenbankservers oder lassen Sie den Tablespace wachsen (innodb_data_file_path mit :autoextend oder innodb_file_per_table=1) und führen Sie die Migration dann erneut aus: Sie setzt nach dem letzten festgeschriebenen Stapel fort und behält jede bereits geschriebene Zeile.</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="115"/>
        <source>The connection to the database server was lost: the server stopped, restarted or dropped the connection. Check that it is running and reachable, then run the migration again: it resumes after the last committed batch and keeps every row already written.</source>
        <translation>Die Verbindung zum Datenbankserver ist abgerissen: Der Server wurde angehalten, neu gestartet oder hat die Verbindung getrennt. Prüfen Sie, dass er läuft und erreichbar ist, und starten Sie die Migration erneut: Sie setzt nach dem letzten bestätigten Stapel fort und behält jede bereits geschriebene Zeile.</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="119"/>
        <source>The text is not valid in the column&apos;s character set (Magento 2 stores utf8mb4; a utf8mb3 column cannot hold characters such as emoji). Convert the destination table to utf8mb4 (ALTER TABLE ... CONVERT TO CHARACTER SET utf8mb4) or correct the value in Magento 1, then run the migration again: it resumes after the last committed batch.</source>
        <translation>Der Text ist im Zeichensatz der Spalte nicht gültig (Magento 2 speichert utf8mb4; eine utf8mb3-Spalte kann Zeichen wie Emoji nicht aufnehmen). Konvertieren Sie die Zieltabelle nach utf8mb4 (ALTER TABLE ... CONVERT TO CHARACTER SET utf8mb4) oder korrigieren Sie den Wert in Magento 1 und führen Sie die Migration dann erneut aus: Sie setzt nach dem letzten festgeschriebenen Stapel fort.</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="130"/>
        <source>A statement</source>
        <translation>Eine Anweisung</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="139"/>
        <location filename="../core/db/database.cpp" line="152"/>
        <source>A query</source>
        <translation>Eine Abfrage</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="148"/>
        <source>Preparing a query</source>
        <translation>Das Vorbereiten einer Abfrage</translation>
    </message>
</context>
<context>
    <name>DeltaApplier</name>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="265"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="301"/>
        <source>Change capture is no longer installed on %1, so changes cannot be known and nothing more is applied. Install it again (&apos;Install capture&apos; on the Live changes page, or cutover-cli delta install), then migrate the data again.</source>
        <translation>Die Änderungserfassung ist auf %1 nicht mehr installiert, daher sind Änderungen nicht bekannt und es wird nichts mehr angewendet. Installieren Sie sie erneut („Erfassung installieren“ auf der Seite Laufende Änderungen oder cutover-cli delta install) und migrieren Sie danach die Daten erneut.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="310"/>
        <source>Delta stopped: the change capture on %1 is broken and changes would be missed. Capture must be reinstalled. %2</source>
        <translation>Delta angehalten: Die Änderungserfassung auf %1 ist defekt, Änderungen würden fehlen. Die Erfassung muss neu installiert werden. %2</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="350"/>
        <source>The Data Migration Tool configuration has no map_file; delta needs its map.xml to know how rows are carried. Give the configuration with --config.</source>
        <translation>Die Konfiguration des Data Migration Tool hat keine map_file; Delta braucht deren map.xml, um zu wissen, wie Zeilen übertragen werden. Geben Sie die Konfiguration mit --config an.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="360"/>
        <source>reports and statistics, left behind as chosen; remove and install capture again to stop recording their changes</source>
        <translation>Berichte und Statistiken, wie gewählt zurückgelassen; entfernen und installieren Sie die Erfassung neu, damit ihre Änderungen nicht mehr aufgezeichnet werden</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="362"/>
        <source>visitor log, left behind as chosen; remove and install capture again to stop recording its changes</source>
        <translation>Besucherprotokoll, wie gewählt zurückgelassen; entfernen und installieren Sie die Erfassung neu, damit seine Änderungen nicht mehr aufgezeichnet werden</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="379"/>
        <source>moved by the %1 step, which does not apply changes yet</source>
        <translation>vom Schritt %1 übertragen, der noch keine Änderungen anwendet</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="398"/>
        <source>an old quote, left behind as chosen</source>
        <translation>ein alter Warenkorb, wie gewählt zurückgelassen</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="418"/>
        <source>carried by the data migration, but the change capture was installed while it was left behind, so its changes are not recorded: remove the capture, install it again and migrate the data again</source>
        <translation>von der Datenmigration übertragen, aber die Änderungserfassung wurde installiert, als die Tabelle zurückgelassen wurde, daher werden ihre Änderungen nicht aufgezeichnet: Entfernen Sie die Erfassung, installieren Sie sie erneut und migrieren Sie die Daten erneut</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="546"/>
        <source>Could not look for rows of %1 that point at the rows just added to %2 (%3); rows left out before as orphans are not carried with them. The final verification lists any that are missing.</source>
        <translation>Zeilen von %1, die auf die gerade zu %2 hinzugefügten Zeilen verweisen, konnten nicht gesucht werden (%3); zuvor als verwaist ausgelassene Zeilen werden nicht mit übertragen. Die abschließende Prüfung listet fehlende auf.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="561"/>
        <source>More rows of %1 point at the rows just added to %2 than one batch takes; they come with their own changes. A row left out before as an orphan among them would be listed by the final verification.</source>
        <translation>Mehr Zeilen von %1 verweisen auf die gerade zu %2 hinzugefügten Zeilen, als ein Stapel aufnimmt; sie kommen mit ihren eigenen Änderungen. Eine zuvor als verwaist ausgelassene Zeile darunter würde von der abschließenden Prüfung aufgelistet.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="625"/>
        <source>Could not look in Magento 2 for the old quotes that Magento 1 changed again (%1); such a quote comes without its items until they change. The final verification lists any that are missing.</source>
        <translation>Die alten Warenkörbe, die Magento 1 erneut geändert hat, konnten in Magento 2 nicht gesucht werden (%1); ein solcher Warenkorb kommt ohne seine Artikel, bis diese sich ändern. Die abschließende Prüfung listet alle fehlenden auf.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="652"/>
        <source>The destination %1 says delta applied changes up to #%2, but the source %3 says up to #%4: the destination was restored from an older backup or is another database, and the changes in between may be purged already. Migrate the data again into this destination, then run delta.</source>
        <translation>Laut Ziel %1 hat Delta Änderungen bis #%2 angewendet, laut Quelle %3 bis #%4: Das Ziel wurde aus einer älteren Sicherung wiederhergestellt oder ist eine andere Datenbank, und die Änderungen dazwischen sind womöglich schon bereinigt. Migrieren Sie die Daten erneut in dieses Ziel und führen Sie dann Delta aus.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="751"/>
        <source>not captured by this install: reinstall capture</source>
        <translation>von dieser Installation nicht erfasst: Erfassung neu installieren</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="767"/>
        <source>Could not read the changed rows of %1 from the source</source>
        <translation>Die geänderten Zeilen von %1 konnten nicht aus der Quelle gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="823"/>
        <location filename="../core/delta/deltaapplier.cpp" line="863"/>
        <location filename="../core/delta/deltaapplier.cpp" line="967"/>
        <source>The destination ended the batch&apos;s transaction (%1); the batch is applied again.</source>
        <translation>Das Ziel hat die Transaktion des Stapels beendet (%1); der Stapel wird erneut angewendet.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="899"/>
        <source>%1 (%2): %3; the destination&apos;s column cannot hold the value as it is, so it was written cut or clamped to fit.</source>
        <translation>%1 (%2): %3; die Spalte des Ziels kann den Wert so nicht aufnehmen, daher wurde er gekürzt oder begrenzt geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="917"/>
        <source>%1 (%2) points at a row just added to Magento 1 but could not be written with it: %3 It comes with its own changes if it has any; otherwise the final verification lists it.</source>
        <translation>%1 (%2) verweist auf eine gerade in Magento 1 hinzugefügte Zeile, konnte aber nicht mit ihr geschrieben werden: %3 Sie kommt mit ihren eigenen Änderungen, falls es welche gibt; sonst listet die abschließende Prüfung sie auf.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="924"/>
        <source>Could not apply the change to %1 (%2): %3 The change is kept and tried again in %4 s.</source>
        <translation>Die Änderung an %1 (%2) konnte nicht angewendet werden: %3 Die Änderung bleibt erhalten und wird in %4 s erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/delta/deltaapplier.cpp" line="944"/>
        <location filename="../core/delta/deltaapplier.cpp" line="974"/>
        <source>Could not refresh the sales grids, order number sequences, stock, configurable child prices and URL rewrites of %n applied change(s): %1 The changes are kept and tried again in %2 s.</source>
        <translation>
            <numerusform>Die Verkaufsraster, Bestellnummernfolgen, Bestände, Preise der Varianten konfigurierbarer Produkte und URL-Rewrites von %n angewandten Änderung konnten nicht aufgefrischt werden: %1 Die Änderungen werden aufbewahrt und in %2 s erneut versucht.</numerusform>
            <numerusform>Die Verkaufsraster, Bestellnummernfolgen, Bestände, Preise der Varianten konfigurierbarer Produkte und URL-Rewrites von %n angewandten Änderungen konnten nicht aufgefrischt werden: %1 Die Änderungen werden aufbewahrt und in %2 s erneut versucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/delta/deltaapplier.cpp" line="1128"/>
        <source>The backlog is applied but %n change(s) could not be applied; they are kept in the destination and tried again by the next run. See the errors above.</source>
        <translation>
            <numerusform>Der Rückstand ist angewendet, aber %n Änderung konnte nicht angewendet werden; sie bleibt im Ziel erhalten und wird beim nächsten Lauf erneut versucht. Siehe die Fehler oben.</numerusform>
            <numerusform>Der Rückstand ist angewendet, aber %n Änderungen konnten nicht angewendet werden; sie bleiben im Ziel erhalten und werden beim nächsten Lauf erneut versucht. Siehe die Fehler oben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="1160"/>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="1166"/>
        <source>Gave up after %1 s without a working connection: %2</source>
        <translation>Nach %1 s ohne funktionierende Verbindung aufgegeben: %2</translation>
    </message>
</context>
<context>
    <name>DeltaCapture</name>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="146"/>
        <source>Change capture was not installed on %1; nothing was changed. %2</source>
        <translation>Die Änderungserfassung wurde auf %1 nicht installiert; nichts wurde geändert. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/delta/deltacapture.cpp" line="219"/>
        <source>Change capture could not be installed on %1: %2 The %n object(s) created before the failure were dropped again.</source>
        <translation>
            <numerusform>Die Änderungserfassung konnte auf %1 nicht installiert werden: %2 Das %n vor dem Fehler angelegte Objekt wurde wieder gelöscht.</numerusform>
            <numerusform>Die Änderungserfassung konnte auf %1 nicht installiert werden: %2 Die %n vor dem Fehler angelegten Objekte wurden wieder gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="281"/>
        <source>Change capture was not completely removed from %1: %2 still exist(s).</source>
        <translation>Die Änderungserfassung wurde nicht vollständig von %1 entfernt: %2 existiert/existieren noch.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="283"/>
        <source>Run cutover-cli delta remove again; if it persists, drop them by hand.</source>
        <translation>Führen Sie cutover-cli delta remove erneut aus; bleibt das Problem bestehen, löschen Sie sie von Hand.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="311"/>
        <source>Parts of a Cutover change capture are in %1 (%2 trigger(s)%3) but its record, the table %4, is missing, so what was captured cannot be trusted.</source>
        <translation>Teile einer Cutover-Änderungserfassung sind in %1 vorhanden (%2 Trigger%3), aber ihr Eintrag, die Tabelle %4, fehlt; was erfasst wurde, ist daher nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="315"/>
        <source>, the change log %1</source>
        <translation>, das Änderungsprotokoll %1</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="316"/>
        <source>Remove the capture and install it again (&apos;Remove capture&apos;, then &apos;Install capture&apos; on the Live changes page, or cutover-cli delta remove --yes, then cutover-cli delta install), then migrate the data again.</source>
        <translation>Entfernen Sie die Erfassung und installieren Sie sie erneut („Erfassung entfernen“, dann „Erfassung installieren“ auf der Seite Laufende Änderungen, oder cutover-cli delta remove --yes, dann cutover-cli delta install) und migrieren Sie danach die Daten erneut.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="331"/>
        <source>If it was dropped on purpose, reinstall the capture (&apos;Reinstall capture&apos; on the Live changes page, or cutover-cli delta install) to capture the tables that are there now.</source>
        <translation>Wurde sie absichtlich gelöscht, installieren Sie die Erfassung neu („Erfassung neu installieren“ auf der Seite Laufende Änderungen oder cutover-cli delta install), um die jetzt vorhandenen Tabellen zu erfassen.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="343"/>
        <source>Reinstall the capture (&apos;Reinstall capture&apos; on the Live changes page, or cutover-cli delta install) to recreate it, then migrate the table %1 again: its changes since then are unknown.</source>
        <translation>Installieren Sie die Erfassung neu („Erfassung neu installieren“ auf der Seite Laufende Änderungen oder cutover-cli delta install), um ihn wiederherzustellen, und migrieren Sie danach die Tabelle %1 erneut: ihre Änderungen seitdem sind unbekannt.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="353"/>
        <source>Reinstall the capture (&apos;Reinstall capture&apos; on the Live changes page, or cutover-cli delta install) to put Cutover&apos;s trigger back, then migrate the table %1 again.</source>
        <translation>Installieren Sie die Erfassung neu („Erfassung neu installieren“ auf der Seite Laufende Änderungen oder cutover-cli delta install), um den Trigger von Cutover wiederherzustellen, und migrieren Sie danach die Tabelle %1 erneut.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="369"/>
        <source>Reinstall the capture now (&apos;Reinstall capture&apos; on the Live changes page, or cutover-cli delta install) to create it again, or remove it (&apos;Remove capture&apos;, or cutover-cli delta remove) to stop capture; then migrate the data again: the changes it held that were not applied are lost.</source>
        <translation>Installieren Sie die Erfassung jetzt neu („Erfassung neu installieren“ auf der Seite Laufende Änderungen oder cutover-cli delta install), um sie wieder anzulegen, oder entfernen Sie sie („Erfassung entfernen“ oder cutover-cli delta remove), um die Erfassung zu beenden; migrieren Sie danach die Daten erneut: die darin enthaltenen, noch nicht angewendeten Änderungen sind verloren.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="330"/>
        <source>The captured table %1 no longer exists in %2.</source>
        <translation>Die erfasste Tabelle %1 existiert nicht mehr in %2.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="340"/>
        <source>The trigger %1 (AFTER %2 on %3) is missing: changes to %3 since it was dropped were not recorded.</source>
        <translation>Der Trigger %1 (AFTER %2 auf %3) fehlt: Änderungen an %3 seit seiner Löschung wurden nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../core/delta/deltacapture.cpp" line="350"/>
        <source>The trigger %1 on %2 is not the one Cutover created: its body was changed, so Cutover cannot tell what it records.</source>
        <translation>Der Trigger %1 auf %2 ist nicht der von Cutover angelegte: Sein Rumpf wurde geändert, daher kann Cutover nicht sagen, was er aufzeichnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/delta/deltacapture.cpp" line="365"/>
        <source>The change-log table %1 is missing from %2 (dropped by hand?). No change is being recorded, and as long as Cutover&apos;s %n trigger(s) remain, every write to the captured tables fails in Magento 1.</source>
        <translation>
            <numerusform>Die Änderungsprotokoll-Tabelle %1 fehlt in %2 (von Hand gelöscht?). Es werden keine Änderungen aufgezeichnet, und solange der %n Trigger von Cutover besteht, schlägt jeder Schreibvorgang auf die erfassten Tabellen in Magento 1 fehl.</numerusform>
            <numerusform>Die Änderungsprotokoll-Tabelle %1 fehlt in %2 (von Hand gelöscht?). Es werden keine Änderungen aufgezeichnet, und solange die %n Trigger von Cutover bestehen, schlägt jeder Schreibvorgang auf die erfassten Tabellen in Magento 1 fehl.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeltaFigures</name>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="95"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="97"/>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="99"/>
        <source>applying</source>
        <translation>wendet an</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="101"/>
        <source>waiting for changes</source>
        <translation>wartet auf Änderungen</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="103"/>
        <source>backing off (Magento 1 busy)</source>
        <translation>pausiert (Magento 1 ausgelastet)</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="105"/>
        <source>reconnecting</source>
        <translation>verbindet neu</translation>
    </message>
    <message>
        <location filename="../core/delta/deltaapplier.cpp" line="107"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="115"/>
        <source>The demo store needs the Magento dump %1, which is not in the fixtures folder %2. Set the environment variable CUTOVER_FIXTURES to the folder that holds the shared fixtures.</source>
        <translation>Der Demo-Shop braucht den Magento-Dump %1, der im Fixtures-Ordner %2 fehlt. Setzen Sie die Umgebungsvariable CUTOVER_FIXTURES auf den Ordner mit den gemeinsamen Fixtures.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="141"/>
        <source>Could not write %1: %2. Check that the folder %3 is writable.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner %3 beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="151"/>
        <location filename="../core/sandbox/demostore.cpp" line="262"/>
        <source>The preparation of the demo store was cancelled.</source>
        <translation>Die Vorbereitung des Demo-Shops wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="165"/>
        <location filename="../core/sandbox/demostore.cpp" line="176"/>
        <source>Starting the demo database server…</source>
        <translation>Datenbankserver des Demo-Shops wird gestartet…</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="167"/>
        <source>Could not create the demo folder %1. Check that its parent folder is writable.</source>
        <translation>Der Demo-Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob der übergeordnete Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="190"/>
        <source>Writing the demo project…</source>
        <translation>Demo-Projekt wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="195"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="207"/>
        <source>Demo store</source>
        <translation>Demo-Shop</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="213"/>
        <source>The demo store is ready.</source>
        <translation>Der Demo-Shop ist bereit.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="222"/>
        <source>Loading the Magento 1.9.1.1 database…</source>
        <translation>Magento-1.9.1.1-Datenbank wird geladen…</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="242"/>
        <source>Generating a small Magento 1 store (%1)…</source>
        <translation>Ein kleiner Magento-1-Shop wird erzeugt (%1)…</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="254"/>
        <source>Loading the Magento 2.4.8 database…</source>
        <translation>Magento-2.4.8-Datenbank wird geladen…</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="263"/>
        <source>Removing the products, categories and quotes made after install…</source>
        <translation>Nach der Installation angelegte Produkte, Kategorien und Warenkörbe werden entfernt…</translation>
    </message>
</context>
<context>
    <name>DependentRefresher</name>
    <message>
        <location filename="../core/delta/dependentrefresher.cpp" line="113"/>
        <source>sales grid rows</source>
        <translation>Zeilen der Verkaufsraster</translation>
    </message>
    <message>
        <location filename="../core/delta/dependentrefresher.cpp" line="115"/>
        <source>order number sequences</source>
        <translation>Bestellnummern-Sequenzen</translation>
    </message>
    <message>
        <location filename="../core/delta/dependentrefresher.cpp" line="117"/>
        <source>stock rows</source>
        <translation>Bestandszeilen</translation>
    </message>
    <message>
        <location filename="../core/delta/dependentrefresher.cpp" line="119"/>
        <source>child prices of configurable products</source>
        <translation>Kindpreise konfigurierbarer Produkte</translation>
    </message>
    <message>
        <location filename="../core/delta/dependentrefresher.cpp" line="121"/>
        <source>URL rewrites</source>
        <translation>URL-Rewrites</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/delta/dependentrefresher.cpp" line="402"/>
        <source>Could not refresh the URL rewrites of %n applied change(s): %1 They are kept and tried again.</source>
        <translation>
            <numerusform>Die URL-Rewrites von %n angewandten Änderung konnten nicht aufgefrischt werden: %1 Sie werden aufbewahrt und erneut versucht.</numerusform>
            <numerusform>Die URL-Rewrites von %n angewandten Änderungen konnten nicht aufgefrischt werden: %1 Sie werden aufbewahrt und erneut versucht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DestinationContents</name>
    <message numerus="yes">
        <location filename="../core/engine/destinationcontents.cpp" line="81"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/destinationcontents.cpp" line="83"/>
        <source>%n category(ies) besides the two of a fresh install</source>
        <translation>
            <numerusform>%n Kategorie außer den zwei einer Neuinstallation</numerusform>
            <numerusform>%n Kategorien außer den zwei einer Neuinstallation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/destinationcontents.cpp" line="85"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/destinationcontents.cpp" line="87"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/destinationcontents.cpp" line="89"/>
        <source>%n URL rewrite(s) of products and categories</source>
        <translation>
            <numerusform>%n URL-Rewrite von Produkten und Kategorien</numerusform>
            <numerusform>%n URL-Rewrites von Produkten und Kategorien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/destinationcontents.cpp" line="95"/>
        <source>The destination %1 is not fresh: it already has %2. It looks like a store in use. A migration replaces those rows (Cutover keeps them in backup tables, and a reset puts them back), so it starts only once you confirm with the destination database&apos;s name.</source>
        <translation>Das Ziel %1 ist keine Neuinstallation: Es enthält bereits %2. Es sieht nach einem Shop im Betrieb aus. Eine Migration ersetzt diese Zeilen (Cutover bewahrt sie in Sicherungstabellen auf, und ein Zurücksetzen stellt sie wieder her), daher startet sie erst, wenn Sie mit dem Namen der Zieldatenbank bestätigen.</translation>
    </message>
</context>
<context>
    <name>DmtConfig</name>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="38"/>
        <source>%1 is not inside a Data Migration Tool folder: no folder named etc holds it, so the paths in it cannot be resolved. Keep it in the tool&apos;s etc/ folder or give the tool&apos;s root folder.</source>
        <translation>%1 liegt nicht in einem Ordner des Data Migration Tool: Kein Ordner namens etc enthält die Datei, daher lassen sich ihre Pfade nicht auflösen. Belassen Sie sie im Ordner etc/ des Tools oder geben Sie den Stammordner des Tools an.</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="43"/>
        <source>The Data Migration Tool configuration %1 does not exist. Check the path.</source>
        <translation>Die Konfiguration %1 des Data Migration Tool existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
</context>
<context>
    <name>DmtConfiguration</name>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="141"/>
        <source>The file %1 named by the option %2 of %3 does not exist (paths are relative to the tool&apos;s root folder %4). Fix the option or restore the file.</source>
        <translation>Die Datei %1, die die Option %2 von %3 nennt, existiert nicht (Pfade sind relativ zum Stammordner %4 des Tools). Korrigieren Sie die Option oder stellen Sie die Datei wieder her.</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="224"/>
        <source>Could not create the folder %1. Check that you may write there.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="231"/>
        <source>%1 is a symbolic link: remove it or export to another folder.</source>
        <translation>%1 ist ein symbolischer Link: Entfernen Sie ihn oder exportieren Sie in einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="236"/>
        <source>Could not read Cutover&apos;s built-in %1: %2.</source>
        <translation>Die eingebaute Datei %1 von Cutover konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="241"/>
        <source>Could not write %1: %2. Check that you may write there and that the disk is not full.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob Sie dort schreiben dürfen und ob der Datenträger nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>DmtXml</name>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="110"/>
        <source>Could not read the %1 %2: %3. Check that the file exists and is readable.</source>
        <translation>%1 %2 konnte nicht gelesen werden: %3. Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="116"/>
        <source>The %1 %2 is larger than 64 MB; it is not a Data Migration Tool file.</source>
        <translation>%1 %2 ist größer als 64 MB; das ist keine Datei des Data Migration Tool.</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="126"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="127"/>
        <source>XML schema</source>
        <translation>XML-Schema</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="141"/>
        <source>the file is empty or has no root element</source>
        <translation>die Datei ist leer oder hat kein Wurzelelement</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="142"/>
        <source>%1 is not well-formed XML:
%2</source>
        <translation>%1 ist kein wohlgeformtes XML:
%2</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="147"/>
        <source>%1:%2: a DOCTYPE declaration is not allowed in a Data Migration Tool file (it could read other files through external entities). Remove it.</source>
        <translation>%1:%2: Eine DOCTYPE-Deklaration ist in einer Datei des Data Migration Tool nicht erlaubt (sie könnte über externe Entitäten andere Dateien lesen). Entfernen Sie sie.</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="163"/>
        <source>The XML schema %1 is broken, so %2 cannot be checked:
%3</source>
        <translation>Das XML-Schema %1 ist defekt, daher kann %2 nicht geprüft werden:
%3</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="173"/>
        <source>validation failed (libxml2 code %1)</source>
        <translation>Validierung fehlgeschlagen (libxml2-Code %1)</translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="174"/>
        <source>%1 does not follow its XML schema %2:
%3</source>
        <translation>%1 entspricht nicht seinem XML-Schema %2:
%3</translation>
    </message>
</context>
<context>
    <name>DnsCheck</name>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="232"/>
        <source>No store host name is set; give the store&apos;s address (shop.example.com).</source>
        <translation>Kein Hostname für den Shop festgelegt; geben Sie die Adresse des Shops an (shop.example.com).</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="237"/>
        <source>&quot;%1&quot; is not an IP address; give the Magento 2 server&apos;s address (203.0.113.7).</source>
        <translation>„%1“ ist keine IP-Adresse; geben Sie die Adresse des Magento-2-Servers an (203.0.113.7).</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="242"/>
        <source>%1 does not resolve: %2.</source>
        <translation>%1 lässt sich nicht auflösen: %2.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="250"/>
        <source>%1 resolves to %2, the Magento 2 server.</source>
        <translation>%1 wird zu %2 aufgelöst, dem Magento-2-Server.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="251"/>
        <source>%1 still resolves to %2, not to %3. DNS changes can take the record&apos;s TTL to reach everyone; check again in a few minutes.</source>
        <translation>%1 wird noch zu %2 aufgelöst, nicht zu %3. DNS-Änderungen können die TTL des Eintrags brauchen, bis sie überall ankommen; prüfen Sie in einigen Minuten erneut.</translation>
    </message>
</context>
<context>
    <name>EavStep</name>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="262"/>
        <source>Magento 2 has this entity type: its definition is kept</source>
        <translation>Magento 2 hat diesen Entitätstyp: Seine Definition bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="264"/>
        <source>Magento 2 has no entity type of this code: its attributes and sets are not migrated</source>
        <translation>Magento 2 hat keinen Entitätstyp mit diesem Code: Seine Attribute und Sets werden nicht migriert</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="279"/>
        <location filename="../core/steps/eavstep.cpp" line="367"/>
        <source>its entity type %1 does not exist in Magento 2</source>
        <translation>sein Entitätstyp %1 existiert in Magento 2 nicht</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="283"/>
        <source>Magento 2 has a set of this name: it is used</source>
        <translation>Magento 2 hat ein Set dieses Namens: Es wird verwendet</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="335"/>
        <location filename="../core/steps/eavstep.cpp" line="525"/>
        <source>its attribute set is not migrated</source>
        <translation>sein Attributset wird nicht migriert</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="339"/>
        <source>Magento 2 has a group of this name in the set: it is used</source>
        <translation>Magento 2 hat eine Gruppe dieses Namens im Set: Sie wird verwendet</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="371"/>
        <source>ignored by %1 (group ignore)</source>
        <translation>von %1 ignoriert (group ignore)</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="375"/>
        <source>Magento 2 has this attribute: its definition and models are kept</source>
        <translation>Magento 2 hat dieses Attribut: Seine Definition und Models bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="406"/>
        <source>Attribute %1 (%2): its %3 %4 has no Magento 2 class in %5, so it was dropped and Magento 2 uses its default. If the attribute needs it, port the model to Magento 2 and map it: add &lt;rename&gt;&lt;from&gt;%4&lt;/from&gt;&lt;to&gt;Vendor\Module\Model\...&lt;/to&gt;&lt;/rename&gt; to the class map (class_map in config.xml), then run the EAV step again.</source>
        <translation>Attribut %1 (%2): Sein %3 %4 hat keine Magento-2-Klasse in %5, daher wurde es verworfen und Magento 2 verwendet seinen Standard. Braucht das Attribut es, portieren Sie das Model nach Magento 2 und ordnen Sie es zu: Fügen Sie &lt;rename&gt;&lt;from&gt;%4&lt;/from&gt;&lt;to&gt;Vendor\Module\Model\...&lt;/to&gt;&lt;/rename&gt; zur Klassenzuordnung hinzu (class_map in config.xml) und führen Sie dann den EAV-Schritt erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="424"/>
        <source>not in both databases</source>
        <translation>nicht in beiden Datenbanken</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="455"/>
        <location filename="../core/steps/eavstep.cpp" line="520"/>
        <location filename="../core/steps/eavstep.cpp" line="613"/>
        <location filename="../core/steps/eavstep.cpp" line="662"/>
        <source>its attribute is not migrated</source>
        <translation>sein Attribut wird nicht migriert</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="476"/>
        <source>Attribute %1: validate_rules is not a valid serialized value (%2); written empty.</source>
        <translation>Attribut %1: validate_rules ist kein gültiger serialisierter Wert (%2); leer geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="490"/>
        <source>Magento 2 has this attribute: its settings are kept</source>
        <translation>Magento 2 hat dieses Attribut: Seine Einstellungen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="503"/>
        <source>Magento 2&apos;s product attributes keep their definition and take Magento 1&apos;s %1</source>
        <translation>Die Produktattribute von Magento 2 behalten ihre Definition und übernehmen %1 von Magento 1</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="529"/>
        <source>Magento 2 places its own attributes in its own sets</source>
        <translation>Magento 2 legt seine eigenen Attribute in seine eigenen Sets</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="537"/>
        <source>its attribute group does not exist in Magento 1</source>
        <translation>seine Attributgruppe existiert in Magento 1 nicht</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="551"/>
        <source>not created in Magento 2&apos;s set of the same name: no attribute created by this step is in it</source>
        <translation>nicht im gleichnamigen Set von Magento 2 angelegt: Kein von diesem Schritt angelegtes Attribut ist darin</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/eavstep.cpp" line="597"/>
        <source>Attribute set %1 (new): %n attribute(s) of Magento 2&apos;s default set added, which Magento 1 did not have in it.</source>
        <translation>
            <numerusform>Attributset %1 (neu): %n Attribut des Standardsets von Magento 2 hinzugefügt, das Magento 1 darin nicht hatte.</numerusform>
            <numerusform>Attributset %1 (neu): %n Attribute des Standardsets von Magento 2 hinzugefügt, die Magento 1 darin nicht hatte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="617"/>
        <source>Magento 2 has an option of the same admin label: it is used</source>
        <translation>Magento 2 hat eine Option mit derselben Admin-Beschriftung: Sie wird verwendet</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="635"/>
        <source>its option is not migrated</source>
        <translation>seine Option wird nicht migriert</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="639"/>
        <location filename="../core/steps/eavstep.cpp" line="666"/>
        <source>its store view does not exist in Magento 2 (run the Settings step first)</source>
        <translation>seine Store View existiert in Magento 2 nicht (führen Sie zuerst den Einstellungsschritt aus)</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="670"/>
        <source>a later label of the same attribute and store view replaces it</source>
        <translation>eine spätere Beschriftung desselben Attributs und derselben Store View ersetzt sie</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="685"/>
        <source>Magento 2 already has this label</source>
        <translation>Magento 2 hat diese Beschriftung bereits</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="791"/>
        <source>handled by the Sales Increment step (order numbers per store)</source>
        <translation>vom Schritt Bestellnummern behandelt (Bestellnummern pro Store)</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="794"/>
        <source>handled by the Customer Attributes step</source>
        <translation>vom Schritt Kundenattribute behandelt</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="796"/>
        <source>Magento 1 has no swatch table of Magento 2&apos;s form</source>
        <translation>Magento 1 hat keine Swatch-Tabelle in der Form von Magento 2</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="798"/>
        <source>Magento 1&apos;s generic EAV entity tables hold no catalog or customer data; not migrated, as the Data Migration Tool does not migrate them</source>
        <translation>Die generischen EAV-Entitätstabellen von Magento 1 enthalten keine Katalog- oder Kundendaten; nicht migriert, da das Data Migration Tool sie auch nicht migriert</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="809"/>
        <source>The EAV step needs the Data Migration Tool configuration with its class map (class_map in config.xml): without it every Magento 1 model would be dropped. Give the configuration with --config or CUTOVER_DMT_CONFIG.</source>
        <translation>Der EAV-Schritt braucht die Konfiguration des Data Migration Tool mit ihrer Klassenzuordnung (class_map in config.xml): Ohne sie würde jedes Magento-1-Model verworfen. Geben Sie die Konfiguration mit --config oder CUTOVER_DMT_CONFIG an.</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="814"/>
        <source>The table %1 is missing in the %2 database; the EAV step needs it in both. Check that the source is Magento 1 and the destination Magento 2.</source>
        <translation>Die Tabelle %1 fehlt in der Datenbank %2; der EAV-Schritt braucht sie in beiden. Prüfen Sie, ob die Quelle Magento 1 und das Ziel Magento 2 ist.</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="816"/>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="816"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.cpp" line="819"/>
        <source>The destination has no store table; is it a Magento 2 database?</source>
        <translation>Das Ziel hat keine Tabelle store; ist es eine Magento-2-Datenbank?</translation>
    </message>
    <message>
        <location filename="../core/steps/eavstep.h" line="66"/>
        <source>EAV step</source>
        <translation>EAV-Schritt</translation>
    </message>
</context>
<context>
    <name>ForeignKeyOrphans</name>
    <message>
        <location filename="../core/engine/foreignkeycheck.cpp" line="41"/>
        <source>%1: could not be checked: %2</source>
        <translation>%1: konnte nicht geprüft werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/foreignkeycheck.cpp" line="44"/>
        <source>%1: %n row(s) point at rows that these steps do not write (%2); run the step that carries %3, or they point at nothing</source>
        <translation>
            <numerusform>%1: %n Zeile verweist auf Zeilen, die diese Schritte nicht schreiben (%2); führen Sie den Schritt aus, der %3 überträgt, sonst verweist sie ins Leere</numerusform>
            <numerusform>%1: %n Zeilen verweisen auf Zeilen, die diese Schritte nicht schreiben (%2); führen Sie den Schritt aus, der %3 überträgt, sonst verweisen sie ins Leere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/foreignkeycheck.cpp" line="49"/>
        <source>%1: %n row(s) point at rows that are gone (%2); Magento 2 treats them as pointing at none (a warning)</source>
        <translation>
            <numerusform>%1: %n Zeile verweist auf nicht mehr vorhandene Zeilen (%2); Magento 2 behandelt sie, als verwiese sie auf nichts (eine Warnung)</numerusform>
            <numerusform>%1: %n Zeilen verweisen auf nicht mehr vorhandene Zeilen (%2); Magento 2 behandelt sie, als verwiesen sie auf nichts (eine Warnung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/foreignkeycheck.cpp" line="53"/>
        <source>%1: %n row(s) point at nothing (%2)</source>
        <translation>
            <numerusform>%1: %n Zeile verweist ins Leere (%2)</numerusform>
            <numerusform>%1: %n Zeilen verweisen ins Leere (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenContext</name>
    <message>
        <location filename="../core/generate/gencontext.cpp" line="77"/>
        <source>The database has no EAV entity type %1; it does not look like a Magento 1 store.</source>
        <translation>Die Datenbank hat keinen EAV-Entitätstyp %1; sie sieht nicht nach einem Magento-1-Shop aus.</translation>
    </message>
    <message>
        <location filename="../core/generate/gencontext.cpp" line="96"/>
        <source>Generation was cancelled.</source>
        <translation>Die Erzeugung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>GoLiveChecklist</name>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="20"/>
        <source>Magento 1 in maintenance mode</source>
        <translation>Magento 1 im Wartungsmodus</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="21"/>
        <source>Downtime starts here: Magento 1 stops taking orders. Cutover creates maintenance.flag in the Magento 1 root when it can reach it; otherwise switch maintenance on yourself and tick this.</source>
        <translation>Hier beginnt die Ausfallzeit: Magento 1 nimmt keine Bestellungen mehr an. Cutover legt maintenance.flag im Magento-1-Stammordner an, wenn es ihn erreicht; andernfalls schalten Sie die Wartung selbst ein und haken dies ab.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="23"/>
        <source>Delta stopped, backlog empty</source>
        <translation>Delta gestoppt, Rückstand leer</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="24"/>
        <source>The last changes made before maintenance are carried over. Cutover waits for a backlog of zero, then stops the delta.</source>
        <translation>Die letzten vor der Wartung vorgenommenen Änderungen werden übertragen. Cutover wartet auf einen Rückstand von null und stoppt dann das Delta.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="26"/>
        <source>Magento 2 cron started</source>
        <translation>Magento-2-Cron gestartet</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="27"/>
        <source>Magento 2 runs its scheduled jobs (indexers, e-mails) from now on: bin/magento cron:install, or your own crontab.</source>
        <translation>Magento 2 führt ab jetzt seine geplanten Jobs aus (Indexer, E-Mails): bin/magento cron:install oder Ihre eigene crontab.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="29"/>
        <source>Stock index rebuilt</source>
        <translation>Bestandsindex neu aufgebaut</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="30"/>
        <source>bin/magento indexer:reindex cataloginventory_stock, so the storefront shows what is in stock.</source>
        <translation>bin/magento indexer:reindex cataloginventory_stock, damit die Storefront zeigt, was auf Lager ist.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="31"/>
        <source>Cache warmed</source>
        <translation>Cache vorgewärmt</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="32"/>
        <source>Cutover fetches the home page, CMS pages, categories and products, so the first customers do not wait for a cold cache.</source>
        <translation>Cutover ruft die Startseite, CMS-Seiten, Kategorien und Produkte ab, damit die ersten Kunden nicht auf einen kalten Cache warten.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="34"/>
        <source>Final verification</source>
        <translation>Abschließende Prüfung</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="35"/>
        <source>The data verification once more, a delta backlog of zero, and the last Magento 1 order present in Magento 2.</source>
        <translation>Noch einmal die Datenprüfung, ein Delta-Rückstand von null und die letzte Magento-1-Bestellung in Magento 2.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="37"/>
        <source>DNS and load balancers switched</source>
        <translation>DNS und Load Balancer umgestellt</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="38"/>
        <source>Point the store&apos;s host name at the Magento 2 server (DNS, load balancer, CDN). Cutover checks what the name resolves to now.</source>
        <translation>Richten Sie den Hostnamen des Shops auf den Magento-2-Server (DNS, Load Balancer, CDN). Cutover prüft, wohin der Name jetzt aufgelöst wird.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="40"/>
        <source>Store open</source>
        <translation>Shop geöffnet</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="41"/>
        <source>Downtime ends here: Magento 2 takes orders. Check an order end to end, then tick this.</source>
        <translation>Hier endet die Ausfallzeit: Magento 2 nimmt Bestellungen an. Prüfen Sie eine Bestellung von Anfang bis Ende und haken Sie dies dann ab.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="92"/>
        <source>%1 is not a step of the go-live checklist.</source>
        <translation>%1 ist kein Schritt der Go-live-Checkliste.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="95"/>
        <source>&quot;%1&quot; is done already.</source>
        <translation>„%1“ ist bereits erledigt.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="98"/>
        <source>&quot;%1&quot; comes first.</source>
        <translation>„%1“ kommt zuerst.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="103"/>
        <source>&quot;%1&quot; is not done.</source>
        <translation>„%1“ ist nicht erledigt.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="106"/>
        <source>Undo &quot;%1&quot; first: steps are undone from the last one back.</source>
        <translation>Machen Sie zuerst „%1“ rückgängig: Schritte werden vom letzten an rückwärts rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="168"/>
        <source>[ ] %1</source>
        <translation>[ ] %1</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="171"/>
        <source>[x] %1: %2 by %3</source>
        <translation>[x] %1: %2 von %3</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="177"/>
        <source>Downtime: not started.</source>
        <translation>Ausfallzeit: nicht begonnen.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="179"/>
        <source>Downtime: %1, from %2 to %3.</source>
        <translation>Ausfallzeit: %1, von %2 bis %3.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="184"/>
        <source>Downtime: %1 so far, since %2.</source>
        <translation>Ausfallzeit: bisher %1, seit %2.</translation>
    </message>
</context>
<context>
    <name>HandlerRegistry</name>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="61"/>
        <source>%1:%2: the handler %3 %4. Fix the handler&apos;s params in the map file.</source>
        <translation>%1:%2: Der Handler %3 %4. Korrigieren Sie die Parameter des Handlers in der Map-Datei.</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="70"/>
        <source>needs the param &quot;%1&quot;</source>
        <translation>braucht den Parameter „%1“</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="90"/>
        <source>the field %1 is not a column of the record</source>
        <translation>das Feld %1 ist keine Spalte des Datensatzes</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="98"/>
        <location filename="../core/mapping/handlers.cpp" line="102"/>
        <source>has the invalid pattern &quot;%1&quot;</source>
        <translation>hat das ungültige Muster „%1“</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="116"/>
        <source>uses the unsupported pattern flag &quot;%1&quot;</source>
        <translation>verwendet das nicht unterstützte Muster-Flag „%1“</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="120"/>
        <source>has the invalid pattern &quot;%1&quot;: %2</source>
        <translation>hat das ungültige Muster „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="189"/>
        <source>has an invalid map: &quot;%1&quot; is not key:value</source>
        <translation>hat eine ungültige Zuordnung: „%1“ ist nicht Schlüssel:Wert</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="267"/>
        <source>has the offset &quot;%1&quot;; it must be a whole number of hours between -14 and +12</source>
        <translation>hat den Versatz „%1“; er muss eine ganze Zahl von Stunden zwischen -14 und +12 sein</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="287"/>
        <source>the Timezone handler does not support the column type %1</source>
        <translation>der Timezone-Handler unterstützt den Spaltentyp %1 nicht</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="293"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="330"/>
        <source>uses the hash &quot;%1&quot;; only crc32 is supported</source>
        <translation>verwendet den Hash „%1“; nur crc32 wird unterstützt</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="346"/>
        <source>needs the class map (the option class_map of config.xml)</source>
        <translation>braucht die Klassenzuordnung (die Option class_map von config.xml)</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="442"/>
        <location filename="../core/mapping/handlers.cpp" line="555"/>
        <source>the serialized value is broken %1</source>
        <translation>der serialisierte Wert ist defekt %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="447"/>
        <location filename="../core/mapping/handlers.cpp" line="531"/>
        <location filename="../core/mapping/handlers.cpp" line="579"/>
        <source>the value cannot be converted to JSON: %1</source>
        <translation>der Wert lässt sich nicht in JSON umwandeln: %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="492"/>
        <source>the conditional field %1 is not in the record</source>
        <translation>das bedingte Feld %1 ist nicht im Datensatz</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="518"/>
        <source>the field code is not in the record</source>
        <translation>das Feld code ist nicht im Datensatz</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="614"/>
        <source>the serialized %1 inside the value is broken %2</source>
        <translation>das serialisierte %1 im Wert ist defekt %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="622"/>
        <source>the %1 inside the value cannot be converted to JSON: %2</source>
        <translation>%1 im Wert lässt sich nicht in JSON umwandeln: %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="647"/>
        <source>the serialized rule data is broken %1</source>
        <translation>die serialisierten Regeldaten sind defekt %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="893"/>
        <source>its %1 row does not exist in Magento 1, so its bundle product is not known (an orphan row in Magento 1)</source>
        <translation>ihre %1-Zeile existiert in Magento 1 nicht, daher ist ihr Bundle-Produkt unbekannt (eine verwaiste Zeile in Magento 1)</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="934"/>
        <source>the store group name &quot;%1&quot; is used twice; group %2 gets the code %3</source>
        <translation>der Name der Store-Gruppe „%1“ wird zweimal verwendet; Gruppe %2 erhält den Code %3</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="964"/>
        <source>%1:%2: the handler %3 cannot run: %4.</source>
        <translation>%1:%2: Der Handler %3 kann nicht ausgeführt werden: %4.</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="970"/>
        <source>the crypt_key option of config.xml</source>
        <translation>die Option crypt_key von config.xml</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="998"/>
        <source>the value has the key:cipher:vector:data form of Magento 1 Enterprise&apos;s encryption, which Cutover does not decrypt; it is left as it was</source>
        <translation>der Wert hat die Form key:cipher:vector:data der Verschlüsselung von Magento 1 Enterprise, die Cutover nicht entschlüsselt; er bleibt unverändert</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="1005"/>
        <source>the encrypted value cannot be decrypted: %1; it is left as it was. Check the Magento 1 encryption key</source>
        <translation>der verschlüsselte Wert kann nicht entschlüsselt werden: %1; er bleibt unverändert. Prüfen Sie den Verschlüsselungsschlüssel von Magento 1</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="1073"/>
        <source>it reads or writes other tables and needs the migration engine</source>
        <translation>er liest oder schreibt andere Tabellen und braucht die Migrations-Engine</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="1144"/>
        <source>%1:%2: the handler %3 is not implemented in Cutover: %4. Remove the rule or migrate this data another way.</source>
        <translation>%1:%2: Der Handler %3 ist in Cutover nicht implementiert: %4. Entfernen Sie die Regel oder migrieren Sie diese Daten auf andere Weise.</translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="1150"/>
        <source>%1:%2: unknown handler class %3. Check its spelling against the Data Migration Tool&apos;s Migration\Handler classes.</source>
        <translation>%1:%2: unbekannte Handler-Klasse %3. Prüfen Sie die Schreibweise anhand der Migration\Handler-Klassen des Data Migration Tool.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message numerus="yes">
        <location filename="../core/engine/integritycheck.cpp" line="98"/>
        <source>%1 into %2: values longer than %n character(s) would be cut</source>
        <translation>
            <numerusform>%1 nach %2: Werte, die länger als %n Zeichen sind, würden abgeschnitten</numerusform>
            <numerusform>%1 nach %2: Werte, die länger als %n Zeichen sind, würden abgeschnitten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="105"/>
        <source>%1 into %2: negative values would not fit</source>
        <translation>%1 nach %2: Negative Werte würden nicht passen</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="108"/>
        <source>%1 into %2: large values would not fit</source>
        <translation>%1 nach %2: Große Werte würden nicht passen</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="110"/>
        <source>%1 into %2: decimals would be rounded</source>
        <translation>%1 nach %2: Nachkommastellen würden gerundet</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="114"/>
        <source>%1 into %2: text that is not a number or date would become 0 or be refused</source>
        <translation>%1 nach %2: Text, der keine Zahl und kein Datum ist, würde zu 0 oder abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="117"/>
        <source>%1 into %2: the types differ</source>
        <translation>%1 nach %2: Die Typen unterscheiden sich</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/integritycheck.cpp" line="320"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="333"/>
        <source>a Magento 1 store</source>
        <translation>ein Magento-1-Shop</translation>
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
            <numerusform>%n Tabelle: %1</numerusform>
            <numerusform>%n Tabellen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/integritycheck.cpp" line="351"/>
        <source>%n field(s): %1</source>
        <translation>
            <numerusform>%n Feld: %1</numerusform>
            <numerusform>%n Felder: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="352"/>
        <source>This store is %1. %2 has rules for what it does not have, from other Magento 1 releases and from extensions: %3. There is nothing of them here to migrate, and their rules do not apply; nothing is left behind.</source>
        <translation>Dieser Shop ist %1. %2 hat Regeln für das, was er nicht hat, aus anderen Magento-1-Versionen und aus Erweiterungen: %3. Davon gibt es hier nichts zu migrieren, und ihre Regeln greifen nicht; nichts bleibt zurück.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/integritycheck.cpp" line="358"/>
        <source>Magento 2 here has none of %n field(s) that the map ignores on its side (from other Magento 2 releases): %1.</source>
        <translation>
            <numerusform>Magento 2 hat hier das Feld nicht, das die Zuordnung auf seiner Seite ignoriert (aus anderen Magento-2-Versionen): %1.</numerusform>
            <numerusform>Magento 2 hat hier keines der %n Felder, die die Zuordnung auf seiner Seite ignoriert (aus anderen Magento-2-Versionen): %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="372"/>
        <source>The Data Migration Tool configuration has no map_file; the integrity check needs its map.xml.</source>
        <translation>Die Konfiguration des Data Migration Tool hat keine map_file; die Integritätsprüfung braucht deren map.xml.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="376"/>
        <source>The integrity check was cancelled.</source>
        <translation>Die Integritätsprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="436"/>
        <source>%1 (%2, line(s) %3). Cutover does not know this handler: correct or remove those rules, or add rules replacing them to the project&apos;s override map.</source>
        <translation>%1 (%2, Zeile(n) %3). Cutover kennt diesen Handler nicht: Korrigieren oder entfernen Sie diese Regeln, oder fügen Sie der Override-Map des Projekts Regeln hinzu, die sie ersetzen.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="438"/>
        <source>%1 (%2, line(s) %3). Until that is fixed, what those rules transform is left out of the migration and the report says so.</source>
        <translation>%1 (%2, Zeile(n) %3). Bis das behoben ist, wird das, was diese Regeln umwandeln, bei der Migration ausgelassen, und der Bericht weist darauf hin.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="477"/>
        <source>The %1 rule for %2 in %3 names a field the source table %4 does not have; it never applies. Correct the field&apos;s name or remove the rule.</source>
        <translation>Die %1-Regel für %2 in %3 nennt ein Feld, das die Quelltabelle %4 nicht hat; sie greift nie. Korrigieren Sie den Namen des Felds oder entfernen Sie die Regel.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="479"/>
        <source>The %1 rule for %2 in %3 names a field the destination table %4 does not have; it never applies. Correct the field&apos;s name or remove the rule.</source>
        <translation>Die %1-Regel für %2 in %3 nennt ein Feld, das die Zieltabelle %4 nicht hat; sie greift nie. Korrigieren Sie den Namen des Felds oder entfernen Sie die Regel.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="556"/>
        <source>The source table %1 is not mapped and the destination has no table of that name (an extension&apos;s table, most likely): its rows would be left behind. Ignore it if Magento 2 does not need them, or add a rename rule for it to the project&apos;s override map.</source>
        <translation>Die Quelltabelle %1 ist nicht zugeordnet, und das Ziel hat keine Tabelle dieses Namens (sehr wahrscheinlich die Tabelle einer Erweiterung): Ihre Zeilen würden ausgelassen. Ignorieren Sie sie, wenn Magento 2 sie nicht braucht, oder fügen Sie der Override-Map des Projekts eine Umbenennungsregel für sie hinzu.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="560"/>
        <source>%1 renames the source table %2 to %3, which the destination does not have. Ignore the table or correct the rename in the project&apos;s override map.</source>
        <translation>%1 benennt die Quelltabelle %2 in %3 um, die das Ziel nicht hat. Ignorieren Sie die Tabelle oder korrigieren Sie die Umbenennung in der Override-Map des Projekts.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="564"/>
        <source>Ignore the table %1</source>
        <translation>Die Tabelle %1 ignorieren</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="597"/>
        <source>%1.%2 goes to %3.%4 (%5). Check the values, or accept the difference.</source>
        <translation>%1.%2 geht nach %3.%4 (%5). Prüfen Sie die Werte oder akzeptieren Sie den Unterschied.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="600"/>
        <source>Accept the difference (ignore the data type)</source>
        <translation>Den Unterschied akzeptieren (Datentyp ignorieren)</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="628"/>
        <source>The source field %1.%2 (%3) has no field %4 in the destination table %5 (an extension&apos;s column, most likely): its values would be left behind. Ignore it, or map it to a field of %5.</source>
        <translation>Das Quellfeld %1.%2 (%3) hat kein Feld %4 in der Zieltabelle %5 (sehr wahrscheinlich die Spalte einer Erweiterung): Seine Werte würden ausgelassen. Ignorieren Sie es oder ordnen Sie es einem Feld von %5 zu.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="633"/>
        <source>Ignore the field %1</source>
        <translation>Das Feld %1 ignorieren</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="637"/>
        <source>Map it to %1.%2 (%3)</source>
        <translation>Es %1.%2 (%3) zuordnen</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="650"/>
        <source>The destination field %1.%2 (%3) requires a value (NOT NULL, no default) and no source field maps to it: every row would get an empty value (&apos;&apos; or 0). Ignore it to accept that, or map a source field to it.</source>
        <translation>Das Zielfeld %1.%2 (%3) verlangt einen Wert (NOT NULL, kein Standardwert), und kein Quellfeld ist ihm zugeordnet: Jede Zeile bekäme einen leeren Wert (&apos;&apos; oder 0). Ignorieren Sie es, um das zu akzeptieren, oder ordnen Sie ihm ein Quellfeld zu.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="656"/>
        <source>Ignore the field %1 (rows get its empty value)</source>
        <translation>Das Feld %1 ignorieren (Zeilen erhalten seinen leeren Wert)</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="662"/>
        <source>Map the source field %1.%2 to it</source>
        <translation>Das Quellfeld %1.%2 ihm zuordnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/integritycheck.cpp" line="750"/>
        <source>%n row(s) of %1 point at no row of %2 (%3; Magento 2&apos;s foreign key %4), e.g. %5. The data migration leaves them out and counts them; repair them in Magento 1 first if you need them.</source>
        <translation>
            <numerusform>%n Zeile von %1 verweist auf keine Zeile von %2 (%3; Fremdschlüssel %4 von Magento 2), z. B. %5. Die Datenmigration lässt sie aus und zählt sie; reparieren Sie sie zuerst in Magento 1, wenn Sie sie brauchen.</numerusform>
            <numerusform>%n Zeilen von %1 verweisen auf keine Zeile von %2 (%3; Fremdschlüssel %4 von Magento 2), z. B. %5. Die Datenmigration lässt sie aus und zählt sie; reparieren Sie sie zuerst in Magento 1, wenn Sie sie brauchen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="799"/>
        <source>The project&apos;s override map %1 does not exist. Restore it, or remove &quot;mappingOverrides&quot; from the project file to use the default mapping alone.</source>
        <translation>Die Override-Map %1 des Projekts existiert nicht. Stellen Sie sie wieder her oder entfernen Sie „mappingOverrides“ aus der Projektdatei, um nur die Standardzuordnung zu verwenden.</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="805"/>
        <source>The configuration %1 has no map_file for the override map %2 to layer on.</source>
        <translation>Die Konfiguration %1 hat keine map_file, über die die Override-Map %2 gelegt werden könnte.</translation>
    </message>
</context>
<context>
    <name>IntegrityFinding</name>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="202"/>
        <source>Source tables without a destination</source>
        <translation>Quelltabellen ohne Ziel</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="204"/>
        <source>Source fields the destination lacks</source>
        <translation>Quellfelder, die im Ziel fehlen</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="206"/>
        <source>Required destination fields without a source</source>
        <translation>Pflichtfelder im Ziel ohne Quelle</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="208"/>
        <source>Type mismatches</source>
        <translation>Typabweichungen</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="210"/>
        <source>Rules naming what does not exist</source>
        <translation>Regeln, die Nichtvorhandenes nennen</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="212"/>
        <source>Handlers Cutover cannot run</source>
        <translation>Handler, die Cutover nicht ausführen kann</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="214"/>
        <source>Orphan rows in the source</source>
        <translation>Verwaiste Zeilen in der Quelle</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="216"/>
        <source>What this release does not have</source>
        <translation>Was diese Version nicht hat</translation>
    </message>
</context>
<context>
    <name>IntegrityReport</name>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="291"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="291"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="294"/>
        <source>      fix %1: %2</source>
        <translation>      Korrektur %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/integritycheck.cpp" line="302"/>
        <source>%n error(s) block the data migration; apply their fixes (cutover-cli integrity --fix ID) or change the mapping, then check again.</source>
        <translation>
            <numerusform>%n Fehler blockiert die Datenmigration; wenden Sie seine Korrekturen an (cutover-cli integrity --fix ID) oder ändern Sie die Zuordnung und prüfen Sie dann erneut.</numerusform>
            <numerusform>%n Fehler blockieren die Datenmigration; wenden Sie ihre Korrekturen an (cutover-cli integrity --fix ID) oder ändern Sie die Zuordnung und prüfen Sie dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/integritycheck.cpp" line="307"/>
        <source>No errors: the data migration may start.</source>
        <translation>Keine Fehler: Die Datenmigration kann starten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/integritycheck.cpp" line="308"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryStep</name>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="46"/>
        <source>Cancelled while writing %1; run the step again to write it.</source>
        <translation>Beim Schreiben von %1 abgebrochen; führen Sie den Schritt erneut aus, um es zu schreiben.</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="176"/>
        <source>Magento 2 has no table cataloginventory_stock_item or catalog_product_entity: nothing to carry</source>
        <translation>Magento 2 hat keine Tabelle cataloginventory_stock_item oder catalog_product_entity: nichts zu übertragen</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="197"/>
        <source>Magento 1 has %1 stock items, Magento 2&apos;s cataloginventory_stock_item only %2: the Map step copies them. Run the whole data migration (migrate data) so that every product gets its stock, then this step again.</source>
        <translation>Magento 1 hat %1 Bestandseinträge, cataloginventory_stock_item von Magento 2 nur %2: Der Map-Schritt kopiert sie. Führen Sie die gesamte Datenmigration aus (migrate data), damit jedes Produkt seinen Bestand erhält, und dann diesen Schritt erneut.</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="207"/>
        <source>Magento 2 has no Multi-Source Inventory tables (inventory_source_item): it reads stock from cataloginventory_stock_item, which the Map step copied</source>
        <translation>Magento 2 hat keine Multi-Source-Inventory-Tabellen (inventory_source_item): Es liest den Bestand aus cataloginventory_stock_item, die der Map-Schritt kopiert hat</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="97"/>
        <source>Magento 2&apos;s inventory_source table is empty, so there is no default source to put the stock in. Run bin/magento setup:upgrade in Magento 2 (Magento_Inventory makes the default source), then run the Inventory step again.</source>
        <translation>Die Tabelle inventory_source von Magento 2 ist leer, daher gibt es keine Standardquelle für den Bestand. Führen Sie in Magento 2 bin/magento setup:upgrade aus (Magento_Inventory legt die Standardquelle an) und dann den Inventarschritt erneut.</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="229"/>
        <source>the product is not in Magento 2&apos;s catalog</source>
        <translation>das Produkt ist nicht im Katalog von Magento 2</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="231"/>
        <source>the product has no SKU (MSI keeps stock by SKU)</source>
        <translation>das Produkt hat keine SKU (MSI führt den Bestand nach SKU)</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="233"/>
        <source>product type %1 keeps no quantity of its own (MSI has no source items for it)</source>
        <translation>Produkttyp %1 hat keine eigene Menge (MSI hat keine Quellenartikel dafür)</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="244"/>
        <source>Products of type %1 got no source item: Magento 2&apos;s MSI keeps quantities only for simple, virtual and downloadable products. If the extension that adds type %1 to Magento 2 keeps stock, set its quantities in Magento 2&apos;s admin (Catalog &gt; Products).</source>
        <translation>Produkte vom Typ %1 haben keinen Quellenartikel erhalten: MSI von Magento 2 führt Mengen nur für einfache, virtuelle und herunterladbare Produkte. Wenn die Erweiterung, die Magento 2 den Typ %1 hinzufügt, Bestand führt, legen Sie ihre Mengen im Admin von Magento 2 fest (Catalog &gt; Products).</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="262"/>
        <source>another product has the same SKU (its stock item, the last by id, is kept)</source>
        <translation>ein anderes Produkt hat dieselbe SKU (sein Bestandseintrag, der letzte nach ID, bleibt erhalten)</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="264"/>
        <source>SKU(s) %1 belong to more than one product; MSI keeps one quantity per SKU and source. Give each product its own SKU in Magento 1 (or fix the quantities in Magento 2&apos;s admin) and run again.</source>
        <translation>Die SKU(s) %1 gehören zu mehr als einem Produkt; MSI führt eine Menge pro SKU und Quelle. Geben Sie jedem Produkt in Magento 1 seine eigene SKU (oder korrigieren Sie die Mengen im Admin von Magento 2) und führen Sie es erneut aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/inventorystep.cpp" line="278"/>
        <source>Removed %n source item(s) of the source &apos;%1&apos; whose SKU no migrated product has (Magento 2&apos;s own catalog, which the Catalog step replaced); Reset destination puts them back.</source>
        <translation>
            <numerusform>%n Quellenartikel der Quelle &apos;%1&apos; entfernt, deren SKU kein migriertes Produkt hat (der eigene Katalog von Magento 2, den der Katalogschritt ersetzt hat); „Ziel zurücksetzen“ stellt ihn wieder her.</numerusform>
            <numerusform>%n Quellenartikel der Quelle &apos;%1&apos; entfernt, deren SKU kein migriertes Produkt hat (der eigene Katalog von Magento 2, den der Katalogschritt ersetzt hat); „Ziel zurücksetzen“ stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="306"/>
        <source>%1 stock items read, %2 source items written and %3 skipped do not add up; check inventory_source_item for rows another process wrote during the run.</source>
        <translation>%1 gelesene Bestandseinträge, %2 geschriebene und %3 übersprungene Quellenartikel gehen nicht auf; prüfen Sie inventory_source_item auf Zeilen, die ein anderer Prozess während des Laufs geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="312"/>
        <source>source items of the source &apos;%1&apos; from the stock items the Map step copied</source>
        <translation>Quellenartikel der Quelle &apos;%1&apos; aus den Bestandseinträgen, die der Map-Schritt kopiert hat</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="320"/>
        <source>Magento 2 has no inventory_stock_sales_channel, inventory_stock or store_website table</source>
        <translation>Magento 2 hat keine Tabelle inventory_stock_sales_channel, inventory_stock oder store_website</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="327"/>
        <source>Magento 2&apos;s inventory_stock table is empty, so there is no default stock for the websites to sell from. Run bin/magento setup:upgrade in Magento 2, then the Inventory step again.</source>
        <translation>Die Tabelle inventory_stock von Magento 2 ist leer, daher gibt es keinen Standardbestand, aus dem die Websites verkaufen. Führen Sie in Magento 2 bin/magento setup:upgrade aus und dann den Inventarschritt erneut.</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="354"/>
        <source>every website sells from stock %1</source>
        <translation>jede Website verkauft aus dem Bestand %1</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="362"/>
        <source>Magento 2 has no inventory_shipment_source or sales_shipment table</source>
        <translation>Magento 2 hat keine Tabelle inventory_shipment_source oder sales_shipment</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="386"/>
        <source>every migrated shipment was shipped from the source &apos;%1&apos;</source>
        <translation>jede migrierte Lieferung wurde aus der Quelle &apos;%1&apos; versandt</translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.cpp" line="394"/>
        <source>Magento 2 has no table cataloginventory_stock_status</source>
        <translation>Magento 2 hat keine Tabelle cataloginventory_stock_status</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/inventorystep.cpp" line="406"/>
        <source>%n migrated product(s) have no or an outdated row in Magento 2&apos;s stock index (cataloginventory_stock_status), so Magento 2 shows them out of stock until you run bin/magento indexer:reindex cataloginventory_stock (the go-live checklist does).</source>
        <translation>
            <numerusform>%n migriertes Produkt hat keine oder eine veraltete Zeile im Bestandsindex von Magento 2 (cataloginventory_stock_status), daher zeigt Magento 2 es als nicht vorrätig, bis Sie bin/magento indexer:reindex cataloginventory_stock ausführen (die Go-live-Checkliste tut das).</numerusform>
            <numerusform>%n migrierte Produkte haben keine oder eine veraltete Zeile im Bestandsindex von Magento 2 (cataloginventory_stock_status), daher zeigt Magento 2 sie als nicht vorrätig, bis Sie bin/magento indexer:reindex cataloginventory_stock ausführen (die Go-live-Checkliste tut das).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/inventorystep.cpp" line="411"/>
        <source>Magento 2&apos;s stock index, rebuilt by bin/magento indexer:reindex cataloginventory_stock (the Data Migration Tool does not write it either); %n product(s) to update</source>
        <translation>
            <numerusform>Bestandsindex von Magento 2, neu aufgebaut durch bin/magento indexer:reindex cataloginventory_stock (auch das Data Migration Tool schreibt ihn nicht); %n Produkt zu aktualisieren</numerusform>
            <numerusform>Bestandsindex von Magento 2, neu aufgebaut durch bin/magento indexer:reindex cataloginventory_stock (auch das Data Migration Tool schreibt ihn nicht); %n Produkte zu aktualisieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/inventorystep.h" line="36"/>
        <source>Inventory step</source>
        <translation>Inventarschritt</translation>
    </message>
</context>
<context>
    <name>LastOrderCheck</name>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="265"/>
        <source>Magento 1 has no orders.</source>
        <translation>Magento 1 hat keine Bestellungen.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="280"/>
        <source>The last Magento 1 order, #%1 of %2, is in Magento 2.</source>
        <translation>Die letzte Magento-1-Bestellung, #%1 vom %2, ist in Magento 2.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="282"/>
        <source>The last Magento 1 order, #%1 of %2, is not in Magento 2: let the delta empty its backlog, then check again.</source>
        <translation>Die letzte Magento-1-Bestellung, #%1 vom %2, ist nicht in Magento 2: Lassen Sie das Delta seinen Rückstand abarbeiten und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="101"/>
        <source>MariaDB&apos;s server programs (mariadbd, mariadb-install-db) were not found. Install the Debian package mariadb-server: sudo apt-get install mariadb-server</source>
        <translation>Die Serverprogramme von MariaDB (mariadbd, mariadb-install-db) wurden nicht gefunden. Installieren Sie das Debian-Paket mariadb-server: sudo apt-get install mariadb-server</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="107"/>
        <source>The folder %1 is too deep for a MariaDB socket (at most 107 characters). Choose a shorter folder.</source>
        <translation>Der Ordnerpfad %1 ist zu lang für einen MariaDB-Socket (höchstens 107 Zeichen). Wählen Sie einen kürzeren Ordner.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="132"/>
        <source>Could not initialise a MariaDB data folder in %1. Check that the folder is writable.</source>
        <translation>In %1 konnte kein MariaDB-Datenordner angelegt werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="164"/>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="182"/>
        <source>The MariaDB server in %1 did not start. Its log is %2.</source>
        <translation>Der MariaDB-Server in %1 ist nicht gestartet. Sein Protokoll ist %2.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="186"/>
        <source>The MariaDB server in %1 found no free port.</source>
        <translation>Der MariaDB-Server in %1 hat keinen freien Port gefunden.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="230"/>
        <source>MariaDB&apos;s client program (mariadb) was not found. Install the Debian package mariadb-client.</source>
        <translation>Das Clientprogramm von MariaDB (mariadb) wurde nicht gefunden. Installieren Sie das Debian-Paket mariadb-client.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="256"/>
        <source>A statement failed on the local MariaDB server in %1.</source>
        <translation>Eine Anweisung ist auf dem lokalen MariaDB-Server in %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="268"/>
        <source>The database dump %1 is missing or unreadable.</source>
        <translation>Der Datenbank-Dump %1 fehlt oder ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="271"/>
        <source>Could not load the dump %1 into the database %2.</source>
        <translation>Der Dump %1 konnte nicht in die Datenbank %2 geladen werden.</translation>
    </message>
</context>
<context>
    <name>LogStep</name>
    <message>
        <location filename="../core/steps/logstep.cpp" line="21"/>
        <source>The Data Migration Tool configuration has no log_document_groups_file; the Log step needs its log-document-groups.xml. Add the option to config.xml.</source>
        <translation>Die Konfiguration des Data Migration Tool hat keine log_document_groups_file; der Log-Schritt braucht deren log-document-groups.xml. Fügen Sie die Option zu config.xml hinzu.</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="30"/>
        <source>The Data Migration Tool configuration has no log_map_file; the Log step needs its map-log.xml. Add the option to config.xml.</source>
        <translation>Die Konfiguration des Data Migration Tool hat keine log_map_file; der Log-Schritt braucht deren map-log.xml. Fügen Sie die Option zu config.xml hinzu.</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="58"/>
        <source>Session ids are not carried: Magento 2&apos;s %1.session_id holds %2 character(s) and is no longer used; the rows that had one are counted as transformed.</source>
        <translation>Sitzungs-IDs werden nicht übertragen: %1.session_id von Magento 2 fasst %2 Zeichen und wird nicht mehr verwendet; die Zeilen, die eine hatten, werden als umgewandelt gezählt.</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="107"/>
        <location filename="../core/steps/logstep.cpp" line="171"/>
        <source>Magento 1 has no table %1</source>
        <translation>Magento 1 hat keine Tabelle %1</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="126"/>
        <source>The Data Migration Tool configuration names no log_document_groups_file or log_map_file, so the visitor logs left behind were not measured.</source>
        <translation>Die Konfiguration des Data Migration Tool nennt keine log_document_groups_file oder log_map_file, daher wurden die ausgelassenen Besucher-Logs nicht gemessen.</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="142"/>
        <source>Magento 2 has no table %1 to clear</source>
        <translation>Magento 2 hat keine Tabelle %1 zum Leeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/logstep.cpp" line="151"/>
        <source>emptied as log-document-groups.xml asks (%n row(s) backed up)</source>
        <translation>
            <numerusform>geleert, wie log-document-groups.xml es verlangt (%n Zeile gesichert)</numerusform>
            <numerusform>geleert, wie log-document-groups.xml es verlangt (%n Zeilen gesichert)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="181"/>
        <source>visitor logs are left behind unless the run carries logs</source>
        <translation>Besucher-Logs werden ausgelassen, sofern der Lauf keine Logs überträgt</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="182"/>
        <source>%1 rows left behind (%2 MB); carry them with --with-logs (or &quot;Visitor logs&quot; on the Settings and data page)</source>
        <translation>%1 Zeilen ausgelassen (%2 MB); übertragen Sie sie mit --with-logs (oder „Besucher-Logs“ auf der Seite Einstellungen und Daten)</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="193"/>
        <source>About %1 rows of visitor logs left behind (%2 MB); carry them with --with-logs (or &quot;Visitor logs&quot; on the Settings and data page)</source>
        <translation>Etwa %1 Zeilen Besucher-Logs ausgelassen (%2 MB); übertragen Sie sie mit --with-logs (oder „Besucher-Logs“ auf der Seite Einstellungen und Daten)</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.cpp" line="195"/>
        <source>%1 rows of visitor logs left behind (%2 MB); carry them with --with-logs (or &quot;Visitor logs&quot; on the Settings and data page)</source>
        <translation>%1 Zeilen Besucher-Logs ausgelassen (%2 MB); übertragen Sie sie mit --with-logs (oder „Besucher-Logs“ auf der Seite Einstellungen und Daten)</translation>
    </message>
    <message>
        <location filename="../core/steps/logstep.h" line="32"/>
        <source>Log step</source>
        <translation>Log-Schritt</translation>
    </message>
</context>
<context>
    <name>Magento1Decryptor</name>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="462"/>
        <source>the Magento 1 encryption key from %1 is %2 bytes long; Blowfish (mcrypt) takes 1 to 56 bytes. Check the key.</source>
        <translation>der Verschlüsselungsschlüssel von Magento 1 aus %1 ist %2 Bytes lang; Blowfish (mcrypt) nimmt 1 bis 56 Bytes. Prüfen Sie den Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="474"/>
        <source>libgcrypt cannot use the Magento 1 encryption key from %1 for Blowfish: %2.</source>
        <translation>libgcrypt kann den Verschlüsselungsschlüssel von Magento 1 aus %1 nicht für Blowfish verwenden: %2.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="493"/>
        <source>it is not base64, so not a Magento 1 encrypted value</source>
        <translation>er ist kein Base64, also kein verschlüsselter Wert von Magento 1</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="499"/>
        <source>its %1 bytes are not whole 8-byte Blowfish blocks</source>
        <translation>seine %1 Bytes sind keine ganzen 8-Byte-Blowfish-Blöcke</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="505"/>
        <source>libgcrypt failed: %1</source>
        <translation>libgcrypt ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="512"/>
        <source>it does not decrypt to text with the Magento 1 key (a wrong key, or a value that was never encrypted)</source>
        <translation>er lässt sich mit dem Magento-1-Schlüssel nicht zu Text entschlüsseln (ein falscher Schlüssel oder ein Wert, der nie verschlüsselt war)</translation>
    </message>
</context>
<context>
    <name>Magento2Encryptor</name>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="523"/>
        <source>the Magento 2 encryption key from %1 is %2 bytes long; Magento 2 needs %3 (crypt/key in app/etc/env.php). Check the key.</source>
        <translation>der Verschlüsselungsschlüssel von Magento 2 aus %1 ist %2 Bytes lang; Magento 2 braucht %3 (crypt/key in app/etc/env.php). Prüfen Sie den Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/mapping/cryptkeys.cpp" line="530"/>
        <source>libsodium cannot start, so values cannot be encrypted for Magento 2.</source>
        <translation>libsodium kann nicht starten, daher können keine Werte für Magento 2 verschlüsselt werden.</translation>
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
        <translation>%1, Version unbekannt (core_resource hat keine Zeile core_setup)</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="51"/>
        <source>Magento EE 1.10 or older</source>
        <translation>Magento EE 1.10 oder älter</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="51"/>
        <source>Magento CE 1.5 or older</source>
        <translation>Magento CE 1.5 oder älter</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="54"/>
        <source>Magento EE 1.11 to 1.14</source>
        <translation>Magento EE 1.11 bis 1.14</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="59"/>
        <source>Magento CE 1.9.3 or 1.9.4</source>
        <translation>Magento CE 1.9.3 oder 1.9.4</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="60"/>
        <source>Magento CE 1.9.1 to 1.9.4</source>
        <translation>Magento CE 1.9.1 bis 1.9.4</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="63"/>
        <source>Magento CE 1.6 to 1.9.0</source>
        <translation>Magento CE 1.6 bis 1.9.0</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="64"/>
        <source>Magento CE 1.9 or a later fork (OpenMage)</source>
        <translation>Magento CE 1.9 oder ein späterer Fork (OpenMage)</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="88"/>
        <source>Cutover migrates Magento CE 1.6 to 1.9 (EE 1.11 to 1.14). Upgrade the store to 1.9 first.</source>
        <translation>Cutover migriert Magento CE 1.6 bis 1.9 (EE 1.11 bis 1.14). Aktualisieren Sie den Shop zuerst auf 1.9.</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="102"/>
        <source>Magento %1, as recorded at the last admin login</source>
        <translation>Magento %1, wie beim letzten Admin-Login aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="104"/>
        <source>Magento 2.3 or later (patch_list present; exact version not recorded)</source>
        <translation>Magento 2.3 oder neuer (patch_list vorhanden; genaue Version nicht aufgezeichnet)</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="106"/>
        <source>Magento 2.0 to 2.2 (no patch_list)</source>
        <translation>Magento 2.0 bis 2.2 (keine patch_list)</translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="112"/>
        <source>Cutover migrates into Magento 2.4. Upgrade the destination install first.</source>
        <translation>Cutover migriert nach Magento 2.4. Aktualisieren Sie zuerst die Zielinstallation.</translation>
    </message>
</context>
<context>
    <name>MaintenanceFlag</name>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="204"/>
        <source>%1 is not a Magento 1 root folder (it has no index.php and app/Mage.php), so Cutover cannot switch maintenance mode there.</source>
        <translation>%1 ist kein Magento-1-Stammordner (er hat kein index.php und app/Mage.php), daher kann Cutover dort den Wartungsmodus nicht umschalten.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="206"/>
        <source>(no folder given)</source>
        <translation>(kein Ordner angegeben)</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="207"/>
        <source>Set the Magento 1 root on the Pre-flight page, or switch maintenance mode on yourself (create maintenance.flag in the Magento 1 root) and tick the step.</source>
        <translation>Legen Sie den Magento-1-Stammordner auf der Seite Pre-Flight fest oder schalten Sie den Wartungsmodus selbst ein (legen Sie maintenance.flag im Magento-1-Stammordner an) und haken Sie den Schritt ab.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="215"/>
        <source>Could not create %1: %2.</source>
        <translation>%1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="216"/>
        <source>Give the user running Cutover write access to the Magento 1 root, or create the file yourself and tick the step.</source>
        <translation>Geben Sie dem Benutzer, der Cutover ausführt, Schreibzugriff auf den Magento-1-Stammordner, oder legen Sie die Datei selbst an und haken Sie den Schritt ab.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="221"/>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../core/golive/golivechecklist.cpp" line="222"/>
        <source>Remove the file yourself to take Magento 1 out of maintenance mode.</source>
        <translation>Entfernen Sie die Datei selbst, um Magento 1 aus dem Wartungsmodus zu nehmen.</translation>
    </message>
</context>
<context>
    <name>MapConfig</name>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="349"/>
        <source>Could not create the folder %1 for the override map; check that it can be written.</source>
        <translation>Der Ordner %1 für die Override-Map konnte nicht angelegt werden; prüfen Sie, ob dort geschrieben werden kann.</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="355"/>
        <source>Could not write the override map next to %1: %2</source>
        <translation>Die Override-Map neben %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="359"/>
        <source>The override map for %1 would not be valid, so it was not written: %2</source>
        <translation>Die Override-Map für %1 wäre nicht gültig und wurde daher nicht geschrieben: %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="365"/>
        <source>Could not write the override map %1: %2. Check that the folder can be written.</source>
        <translation>Die Override-Map %1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="471"/>
        <source>the rename rule names the source table %1, which does not exist; it never applies</source>
        <translation>die Umbenennungsregel nennt die Quelltabelle %1, die nicht existiert; sie greift nie</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="474"/>
        <source>the source table %1 is renamed to %2, which the destination does not have</source>
        <translation>die Quelltabelle %1 wird in %2 umbenannt, die es im Ziel nicht gibt</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="482"/>
        <source>the field rule %1 names a source table that does not exist</source>
        <translation>die Feldregel %1 nennt eine Quelltabelle, die nicht existiert</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="483"/>
        <source>the field rule %1 names a destination table that does not exist</source>
        <translation>die Feldregel %1 nennt eine Zieltabelle, die nicht existiert</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="505"/>
        <source>the source table %1 has no destination table %2; add an ignore or a rename rule for it</source>
        <translation>die Quelltabelle %1 hat keine Zieltabelle %2; fügen Sie dafür eine ignore- oder rename-Regel hinzu</translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="515"/>
        <source>the destination table %1 is not the target of any source table; add an ignore rule for it on the destination side</source>
        <translation>die Zieltabelle %1 ist das Ziel keiner Quelltabelle; fügen Sie dafür auf der Zielseite eine ignore-Regel hinzu</translation>
    </message>
    <message>
        <location filename="../core/mapping/recordtransformer.cpp" line="16"/>
        <source>The table %1 is ignored by %2; it has no destination rows to make.</source>
        <translation>Die Tabelle %1 wird von %2 ignoriert; für sie sind keine Zielzeilen zu erzeugen.</translation>
    </message>
</context>
<context>
    <name>MapStep</name>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="30"/>
        <location filename="../core/steps/mapstep.cpp" line="78"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="33"/>
        <location filename="../core/steps/mapstep.cpp" line="78"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="98"/>
        <location filename="../core/steps/mapstep.cpp" line="42"/>
        <source>Customer Attributes</source>
        <translation>Kundenattribute</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="99"/>
        <location filename="../core/steps/mapstep.cpp" line="44"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
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
        <translation>URL-Rewrite</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="61"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="81"/>
        <source>handled by the %1 step</source>
        <translation>vom Schritt %1 behandelt</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="121"/>
        <source>an old quote, left behind as chosen: not updated since %1, so Magento 2&apos;s quote clean-up would delete it (carry old quotes to keep it)</source>
        <translation>ein alter Warenkorb, wie gewählt zurückgelassen: seit %1 nicht aktualisiert, daher würde die Warenkorb-Bereinigung von Magento 2 ihn löschen (übertragen Sie alte Warenkörbe, um ihn zu behalten)</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="129"/>
        <source>reports and statistics, left behind as chosen; Magento 2 rebuilds its statistics from the orders (Reports &gt; Statistics &gt; Refresh Statistics)</source>
        <translation>Berichte und Statistiken, wie gewählt zurückgelassen; Magento 2 baut seine Statistiken aus den Bestellungen neu auf (Reports &gt; Statistics &gt; Refresh Statistics)</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="132"/>
        <source>reports and statistics are left behind unless the run carries them</source>
        <translation>Berichte und Statistiken werden zurückgelassen, außer der Lauf überträgt sie</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="292"/>
        <source>its %1 row does not exist in Magento 1, or is itself left out as an orphan (%2 points at nothing)</source>
        <translation>ihre %1-Zeile existiert in Magento 1 nicht oder wird selbst als verwaist ausgelassen (%2 verweist ins Leere)</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="332"/>
        <source>Cancelled while removing rows that point at nothing.</source>
        <translation>Beim Entfernen von Zeilen, die ins Leere verweisen, abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/mapstep.cpp" line="362"/>
        <source>%n row(s) of %1 removed: %2</source>
        <translation>
            <numerusform>%n Zeile von %1 entfernt: %2</numerusform>
            <numerusform>%n Zeilen von %1 entfernt: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="38"/>
        <source>Tier Price</source>
        <translation>Staffelpreis</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="70"/>
        <source>The Data Migration Tool configuration has no map_file; the Map step needs its map.xml.</source>
        <translation>Die Konfiguration des Data Migration Tool hat keine map_file; der Map-Schritt braucht deren map.xml.</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.cpp" line="79"/>
        <source>copied by the Settings step (cutover-cli migrate settings)</source>
        <translation>vom Einstellungsschritt kopiert (cutover-cli migrate settings)</translation>
    </message>
    <message>
        <location filename="../core/steps/mapstep.h" line="31"/>
        <source>Map step</source>
        <translation>Map-Schritt</translation>
    </message>
</context>
<context>
    <name>MappedTableApplier</name>
    <message>
        <location filename="../core/delta/tableapplier.cpp" line="60"/>
        <location filename="../core/delta/tableapplier.cpp" line="85"/>
        <source>The table %1 has no key in the change log, so its changes cannot be found again.</source>
        <translation>Die Tabelle %1 hat keinen Schlüssel im Änderungsprotokoll, daher lassen sich ihre Änderungen nicht wiederfinden.</translation>
    </message>
    <message>
        <location filename="../core/delta/tableapplier.cpp" line="64"/>
        <source>The key column %1.%2 is not carried to %3 by the map, so a changed row cannot be found in the destination; changes to %1 are not applied until a rule carries it.</source>
        <translation>Die Schlüsselspalte %1.%2 wird von der Map nicht nach %3 übertragen, daher lässt sich eine geänderte Zeile im Ziel nicht finden; Änderungen an %1 werden erst angewendet, wenn eine Regel sie überträgt.</translation>
    </message>
    <message>
        <location filename="../core/delta/tableapplier.cpp" line="88"/>
        <source>The key column %1.%2 is not written to %3, so a changed row cannot be found in the destination; changes to %1 are not applied.</source>
        <translation>Die Schlüsselspalte %1.%2 wird nicht nach %3 geschrieben, daher lässt sich eine geänderte Zeile im Ziel nicht finden; Änderungen an %1 werden nicht angewendet.</translation>
    </message>
    <message>
        <location filename="../core/delta/tableapplier.cpp" line="102"/>
        <source>The destination table %1 has a primary key column %2 that the map does not write, so a changed row of %3 cannot be updated in place.</source>
        <translation>Die Zieltabelle %1 hat eine Primärschlüsselspalte %2, die die Map nicht schreibt, daher lässt sich eine geänderte Zeile von %3 nicht direkt aktualisieren.</translation>
    </message>
    <message>
        <location filename="../core/delta/tableapplier.cpp" line="111"/>
        <source>The source table %1 has no column %2.</source>
        <translation>Die Quelltabelle %1 hat keine Spalte %2.</translation>
    </message>
    <message>
        <location filename="../core/delta/tableapplier.cpp" line="246"/>
        <source>%1.%2: not valid UTF-8; repaired (bytes read as Windows-1252)</source>
        <translation>%1.%2: kein gültiges UTF-8; repariert (Bytes als Windows-1252 gelesen)</translation>
    </message>
</context>
<context>
    <name>MediaCopier</name>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="165"/>
        <source>Could not read the record of earlier media copies %1 (%2): every file is compared again.</source>
        <translation>Der Nachweis früherer Medienkopien %1 konnte nicht gelesen werden (%2): Jede Datei wird erneut verglichen.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="171"/>
        <source>The record of earlier media copies %1 is not one Cutover wrote: it is ignored and will be replaced.</source>
        <translation>Der Nachweis früherer Medienkopien %1 stammt nicht von Cutover: Er wird ignoriert und ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="250"/>
        <source>Give both the Magento 1 media folder and the Magento 2 pub/media folder.</source>
        <translation>Geben Sie sowohl den Medienordner von Magento 1 als auch den Ordner pub/media von Magento 2 an.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="253"/>
        <source>The Magento 1 media folder %1 does not exist. Give the folder `media` of the Magento 1 installation (the one that holds catalog/ and wysiwyg/).</source>
        <translation>Der Magento-1-Medienordner %1 existiert nicht. Geben Sie den Ordner `media` der Magento-1-Installation an (den mit catalog/ und wysiwyg/).</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="258"/>
        <source>%1 is a file, not a folder. Give the folder `media` of the Magento 1 installation.</source>
        <translation>%1 ist eine Datei, kein Ordner. Geben Sie den Ordner `media` der Magento-1-Installation an.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="262"/>
        <source>Cannot read the Magento 1 media folder %1: %2. Give the user that runs Cutover read access to it, or run Cutover as the web server&apos;s user.</source>
        <translation>Der Magento-1-Medienordner %1 ist nicht lesbar: %2. Geben Sie dem Benutzer, der Cutover ausführt, Lesezugriff darauf, oder führen Sie Cutover als Benutzer des Webservers aus.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="268"/>
        <source>Could not create the Magento 2 media folder %1. Check that its parent folder exists and that the user that runs Cutover may write to it.</source>
        <translation>Der Magento-2-Medienordner %1 konnte nicht angelegt werden. Prüfen Sie, ob sein übergeordneter Ordner existiert und der Benutzer, der Cutover ausführt, darin schreiben darf.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="273"/>
        <source>%1 is a file, not a folder. Give the folder `pub/media` of the Magento 2 installation.</source>
        <translation>%1 ist eine Datei, kein Ordner. Geben Sie den Ordner `pub/media` der Magento-2-Installation an.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="277"/>
        <source>The Magento 2 media folder %1 and the Magento 1 media folder %2 overlap. Give two separate folders.</source>
        <translation>Der Magento-2-Medienordner %1 und der Magento-1-Medienordner %2 überschneiden sich. Geben Sie zwei getrennte Ordner an.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="287"/>
        <source>Cannot write to the Magento 2 media folder %1: %2. Give the user that runs Cutover write access to it (and check that it is not mounted read-only).</source>
        <translation>In den Magento-2-Medienordner %1 kann nicht geschrieben werden: %2. Geben Sie dem Benutzer, der Cutover ausführt, Schreibzugriff darauf (und prüfen Sie, ob er nicht schreibgeschützt eingehängt ist).</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="300"/>
        <source>could not read the folder: %1</source>
        <translation>Ordner konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="315"/>
        <source>symbolic link loop, not followed</source>
        <translation>Schleife symbolischer Links, nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="318"/>
        <source>symbolic link to a file that does not exist</source>
        <translation>symbolischer Link auf eine nicht existierende Datei</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="336"/>
        <source>not a regular file (socket, pipe or device)</source>
        <translation>keine reguläre Datei (Socket, Pipe oder Gerät)</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="345"/>
        <source>symbolic link loop: it leads back to a folder above it; not followed</source>
        <translation>Schleife symbolischer Links: Er führt zurück zu einem übergeordneten Ordner; nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="419"/>
        <source>Not enough free space in %1: the copy needs about %2 and %3 is free. Free some space or give a folder on a larger disk; nothing was copied.</source>
        <translation>Nicht genug freier Speicher in %1: Die Kopie braucht etwa %2, frei sind %3. Schaffen Sie Platz oder geben Sie einen Ordner auf einer größeren Festplatte an; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="424"/>
        <source>Not enough free file slots (inodes) in %1: the copy needs %2 and %3 are free. Free some or give a folder on another disk; nothing was copied.</source>
        <translation>Nicht genug freie Dateieinträge (Inodes) in %1: Die Kopie braucht %2, frei sind %3. Schaffen Sie welche frei oder geben Sie einen Ordner auf einer anderen Festplatte an; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="436"/>
        <source>The disk of %1 is full: could not create the folder %2. Free some space and run the copy again.</source>
        <translation>Die Festplatte von %1 ist voll: Der Ordner %2 konnte nicht angelegt werden. Schaffen Sie Platz und starten Sie die Kopie erneut.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="439"/>
        <source>Could not create the folder %1 in the Magento 2 media folder: %2. Check that the user that runs Cutover may write there.</source>
        <translation>Der Ordner %1 konnte im Magento-2-Medienordner nicht angelegt werden: %2. Prüfen Sie, ob der Benutzer, der Cutover ausführt, dort schreiben darf.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="453"/>
        <location filename="../core/media/mediacopier.cpp" line="566"/>
        <source>removed from the Magento 1 folder during the copy</source>
        <translation>während der Kopie aus dem Magento-1-Ordner entfernt</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="454"/>
        <source>could not open: %1</source>
        <translation>konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="467"/>
        <source>could not create: %1</source>
        <translation>konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="480"/>
        <location filename="../core/media/mediacopier.cpp" line="567"/>
        <source>could not read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="488"/>
        <location filename="../core/media/mediacopier.cpp" line="519"/>
        <source>could not write: %1</source>
        <translation>konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="503"/>
        <source>changed while it was being copied; run the copy again to pick up its final version</source>
        <translation>während des Kopierens geändert; kopieren Sie erneut, um die endgültige Version zu übernehmen</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="528"/>
        <source>could not read the copy back to verify it: %1</source>
        <translation>die Kopie konnte zur Prüfung nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="529"/>
        <source>the copy read back differs from the source (hash %1, expected %2); the destination disk may be faulty</source>
        <translation>die zurückgelesene Kopie weicht von der Quelle ab (Hash %1, erwartet %2); die Zielfestplatte ist möglicherweise defekt</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="538"/>
        <source>could not put the copy in place: %1</source>
        <translation>die Kopie konnte nicht an ihren Platz gebracht werden: %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="556"/>
        <source>a folder of the same name is in the way at the destination</source>
        <translation>im Ziel steht ein gleichnamiger Ordner im Weg</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="582"/>
        <source>the destination holds a different file (%1, %2) that no earlier copy wrote</source>
        <translation>das Ziel enthält eine andere Datei (%1, %2), die keine frühere Kopie geschrieben hat</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="588"/>
        <source>; kept it. Compare the two, or copy again with replacing such files turned on (--overwrite).</source>
        <translation>; beibehalten. Vergleichen Sie beide oder kopieren Sie erneut mit aktiviertem Ersetzen solcher Dateien (--overwrite).</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="591"/>
        <source>; it would be replaced</source>
        <translation>; würde ersetzt</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="595"/>
        <source>; replaced it as asked</source>
        <translation>; wie gewünscht ersetzt</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="681"/>
        <source>The disk of the Magento 2 media folder %1 is full (%2). %3 files copied so far are kept; free some space and run the copy again to copy the rest.</source>
        <translation>Die Festplatte des Magento-2-Medienordners %1 ist voll (%2). Die %3 bisher kopierten Dateien bleiben erhalten; schaffen Sie Platz und starten Sie die Kopie erneut, um den Rest zu kopieren.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="687"/>
        <source>The media copy was cancelled. Files copied so far are kept; run it again to copy the rest.</source>
        <translation>Die Medienkopie wurde abgebrochen. Bisher kopierte Dateien bleiben erhalten; starten Sie sie erneut, um den Rest zu kopieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/media/mediacopier.cpp" line="690"/>
        <source>%n media file(s) could not be copied; see the list of failed files.</source>
        <translation>
            <numerusform>%n Mediendatei konnte nicht kopiert werden; siehe die Liste der fehlgeschlagenen Dateien.</numerusform>
            <numerusform>%n Mediendateien konnten nicht kopiert werden; siehe die Liste der fehlgeschlagenen Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="779"/>
        <source>The media copy was cancelled before it started; nothing was copied.</source>
        <translation>Die Medienkopie wurde vor dem Start abgebrochen; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="832"/>
        <source>Could not save the record of this copy to %1 (%2): the next run compares every file again.</source>
        <translation>Der Nachweis dieser Kopie konnte nicht in %1 gespeichert werden (%2): Der nächste Lauf vergleicht jede Datei erneut.</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="847"/>
        <source>The media copy stopped on an unexpected error: %1</source>
        <translation>Die Medienkopie wurde durch einen unerwarteten Fehler beendet: %1</translation>
    </message>
</context>
<context>
    <name>MediaCopyReport</name>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="887"/>
        <source>%1 copied, %2 changed, %3 up to date, %4 failed</source>
        <translation>%1 kopiert, %2 geändert, %3 aktuell, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="891"/>
        <source>, %1 referenced but missing</source>
        <translation>, %1 referenziert, aber fehlend</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="934"/>
        <source>  ... and %1 more</source>
        <translation>  ... und %1 weitere</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="942"/>
        <source>Media copy (dry run: nothing written)</source>
        <translation>Medienkopie (Probelauf: nichts geschrieben)</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="942"/>
        <source>Media copy</source>
        <translation>Medienkopie</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="943"/>
        <source>  Copied:     %1 files (%2), %3 verified</source>
        <translation>  Kopiert:      %1 Dateien (%2), %3 geprüft</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="945"/>
        <source>  Changed:    %1 files copied again</source>
        <translation>  Geändert:     %1 Dateien erneut kopiert</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="946"/>
        <source>  Skipped:    %1 up to date, %2 left behind by rule, %3 vanished</source>
        <translation>  Übersprungen: %1 aktuell, %2 per Regel ausgelassen, %3 verschwunden</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="948"/>
        <source>  Conflicts:  %1</source>
        <translation>  Konflikte:    %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="949"/>
        <source>  Failed:     %1</source>
        <translation>  Fehler:       %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="950"/>
        <source>  Time:       %1 s</source>
        <translation>  Dauer:        %1 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/media/mediacopier.cpp" line="953"/>
        <source>  Would remove %n partial file(s) left by an interrupted copy.</source>
        <translation>
            <numerusform>  Würde %n unvollständige Datei einer abgebrochenen Kopie entfernen.</numerusform>
            <numerusform>  Würde %n unvollständige Dateien einer abgebrochenen Kopie entfernen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/media/mediacopier.cpp" line="954"/>
        <source>  Removed %n partial file(s) left by an interrupted copy.</source>
        <translation>
            <numerusform>  %n unvollständige Datei einer abgebrochenen Kopie entfernt.</numerusform>
            <numerusform>  %n unvollständige Dateien einer abgebrochenen Kopie entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="955"/>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="956"/>
        <source>Conflicts at the destination:</source>
        <translation>Konflikte im Ziel:</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="957"/>
        <source>Vanished during the copy:</source>
        <translation>Während der Kopie verschwunden:</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="958"/>
        <source>Copied again (changed in Magento 1):</source>
        <translation>Erneut kopiert (in Magento 1 geändert):</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="959"/>
        <source>Left behind:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="961"/>
        <source>Cross-check with the Magento 1 database: referenced but missing on disk: %1; on disk but referenced by nothing: %2</source>
        <translation>Abgleich mit der Magento-1-Datenbank: referenziert, aber auf der Festplatte fehlend: %1; auf der Festplatte, aber nirgends referenziert: %2</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="964"/>
        <source>Referenced but missing on disk:</source>
        <translation>Referenziert, aber auf der Festplatte fehlend:</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="965"/>
        <source>On disk but referenced by nothing:</source>
        <translation>Auf der Festplatte, aber nirgends referenziert:</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="967"/>
        <source>The cross-check with the database did not run: %1</source>
        <translation>Der Abgleich mit der Datenbank lief nicht: %1</translation>
    </message>
    <message>
        <location filename="../core/media/mediacopier.cpp" line="970"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>MediaReferences</name>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="77"/>
        <source>product gallery</source>
        <translation>Produktgalerie</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="84"/>
        <source>product image attribute</source>
        <translation>Produktbild-Attribut</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="88"/>
        <source>category image</source>
        <translation>Kategoriebild</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="92"/>
        <source>downloadable link</source>
        <translation>Download-Link</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="94"/>
        <source>downloadable link sample</source>
        <translation>Beispiel eines Download-Links</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="97"/>
        <source>downloadable sample</source>
        <translation>Download-Beispiel</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="101"/>
        <source>placeholder image setting</source>
        <translation>Einstellung Platzhalterbild</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="104"/>
        <source>watermark setting</source>
        <translation>Einstellung Wasserzeichen</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="105"/>
        <source>CMS page</source>
        <translation>CMS-Seite</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="106"/>
        <source>CMS block</source>
        <translation>CMS-Block</translation>
    </message>
    <message>
        <location filename="../core/media/mediareferences.cpp" line="117"/>
        <source>Could not read the media files that the Magento 1 database %1 names</source>
        <translation>Die Mediendateien, die die Magento-1-Datenbank %1 nennt, konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>MediaRules</name>
    <message>
        <location filename="../core/media/mediarules.cpp" line="11"/>
        <source>image cache, Magento 2 resizes images again</source>
        <translation>Bildcache, Magento 2 skaliert Bilder neu</translation>
    </message>
    <message>
        <location filename="../core/media/mediarules.cpp" line="13"/>
        <source>upload scratch space</source>
        <translation>Zwischenspeicher für Uploads</translation>
    </message>
    <message>
        <location filename="../core/media/mediarules.cpp" line="15"/>
        <source>merged CSS/JS files, regenerated</source>
        <translation>zusammengeführte CSS/JS-Dateien, werden neu erzeugt</translation>
    </message>
    <message>
        <location filename="../core/media/mediarules.cpp" line="17"/>
        <source>CAPTCHA images, regenerated</source>
        <translation>CAPTCHA-Bilder, werden neu erzeugt</translation>
    </message>
    <message>
        <location filename="../core/media/mediarules.cpp" line="19"/>
        <source>editor thumbnails, regenerated</source>
        <translation>Editor-Vorschaubilder, werden neu erzeugt</translation>
    </message>
    <message>
        <location filename="../core/media/mediarules.cpp" line="23"/>
        <source>Magento 1 server rules; Magento 2 keeps its own</source>
        <translation>Serverregeln von Magento 1; Magento 2 hat eigene</translation>
    </message>
    <message>
        <location filename="../core/media/mediarules.cpp" line="26"/>
        <source>desktop clutter</source>
        <translation>Desktop-Datenmüll</translation>
    </message>
    <message>
        <location filename="../core/media/mediarules.cpp" line="28"/>
        <source>partial file of an interrupted copy</source>
        <translation>unvollständige Datei einer abgebrochenen Kopie</translation>
    </message>
</context>
<context>
    <name>MigrationReport</name>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="73"/>
        <location filename="../core/report/migrationreport.cpp" line="888"/>
        <source>Migration report: %1</source>
        <translation>Migrationsbericht: %1</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="105"/>
        <location filename="../core/report/migrationreport.cpp" line="111"/>
        <location filename="../core/report/migrationreport.cpp" line="119"/>
        <location filename="../core/report/migrationreport.cpp" line="125"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="132"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="133"/>
        <location filename="../core/report/migrationreport.cpp" line="416"/>
        <location filename="../core/report/migrationreport.cpp" line="563"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="134"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="135"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="136"/>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="137"/>
        <source>match</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="138"/>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="139"/>
        <source>rebuilt</source>
        <translation>neu aufgebaut</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="140"/>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="163"/>
        <source>Not run yet: %1</source>
        <translation>Noch nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="238"/>
        <location filename="../core/report/migrationreport.cpp" line="834"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="238"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="239"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="240"/>
        <location filename="../core/report/migrationreport.cpp" line="834"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="241"/>
        <location filename="../core/report/migrationreport.cpp" line="351"/>
        <location filename="../core/report/migrationreport.cpp" line="448"/>
        <location filename="../core/report/migrationreport.cpp" line="834"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="241"/>
        <location filename="../core/report/migrationreport.cpp" line="308"/>
        <location filename="../core/report/migrationreport.cpp" line="834"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="250"/>
        <source>Prepared %1 by Cutover %2.</source>
        <translation>Erstellt am %1 von Cutover %2.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="251"/>
        <source>Project file: %1</source>
        <translation>Projektdatei: %1</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="252"/>
        <source>Project started %1.</source>
        <translation>Projekt begonnen am %1.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="254"/>
        <source>This report records the move of an online store from Magento 1 (the old shop software) to Magento 2 (the new one): what was copied, what was checked, and how the switch-over went. It is produced by Cutover, the tool that did the work, from the records it kept of every run.</source>
        <translation>Dieser Bericht dokumentiert den Umzug eines Onlineshops von Magento 1 (der alten Shopsoftware) auf Magento 2 (die neue): was kopiert und was geprüft wurde und wie die Umstellung verlief. Er wird von Cutover erstellt, dem Werkzeug, das die Arbeit erledigt hat, aus den Aufzeichnungen, die es über jeden Lauf geführt hat.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="280"/>
        <source>The two stores</source>
        <translation>Die beiden Shops</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="285"/>
        <source>%1 (local socket)</source>
        <translation>%1 (lokaler Socket)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="286"/>
        <source>not set yet</source>
        <translation>noch nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="287"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="288"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="289"/>
        <source>not checked yet (run cutover-cli check)</source>
        <translation>noch nicht geprüft (führen Sie cutover-cli check aus)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="290"/>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="293"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="293"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="293"/>
        <source>Table prefix</source>
        <translation>Tabellenpräfix</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="293"/>
        <source>Database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="294"/>
        <source>Encrypted connection (TLS)</source>
        <translation>Verschlüsselte Verbindung (TLS)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="294"/>
        <source>Installation folder</source>
        <translation>Installationsordner</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="294"/>
        <source>Magento version</source>
        <translation>Magento-Version</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="295"/>
        <source>Database server version</source>
        <translation>Version des Datenbankservers</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="301"/>
        <source>Magento 1 (old store)</source>
        <translation>Magento 1 (alter Shop)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="301"/>
        <source>Magento 2 (new store)</source>
        <translation>Magento 2 (neuer Shop)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="302"/>
        <source>Passwords are never written to the project or to this report. The Magento version is what Cutover read from each database when it last checked the connections.</source>
        <translation>Passwörter werden nie in das Projekt oder in diesen Bericht geschrieben. Die Magento-Version ist das, was Cutover bei der letzten Prüfung der Verbindungen aus jeder Datenbank gelesen hat.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="326"/>
        <source>No data has been migrated yet.</source>
        <translation>Es wurden noch keine Daten migriert.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="328"/>
        <source>A migration run failed; see its steps below.</source>
        <translation>Ein Migrationslauf ist fehlgeschlagen; siehe seine Schritte unten.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="330"/>
        <source>A migration run was stopped before the end; running it again resumes it.</source>
        <translation>Ein Migrationslauf wurde vor dem Ende angehalten; ein erneuter Lauf setzt ihn fort.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="332"/>
        <source>Migrated, and the new store is open.</source>
        <translation>Migriert, und der neue Shop ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="334"/>
        <source>Migrated; the switch-over to the new store has not finished yet.</source>
        <translation>Migriert; die Umstellung auf den neuen Shop ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="335"/>
        <source>not run yet</source>
        <translation>noch nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="339"/>
        <source>every compared table matches</source>
        <translation>jede verglichene Tabelle stimmt überein</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="340"/>
        <source>differences found (see Verification)</source>
        <translation>Abweichungen gefunden (siehe Prüfung)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="342"/>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="345"/>
        <source>%1, from %2 to %3</source>
        <translation>%1, von %2 bis %3</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="348"/>
        <source>running since %1 (%2 so far)</source>
        <translation>läuft seit %1 (bisher %2)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="352"/>
        <source>Rows written</source>
        <translation>Geschriebene Zeilen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="352"/>
        <location filename="../core/report/migrationreport.cpp" line="353"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="353"/>
        <source>Migration time</source>
        <translation>Migrationsdauer</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="354"/>
        <location filename="../core/report/migrationreport.cpp" line="483"/>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="354"/>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="355"/>
        <source>Runs recorded</source>
        <translation>Erfasste Läufe</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="356"/>
        <source>Downtime: the time the shop took no orders, from the moment Magento 1 was put into maintenance mode to the moment the new store was opened.</source>
        <translation>Ausfallzeit: die Zeit, in der der Shop keine Bestellungen angenommen hat, vom Moment, in dem Magento 1 in den Wartungsmodus versetzt wurde, bis zur Öffnung des neuen Shops.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="362"/>
        <source>Data migration</source>
        <translation>Datenmigration</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="363"/>
        <source>A migration run copies the store in steps (settings, products, customers, orders, ...). Rows read: records taken from Magento 1. Written: records stored in Magento 2. Skipped: records deliberately left out, with the reason. Transformed: records converted to Magento 2&apos;s format on the way. Findings: warnings and errors a step reported.</source>
        <translation>Ein Migrationslauf kopiert den Shop in Schritten (Einstellungen, Produkte, Kunden, Bestellungen, ...). Gelesene Zeilen: aus Magento 1 übernommene Datensätze. Geschrieben: in Magento 2 gespeicherte Datensätze. Übersprungen: bewusst ausgelassene Datensätze, mit Begründung. Umgewandelt: unterwegs in das Format von Magento 2 umgewandelte Datensätze. Befunde: Warnungen und Fehler, die ein Schritt gemeldet hat.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="369"/>
        <source>no settings or data have been migrated.</source>
        <translation>es wurden keine Einstellungen oder Daten migriert.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="380"/>
        <source>Settings (store configuration, websites and store views)</source>
        <translation>Einstellungen (Shop-Konfiguration, Websites und Store Views)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="381"/>
        <source>Data (catalog, customers, orders, content)</source>
        <translation>Daten (Katalog, Kunden, Bestellungen, Inhalte)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="382"/>
        <source>Migration run: %1</source>
        <translation>Migrationslauf: %1</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="415"/>
        <source>table %1 %2: %3</source>
        <translation>Tabelle %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="416"/>
        <source>not copied</source>
        <translation>nicht kopiert</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="419"/>
        <source>table %1, error: %2</source>
        <translation>Tabelle %1, Fehler: %2</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="422"/>
        <source>table %1: %2</source>
        <translation>Tabelle %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/migrationreport.cpp" line="426"/>
        <source>table %1: %n more warning(s)</source>
        <translation>
            <numerusform>Tabelle %1: %n weitere Warnung</numerusform>
            <numerusform>Tabelle %1: %n weitere Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="435"/>
        <source>%1 row(s) skipped: %2</source>
        <translation>%1 Zeile(n) übersprungen: %2</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="444"/>
        <source>This run recorded no steps.</source>
        <translation>Dieser Lauf hat keine Schritte erfasst.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="447"/>
        <location filename="../core/report/migrationreport.cpp" line="457"/>
        <location filename="../core/report/migrationreport.cpp" line="782"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="447"/>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="447"/>
        <source>End (UTC)</source>
        <translation>Ende (UTC)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="447"/>
        <location filename="../core/report/migrationreport.cpp" line="499"/>
        <location filename="../core/report/migrationreport.cpp" line="601"/>
        <location filename="../core/report/migrationreport.cpp" line="704"/>
        <location filename="../core/report/migrationreport.cpp" line="732"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="447"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="447"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="447"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="448"/>
        <source>Transformed</source>
        <translation>Umgewandelt</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="448"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="451"/>
        <source>Findings: none. Every row read was written or deliberately skipped as counted above.</source>
        <translation>Befunde: keine. Jede gelesene Zeile wurde geschrieben oder, wie oben gezählt, bewusst übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="456"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="457"/>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="461"/>
        <source>This run was verified right after it: see Verification.</source>
        <translation>Dieser Lauf wurde direkt danach geprüft: siehe Prüfung.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="484"/>
        <source>Verification compares Magento 2 with what should have arrived from Magento 1, table by table: the number of rows and a checksum (a fingerprint of every value). &quot;Missing&quot;, &quot;extra&quot; and &quot;different&quot; count the records that do not agree.</source>
        <translation>Die Prüfung vergleicht Magento 2 Tabelle für Tabelle mit dem, was aus Magento 1 hätte ankommen sollen: die Zahl der Zeilen und eine Prüfsumme (ein Fingerabdruck jedes Werts). „Fehlend“, „Zusätzlich“ und „Abweichend“ zählen die Datensätze, die nicht übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="489"/>
        <source>the migrated data has not been compared with the old store.</source>
        <translation>die migrierten Daten wurden nicht mit dem alten Shop verglichen.</translation>
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
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="495"/>
        <source>Tables that match</source>
        <translation>Übereinstimmende Tabellen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="496"/>
        <source>Tables that differ</source>
        <translation>Abweichende Tabellen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="497"/>
        <source>Tables that could not be compared</source>
        <translation>Nicht vergleichbare Tabellen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="498"/>
        <source>Tables not carried by these steps</source>
        <translation>Von diesen Schritten nicht übertragene Tabellen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="525"/>
        <source>Every compared table agrees with the old store.</source>
        <translation>Jede verglichene Tabelle stimmt mit dem alten Shop überein.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="527"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="527"/>
        <source>Expected rows</source>
        <translation>Erwartete Zeilen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="527"/>
        <source>Rows in Magento 2</source>
        <translation>Zeilen in Magento 2</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="527"/>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="527"/>
        <source>Extra</source>
        <translation>Zusätzlich</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="528"/>
        <source>Different</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="528"/>
        <source>First records or reason</source>
        <translation>Erste Datensätze oder Grund</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="537"/>
        <source>Links between records: a record such as an invoice names the record it belongs to (its order). A link to a record that does not exist is listed here; a warning does not fail the check.</source>
        <translation>Verknüpfungen zwischen Datensätzen: Ein Datensatz wie eine Rechnung nennt den Datensatz, zu dem er gehört (seine Bestellung). Eine Verknüpfung zu einem nicht existierenden Datensatz wird hier aufgeführt; eine Warnung lässt die Prüfung nicht scheitern.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="540"/>
        <source>All %1 kinds of links between the copied records lead to existing records.</source>
        <translation>Alle %1 Arten von Verknüpfungen zwischen den kopierten Datensätzen führen zu existierenden Datensätzen.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="563"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="568"/>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="568"/>
        <source>Records pointing at nothing</source>
        <translation>Datensätze, die ins Leere verweisen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="568"/>
        <source>First records or error</source>
        <translation>Erste Datensätze oder Fehler</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="574"/>
        <source>Media (product images and other files)</source>
        <translation>Medien (Produktbilder und andere Dateien)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="575"/>
        <source>Media: the pictures and files of the store, copied from Magento 1&apos;s media folder to Magento 2&apos;s pub/media folder. Each copy is read back and compared with the original (verified).</source>
        <translation>Medien: die Bilder und Dateien des Shops, aus dem Medienordner von Magento 1 in den Ordner pub/media von Magento 2 kopiert. Jede Kopie wird zurückgelesen und mit dem Original verglichen (geprüft).</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="579"/>
        <source>no media files have been copied.</source>
        <translation>es wurden keine Mediendateien kopiert.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="593"/>
        <source>Dry run (nothing written)</source>
        <translation>Probelauf (nichts geschrieben)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="593"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="593"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="594"/>
        <source>Files copied</source>
        <translation>Kopierte Dateien</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="594"/>
        <source>Files copied again (changed)</source>
        <translation>Erneut kopierte Dateien (geändert)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="595"/>
        <source>Files already up to date</source>
        <translation>Bereits aktuelle Dateien</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="596"/>
        <source>Files verified after copying</source>
        <translation>Nach dem Kopieren geprüfte Dateien</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="597"/>
        <source>Left behind by rule (Magento 2 rebuilds them)</source>
        <translation>Per Regel ausgelassen (Magento 2 baut sie neu auf)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="598"/>
        <source>Conflicts (a different file already there)</source>
        <translation>Konflikte (bereits eine andere Datei vorhanden)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="598"/>
        <location filename="../core/report/migrationreport.cpp" line="730"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="599"/>
        <source>Named by the database but missing on disk</source>
        <translation>Von der Datenbank genannt, aber auf der Festplatte fehlend</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="600"/>
        <source>Bytes copied</source>
        <translation>Kopierte Bytes</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="615"/>
        <source>Live changes (delta)</source>
        <translation>Laufende Änderungen (Delta)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="616"/>
        <source>Delta: while the old store kept selling, Cutover recorded every new order, customer and review and carried them over to Magento 2. The backlog is what was recorded and not yet carried; the lag is how far behind the new store was.</source>
        <translation>Delta: Während der alte Shop weiter verkaufte, hat Cutover jede neue Bestellung, jeden neuen Kunden und jede neue Bewertung erfasst und nach Magento 2 übertragen. Der Rückstand ist das, was erfasst, aber noch nicht übertragen wurde; die Verzögerung ist, wie weit der neue Shop hinterherhinkte.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="630"/>
        <source>no live changes have been carried over.</source>
        <translation>es wurden keine laufenden Änderungen übertragen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/migrationreport.cpp" line="634"/>
        <source>Delta was run %n time(s), first on %1; the newest run:</source>
        <translation>
            <numerusform>Delta wurde %n Mal ausgeführt, erstmals am %1; der neueste Lauf:</numerusform>
            <numerusform>Delta wurde %n Mal ausgeführt, erstmals am %1; der neueste Lauf:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="638"/>
        <source>Changes applied</source>
        <translation>Angewendete Änderungen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="639"/>
        <source>Change-log rows read</source>
        <translation>Gelesene Zeilen des Änderungsprotokolls</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="640"/>
        <source>Failed attempts</source>
        <translation>Fehlversuche</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="641"/>
        <source>Retried</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="642"/>
        <source>Waiting for a retry</source>
        <translation>Warten auf Wiederholung</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="643"/>
        <source>Not carried (tables Cutover does not migrate)</source>
        <translation>Nicht übertragen (Tabellen, die Cutover nicht migriert)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="645"/>
        <source>Backlog at the end</source>
        <translation>Rückstand am Ende</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="646"/>
        <source>Lag at the end</source>
        <translation>Verzögerung am Ende</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="647"/>
        <source>Changes per second</source>
        <translation>Änderungen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="654"/>
        <source>Not carried: %1 change(s) of %2: %3</source>
        <translation>Nicht übertragen: %1 Änderung(en) von %2: %3</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="657"/>
        <source>Not carried: %1: %2</source>
        <translation>Nicht übertragen: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="667"/>
        <source>Reindex</source>
        <translation>Neuindizierung</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="668"/>
        <source>Reindex: Magento 2 rebuilds its indexes (the lookup tables behind prices, stock, search and category pages) from the migrated data.</source>
        <translation>Neuindizierung: Magento 2 baut seine Indizes (die Nachschlagetabellen hinter Preisen, Bestand, Suche und Kategorieseiten) aus den migrierten Daten neu auf.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="672"/>
        <source>Magento 2&apos;s indexes have not been rebuilt by Cutover.</source>
        <translation>Die Indizes von Magento 2 wurden nicht von Cutover neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="679"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="681"/>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="683"/>
        <source>Command run</source>
        <translation>Ausgeführter Befehl</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="704"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="704"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="710"/>
        <source>Cache warm-up</source>
        <translation>Cache-Vorwärmen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="711"/>
        <source>Cache warm-up: Cutover visited the new store&apos;s pages (home, categories, products, content pages) once, so that the first customers get fast pages. The status is the web server&apos;s answer (200 means the page was served).</source>
        <translation>Cache-Vorwärmen: Cutover hat die Seiten des neuen Shops (Startseite, Kategorien, Produkte, Inhaltsseiten) einmal aufgerufen, damit die ersten Kunden schnelle Seiten bekommen. Der Status ist die Antwort des Webservers (200 heißt, die Seite wurde ausgeliefert).</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="716"/>
        <source>the new store&apos;s pages have not been fetched.</source>
        <translation>die Seiten des neuen Shops wurden nicht abgerufen.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="724"/>
        <source>%1: %2 page(s)</source>
        <translation>%1: %2 Seite(n)</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="726"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="727"/>
        <source>Fetched</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="728"/>
        <source>Served</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="729"/>
        <source>Redirected</source>
        <translation>Umgeleitet</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="731"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="743"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="744"/>
        <source>slow</source>
        <translation>langsam</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="748"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="748"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="748"/>
        <source>Milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="748"/>
        <location filename="../core/report/migrationreport.cpp" line="816"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="753"/>
        <source>Go-live timeline</source>
        <translation>Ablauf des Go-live</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="754"/>
        <source>Go-live: the switch-over from the old store to the new one, step by step, in this order. Each step shows who confirmed it, when, and what Cutover checked. A step done out of order needs an explicit override, flagged here.</source>
        <translation>Go-live: die Umstellung vom alten auf den neuen Shop, Schritt für Schritt, in dieser Reihenfolge. Jeder Schritt zeigt, wer ihn bestätigt hat, wann, und was Cutover geprüft hat. Ein außer der Reihe erledigter Schritt braucht eine ausdrückliche Übersteuerung, die hier gekennzeichnet ist.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="759"/>
        <source>the switch-over has not started.</source>
        <translation>die Umstellung hat nicht begonnen.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="776"/>
        <source>OVERRIDE: done out of order or despite a failed check</source>
        <translation>ÜBERSTEUERT: außer der Reihe oder trotz fehlgeschlagener Prüfung erledigt</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="779"/>
        <location filename="../core/report/migrationreport.cpp" line="809"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="779"/>
        <location filename="../core/report/migrationreport.cpp" line="809"/>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="782"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="782"/>
        <location filename="../core/report/migrationreport.cpp" line="816"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="782"/>
        <location filename="../core/report/migrationreport.cpp" line="816"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="782"/>
        <location filename="../core/report/migrationreport.cpp" line="816"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="782"/>
        <source>What Cutover checked</source>
        <translation>Was Cutover geprüft hat</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="782"/>
        <source>Flag</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="786"/>
        <source>Downtime: not started.</source>
        <translation>Ausfallzeit: nicht begonnen.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="788"/>
        <source>Downtime: %1, from %2 to %3.</source>
        <translation>Ausfallzeit: %1, von %2 bis %3.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="792"/>
        <source>Downtime: running since %1 (%2 as of this report).</source>
        <translation>Ausfallzeit: läuft seit %1 (%2 zum Zeitpunkt dieses Berichts).</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="800"/>
        <source>Pre-flight checklist</source>
        <translation>Pre-Flight-Checkliste</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="801"/>
        <source>Pre-flight: what had to be done before the copy that the database cannot show, confirmed by a person.</source>
        <translation>Pre-Flight: was vor der Kopie erledigt sein musste und die Datenbank nicht zeigen kann, von einer Person bestätigt.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="809"/>
        <source>unticked</source>
        <translation>nicht abgehakt</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="813"/>
        <source>no pre-flight item has been ticked.</source>
        <translation>es wurde kein Pre-Flight-Punkt abgehakt.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="816"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="821"/>
        <source>Every recorded run</source>
        <translation>Alle erfassten Läufe</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="822"/>
        <source>Every command and wizard run against this project, oldest first, as recorded (the newest %1 are kept).</source>
        <translation>Jeder Befehl und jeder Assistentenlauf für dieses Projekt, die ältesten zuerst, wie erfasst (die neuesten %1 werden aufbewahrt).</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="826"/>
        <source>nothing has been run against this project.</source>
        <translation>für dieses Projekt wurde noch nichts ausgeführt.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="834"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="834"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="865"/>
        <location filename="../core/report/migrationreport.cpp" line="879"/>
        <source>The report %1 could not be written: %2. Check that the folder exists and is writable, or choose another file.</source>
        <translation>Der Bericht %1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="870"/>
        <location filename="../core/report/migrationreport.cpp" line="926"/>
        <source>The report %1 could not be written: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Der Bericht %1 konnte nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="901"/>
        <source>The report %1 could not be written: the PDF writer did not start. Check that the folder is writable, or write the report as HTML with --html.</source>
        <translation>Der Bericht %1 konnte nicht geschrieben werden: Der PDF-Writer ist nicht gestartet. Prüfen Sie, ob der Ordner beschreibbar ist, oder schreiben Sie den Bericht mit --html als HTML.</translation>
    </message>
    <message>
        <location filename="../core/report/migrationreport.cpp" line="921"/>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — Seite %2 von %3</translation>
    </message>
</context>
<context>
    <name>OptionalAreas</name>
    <message>
        <location filename="../core/steps/optionalareas.cpp" line="53"/>
        <source>&quot;%1&quot; is not an area that can be left out; give logs, reports, old-quotes (comma separated) or none.</source>
        <translation>„%1“ ist kein Bereich, der ausgelassen werden kann; geben Sie logs, reports, old-quotes (durch Kommas getrennt) oder none an.</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="15"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="16"/>
        <source>A project keeps everything Cutover learns about this migration: both connections (never their passwords), the Magento folders, your checklist ticks, every run and the page you were on. Create one, open one you saved, or open the demo store to try every page on a generated Magento 1 shop. Save the project file somewhere you back up: the report is made from it.</source>
        <translation>Ein Projekt bewahrt alles auf, was Cutover über diese Migration erfährt: beide Verbindungen (nie ihre Passwörter), die Magento-Ordner, Ihre Häkchen in der Checkliste, jeden Lauf und die Seite, auf der Sie waren. Legen Sie ein Projekt an, öffnen Sie ein gespeichertes oder öffnen Sie den Demo-Shop, um jede Seite an einem erzeugten Magento-1-Shop auszuprobieren. Speichern Sie die Projektdatei an einem Ort, den Sie sichern: Der Bericht wird aus ihr erstellt.</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="22"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="23"/>
        <source>Cutover reads the Magento 1 database and writes the Magento 2 database, so this computer must reach both servers: open their MySQL port in the firewall or use an SSH tunnel. Enter the credentials from Magento 1&apos;s app/etc/local.xml and Magento 2&apos;s app/etc/env.php and test each side: Cutover checks the network, the login, TLS, which Magento each database holds and the privileges it needs, and shows the fix beside the field at fault. Passwords are never written to the project file.</source>
        <translation>Cutover liest die Magento-1-Datenbank und schreibt in die Magento-2-Datenbank, daher muss dieser Computer beide Server erreichen: Öffnen Sie ihren MySQL-Port in der Firewall oder verwenden Sie einen SSH-Tunnel. Geben Sie die Zugangsdaten aus app/etc/local.xml von Magento 1 und app/etc/env.php von Magento 2 ein und testen Sie beide Seiten: Cutover prüft das Netzwerk, die Anmeldung, TLS, welches Magento jede Datenbank enthält und die benötigten Berechtigungen, und zeigt die Lösung neben dem betroffenen Feld an. Passwörter werden nie in die Projektdatei geschrieben.</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="30"/>
        <source>Pre-flight</source>
        <translation>Pre-Flight</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="31"/>
        <source>Before data moves, the old store must be quiet. Cutover reads from the Magento 1 database whether cron still runs, whether someone works in the admin and how many orders arrive, and checks the media folder and the free disk space. Only you can stop Magento 1&apos;s cron on the server, ask the staff to stop editing in the admin and keep a safety copy of the Magento 1 database: tick each when done.</source>
        <translation>Bevor Daten übertragen werden, muss im alten Shop Ruhe herrschen. Cutover liest aus der Magento-1-Datenbank, ob Cron noch läuft, ob jemand im Admin arbeitet und wie viele Bestellungen eingehen, und prüft den Medienordner und den freien Speicherplatz. Nur Sie können den Cron von Magento 1 auf dem Server anhalten, die Mitarbeiter bitten, im Admin nichts mehr zu bearbeiten, und eine Sicherheitskopie der Magento-1-Datenbank anlegen: Haken Sie jeden Punkt ab, sobald er erledigt ist.</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="37"/>
        <source>Media files</source>
        <translation>Mediendateien</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="38"/>
        <source>Images and downloads are files, not database rows: Magento 1&apos;s media folder must be copied to Magento 2&apos;s pub/media. Cutover copies them in parallel, verifies each copy by its hash, leaves behind what Magento 2 rebuilds, and copies only what changed on the next run: run it again right before go-live. Both folders must be visible from this computer; afterwards, let Magento 2&apos;s web server user read them.</source>
        <translation>Bilder und Downloads sind Dateien, keine Datenbankzeilen: Der Medienordner von Magento 1 muss nach pub/media von Magento 2 kopiert werden. Cutover kopiert sie parallel, prüft jede Kopie anhand ihres Hashs, lässt aus, was Magento 2 neu erzeugt, und kopiert beim nächsten Lauf nur, was sich geändert hat: Führen Sie es direkt vor dem Go-live erneut aus. Beide Ordner müssen von diesem Computer aus sichtbar sein; geben Sie danach dem Webserver-Benutzer von Magento 2 Lesezugriff darauf.</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="45"/>
        <source>Settings and data</source>
        <translation>Einstellungen und Daten</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="46"/>
        <source>The migration proper: settings and websites first, then catalog, customers, sales and content, through mapping files in the Data Migration Tool&apos;s format. Install the change capture first so that nothing made during the copy is lost. Cutover copies many tables at once, can pause, cancel and resume, counts every skipped row with its reason and verifies what it carried when asked. Magento 1 is only read.</source>
        <translation>Die eigentliche Migration: zuerst Einstellungen und Websites, dann Katalog, Kunden, Verkäufe und Inhalte, über Zuordnungsdateien im Format des Data Migration Tool. Installieren Sie zuerst die Änderungserfassung, damit nichts verloren geht, was während der Kopie entsteht. Cutover kopiert viele Tabellen gleichzeitig, kann pausieren, abbrechen und fortsetzen, zählt jede übersprungene Zeile mit ihrem Grund und prüft auf Wunsch, was es übertragen hat. Magento 1 wird nur gelesen.</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="53"/>
        <source>Live changes</source>
        <translation>Laufende Änderungen</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="54"/>
        <source>Magento 1 keeps taking orders until go-live. The change capture records each change on Magento 1, and this page applies them to Magento 2 with the same mapping: start and stop it at will, it goes on where it stopped. Watch the backlog and the lag; after go-live, remove the capture here.</source>
        <translation>Magento 1 nimmt bis zum Go-live weiter Bestellungen an. Die Änderungserfassung zeichnet jede Änderung in Magento 1 auf, und diese Seite wendet sie mit derselben Zuordnung auf Magento 2 an: Starten und stoppen Sie sie nach Belieben, sie macht dort weiter, wo sie aufgehört hat. Behalten Sie Rückstand und Verzögerung im Blick; entfernen Sie die Erfassung nach dem Go-live hier.</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="59"/>
        <source>Reindex</source>
        <translation>Neuindizierung</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="60"/>
        <source>Magento 2 rebuilds its indexes (prices, stock, search, categories) from the migrated data with bin/magento indexer:reindex. Cutover runs it on this computer or over your own ssh and follows each indexer; a failed one shows its output. Then test the new store yourself: browse, search, log in as a customer, place and cancel an order.</source>
        <translation>Magento 2 baut seine Indizes (Preise, Bestand, Suche, Kategorien) mit bin/magento indexer:reindex aus den migrierten Daten neu auf. Cutover führt das auf diesem Computer oder über Ihr eigenes ssh aus und verfolgt jeden Indexer; ein fehlgeschlagener zeigt seine Ausgabe. Testen Sie dann den neuen Shop selbst: Stöbern Sie, suchen Sie, melden Sie sich als Kunde an, geben Sie eine Bestellung auf und stornieren Sie sie.</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="66"/>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <location filename="../wizard/pagehelp.cpp" line="67"/>
        <source>The cut-over in order, with a downtime clock: Magento 1 into maintenance, the delta emptied and stopped, Magento 2 cron, the stock index, the cache warmed, the final verification, DNS, the store open. Cutover does or checks each step it can and records who did it and when; you switch DNS and load balancers and open the store. Export the report for your client here.</source>
        <translation>Die Umstellung der Reihe nach, mit einer Ausfallzeit-Uhr: Magento 1 in Wartung, das Delta geleert und gestoppt, Cron von Magento 2, der Bestandsindex, der Cache vorgewärmt, die abschließende Prüfung, DNS, der Shop geöffnet. Cutover erledigt oder prüft jeden Schritt, den es kann, und vermerkt, wer ihn wann erledigt hat; Sie stellen DNS und Load Balancer um und öffnen den Shop. Exportieren Sie hier den Bericht für Ihren Kunden.</translation>
    </message>
</context>
<context>
    <name>PhpSerialize</name>
    <message numerus="yes">
        <location filename="../core/mapping/phpserialize.cpp" line="174"/>
        <source>unexpected data after the end of the value (%n byte(s) left)</source>
        <translation>
            <numerusform>unerwartete Daten nach dem Ende des Werts (%n Byte übrig)</numerusform>
            <numerusform>unerwartete Daten nach dem Ende des Werts (%n Bytes übrig)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="189"/>
        <source>expected %1 but the data ends</source>
        <translation>%1 erwartet, aber die Daten sind zu Ende</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="190"/>
        <source>expected %1, found &apos;%2&apos;</source>
        <translation>%1 erwartet, &apos;%2&apos; gefunden</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="213"/>
        <source>the value has more than %1 elements (references expanded)</source>
        <translation>der Wert hat mehr als %1 Elemente (Referenzen aufgelöst)</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="228"/>
        <source>the %1 %2 is out of range</source>
        <translation>%1 %2 liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="243"/>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="248"/>
        <source>the integer is out of the 64-bit range</source>
        <translation>die ganze Zahl liegt außerhalb des 64-Bit-Bereichs</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="286"/>
        <source>a number, INF or NAN</source>
        <translation>eine Zahl, INF oder NAN</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="313"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="323"/>
        <source>the %1 declares %2 bytes but only %3 remain</source>
        <translation>%1 deklariert %2 Bytes, aber nur %3 sind übrig</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="327"/>
        <source>expected &apos;&quot;&apos; after the %1 bytes of the %2 (is the declared length right?)</source>
        <translation>&apos;&quot;&apos; nach den %1 Bytes von %2 erwartet (stimmt die deklarierte Länge?)</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="339"/>
        <source>the string declares %1 bytes but only %2 remain</source>
        <translation>der String deklariert %1 Bytes, aber nur %2 sind übrig</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="344"/>
        <source>more string bytes</source>
        <translation>weitere String-Bytes</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="353"/>
        <source>a hexadecimal digit of an escape</source>
        <translation>eine Hexadezimalziffer einer Escape-Sequenz</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="366"/>
        <location filename="../core/mapping/phpserialize.cpp" line="391"/>
        <source>a key (i: or s:)</source>
        <translation>einen Schlüssel (i: oder s:)</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="379"/>
        <location filename="../core/mapping/phpserialize.cpp" line="515"/>
        <source>string length</source>
        <translation>Stringlänge</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="382"/>
        <location filename="../core/mapping/phpserialize.cpp" line="518"/>
        <source>string</source>
        <translation>String</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="398"/>
        <source>%1 elements are declared but only %2 bytes remain</source>
        <translation>%1 Elemente sind deklariert, aber nur %2 Bytes sind übrig</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="427"/>
        <source>the class name is empty</source>
        <translation>der Klassenname ist leer</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="433"/>
        <source>the class name contains the invalid character &apos;%1&apos;</source>
        <translation>der Klassenname enthält das ungültige Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="441"/>
        <source>reference number</source>
        <translation>Referenznummer</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="445"/>
        <source>the reference %1 points to no earlier value (there are %2)</source>
        <translation>die Referenz %1 verweist auf keinen früheren Wert (es gibt %2)</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="453"/>
        <source>the reference %1 points to a value that contains it (a recursive structure)</source>
        <translation>die Referenz %1 verweist auf einen Wert, der sie enthält (rekursive Struktur)</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="457"/>
        <source>the object reference r:%1 points to a value that is not an object</source>
        <translation>die Objektreferenz r:%1 verweist auf einen Wert, der kein Objekt ist</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="477"/>
        <source>the value is nested deeper than %1 levels</source>
        <translation>der Wert ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="479"/>
        <source>a value</source>
        <translation>einen Wert</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="497"/>
        <source>0 or 1</source>
        <translation>0 oder 1</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="524"/>
        <source>element count</source>
        <translation>Elementanzahl</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="533"/>
        <source>class name length</source>
        <translation>Länge des Klassennamens</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="536"/>
        <source>class name</source>
        <translation>Klassenname</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="541"/>
        <source>property count</source>
        <translation>Anzahl der Eigenschaften</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="545"/>
        <source>custom data length</source>
        <translation>Länge der benutzerdefinierten Daten</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="549"/>
        <source>the custom data declares %1 bytes but only %2 remain</source>
        <translation>die benutzerdefinierten Daten deklarieren %1 Bytes, aber nur %2 sind übrig</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="565"/>
        <source>enum values (E:) are not supported</source>
        <translation>Enum-Werte (E:) werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="568"/>
        <source>a value type (N, b, i, d, s, a, O, C, r or R)</source>
        <translation>einen Werttyp (N, b, i, d, s, a, O, C, r oder R)</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="647"/>
        <source>INF and NAN cannot be encoded in JSON</source>
        <translation>INF und NAN lassen sich nicht in JSON kodieren</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="659"/>
        <source>the value is nested deeper than json_encode&apos;s limit of 512</source>
        <translation>der Wert ist tiefer verschachtelt als das Limit 512 von json_encode</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="795"/>
        <source>malformed UTF-8 characters, possibly incorrectly encoded</source>
        <translation>fehlerhafte UTF-8-Zeichen, möglicherweise falsch kodiert</translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="811"/>
        <source>at byte %1: %2</source>
        <translation>bei Byte %1: %2</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../core/connection/preflight.cpp" line="38"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="41"/>
        <source>less than a minute ago</source>
        <translation>vor weniger als einer Minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="43"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="45"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="47"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
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
        <translation>Magento-1-Datenbank</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="146"/>
        <source>The pre-flight checks could not open the Magento 1 database %1: %2</source>
        <translation>Die Pre-Flight-Prüfungen konnten die Magento-1-Datenbank %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="148"/>
        <source>Test the source connection again, then re-check.</source>
        <translation>Testen Sie die Quellverbindung erneut und prüfen Sie dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="166"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="169"/>
        <source>Check the server&apos;s error log, then re-check.</source>
        <translation>Prüfen Sie das Fehlerprotokoll des Servers und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="183"/>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="187"/>
        <source>The database has no %1 table, so whether cron runs cannot be seen from it.</source>
        <translation>Die Datenbank hat keine Tabelle %1, daher lässt sich daran nicht erkennen, ob cron läuft.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="202"/>
        <source>Magento 1 cron is still running: %n job(s) started in the last %1 minutes, the last at %2.</source>
        <translation>
            <numerusform>Der cron von Magento 1 läuft noch: %n Job in den letzten %1 Minuten gestartet, der letzte um %2.</numerusform>
            <numerusform>Der cron von Magento 1 läuft noch: %n Jobs in den letzten %1 Minuten gestartet, der letzte um %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="207"/>
        <source>Stop Magento 1&apos;s cron on the server (remove cron.sh or cron.php from the crontab of the web server&apos;s user), then re-check. Its jobs (indexers, clean-ups, newsletters) change rows while they are being copied.</source>
        <translation>Stoppen Sie den cron von Magento 1 auf dem Server (entfernen Sie cron.sh oder cron.php aus der crontab des Webserver-Benutzers) und prüfen Sie dann erneut. Seine Jobs (Indexer, Bereinigungen, Newsletter) ändern Zeilen, während sie kopiert werden.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="213"/>
        <source>No cron job has ever run on this store (%1 has no executed job).</source>
        <translation>In diesem Shop ist noch nie ein cron-Job gelaufen (%1 hat keinen ausgeführten Job).</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="214"/>
        <source>No cron job started in the last %1 minutes; the last one started at %2.</source>
        <translation>In den letzten %1 Minuten wurde kein cron-Job gestartet; der letzte startete um %2.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="222"/>
        <source>Admin activity</source>
        <translation>Admin-Aktivität</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="261"/>
        <source>No admin logged in and no product or category changed in the last %1 minutes (last admin log-in: %2; last catalog change: %3).</source>
        <translation>In den letzten %1 Minuten hat sich kein Admin angemeldet und kein Produkt und keine Kategorie wurde geändert (letzte Admin-Anmeldung: %2; letzte Katalogänderung: %3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="272"/>
        <source>%n admin log-in(s) (%1; the last at %2)</source>
        <translation>
            <numerusform>%n Admin-Anmeldung (%1; die letzte um %2)</numerusform>
            <numerusform>%n Admin-Anmeldungen (%1; die letzte um %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="276"/>
        <source>%n product(s) changed</source>
        <translation>
            <numerusform>%n Produkt geändert</numerusform>
            <numerusform>%n Produkte geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="278"/>
        <source>%n category(ies) changed</source>
        <translation>
            <numerusform>%n Kategorie geändert</numerusform>
            <numerusform>%n Kategorien geändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="280"/>
        <source>Someone is working in the Magento 1 admin: %1 in the last %2 minutes.</source>
        <translation>Jemand arbeitet im Admin von Magento 1: %1 in den letzten %2 Minuten.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="283"/>
        <source>Ask the store&apos;s staff to stop editing products, categories, CMS pages and settings in the Magento 1 admin until go-live (handling orders may go on), then re-check. Changes made after the copy would have to be made again in Magento 2.</source>
        <translation>Bitten Sie die Mitarbeiter des Shops, bis zum Go-live keine Produkte, Kategorien, CMS-Seiten und Einstellungen im Admin von Magento 1 mehr zu bearbeiten (Bestellungen dürfen weiter bearbeitet werden), und prüfen Sie dann erneut. Nach der Kopie vorgenommene Änderungen müssten in Magento 2 wiederholt werden.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="291"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="295"/>
        <source>The database has no %1 table, so recent orders cannot be counted.</source>
        <translation>Die Datenbank hat keine Tabelle %1, daher lassen sich die letzten Bestellungen nicht zählen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="305"/>
        <source>The store is still taking orders: %n in the last %1 minutes, the last at %2. That is expected: delta migration carries new orders over until go-live.</source>
        <translation>
            <numerusform>Der Shop nimmt noch Bestellungen an: %n in den letzten %1 Minuten, die letzte um %2. Das ist normal: Die Delta-Migration überträgt neue Bestellungen bis zum Go-live.</numerusform>
            <numerusform>Der Shop nimmt noch Bestellungen an: %n in den letzten %1 Minuten, die letzte um %2. Das ist normal: Die Delta-Migration überträgt neue Bestellungen bis zum Go-live.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="313"/>
        <source>No order in the last %1 minutes (last order: %2).</source>
        <translation>Keine Bestellung in den letzten %1 Minuten (letzte Bestellung: %2).</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="319"/>
        <source>Media folder</source>
        <translation>Medienordner</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="322"/>
        <source>The project has no Magento 1 folder, so its media folder was not checked. Set it to have the media checked and copied.</source>
        <translation>Das Projekt hat keinen Magento-1-Ordner, daher wurde sein Medienordner nicht geprüft. Legen Sie ihn fest, damit die Medien geprüft und kopiert werden.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="328"/>
        <source>Check the project&apos;s Magento 1 folder (the one that holds app/Mage.php and media/), and that this computer can read it (mount it, or copy it here).</source>
        <translation>Prüfen Sie den Magento-1-Ordner des Projekts (den mit app/Mage.php und media/) und ob dieser Computer ihn lesen kann (hängen Sie ihn ein oder kopieren Sie ihn hierher).</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="332"/>
        <source>There is no media folder at %1.</source>
        <translation>Unter %1 gibt es keinen Medienordner.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="338"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="345"/>
        <source>The media folder %1 cannot be read by this user.</source>
        <translation>Der Medienordner %1 ist für diesen Benutzer nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="346"/>
        <source>Give this user read access to %1 and the folders in it (chmod -R a+rX, or add the user to the web server&apos;s group).</source>
        <translation>Geben Sie diesem Benutzer Lesezugriff auf %1 und die Ordner darin (chmod -R a+rX, oder nehmen Sie den Benutzer in die Gruppe des Webservers auf).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="380"/>
        <source>%n file(s) or folder(s) in %1 cannot be read: %2.</source>
        <translation>
            <numerusform>%n Datei oder Ordner in %1 ist nicht lesbar: %2.</numerusform>
            <numerusform>%n Dateien oder Ordner in %1 sind nicht lesbar: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="382"/>
        <source>Give this user read access to them (chmod -R a+rX %1); they would be missing in Magento 2.</source>
        <translation>Geben Sie diesem Benutzer Lesezugriff darauf (chmod -R a+rX %1); sonst würden sie in Magento 2 fehlen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/preflight.cpp" line="387"/>
        <source>The media folder %1 is readable: %n file(s), %2.</source>
        <translation>
            <numerusform>Der Medienordner %1 ist lesbar: %n Datei, %2.</numerusform>
            <numerusform>Der Medienordner %1 ist lesbar: %n Dateien, %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="394"/>
        <source>Free disk space</source>
        <translation>Freier Speicherplatz</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="397"/>
        <source>The project has no Magento 2 folder, so the free space for the media was not checked.</source>
        <translation>Das Projekt hat keinen Magento-2-Ordner, daher wurde der freie Platz für die Medien nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="403"/>
        <source>The Magento 2 folder %1 does not exist.</source>
        <translation>Der Magento-2-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="404"/>
        <source>Check the project&apos;s Magento 2 folder (the one that holds bin/magento and pub/).</source>
        <translation>Prüfen Sie den Magento-2-Ordner des Projekts (den mit bin/magento und pub/).</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="417"/>
        <source>the Magento 1 media (%1) plus %2 to spare</source>
        <translation>die Magento-1-Medien (%1) plus %2 Reserve</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="419"/>
        <source>%1 to spare (the size of the Magento 1 media is not known)</source>
        <translation>%1 Reserve (die Größe der Magento-1-Medien ist unbekannt)</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="423"/>
        <source>Only %1 is free at %2, but the copy needs %3: %4.</source>
        <translation>Unter %2 sind nur %1 frei, aber die Kopie braucht %3: %4.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="425"/>
        <source>Free space on that disk (or grow the volume), then re-check.</source>
        <translation>Schaffen Sie Platz auf dieser Festplatte (oder vergrößern Sie das Volume) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="428"/>
        <source>%1 is free at %2; the copy needs %3: %4.</source>
        <translation>Unter %2 sind %1 frei; die Kopie braucht %3: %4.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="483"/>
        <source>The firewall lets this computer reach both database servers</source>
        <translation>Die Firewall lässt diesen Computer zu beiden Datenbankservern durch</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="484"/>
        <source>Open the MySQL port (usually 3306) of both servers to this computer&apos;s address, or use an SSH tunnel. The connection test above shows whether it works.</source>
        <translation>Öffnen Sie den MySQL-Port (meist 3306) beider Server für die Adresse dieses Computers oder verwenden Sie einen SSH-Tunnel. Der Verbindungstest oben zeigt, ob es funktioniert.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="486"/>
        <source>The Magento 1 database is copied as a safety copy</source>
        <translation>Die Magento-1-Datenbank ist als Sicherheitskopie gesichert</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="487"/>
        <source>Make a backup (mysqldump --single-transaction) or a replica of the Magento 1 database and keep it until Magento 2 is live.</source>
        <translation>Erstellen Sie eine Sicherung (mysqldump --single-transaction) oder ein Replikat der Magento-1-Datenbank und bewahren Sie sie auf, bis Magento 2 live ist.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="489"/>
        <source>Magento 1 cron is stopped on the server</source>
        <translation>Der cron von Magento 1 ist auf dem Server gestoppt</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="490"/>
        <source>Remove cron.sh/cron.php from the web server user&apos;s crontab (crontab -e) on every Magento 1 server.</source>
        <translation>Entfernen Sie cron.sh/cron.php aus der crontab des Webserver-Benutzers (crontab -e) auf jedem Magento-1-Server.</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="492"/>
        <source>Staff stopped working in the Magento 1 admin</source>
        <translation>Die Mitarbeiter arbeiten nicht mehr im Admin von Magento 1</translation>
    </message>
    <message>
        <location filename="../core/connection/preflight.cpp" line="493"/>
        <source>Tell the staff not to edit products, categories, CMS pages or settings until go-live; handling orders may go on.</source>
        <translation>Weisen Sie die Mitarbeiter an, bis zum Go-live keine Produkte, Kategorien, CMS-Seiten oder Einstellungen zu bearbeiten; Bestellungen dürfen weiter bearbeitet werden.</translation>
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
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location filename="../core/connection/probefinding.cpp" line="98"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../core/connection/probefinding.cpp" line="100"/>
        <source>SKIPPED</source>
        <translation>ÜBERSPRUNGEN</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../core/project/project.cpp" line="105"/>
        <source>the field &quot;%1&quot; in %2 is not text</source>
        <translation>das Feld „%1“ in %2 ist kein Text</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="115"/>
        <source>the field &quot;%1&quot; in %2 is not a whole number</source>
        <translation>das Feld „%1“ in %2 ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="125"/>
        <source>the field &quot;%1&quot; in %2 is not true or false</source>
        <translation>das Feld „%1“ in %2 ist nicht true oder false</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="136"/>
        <source>the date &quot;%1&quot; in &quot;%2&quot; in %3 is not an ISO 8601 date</source>
        <translation>das Datum „%1“ in „%2“ in %3 ist kein ISO-8601-Datum</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="146"/>
        <source>the field &quot;%1&quot; in %2 is not an object</source>
        <translation>das Feld „%1“ in %2 ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="157"/>
        <source>the field &quot;%1&quot; in %2 is not a list</source>
        <translation>das Feld „%1“ in %2 ist keine Liste</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="162"/>
        <source>the entry %1[%2] in %3 is not an object</source>
        <translation>der Eintrag %1[%2] in %3 ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="179"/>
        <source>the checklist entry %1 has no &quot;id&quot;</source>
        <translation>der Checklisten-Eintrag %1 hat keine &quot;id&quot;</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="199"/>
        <source>the outcome &quot;%1&quot; in %2 is unknown</source>
        <translation>das Ergebnis „%1“ in %2 ist unbekannt</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="212"/>
        <source>the field &quot;%1&quot; is not an object</source>
        <translation>das Feld „%1“ ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="217"/>
        <source>the field &quot;%1&quot; in %2 looks like a password. Cutover never keeps passwords in a project file: remove it and let Cutover keep the password in the system keychain, or set %3</source>
        <translation>das Feld „%1“ in %2 sieht nach einem Passwort aus. Cutover speichert nie Passwörter in einer Projektdatei: Entfernen Sie es und lassen Sie Cutover das Passwort im Schlüsselbund des Systems speichern, oder setzen Sie %3</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="242"/>
        <source>the TLS mode &quot;%1&quot; in %2 is unknown</source>
        <translation>der TLS-Modus „%1“ in %2 ist unbekannt</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="248"/>
        <source>The project file %1 is not valid: %2. Open it in a text editor or create a new project.</source>
        <translation>Die Projektdatei %1 ist ungültig: %2. Öffnen Sie sie in einem Texteditor oder legen Sie ein neues Projekt an.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="263"/>
        <source>The project file %1 does not exist. It may have been moved or deleted.</source>
        <translation>Die Projektdatei %1 existiert nicht. Sie wurde vielleicht verschoben oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="266"/>
        <source>The project file %1 could not be read: %2. Check its permissions.</source>
        <translation>Die Projektdatei %1 konnte nicht gelesen werden: %2. Prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="272"/>
        <source>The project file %1 is not valid: it is not JSON (%2 at byte %3). Open it in a text editor or create a new project.</source>
        <translation>Die Projektdatei %1 ist ungültig: Sie ist kein JSON (%2 bei Byte %3). Öffnen Sie sie in einem Texteditor oder legen Sie ein neues Projekt an.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="277"/>
        <source>it holds no JSON object</source>
        <translation>sie enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="280"/>
        <source>it is not a Cutover project (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>sie ist kein Cutover-Projekt (kein &quot;format&quot;: &quot;%1&quot;)</translation>
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
        <translation>der Datei</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="283"/>
        <source>The project file %1 has version %2, but this Cutover reads version %3 at most. Update Cutover to open it.</source>
        <translation>Die Projektdatei %1 hat Version %2, dieses Cutover liest höchstens Version %3. Aktualisieren Sie Cutover, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="294"/>
        <source>the project id &quot;%1&quot; is not a UUID</source>
        <translation>die Projekt-ID „%1“ ist keine UUID</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="306"/>
        <source>the field &quot;deltaBusyThreshold&quot; in the file is below 0</source>
        <translation>das Feld „deltaBusyThreshold“ in der Datei ist kleiner als 0</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="312"/>
        <source>the date &quot;%1&quot; in &quot;createdAt&quot; is not an ISO 8601 date</source>
        <translation>das Datum „%1“ in &quot;createdAt&quot; ist kein ISO-8601-Datum</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="394"/>
        <source>Could not update the project file %1: another Cutover holds %2.lock. Wait for it to finish, or delete that file if no Cutover is running.</source>
        <translation>Die Projektdatei %1 konnte nicht aktualisiert werden: Ein anderes Cutover hält %2.lock. Warten Sie, bis es fertig ist, oder löschen Sie diese Datei, wenn kein Cutover läuft.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="475"/>
        <source>The project file %1 could not be written: %2. Check that the folder exists and is writable.</source>
        <translation>Die Projektdatei %1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="479"/>
        <source>The project file %1 could not be written: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Die Projektdatei %1 konnte nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und die Rechte des Ordners.</translation>
    </message>
</context>
<context>
    <name>RatingsStep</name>
    <message>
        <location filename="../core/steps/ratingsstep.cpp" line="26"/>
        <source>Magento 1 has no table rating</source>
        <translation>Magento 1 hat keine Tabelle rating</translation>
    </message>
    <message>
        <location filename="../core/steps/ratingsstep.cpp" line="28"/>
        <source>Magento 2 has no table rating or rating_store</source>
        <translation>Magento 2 hat keine Tabelle rating oder rating_store</translation>
    </message>
    <message>
        <location filename="../core/steps/ratingsstep.cpp" line="30"/>
        <source>Magento 2&apos;s rating table has no is_active column: every rating is shown where rating_store says</source>
        <translation>Die Tabelle rating von Magento 2 hat keine Spalte is_active: Jede Bewertung wird dort angezeigt, wo rating_store es angibt</translation>
    </message>
    <message>
        <location filename="../core/steps/ratingsstep.cpp" line="73"/>
        <source>not in Magento 2&apos;s rating table (the Map step did not copy it)</source>
        <translation>nicht in der Tabelle rating von Magento 2 (der Map-Schritt hat sie nicht kopiert)</translation>
    </message>
    <message>
        <location filename="../core/steps/ratingsstep.cpp" line="76"/>
        <source>left inactive: Magento 1 shows it in no store view</source>
        <translation>inaktiv gelassen: Magento 1 zeigt sie in keiner Store View</translation>
    </message>
    <message>
        <location filename="../core/steps/ratingsstep.cpp" line="83"/>
        <source>Rating(s) %1 stay inactive, as Magento 1 showed them in no store view; activate them in Magento 2&apos;s admin (Stores &gt; Rating) if they should show.</source>
        <translation>Die Bewertung(en) %1 bleiben inaktiv, da Magento 1 sie in keiner Store View gezeigt hat; aktivieren Sie sie im Admin von Magento 2 (Stores &gt; Rating), wenn sie angezeigt werden sollen.</translation>
    </message>
    <message>
        <location filename="../core/steps/ratingsstep.cpp" line="90"/>
        <source>activated the ratings Magento 1 shows in a store view</source>
        <translation>die Bewertungen aktiviert, die Magento 1 in einer Store View zeigt</translation>
    </message>
    <message>
        <location filename="../core/steps/ratingsstep.h" line="21"/>
        <source>Ratings step</source>
        <translation>Bewertungsschritt</translation>
    </message>
</context>
<context>
    <name>ReindexResult</name>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="131"/>
        <source>  rebuilt  %1 (%2)</source>
        <translation>  neu aufgebaut  %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="135"/>
        <source>  FAILED   %1: %2</source>
        <translation>  FEHLGESCHLAGEN %1: %2</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="140"/>
        <source>  stopped  %1 (no result)</source>
        <translation>  angehalten     %1 (kein Ergebnis)</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="147"/>
        <source>Reindex finished on %1: %2 indexers rebuilt in %3.</source>
        <translation>Neuindizierung auf %1 abgeschlossen: %2 Indexer in %3 neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="151"/>
        <source>Reindex stopped on %1 after %2; the indexers without a result are still invalid: run the reindex again.</source>
        <translation>Neuindizierung auf %1 nach %2 angehalten; die Indexer ohne Ergebnis sind weiterhin ungültig: Führen Sie die Neuindizierung erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="156"/>
        <source>Reindex failed on %1: %2</source>
        <translation>Neuindizierung auf %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <location filename="../core/report/runreport.cpp" line="167"/>
        <source>%1: %2, %3 tables copied (%4 rows), %5 skipped, %6 failed
</source>
        <translation>%1: %2, %3 Tabellen kopiert (%4 Zeilen), %5 übersprungen, %6 fehlgeschlagen
</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="184"/>
        <source>%1 rows skipped: %2</source>
        <translation>%1 Zeilen übersprungen: %2</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="186"/>
        <source>%1 rows changed: %2</source>
        <translation>%1 Zeilen geändert: %2</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="188"/>
        <source>%1 warnings, first: %2</source>
        <translation>%1 Warnungen, erste: %2</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="194"/>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <location filename="../core/generate/sales.cpp" line="929"/>
        <source>No orders were generated: the store has no simple, virtual, downloadable or configurable products to sell. Generate products too (--products), or generate into a store that has a catalog.</source>
        <translation>Es wurden keine Bestellungen erzeugt: Der Shop hat keine einfachen, virtuellen, herunterladbaren oder konfigurierbaren Produkte zum Verkaufen. Erzeugen Sie auch Produkte (--products) oder erzeugen Sie in einen Shop mit Katalog.</translation>
    </message>
</context>
<context>
    <name>SalesGridsStep</name>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="243"/>
        <source>%1.%2 is left empty: Magento 2 has no column %3 to fill it from.</source>
        <translation>%1.%2 bleibt leer: Magento 2 hat keine Spalte %3, aus der es gefüllt werden könnte.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="304"/>
        <source>Magento 2&apos;s %1 has column(s) %2 that Cutover does not know (an extension&apos;s?); they were left to their default. Fill them with the extension&apos;s reindex if it has one.</source>
        <translation>%1 von Magento 2 hat Spalte(n) %2, die Cutover nicht kennt (von einer Erweiterung?); sie wurden auf ihrem Standardwert belassen. Füllen Sie sie mit der Neuindizierung der Erweiterung, falls sie eine hat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/salesgridsstep.cpp" line="316"/>
        <source>%n row(s) of %1 listed a document that %2 no longer holds; they were removed.</source>
        <translation>
            <numerusform>%n Zeile von %1 listete ein Dokument, das %2 nicht mehr enthält; sie wurde entfernt.</numerusform>
            <numerusform>%n Zeilen von %1 listeten ein Dokument, das %2 nicht mehr enthält; sie wurden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="329"/>
        <source>Cancelled while rebuilding %1; run the step again to rebuild it.</source>
        <translation>Beim Neuaufbau von %1 abgebrochen; führen Sie den Schritt erneut aus, um es neu aufzubauen.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="362"/>
        <source>not in Magento 2&apos;s %1 (the Map step did not copy it)</source>
        <translation>nicht in %1 von Magento 2 (der Map-Schritt hat es nicht kopiert)</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="365"/>
        <source>its order is not in Magento 2&apos;s sales_order</source>
        <translation>seine Bestellung ist nicht in sales_order von Magento 2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/salesgridsstep.cpp" line="374"/>
        <source>%n order(s) have no row in Magento 2&apos;s sales_order_payment (see the Map step&apos;s report for sales_flat_order_payment), so the grids show no payment method for them; run this step again once the payments are migrated.</source>
        <translation>
            <numerusform>%n Bestellung hat keine Zeile in sales_order_payment von Magento 2 (siehe den Bericht des Map-Schritts zu sales_flat_order_payment), daher zeigen die Raster keine Zahlungsart für sie; führen Sie diesen Schritt erneut aus, sobald die Zahlungen migriert sind.</numerusform>
            <numerusform>%n Bestellungen haben keine Zeile in sales_order_payment von Magento 2 (siehe den Bericht des Map-Schritts zu sales_flat_order_payment), daher zeigen die Raster keine Zahlungsart für sie; führen Sie diesen Schritt erneut aus, sobald die Zahlungen migriert sind.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="389"/>
        <source>Magento 1&apos;s %1 listed %2 of the %3 rows of %4; Magento 2&apos;s %5 was rebuilt from %4 itself, so all of them are listed now.</source>
        <translation>%1 von Magento 1 listete %2 der %3 Zeilen von %4; %5 von Magento 2 wurde aus %4 selbst neu aufgebaut, daher sind jetzt alle aufgeführt.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="396"/>
        <source>rebuilt from %1 with Magento 2&apos;s grid columns</source>
        <translation>aus %1 mit den Rasterspalten von Magento 2 neu aufgebaut</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="456"/>
        <source>The configuration has no order_grids_document_groups_file; the grids were rebuilt from sales_flat_order, sales_flat_invoice, sales_flat_shipment and sales_flat_creditmemo.</source>
        <translation>Die Konfiguration hat keine order_grids_document_groups_file; die Raster wurden aus sales_flat_order, sales_flat_invoice, sales_flat_shipment und sales_flat_creditmemo neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="470"/>
        <source>not listed in %1 (order_grids_document_groups_file)</source>
        <translation>nicht in %1 aufgeführt (order_grids_document_groups_file)</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="473"/>
        <source>Magento 1 has no table %1</source>
        <translation>Magento 1 hat keine Tabelle %1</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="475"/>
        <location filename="../core/steps/salesgridsstep.cpp" line="477"/>
        <source>Magento 2 has no table %1</source>
        <translation>Magento 2 hat keine Tabelle %1</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="509"/>
        <source>Cancelled before rebuilding %1; run the step again to rebuild it.</source>
        <translation>Abgebrochen, bevor %1 neu aufgebaut wurde; führen Sie den Schritt erneut aus, um sie neu aufzubauen.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.cpp" line="539"/>
        <source>Cancelled while rebuilding the sales grids; run the step again to rebuild them.</source>
        <translation>Beim Neuaufbau der Verkaufsraster abgebrochen; führen Sie den Schritt erneut aus, um sie neu aufzubauen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/steps/salesgridsstep.cpp" line="541"/>
        <source>%n sales grid(s) could not be rebuilt; the table report names the cause. Fix it and run the step again.</source>
        <translation>
            <numerusform>%n Verkaufsraster konnte nicht neu aufgebaut werden; der Tabellenbericht nennt die Ursache. Beheben Sie sie und führen Sie den Schritt erneut aus.</numerusform>
            <numerusform>%n Verkaufsraster konnten nicht neu aufgebaut werden; der Tabellenbericht nennt die Ursache. Beheben Sie sie und führen Sie den Schritt erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/steps/salesgridsstep.h" line="35"/>
        <source>Order grids step</source>
        <translation>Schritt Bestellraster</translation>
    </message>
</context>
<context>
    <name>SalesIncrementStep</name>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="274"/>
        <source>Magento 2 has no table %1 (a store view created after the data migration?); run the Sales increment step again (migrate data) to create it.</source>
        <translation>Magento 2 hat keine Tabelle %1 (eine nach der Datenmigration angelegte Store View?); führen Sie den Schritt Bestellnummern erneut aus (migrate data), um sie anzulegen.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="306"/>
        <source>%1 has no table %2: Magento 2&apos;s order numbers cannot be set. Is it a Magento 2 database (2.0 or later)?</source>
        <translation>%1 hat keine Tabelle %2: Die Bestellnummern von Magento 2 können nicht gesetzt werden. Ist es eine Magento-2-Datenbank (2.0 oder neuer)?</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="312"/>
        <source>%1 has no table %2: Magento 1&apos;s order numbers cannot be read. Check the source database and its table prefix.</source>
        <translation>%1 hat keine Tabelle %2: Die Bestellnummern von Magento 1 können nicht gelesen werden. Prüfen Sie die Quelldatenbank und ihr Tabellenpräfix.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="323"/>
        <source>Magento 1 has no table eav_entity_store: every store&apos;s numbers start where Magento 1 would start a new store&apos;s.</source>
        <translation>Magento 1 hat keine Tabelle eav_entity_store: Die Nummern jedes Stores beginnen dort, wo Magento 1 die eines neuen Stores beginnen würde.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="339"/>
        <source>Magento 1 has no entity type %1 in eav_entity_type</source>
        <translation>Magento 1 hat keinen Entitätstyp %1 in eav_entity_type</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="346"/>
        <source>Magento 1 numbers every store&apos;s %1 documents in one sequence (increment_per_store = 0); Magento 2 numbers each store on its own, so each store continues after the shared last number and stores may repeat each other&apos;s numbers. Give the stores distinct prefixes in sales_sequence_profile if that matters.</source>
        <translation>Magento 1 nummeriert die %1-Dokumente aller Stores in einer einzigen Folge (increment_per_store = 0); Magento 2 nummeriert jeden Store für sich, daher setzt jeder Store nach der gemeinsamen letzten Nummer fort, und Stores können Nummern des anderen wiederholen. Geben Sie den Stores unterschiedliche Präfixe in sales_sequence_profile, wenn das wichtig ist.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="354"/>
        <source>Cancelled while setting the sales sequences; run the step again.</source>
        <translation>Beim Setzen der Verkaufssequenzen abgebrochen; führen Sie den Schritt erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="361"/>
        <source>store %1: Magento 1&apos;s last %2 number &quot;%3&quot; does not end in 9 digits; Magento 2 continues it as &quot;%4&quot; (its numbers have 9 digits after the prefix).</source>
        <translation>Store %1: Die letzte %2-Nummer von Magento 1, „%3“, endet nicht auf 9 Ziffern; Magento 2 setzt sie als „%4“ fort (seine Nummern haben 9 Ziffern nach dem Präfix).</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="371"/>
        <source>store %1: eav_entity_store says the last %2 number is &quot;%3&quot; but %4 already holds &quot;%5&quot;; Magento 2 continues after &quot;%5&quot;.</source>
        <translation>Store %1: eav_entity_store nennt als letzte %2-Nummer „%3“, aber %4 enthält bereits „%5“; Magento 2 setzt nach „%5“ fort.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="380"/>
        <source>store %1: the %2 sequence is at %3, near Magento 2&apos;s limit of %4; set a new prefix in sales_sequence_profile.</source>
        <translation>Store %1: Die %2-Sequenz steht bei %3, nahe an der Grenze von Magento 2 von %4; legen Sie in sales_sequence_profile ein neues Präfix fest.</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="390"/>
        <source>store %1: %2</source>
        <translation>Store %1: %2</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.cpp" line="393"/>
        <source>next numbers: %1</source>
        <translation>nächste Nummern: %1</translation>
    </message>
    <message>
        <location filename="../core/steps/salesincrementstep.h" line="35"/>
        <source>Sales increment step</source>
        <translation>Schritt Bestellnummern</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/project/secretstore.cpp" line="81"/>
        <source>there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), so no keychain can be reached</source>
        <translation>es gibt keine D-Bus-Sitzung (DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt), daher ist kein Schlüsselbund erreichbar</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="84"/>
        <source>the D-Bus session bus cannot be reached (%1)</source>
        <translation>der D-Bus-Sitzungsbus ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="87"/>
        <source>the D-Bus session bus does not answer</source>
        <translation>der D-Bus-Sitzungsbus antwortet nicht</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="97"/>
        <source>no keychain service (GNOME Keyring, KeePassXC or KWallet) runs on the D-Bus session bus</source>
        <translation>auf dem D-Bus-Sitzungsbus läuft kein Schlüsselbund-Dienst (GNOME Keyring, KeePassXC oder KWallet)</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="131"/>
        <source>The project has no id yet, so its passwords cannot be kept.</source>
        <translation>Das Projekt hat noch keine ID, daher lassen sich seine Passwörter nicht speichern.</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="135"/>
        <source>The keychain cannot be used before the application starts.</source>
        <translation>Der Schlüsselbund kann vor dem Start der Anwendung nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="147"/>
        <location filename="../core/project/secretstore.cpp" line="190"/>
        <source>No keychain is available: %1.</source>
        <translation>Kein Schlüsselbund verfügbar: %1.</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="185"/>
        <source>The keychain holds no password for this database.</source>
        <translation>Der Schlüsselbund enthält kein Passwort für diese Datenbank.</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="195"/>
        <source>The keychain refused access (%1). Unlock it, or enter the password each time.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie ihn oder geben Sie das Passwort jedes Mal ein.</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="200"/>
        <source>The keychain failed: %1. Enter the password each time instead.</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1. Geben Sie das Passwort stattdessen jedes Mal ein.</translation>
    </message>
    <message>
        <location filename="../core/project/secretstore.cpp" line="209"/>
        <source>The keychain did not answer within %1 seconds. Enter the password each time instead.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet. Geben Sie das Passwort stattdessen jedes Mal ein.</translation>
    </message>
</context>
<context>
    <name>SettingsStep</name>
    <message>
        <location filename="../core/steps/settingsstep.cpp" line="27"/>
        <source>core_config_data is missing in the %1 database</source>
        <translation>core_config_data fehlt in der Datenbank (%1)</translation>
    </message>
    <message>
        <location filename="../core/steps/settingsstep.cpp" line="28"/>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../core/steps/settingsstep.cpp" line="28"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../core/steps/settingsstep.cpp" line="32"/>
        <source>the configuration has no settings_map_file (settings.xml)</source>
        <translation>die Konfiguration hat keine settings_map_file (settings.xml)</translation>
    </message>
    <message>
        <location filename="../core/steps/settingsstep.cpp" line="58"/>
        <source>ignored by settings.xml</source>
        <translation>von settings.xml ignoriert</translation>
    </message>
    <message>
        <location filename="../core/steps/settingsstep.cpp" line="102"/>
        <source>The settings step needs the Data Migration Tool configuration (config.xml).</source>
        <translation>Der Einstellungsschritt braucht die Konfiguration des Data Migration Tool (config.xml).</translation>
    </message>
    <message>
        <location filename="../core/steps/settingsstep.cpp" line="106"/>
        <source>The configuration %1 has no stores_map_file (map-stores.xml); websites and stores cannot be migrated without it.</source>
        <translation>Die Konfiguration %1 hat keine stores_map_file (map-stores.xml); ohne sie lassen sich Websites und Stores nicht migrieren.</translation>
    </message>
    <message>
        <location filename="../core/steps/settingsstep.h" line="19"/>
        <source>Settings step</source>
        <translation>Einstellungsschritt</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message numerus="yes">
        <location filename="../core/engine/step.cpp" line="174"/>
        <source>%n table(s) could not be copied; fix the cause and run again to resume.</source>
        <translation>
            <numerusform>%n Tabelle konnte nicht kopiert werden; beheben Sie die Ursache und führen Sie es erneut aus, um fortzufahren.</numerusform>
            <numerusform>%n Tabellen konnten nicht kopiert werden; beheben Sie die Ursache und führen Sie es erneut aus, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/step.cpp" line="177"/>
        <location filename="../core/engine/step.cpp" line="184"/>
        <location filename="../core/engine/step.cpp" line="189"/>
        <source>Cancelled; run again to resume where it stopped.</source>
        <translation>Abgebrochen; führen Sie es erneut aus, um dort fortzufahren, wo es aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../core/steps/mappedtable.cpp" line="25"/>
        <source>ignored by %1</source>
        <translation>von %1 ignoriert</translation>
    </message>
    <message>
        <location filename="../core/steps/mappedtable.cpp" line="31"/>
        <source>the destination has no table %1 (%2 maps %3 to it); add a rule for it to %2</source>
        <translation>das Ziel hat keine Tabelle %1 (%2 ordnet ihr %3 zu); fügen Sie dafür eine Regel in %2 hinzu</translation>
    </message>
    <message>
        <location filename="../core/steps/mappedtable.cpp" line="49"/>
        <source>%1.%2 has no column %3 in the destination table %4; its values are not copied</source>
        <translation>%1.%2 hat keine Spalte %3 in der Zieltabelle %4; ihre Werte werden nicht kopiert</translation>
    </message>
    <message>
        <location filename="../core/steps/mappedtable.cpp" line="172"/>
        <source>its attribute %1 has no Magento 2 attribute (migrate the EAV step first)</source>
        <translation>ihr Attribut %1 hat kein Attribut in Magento 2 (migrieren Sie zuerst den EAV-Schritt)</translation>
    </message>
    <message>
        <location filename="../core/steps/mappedtable.cpp" line="174"/>
        <source>its attribute does not exist in Magento 1 (an orphan row)</source>
        <translation>ihr Attribut existiert in Magento 1 nicht (eine verwaiste Zeile)</translation>
    </message>
</context>
<context>
    <name>StepAppliers</name>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="66"/>
        <source>attribute definitions, carried by the EAV step: attributes, attribute sets and options created or changed in Magento 1 after the data migration are not applied; migrate the data again if they changed</source>
        <translation>Attributdefinitionen, vom EAV-Schritt übertragen: Attribute, Attributsets und Optionen, die nach der Datenmigration in Magento 1 angelegt oder geändert wurden, werden nicht angewendet; migrieren Sie die Daten erneut, wenn sie sich geändert haben</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="104"/>
        <source>the %1 step cannot plan its tables: %2</source>
        <translation>der Schritt %1 kann seine Tabellen nicht planen: %2</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="116"/>
        <source>the %1 step does not carry this table</source>
        <translation>der Schritt %1 überträgt diese Tabelle nicht</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="118"/>
        <source>gallery labels and positions per store view: Magento 2 numbers these rows itself (record_id) and the Catalog step fills in their product after its copy, so changes to them are not applied yet; migrate the data again if images were relabelled or reordered</source>
        <translation>Galeriebeschriftungen und -positionen pro Store View: Magento 2 nummeriert diese Zeilen selbst (record_id) und der Katalogschritt ergänzt ihr Produkt nach seiner Kopie, daher werden Änderungen daran noch nicht angewendet; migrieren Sie die Daten erneut, wenn Bilder neu beschriftet oder umsortiert wurden</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="128"/>
        <source>its category does not exist in Magento 1 (an orphan row, which the Catalog step removes)</source>
        <translation>ihre Kategorie existiert in Magento 1 nicht (eine verwaiste Zeile, die der Katalogschritt entfernt)</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="129"/>
        <source>its product does not exist in Magento 1 (an orphan row, which the Catalog step removes)</source>
        <translation>ihr Produkt existiert in Magento 1 nicht (eine verwaiste Zeile, die der Katalogschritt entfernt)</translation>
    </message>
    <message>
        <location filename="../core/delta/stepappliers.cpp" line="172"/>
        <source>the Customer step carries no entity table for %1, so its pivoted values cannot be written</source>
        <translation>der Kundenschritt überträgt keine Entitätstabelle für %1, daher können seine pivotierten Werte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>StoreGenerator</name>
    <message>
        <location filename="../core/generate/storegenerator.cpp" line="17"/>
        <source>The number of products, customers and orders cannot be negative.</source>
        <translation>Die Anzahl der Produkte, Kunden und Bestellungen darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../core/generate/storegenerator.cpp" line="28"/>
        <source>The database %1 holds no Magento 1 schema (no %2core_store table). Load a Magento 1 dump into it first, or add ?prefix=PREFIX to the URL if its tables carry a prefix.</source>
        <translation>Die Datenbank %1 enthält kein Magento-1-Schema (keine Tabelle %2core_store). Laden Sie zuerst einen Magento-1-Dump hinein oder ergänzen Sie ?prefix=PRÄFIX in der URL, wenn ihre Tabellen ein Präfix tragen.</translation>
    </message>
</context>
<context>
    <name>TableCopier</name>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="114"/>
        <source>changed by the destination to fit its column: %1</source>
        <translation>vom Ziel an seine Spalte angepasst: %1</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="115"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="116"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="336"/>
        <source>The destination refused text of the table %1%2: %3. %4</source>
        <translation>Das Ziel hat Text der Tabelle %1%2 abgelehnt: %3. %4</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="337"/>
        <source> (row %1)</source>
        <translation> (Zeile %1)</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="454"/>
        <source>%1 was copied again from the start: an earlier run copied it with another choice of rows (%2).</source>
        <translation>%1 wurde von vorn neu kopiert: Ein früherer Lauf hat sie mit einer anderen Auswahl von Zeilen kopiert (%2).</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="463"/>
        <source>already copied by an earlier run</source>
        <translation>bereits von einem früheren Lauf kopiert</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="476"/>
        <source>The table %1 has no primary or unique key: it is copied in one transaction, and an interrupted copy starts it again.</source>
        <translation>Die Tabelle %1 hat keinen Primär- oder eindeutigen Schlüssel: Sie wird in einer Transaktion kopiert, und eine abgebrochene Kopie beginnt von vorn.</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="485"/>
        <source>copied through Cutover: bytes of binary columns that go to text columns are checked for UTF-8</source>
        <translation>über Cutover kopiert: Bytes binärer Spalten, die in Textspalten gehen, werden auf UTF-8 geprüft</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="494"/>
        <source>No direct copy on the shared server (the destination user cannot read the source database); rows go through Cutover instead.</source>
        <translation>Keine direkte Kopie auf dem gemeinsamen Server (der Zielbenutzer kann die Quelldatenbank nicht lesen); die Zeilen laufen stattdessen über Cutover.</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="499"/>
        <source>direct INSERT ... SELECT on the shared server</source>
        <translation>direktes INSERT ... SELECT auf dem gemeinsamen Server</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="508"/>
        <location filename="../core/copy/tablecopier.cpp" line="686"/>
        <location filename="../core/copy/tablecopier.cpp" line="759"/>
        <source>Could not copy the table %1 to %2</source>
        <translation>Die Tabelle %1 konnte nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="527"/>
        <source>The source table %1 has no column %2.</source>
        <translation>Die Quelltabelle %1 hat keine Spalte %2.</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="534"/>
        <source>The copy of %1 does not read its key column %2.</source>
        <translation>Die Kopie von %1 liest ihre Schlüsselspalte %2 nicht.</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="587"/>
        <source>text in %1.%2 was not valid UTF-8: repaired (bytes read as Windows-1252)</source>
        <translation>Text in %1.%2 war kein gültiges UTF-8: repariert (Bytes als Windows-1252 gelesen)</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="590"/>
        <source>%1.%2 (%3): not valid UTF-8 at byte %4 (%5); written as &quot;%6&quot;</source>
        <translation>%1.%2 (%3): kein gültiges UTF-8 bei Byte %4 (%5); geschrieben als „%6“</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="647"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/copy/tablecopier.cpp" line="672"/>
        <location filename="../core/copy/tablecopier.cpp" line="750"/>
        <source>stopped by request after %1 batches</source>
        <translation>auf Anforderung nach %1 Stapeln angehalten</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <location filename="../core/generate/tablewriter.cpp" line="36"/>
        <source>The table %1 does not exist in this Magento release; nothing was generated for it.</source>
        <translation>Die Tabelle %1 gibt es in dieser Magento-Version nicht; für sie wurde nichts erzeugt.</translation>
    </message>
    <message>
        <location filename="../core/generate/tablewriter.cpp" line="80"/>
        <source>Internal error: %1 values given for %2 columns of %3.</source>
        <translation>Interner Fehler: %1 Werte für %2 Spalten von %3 angegeben.</translation>
    </message>
</context>
<context>
    <name>TierPriceStep</name>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="64"/>
        <source>%1 has no table %2: tier and group prices cannot be migrated. Is it a Magento 2 database?</source>
        <translation>%1 hat keine Tabelle %2: Staffel- und Kundengruppenpreise können nicht migriert werden. Ist es eine Magento-2-Datenbank?</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="67"/>
        <source>%1&apos;s table %2 has no entity_id column (Adobe Commerce keys it by row_id, with content staging): Cutover migrates into Magento Open Source; use the Data Migration Tool&apos;s commerce configuration for that edition.</source>
        <translation>Die Tabelle %2 von %1 hat keine Spalte entity_id (Adobe Commerce schlüsselt sie mit Content Staging nach row_id): Cutover migriert nach Magento Open Source; verwenden Sie für diese Edition die Commerce-Konfiguration des Data Migration Tool.</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="111"/>
        <source>this Magento 1 release has no group prices (they came with 1.7)</source>
        <translation>diese Magento-1-Version hat keine Kundengruppenpreise (sie kamen mit 1.7)</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="112"/>
        <source>Magento 1 has no table %1</source>
        <translation>Magento 1 hat keine Tabelle %1</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="114"/>
        <source>ignored by %1</source>
        <translation>von %1 ignoriert</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="146"/>
        <source>Cancelled while migrating tier and group prices; run the step again (it starts the prices over).</source>
        <translation>Beim Migrieren der Staffel- und Kundengruppenpreise abgebrochen; führen Sie den Schritt erneut aus (er beginnt die Preise von vorn).</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="180"/>
        <source>its product is not in Magento 2 (run the Catalog step first, or an orphan row in Magento 1)</source>
        <translation>sein Produkt ist nicht in Magento 2 (führen Sie zuerst den Katalogschritt aus, oder eine verwaiste Zeile in Magento 1)</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="186"/>
        <source>its website does not exist in Magento 2 (migrate the settings first)</source>
        <translation>seine Website existiert in Magento 2 nicht (migrieren Sie zuerst die Einstellungen)</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="190"/>
        <source>its customer group does not exist in Magento 2 (run the Customer step first)</source>
        <translation>seine Kundengruppe existiert in Magento 2 nicht (führen Sie zuerst den Kundenschritt aus)</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="201"/>
        <source>product %1: the group price for customer group %3 is a %2% discount in Magento 1; it is written as Magento 2&apos;s percentage discount (percentage_value).</source>
        <translation>Produkt %1: Der Kundengruppenpreis für die Kundengruppe %3 ist in Magento 1 ein Rabatt von %2%; er wird als prozentualer Rabatt von Magento 2 geschrieben (percentage_value).</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="206"/>
        <source>product %1: the group price %2 for customer group %3 is a percentage in Magento 1; this Magento 2 has no percentage_value column, so it is written as a fixed price. Set it as a percentage discount in Magento 2&apos;s admin.</source>
        <translation>Produkt %1: Der Kundengruppenpreis %2 für die Kundengruppe %3 ist in Magento 1 ein Prozentsatz; dieses Magento 2 hat keine Spalte percentage_value, daher wird er als Festpreis geschrieben. Legen Sie ihn im Admin von Magento 2 als prozentualen Rabatt fest.</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="252"/>
        <source>replaced by the group price of the same product, customer group and website (Magento 2 keeps one price per quantity; the group price wins, as in the Data Migration Tool)</source>
        <translation>ersetzt durch den Kundengruppenpreis desselben Produkts, derselben Kundengruppe und Website (Magento 2 führt einen Preis pro Menge; der Kundengruppenpreis gewinnt, wie im Data Migration Tool)</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="257"/>
        <source>product %1, customer group %2, website %3: the tier price %4 for quantity 1 is replaced by the group price %5.</source>
        <translation>Produkt %1, Kundengruppe %2, Website %3: Der Staffelpreis %4 für Menge 1 wird durch den Kundengruppenpreis %5 ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.cpp" line="260"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../core/steps/tierpricestep.h" line="32"/>
        <source>Tier Price step</source>
        <translation>Staffelpreis-Schritt</translation>
    </message>
</context>
<context>
    <name>TriggerDefinerCheck</name>
    <message>
        <location filename="../core/schema/triggerdefiners.cpp" line="37"/>
        <source>The user may not read the server&apos;s list of users (mysql.user), so Cutover cannot tell whether the definers of this database&apos;s triggers exist.</source>
        <translation>Der Benutzer darf die Benutzerliste des Servers (mysql.user) nicht lesen, daher kann Cutover nicht feststellen, ob die Definer der Trigger dieser Datenbank existieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/triggerdefiners.cpp" line="54"/>
        <source>%n trigger(s) in the database %1 (on %2 and other tables) run as the user &apos;%3&apos;@&apos;%4&apos;, which does not exist on this server, so every write to those tables would fail with &quot;The user specified as a definer does not exist&quot;. This happens when a Magento 2 database is restored from another server&apos;s dump. Create that user on this server (CREATE USER &apos;%3&apos;@&apos;%4&apos;; GRANT ALL ON %1.* TO &apos;%3&apos;@&apos;%4&apos;;) or recreate the triggers with bin/magento indexer:set-mode schedule, then check again.</source>
        <translation>
            <numerusform>%n Trigger in der Datenbank %1 (auf %2 und anderen Tabellen) läuft als Benutzer &apos;%3&apos;@&apos;%4&apos;, den es auf diesem Server nicht gibt, daher würde jeder Schreibvorgang auf diese Tabellen mit &quot;The user specified as a definer does not exist&quot; fehlschlagen. Das passiert, wenn eine Magento-2-Datenbank aus dem Dump eines anderen Servers wiederhergestellt wird. Legen Sie diesen Benutzer auf diesem Server an (CREATE USER &apos;%3&apos;@&apos;%4&apos;; GRANT ALL ON %1.* TO &apos;%3&apos;@&apos;%4&apos;;) oder erzeugen Sie die Trigger mit bin/magento indexer:set-mode schedule neu und prüfen Sie dann erneut.</numerusform>
            <numerusform>%n Trigger in der Datenbank %1 (auf %2 und anderen Tabellen) laufen als Benutzer &apos;%3&apos;@&apos;%4&apos;, den es auf diesem Server nicht gibt, daher würde jeder Schreibvorgang auf diese Tabellen mit &quot;The user specified as a definer does not exist&quot; fehlschlagen. Das passiert, wenn eine Magento-2-Datenbank aus dem Dump eines anderen Servers wiederhergestellt wird. Legen Sie diesen Benutzer auf diesem Server an (CREATE USER &apos;%3&apos;@&apos;%4&apos;; GRANT ALL ON %1.* TO &apos;%3&apos;@&apos;%4&apos;;) oder erzeugen Sie die Trigger mit bin/magento indexer:set-mode schedule neu und prüfen Sie dann erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UrlRewriteStep</name>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="239"/>
        <source>CMS page %1</source>
        <translation>CMS-Seite %1</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="240"/>
        <source>Magento 1 rewrite %1 (%2)</source>
        <translation>Magento-1-Rewrite %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="242"/>
        <source>Store view %1: the request path &quot;%2&quot; of %3 is already used by url_rewrite_id %4; renamed to &quot;%5&quot;.</source>
        <translation>Store View %1: Der Anfragepfad „%2“ von %3 wird bereits von url_rewrite_id %4 verwendet; in „%5“ umbenannt.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="248"/>
        <source>Store view %1: the request path &quot;%2&quot; of %3 is already used by url_rewrite_id %4; dropped (clash rule: keep the first).</source>
        <translation>Store View %1: Der Anfragepfad „%2“ von %3 wird bereits von url_rewrite_id %4 verwendet; verworfen (Konfliktregel: den ersten behalten).</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="305"/>
        <source>a Magento 1 Enterprise URL rewrite table, not migrated by Cutover yet: save the products and categories in Magento 2 (or regenerate their URL rewrites) and recreate custom redirects under Marketing &gt; URL Rewrites</source>
        <translation>eine URL-Rewrite-Tabelle von Magento 1 Enterprise, von Cutover noch nicht migriert: Speichern Sie die Produkte und Kategorien in Magento 2 (oder erzeugen Sie ihre URL-Rewrites neu) und legen Sie eigene Weiterleitungen unter Marketing &gt; URL Rewrites neu an</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="310"/>
        <source>an index that map.xml ignores: Magento 2 rebuilds it (bin/magento indexer:reindex)</source>
        <translation>ein Index, den map.xml ignoriert: Magento 2 baut ihn neu auf (bin/magento indexer:reindex)</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="326"/>
        <source>the source has no core_url_rewrite table</source>
        <translation>die Quelle hat keine Tabelle core_url_rewrite</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="332"/>
        <source>the destination has no url_rewrite table: is it a Magento 2 database?</source>
        <translation>das Ziel hat keine Tabelle url_rewrite: Ist es eine Magento-2-Datenbank?</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="342"/>
        <source>the source&apos;s core_url_rewrite lacks the columns %1, which this step reads</source>
        <translation>core_url_rewrite der Quelle fehlen die Spalten %1, die dieser Schritt liest</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="352"/>
        <source>the destination&apos;s url_rewrite lacks the columns %1 that Magento 2.1 and later have</source>
        <translation>url_rewrite des Ziels fehlen die Spalten %1, die Magento 2.1 und neuer haben</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="358"/>
        <source>The destination has no store table; run the URL Rewrite step on a Magento 2 database after the Settings step.</source>
        <translation>Das Ziel hat keine Tabelle store; führen Sie den URL-Rewrite-Schritt nach dem Einstellungsschritt auf einer Magento-2-Datenbank aus.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="171"/>
        <source>no request path: Magento 2 could never match it</source>
        <translation>kein Anfragepfad: Magento 2 könnte ihn nie zuordnen</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="176"/>
        <location filename="../core/steps/urlrewritestep.cpp" line="585"/>
        <location filename="../core/steps/urlrewritestep.cpp" line="1292"/>
        <source>its store view is not in Magento 2 (migrate the stores with the Settings step first)</source>
        <translation>ihre Store View ist nicht in Magento 2 (migrieren Sie zuerst die Stores mit dem Einstellungsschritt)</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="181"/>
        <location filename="../core/steps/urlrewritestep.cpp" line="587"/>
        <location filename="../core/steps/urlrewritestep.cpp" line="874"/>
        <source>request path already used in its store view; dropped by the clash rule (listed in the step&apos;s warnings)</source>
        <translation>Anfragepfad in ihrer Store View bereits verwendet; durch die Konfliktregel verworfen (in den Warnungen des Schritts aufgeführt)</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="199"/>
        <source>core_url_rewrite %1: unknown options &quot;%2&quot;, written as no redirect</source>
        <translation>core_url_rewrite %1: unbekannte Optionen „%2“, als keine Weiterleitung geschrieben</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="528"/>
        <source>The destination has no url_rewrite table: no URL rewrites were written.</source>
        <translation>Das Ziel hat keine Tabelle url_rewrite: Es wurden keine URL-Rewrites geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="550"/>
        <source>the destination has no cms_page and cms_page_store tables</source>
        <translation>das Ziel hat keine Tabellen cms_page und cms_page_store</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="584"/>
        <location filename="../core/steps/urlrewritestep.cpp" line="1288"/>
        <source>the page has no identifier</source>
        <translation>die Seite hat keinen Bezeichner</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="591"/>
        <source>Cancelled while making the CMS page rewrites; run the step again to make them.</source>
        <translation>Beim Anlegen der CMS-Seiten-Rewrites abgebrochen; führen Sie den Schritt erneut aus, um sie anzulegen.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="693"/>
        <source>one cms-page rewrite per page and store view, as Magento 2 makes them</source>
        <translation>ein CMS-Seiten-Rewrite pro Seite und Store View, wie Magento 2 sie anlegt</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="705"/>
        <source>the destination has no catalog_url_rewrite_product_category table</source>
        <translation>das Ziel hat keine Tabelle catalog_url_rewrite_product_category</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="736"/>
        <source>one row per product rewrite in a category</source>
        <translation>eine Zeile pro Produkt-Rewrite in einer Kategorie</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="752"/>
        <source>%1 %2 rewrite(s) name a %2 that the destination&apos;s %3 does not have: migrate the catalog (EAV step) before the URL Rewrite step, then run this step again.</source>
        <translation>%1 Rewrite(s) vom Typ %2 verweisen auf %2-Einträge, die in %3 des Ziels fehlen: Migrieren Sie den Katalog (EAV-Schritt) vor dem URL-Rewrite-Schritt und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="765"/>
        <source>%1 row(s) name a %2 that %3 does not have (yet): their foreign key holds once the catalog is migrated.</source>
        <translation>%1 Zeile(n) verweisen auf %2-Einträge, die in %3 (noch) fehlen: Ihr Fremdschlüssel ist erfüllt, sobald der Katalog migriert ist.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="790"/>
        <source>Magento 2&apos;s url_rewrite held %1 row(s) of its own (%2): they were replaced, since the products, categories and CMS pages they point to are replaced by Magento 1&apos;s. A backup is kept in %3; resetting the migration (migrate --reset) puts them back.</source>
        <translation>url_rewrite von Magento 2 enthielt %1 eigene Zeile(n) (%2): Sie wurden ersetzt, da die Produkte, Kategorien und CMS-Seiten, auf die sie verweisen, durch die von Magento 1 ersetzt werden. Eine Sicherung bleibt in %3; das Zurücksetzen der Migration (migrate --reset) stellt sie wieder her.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="796"/>
        <source>%1 of them were custom rewrites made in Magento 2: recreate the ones still wanted under Marketing &gt; SEO &amp; Search &gt; URL Rewrites.</source>
        <translation>%1 davon waren eigene, in Magento 2 angelegte Rewrites: Legen Sie die noch gewünschten unter Marketing &gt; SEO &amp; Search &gt; URL Rewrites neu an.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.cpp" line="807"/>
        <source>%1 URL rewrite(s) asked for a request path that an earlier one has in the same store view: %2 renamed, %3 dropped (clash rule: %4). Each is listed below; choose the other rule to keep the later ones under a new path, or to drop them.</source>
        <translation>%1 URL-Rewrite(s) verlangten einen Anfragepfad, den ein früherer in derselben Store View hat: %2 umbenannt, %3 verworfen (Konfliktregel: %4). Jeder ist unten aufgeführt; wählen Sie die andere Regel, um die späteren unter einem neuen Pfad zu behalten oder sie zu verwerfen.</translation>
    </message>
    <message>
        <location filename="../core/steps/urlrewritestep.h" line="72"/>
        <source>URL Rewrite step</source>
        <translation>URL-Rewrite-Schritt</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <location filename="../core/engine/verifier.cpp" line="439"/>
        <source>Could not plan the verification of the %1: %2</source>
        <translation>Die Prüfung von %1 konnte nicht geplant werden: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="452"/>
        <source>Verification of the %1</source>
        <translation>Prüfung von %1</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="497"/>
        <source>Foreign keys of the written tables</source>
        <translation>Fremdschlüssel der geschriebenen Tabellen</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="530"/>
        <source>Cancelled; run the verification again to finish it.</source>
        <translation>Abgebrochen; führen Sie die Prüfung erneut aus, um sie abzuschließen.</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="533"/>
        <source>%1 table(s) differ and %2 could not be compared; the keys are listed above. Run the migration again (it resumes), or reset it and run it again.</source>
        <translation>%1 Tabelle(n) weichen ab und %2 konnten nicht verglichen werden; die Schlüssel sind oben aufgeführt. Führen Sie die Migration erneut aus (sie setzt fort) oder setzen Sie sie zurück und führen Sie sie erneut aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/verifier.cpp" line="539"/>
        <source>Every table matches, but %n foreign key(s) of the written tables have rows that point at nothing (listed above): Magento 2 fails on such rows. Check that the steps and the mapping carry the referenced tables, then run the migration again.</source>
        <translation>
            <numerusform>Jede Tabelle stimmt überein, aber %n Fremdschlüssel der geschriebenen Tabellen hat Zeilen, die ins Leere verweisen (oben aufgeführt): Magento 2 scheitert an solchen Zeilen. Prüfen Sie, ob die Schritte und die Zuordnung die referenzierten Tabellen übertragen, und führen Sie die Migration dann erneut aus.</numerusform>
            <numerusform>Jede Tabelle stimmt überein, aber %n Fremdschlüssel der geschriebenen Tabellen haben Zeilen, die ins Leere verweisen (oben aufgeführt): Magento 2 scheitert an solchen Zeilen. Prüfen Sie, ob die Schritte und die Zuordnung die referenzierten Tabellen übertragen, und führen Sie die Migration dann erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="587"/>
        <source>The destination table %1 has no column %2.</source>
        <translation>Die Zieltabelle %1 hat keine Spalte %2.</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="595"/>
        <source>The source table %1 has no column %2.</source>
        <translation>Die Quelltabelle %1 hat keine Spalte %2.</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="604"/>
        <source>The copy of %1 does not read its key column %2.</source>
        <translation>Die Kopie von %1 liest ihre Schlüsselspalte %2 nicht.</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="924"/>
        <source>a row with no key shared by both sides</source>
        <translation>eine Zeile ohne Schlüssel, den beide Seiten haben</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="927"/>
        <source>more than %1 rows and no key that both sides share: only counts and checksums were compared</source>
        <translation>mehr als %1 Zeilen und kein gemeinsamer Schlüssel beider Seiten: Nur Anzahlen und Prüfsummen wurden verglichen</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="940"/>
        <source>%1 missing in the destination, %2 extra, %3 different</source>
        <translation>%1 fehlen im Ziel, %2 zusätzlich, %3 abweichend</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="949"/>
        <source>Could not verify %1: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
</context>
<context>
    <name>VerifyReport</name>
    <message>
        <location filename="../core/engine/verifier.cpp" line="346"/>
        <source>Verification: %1 tables match, %2 differ, %3 could not be compared, %4 not carried by these steps (%5 s).
</source>
        <translation>Prüfung: %1 Tabellen stimmen überein, %2 weichen ab, %3 nicht vergleichbar, %4 von diesen Schritten nicht übertragen (%5 s).
</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="363"/>
        <source>expected %1 rows, destination %2; checksums %3 / %4
</source>
        <translation>erwartet %1 Zeilen, Ziel %2; Prüfsummen %3 / %4
</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="370"/>
        <source>missing in the destination: %1</source>
        <translation>fehlen im Ziel: %1</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="373"/>
        <source>extra in the destination: %1</source>
        <translation>zusätzlich im Ziel: %1</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="377"/>
        <source>different: %1 (%2)</source>
        <translation>abweichend: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="384"/>
        <source>... and %1 more</source>
        <translation>... und %1 weitere</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="388"/>
        <source>Foreign keys: %1 checked, %2 with rows that point at nothing or could not be checked.
</source>
        <translation>Fremdschlüssel: %1 geprüft, %2 mit Zeilen, die ins Leere verweisen oder nicht geprüft werden konnten.
</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="393"/>
        <source>Verified: the destination holds what was migrated.</source>
        <translation>Geprüft: Das Ziel enthält, was migriert wurde.</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="394"/>
        <source>Verification %1: %2</source>
        <translation>Prüfung %1: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="44"/>
        <source>y</source>
        <comment>the answer yes to a [y/N] question, one letter</comment>
        <translation>j</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="45"/>
        <source>yes</source>
        <comment>the answer yes to a [y/N] question, the word</comment>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="52"/>
        <source>[y/N]</source>
        <comment>the choices after a question: yes, No by default</comment>
        <translation>[j/N]</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="115"/>
        <source> %1/s</source>
        <translation> %1/s</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="117"/>
        <source> ETA %1</source>
        <translation> Restzeit %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="141"/>
        <source>Log debug details to stderr.</source>
        <translation>Debug-Details auf stderr ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="144"/>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>Rufen Sie &apos;%1 --help&apos; für die Optionen auf.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="160"/>
        <source>--%1 takes a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl ab 0, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="170"/>
        <source>Two URL rewrites with the same request path in one store view (Magento 2 allows one): &apos;rename&apos; gives the later ones a free suffix (path-1.html), &apos;keep-first&apos; keeps only the first. Every renamed or dropped path is listed in the report. Default: the project&apos;s rule, else rename. Without a project, give &apos;verify&apos; the rule &apos;migrate&apos; ran with.</source>
        <translation>Zwei URL-Rewrites mit demselben Anfragepfad in einer Store View (Magento 2 erlaubt einen): &apos;rename&apos; gibt den späteren ein freies Suffix (path-1.html), &apos;keep-first&apos; behält nur den ersten. Jeder umbenannte oder verworfene Pfad steht im Bericht. Standard: die Regel des Projekts, sonst rename. Ohne Projekt geben Sie &apos;verify&apos; die Regel, mit der &apos;migrate&apos; lief.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="182"/>
        <source>Parts of the store to leave behind, comma separated: logs (Magento 1&apos;s visitor log), reports (reports and statistics; Magento 2 rebuilds its statistics from the orders), old-quotes (carts not updated within the store&apos;s quote lifetime, which Magento 2&apos;s cron would delete), or none. What is left behind is counted in the report; change capture, delta and the verification leave it out too. Default: the project&apos;s choice, else logs.</source>
        <translation>Teile des Shops, die zurückbleiben, durch Kommas getrennt: logs (das Besucherprotokoll von Magento 1), reports (Berichte und Statistiken; Magento 2 baut seine Statistiken aus den Bestellungen neu auf), old-quotes (Warenkörbe, die innerhalb der Warenkorb-Lebensdauer des Shops nicht aktualisiert wurden und die der Cron von Magento 2 löschen würde) oder none. Was zurückbleibt, wird im Bericht gezählt; Änderungserfassung, Delta und Prüfung lassen es ebenfalls aus. Standard: die Wahl des Projekts, sonst logs.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="190"/>
        <source>With --leave-out old-quotes: quotes not updated since this date (ISO 8601, UTC; 2026-10-28 or 2026-10-28T12:00:00Z) are old. Default: the project&apos;s date, else today less the store&apos;s quote lifetime (checkout/cart/delete_quote_after, 30 days unless set). Without a project, give &apos;verify&apos; and &apos;delta&apos; the date &apos;migrate&apos; printed.</source>
        <translation>Mit --leave-out old-quotes: Warenkörbe, die seit diesem Datum nicht aktualisiert wurden (ISO 8601, UTC; 2026-10-28 oder 2026-10-28T12:00:00Z), sind alt. Standard: das Datum des Projekts, sonst heute abzüglich der Warenkorb-Lebensdauer des Shops (checkout/cart/delete_quote_after, 30 Tage, wenn nicht gesetzt). Ohne Projekt geben Sie &apos;verify&apos; und &apos;delta&apos; das Datum, das &apos;migrate&apos; ausgegeben hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="197"/>
        <source>Carry Magento 1&apos;s visitor logs (log_visitor to customer_visitor), the same as leaving logs out of --leave-out. They are often the largest tables and of little use in Magento 2, so by default they are left behind and their size is reported.</source>
        <translation>Die Besucherprotokolle von Magento 1 übertragen (log_visitor nach customer_visitor), dasselbe wie logs in --leave-out wegzulassen. Sie sind oft die größten Tabellen und in Magento 2 wenig nützlich, daher bleiben sie standardmäßig zurück und ihre Größe wird gemeldet.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="207"/>
        <source>visitor logs</source>
        <translation>Besucherprotokolle</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="209"/>
        <source>reports and statistics</source>
        <translation>Berichte und Statistiken</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="211"/>
        <source>old quotes (not updated since %1)</source>
        <translation>alte Warenkörbe (seit %1 nicht aktualisiert)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="213"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="235"/>
        <source>--old-quotes-before takes an ISO 8601 date such as 2026-10-28 or 2026-10-28T12:00:00Z, not &quot;%1&quot;.</source>
        <translation>--old-quotes-before erwartet ein Datum nach ISO 8601 wie 2026-10-28 oder 2026-10-28T12:00:00Z, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="262"/>
        <source>--old-quotes-before says which quotes are old, but old quotes are carried: add --leave-out with old-quotes in its list.</source>
        <translation>--old-quotes-before legt fest, welche Warenkörbe alt sind, aber alte Warenkörbe werden übertragen: Geben Sie --leave-out mit old-quotes in der Liste an.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="270"/>
        <source>--with-logs carries the visitor logs that --leave-out logs leaves behind; give one of them.</source>
        <translation>--with-logs überträgt die Besucherprotokolle, die --leave-out logs zurücklässt; geben Sie nur eines davon an.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="224"/>
        <source>--url-clash takes rename or keep-first, not &quot;%1&quot;.</source>
        <translation>--url-clash nimmt rename oder keep-first, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="76"/>
        <source>Check both connections, what each database is, privileges and size.</source>
        <translation>Beide Verbindungen prüfen: was jede Datenbank ist, Rechte und Größe.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="79"/>
        <source>Capture changes on the Magento 1 database and apply them to Magento 2 until go-live.</source>
        <translation>Erfasst Änderungen auf der Magento-1-Datenbank und wendet sie bis zum Go-live auf Magento 2 an.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="82"/>
        <source>Fill a Magento 1 database with a generated demo or test store.</source>
        <translation>Eine Magento-1-Datenbank mit einem erzeugten Demo- oder Testshop füllen.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="85"/>
        <source>Export Cutover&apos;s built-in mapping (Data Migration Tool format) to edit it.</source>
        <translation>Die integrierte Zuordnung von Cutover (Format des Data Migration Tool) zum Bearbeiten exportieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="88"/>
        <source>Check the mapping against both databases before data moves, and fix what it finds in the project&apos;s override map.</source>
        <translation>Die Zuordnung vor der Datenübertragung gegen beide Datenbanken prüfen und das Gefundene in der Override-Map des Projekts korrigieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="92"/>
        <source>Migrate settings or data from Magento 1 to Magento 2, resumably.</source>
        <translation>Einstellungen oder Daten von Magento 1 nach Magento 2 migrieren, fortsetzbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="95"/>
        <source>Copy the Magento 1 media folder to Magento 2&apos;s pub/media, verified and incremental.</source>
        <translation>Den Magento-1-Medienordner nach pub/media von Magento 2 kopieren, geprüft und inkrementell.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="97"/>
        <source>Create a project file holding both connections, or show one.</source>
        <translation>Eine Projektdatei mit beiden Verbindungen anlegen oder eine anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="99"/>
        <source>Export the migration report of a project as HTML or PDF, for a client who never saw Cutover.</source>
        <translation>Den Migrationsbericht eines Projekts als HTML oder PDF exportieren, für einen Kunden, der Cutover nie gesehen hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="102"/>
        <source>Run Magento 2&apos;s indexer:reindex here or over SSH, indexer by indexer.</source>
        <translation>indexer:reindex von Magento 2 hier oder über SSH ausführen, Indexer für Indexer.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="105"/>
        <source>Compare the Magento 2 database with what the migration carried, down to the keys.</source>
        <translation>Die Magento-2-Datenbank mit dem vergleichen, was die Migration übertragen hat, bis auf die Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="107"/>
        <source>Warm the Magento 2 store&apos;s caches by fetching its pages in parallel.</source>
        <translation>Die Caches des Magento-2-Shops vorwärmen, indem seine Seiten parallel abgerufen werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="41"/>
        <source>Usage: cutover-cli COMMAND [OPTIONS]

Moves a live Magento 1 store to Magento 2. Commands:</source>
        <translation>Aufruf: cutover-cli BEFEHL [OPTIONEN]

Überträgt einen laufenden Magento-1-Shop nach Magento 2. Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="47"/>
        <source>
Run &apos;cutover-cli COMMAND --help&apos; for a command&apos;s options. Database passwords are read from CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD (CUTOVER_PASSWORD for generate), never from the command line.</source>
        <translation>
Führen Sie &apos;cutover-cli BEFEHL --help&apos; aus, um die Optionen eines Befehls zu sehen. Datenbankpasswörter werden aus CUTOVER_SOURCE_PASSWORD und CUTOVER_DEST_PASSWORD (CUTOVER_PASSWORD für generate) gelesen, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="60"/>
        <source>Unknown command &quot;%1&quot;. Run &apos;cutover-cli --help&apos; for the list.</source>
        <translation>Unbekannter Befehl „%1“. Führen Sie &apos;cutover-cli --help&apos; aus, um die Liste zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="202"/>
        <source>Leaving old quotes behind needs the Magento 1 database (its quote lifetime), or a date given with --old-quotes-before.</source>
        <translation>Um alte Warenkörbe zurückzulassen, braucht es die Magento-1-Datenbank (ihre Warenkorb-Lebensdauer) oder ein mit --old-quotes-before angegebenes Datum.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="212"/>
        <source>Old quotes are those not updated since %1 (today less the store&apos;s quote lifetime). Give --old-quotes-before %1 to the commands that follow, so that they all leave out the same quotes.</source>
        <translation>Alte Warenkörbe sind die seit %1 nicht aktualisierten (heute abzüglich der Warenkorb-Lebensdauer des Shops). Geben Sie den folgenden Befehlen --old-quotes-before %1 mit, damit alle dieselben Warenkörbe auslassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="219"/>
        <source>Could not read Magento 1&apos;s quote lifetime to know which quotes are old: %1 Give the date with --old-quotes-before.</source>
        <translation>Die Warenkorb-Lebensdauer von Magento 1 konnte nicht gelesen werden, um alte Warenkörbe zu erkennen: %1 Geben Sie das Datum mit --old-quotes-before an.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="254"/>
        <source>The Magento 1 root folder, where app/etc/local.xml holds the key that encrypted payment data and passwords in settings (or set CUTOVER_M1_CRYPT_KEY). Default: the project&apos;s.</source>
        <translation>Der Magento-1-Stammordner, dessen app/etc/local.xml den Schlüssel enthält, mit dem Zahlungsdaten und Passwörter in den Einstellungen verschlüsselt wurden (oder setzen Sie CUTOVER_M1_CRYPT_KEY). Standard: der des Projekts.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="259"/>
        <source>The Magento 2 root folder, where app/etc/env.php holds the key to encrypt them with again (or set CUTOVER_M2_CRYPT_KEY). Default: the project&apos;s.</source>
        <translation>Der Magento-2-Stammordner, dessen app/etc/env.php den Schlüssel enthält, mit dem sie erneut verschlüsselt werden (oder setzen Sie CUTOVER_M2_CRYPT_KEY). Standard: der des Projekts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/deltacommand.cpp" line="394"/>
        <source>  %n batch(es) could not refresh what depends on their rows (see the errors).</source>
        <translation>
            <numerusform>  Bei %n Stapel konnte nicht aktualisiert werden, was von seinen Zeilen abhängt (siehe die Fehler).</numerusform>
            <numerusform>  Bei %n Stapeln konnte nicht aktualisiert werden, was von ihren Zeilen abhängt (siehe die Fehler).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::MigrationRunner</name>
    <message>
        <location filename="../core/engine/migrationrunner.cpp" line="78"/>
        <source>Cancelled. Run again to resume where it stopped, or reset the destination.</source>
        <translation>Abgebrochen. Führen Sie es erneut aus, um dort fortzufahren, wo es aufgehört hat, oder setzen Sie das Ziel zurück.</translation>
    </message>
    <message>
        <location filename="../core/engine/migrationrunner.cpp" line="95"/>
        <source>The destination %1 was a store in use (%2); you confirmed replacing it. Those rows are kept in Cutover&apos;s backup tables and come back with a reset.</source>
        <translation>Das Ziel %1 war ein Shop im Betrieb (%2); Sie haben bestätigt, ihn zu ersetzen. Diese Zeilen bleiben in den Sicherungstabellen von Cutover erhalten und werden durch ein Zurücksetzen wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../core/engine/migrationrunner.cpp" line="103"/>
        <source>The name given, %1, is not the destination database&apos;s name, %2.</source>
        <translation>Der angegebene Name %1 ist nicht der Name der Zieldatenbank, %2.</translation>
    </message>
    <message>
        <location filename="../core/engine/migrationrunner.cpp" line="108"/>
        <source>Could not check what the destination %1 holds: %2</source>
        <translation>Es konnte nicht geprüft werden, was das Ziel %1 enthält: %2</translation>
    </message>
</context>
<context>
    <name>cutover::ReindexRunner</name>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="185"/>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="248"/>
        <source>No Magento 2 folder given: name the folder that holds bin/magento (--m2-root DIR, or the project&apos;s Magento 2 folder).</source>
        <translation>Kein Magento-2-Ordner angegeben: Nennen Sie den Ordner, der bin/magento enthält (--m2-root VERZ oder den Magento-2-Ordner des Projekts).</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="254"/>
        <source>The Magento 2 folder %1 does not exist on this computer. Give the folder that holds bin/magento, or run the reindex on the store&apos;s server with --ssh USER@HOST.</source>
        <translation>Der Magento-2-Ordner %1 existiert auf diesem Computer nicht. Geben Sie den Ordner an, der bin/magento enthält, oder führen Sie die Neuindizierung mit --ssh USER@HOST auf dem Server des Shops aus.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="259"/>
        <source>There is no bin/magento in %1: this is not a Magento 2 installation folder. Give the folder that holds bin/magento (the one with app/, bin/ and pub/).</source>
        <translation>In %1 gibt es kein bin/magento: Das ist kein Magento-2-Installationsordner. Geben Sie den Ordner an, der bin/magento enthält (den mit app/, bin/ und pub/).</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="268"/>
        <source>%1 is not executable and no PHP command-line interpreter &quot;%2&quot; was found to run it. Make it executable (chmod u+x %1, as the file system owner of Magento) or install PHP&apos;s CLI (or name it with --php PATH).</source>
        <translation>%1 ist nicht ausführbar, und es wurde kein PHP-Kommandozeileninterpreter „%2“ gefunden, um es auszuführen. Machen Sie es ausführbar (chmod u+x %1, als Dateisystem-Eigentümer von Magento) oder installieren Sie PHP CLI (oder nennen Sie ihn mit --php PFAD).</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="321"/>
        <source>Could not start %1: install the OpenSSH client (Debian: apt install openssh-client) or run the reindex on the store&apos;s server yourself.</source>
        <translation>%1 konnte nicht gestartet werden: Installieren Sie den OpenSSH-Client (Debian: apt install openssh-client) oder führen Sie die Neuindizierung selbst auf dem Server des Shops aus.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="325"/>
        <source>Could not start %1 in %2: %3. Check that the file is executable by you, or give the PHP command-line interpreter with --php PATH.</source>
        <translation>%1 konnte in %2 nicht gestartet werden: %3. Prüfen Sie, ob die Datei für Sie ausführbar ist, oder geben Sie den PHP-Kommandozeileninterpreter mit --php PFAD an.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="464"/>
        <location filename="../core/golive/reindexrunner.cpp" line="470"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="485"/>
        <source>The SSH host %1 is unknown (its name does not resolve). Check the name in --ssh USER@HOST, or use its IP address.</source>
        <translation>Der SSH-Host %1 ist unbekannt (sein Name lässt sich nicht auflösen). Prüfen Sie den Namen in --ssh USER@HOST oder verwenden Sie seine IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="489"/>
        <source>%1 refused the SSH login of %2. Cutover uses your own ssh keys and never asks for a password: add your key to the server (ssh-copy-id %2) or load it in your agent (ssh-add), then check with: ssh %2 true</source>
        <translation>%1 hat die SSH-Anmeldung von %2 abgelehnt. Cutover verwendet Ihre eigenen SSH-Schlüssel und fragt nie nach einem Passwort: Fügen Sie Ihren Schlüssel auf dem Server hinzu (ssh-copy-id %2) oder laden Sie ihn in Ihren Agenten (ssh-add) und prüfen Sie dann mit: ssh %2 true</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="494"/>
        <source>The SSH host key of %1 is not known yet or has changed. Connect once yourself (ssh %2) to check and accept it, then run the reindex again.</source>
        <translation>Der SSH-Hostschlüssel von %1 ist noch nicht bekannt oder hat sich geändert. Verbinden Sie sich einmal selbst (ssh %2), um ihn zu prüfen und zu akzeptieren, und führen Sie dann die Neuindizierung erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="498"/>
        <source>Could not reach the SSH server on %1 (%2). Check the host name and port (USER@HOST:PORT), that sshd runs there and that a firewall lets you through.</source>
        <translation>Der SSH-Server auf %1 war nicht erreichbar (%2). Prüfen Sie Hostname und Port (USER@HOST:PORT), ob sshd dort läuft und ob eine Firewall Sie durchlässt.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="501"/>
        <source>ssh could not connect to %1: %2. Check that &apos;ssh %3 true&apos; works in a terminal.</source>
        <translation>ssh konnte keine Verbindung zu %1 herstellen: %2. Prüfen Sie, ob &apos;ssh %3 true&apos; in einem Terminal funktioniert.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="505"/>
        <source>There is no bin/magento in %1 on %2: give the Magento 2 installation folder (the one with app/, bin/ and pub/).</source>
        <translation>In %1 auf %2 gibt es kein bin/magento: Geben Sie den Magento-2-Installationsordner an (den mit app/, bin/ und pub/).</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="509"/>
        <source>The folder %1 does not exist on %2: give the Magento 2 installation folder there.</source>
        <translation>Der Ordner %1 existiert auf %2 nicht: Geben Sie den dortigen Magento-2-Installationsordner an.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="512"/>
        <source>No PHP command-line interpreter &quot;%1&quot; on %2: install PHP&apos;s CLI there, or name it with --php PATH.</source>
        <translation>Kein PHP-Kommandozeileninterpreter „%1“ auf %2: Installieren Sie dort PHP CLI oder nennen Sie ihn mit --php PFAD.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="520"/>
        <source>Magento does not know an indexer that was asked for: %1 Name only the supported ones (bin/magento indexer:info lists them).</source>
        <translation>Magento kennt einen angeforderten Indexer nicht: %1 Nennen Sie nur die unterstützten (bin/magento indexer:info listet sie auf).</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="525"/>
        <source>Magento 2 in %1 is not installed or not configured (bin/magento has no indexer commands): finish bin/magento setup:install first.</source>
        <translation>Magento 2 in %1 ist nicht installiert oder nicht konfiguriert (bin/magento hat keine Indexer-Befehle): Schließen Sie zuerst bin/magento setup:install ab.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="533"/>
        <source>These indexers failed: %1. Their output is shown with them; fix the cause and run the reindex again (only those with --indexer ID).</source>
        <translation>Diese Indexer sind fehlgeschlagen: %1. Ihre Ausgabe wird bei ihnen angezeigt; beheben Sie die Ursache und führen Sie die Neuindizierung erneut aus (nur diese, mit --indexer ID).</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="538"/>
        <source>bin/magento %1 on %2 stopped on a PHP fatal error (exit code 255): %3 Fix the cause (PHP&apos;s memory_limit, a missing extension, the server&apos;s log) and run it again.</source>
        <translation>bin/magento %1 auf %2 wurde durch einen fatalen PHP-Fehler beendet (Exit-Code 255): %3 Beheben Sie die Ursache (memory_limit von PHP, eine fehlende Erweiterung, das Log des Servers) und führen Sie es erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="541"/>
        <source>bin/magento %1 ended with exit code %2: %3</source>
        <translation>bin/magento %1 endete mit Exit-Code %2: %3</translation>
    </message>
    <message>
        <location filename="../core/golive/reindexrunner.cpp" line="570"/>
        <source>bin/magento %1 on %2 crashed or was killed (%3). Run it again; if it keeps ending so, check PHP&apos;s memory_limit and the server&apos;s log.</source>
        <translation>bin/magento %1 auf %2 ist abgestürzt oder wurde beendet (%3). Führen Sie es erneut aus; endet es weiterhin so, prüfen Sie memory_limit von PHP und das Log des Servers.</translation>
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
        <translation>WARN</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="33"/>
        <source>FAIL</source>
        <translation>FEHL</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="35"/>
        <source>SKIP</source>
        <translation>SKIP</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="44"/>
        <source>Fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="46"/>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="61"/>
        <source>Checks the source and destination databases step by step: name resolution, network connection, the server&apos;s greeting and TLS, login, the database, which Magento it holds and its table prefix, privileges (read, delta triggers, write), whether the destination is fresh, and the size of the store with an estimate of the migration time. Stops at the first failure of each and suggests a fix. With --project, checks the project&apos;s databases (passwords from the environment or the keychain) and records the run in the project. Exit code 0 when both pass (warnings allowed), 1 when a check failed, 2 for usage errors.</source>
        <translation>Prüft die Quell- und Zieldatenbank Schritt für Schritt: Namensauflösung, Netzwerkverbindung, Begrüßung und TLS des Servers, Anmeldung, die Datenbank, welches Magento sie enthält und ihr Tabellenpräfix, Rechte (Lesen, Delta-Trigger, Schreiben), ob das Ziel neu ist, und die Größe des Shops mit einer Schätzung der Migrationsdauer. Hält bei jedem am ersten Fehler an und schlägt eine Abhilfe vor. Mit --project werden die Datenbanken des Projekts geprüft (Passwörter aus der Umgebung oder dem Schlüsselbund) und der Lauf im Projekt vermerkt. Exit-Code 0, wenn beide bestehen (Warnungen erlaubt), 1, wenn eine Prüfung fehlschlug, 2 bei Aufruffehlern.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="61"/>
        <source>source (Magento 1)</source>
        <translation>Quelle (Magento 1)</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="61"/>
        <source>destination (Magento 2)</source>
        <translation>Ziel (Magento 2)</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="74"/>
        <source>Use the databases of this project file (made with &apos;cutover-cli project create&apos; or the wizard) instead of --source and --dest, and record the run in it.</source>
        <translation>Die Datenbanken dieser Projektdatei verwenden (angelegt mit &apos;cutover-cli project create&apos; oder dem Assistenten) statt --source und --dest, und den Lauf darin vermerken.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="84"/>
        <source>The Magento 1 database, as mysql://USER@HOST:PORT/DB?prefix=P. Its password is read from CUTOVER_SOURCE_PASSWORD.</source>
        <translation>Die Magento-1-Datenbank als mysql://BENUTZER@HOST:PORT/DB?prefix=P. Ihr Passwort wird aus CUTOVER_SOURCE_PASSWORD gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="89"/>
        <source>The Magento 2 database, as mysql://USER@HOST:PORT/DB. Its password is read from CUTOVER_DEST_PASSWORD.</source>
        <translation>Die Magento-2-Datenbank als mysql://BENUTZER@HOST:PORT/DB. Ihr Passwort wird aus CUTOVER_DEST_PASSWORD gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="101"/>
        <source>Give either --project FILE or --source/--dest URLs, not both: the project already holds its databases.</source>
        <translation>Geben Sie entweder --project DATEI oder --source/--dest-URLs an, nicht beides: Das Projekt enthält seine Datenbanken bereits.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="122"/>
        <source>The project %1 has no %2 database yet; set it in the wizard.</source>
        <translation>Das Projekt %1 hat noch keine Datenbank für %2; legen Sie sie im Assistenten fest.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="123"/>
        <source>Give the %1 database with %2 URL, or a project with --project FILE.</source>
        <translation>Geben Sie die Datenbank (%1) mit %2 URL an oder ein Projekt mit --project DATEI.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="131"/>
        <source>The project %1 has no databases yet; set them in the wizard.</source>
        <translation>Das Projekt %1 hat noch keine Datenbanken; legen Sie sie im Assistenten fest.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="132"/>
        <source>Give the database(s) with --source URL and/or --dest URL, or a project with --project FILE.</source>
        <translation>Geben Sie die Datenbank(en) mit --source URL und/oder --dest URL an oder ein Projekt mit --project DATEI.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="149"/>
        <source>Warning: the %1 password could not be read from the keychain: %2</source>
        <translation>Warnung: Das Passwort für %1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="160"/>
        <source>The password for %1 is needed and standard input is not a terminal, so it cannot be asked. Set %2 (to an empty value if the account has none).</source>
        <translation>Das Passwort für %1 wird benötigt, und die Standardeingabe ist kein Terminal, daher kann es nicht abgefragt werden. Setzen Sie %2 (auf einen leeren Wert, wenn das Konto keines hat).</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="164"/>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="235"/>
        <source>Warning: the choices of the run were not kept in the project: %1</source>
        <translation>Warnung: Die Auswahl des Laufs wurde nicht im Projekt gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectoption.cpp" line="247"/>
        <source>Warning: the run was not recorded in the project: %1</source>
        <translation>Warnung: Der Lauf wurde nicht im Projekt vermerkt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="56"/>
        <location filename="../app/cli/deltacommand.cpp" line="419"/>
        <location filename="../app/cli/projectcommand.cpp" line="161"/>
        <source>Print one JSON document instead of text.</source>
        <translation>Ein JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="58"/>
        <source>Seconds to wait for the TCP connection and for the server&apos;s first answer (default 5).</source>
        <translation>Sekunden, die auf die TCP-Verbindung und die erste Antwort des Servers gewartet wird (Standard 5).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="73"/>
        <source>--timeout must be between 1 and 600 seconds.</source>
        <translation>--timeout muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="103"/>
        <source>Source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="104"/>
        <source>Destination %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="118"/>
        <source>%1 failed at %2</source>
        <translation>%1 fehlgeschlagen bei %2</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="119"/>
        <source>%1 passed</source>
        <translation>%1 bestanden</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="122"/>
        <source>  The %1 passed.</source>
        <translation>  Die %1 hat bestanden.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="123"/>
        <source>  The %1 did not pass.</source>
        <translation>  Die %1 hat nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="18"/>
        <source>The Magento 1 database to fill, as mysql://USER@HOST:PORT/DB?prefix=P. Its password is read from CUTOVER_PASSWORD.</source>
        <translation>Die zu füllende Magento-1-Datenbank als mysql://BENUTZER@HOST:PORT/DB?prefix=P. Ihr Passwort wird aus CUTOVER_PASSWORD gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="21"/>
        <source>Number of products (default 200).</source>
        <translation>Anzahl der Produkte (Standard 200).</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="22"/>
        <source>Number of customers (default 100).</source>
        <translation>Anzahl der Kunden (Standard 100).</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="23"/>
        <source>Number of orders (default 300).</source>
        <translation>Anzahl der Bestellungen (Standard 300).</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="24"/>
        <source>Random seed; the same seed gives the same store (default 1).</source>
        <translation>Zufallsstartwert; derselbe Wert ergibt denselben Shop (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="27"/>
        <source>Also write the product images and downloadable files into this Magento 1 media folder.</source>
        <translation>Produktbilder und herunterladbare Dateien zusätzlich in diesen Magento-1-Medienordner schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="35"/>
        <source>Fills a database that holds a real Magento 1 schema with a realistic, deterministic store: websites, catalog of every product type, customers, orders with invoices, shipments and credit memos, reviews, CMS, and the mess real stores carry.</source>
        <translation>Füllt eine Datenbank mit echtem Magento-1-Schema mit einem realistischen, reproduzierbaren Shop: Websites, Katalog mit allen Produkttypen, Kunden, Bestellungen mit Rechnungen, Lieferungen und Gutschriften, Bewertungen, CMS und der Unordnung echter Shops.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="40"/>
        <source>generate does not take --project: a project&apos;s Magento 1 database is the live store, and Cutover never writes a generated store into it. Give a scratch database with --target mysql://USER@HOST:PORT/DB.</source>
        <translation>generate akzeptiert kein --project: Die Magento-1-Datenbank eines Projekts ist der laufende Shop, und Cutover schreibt nie einen erzeugten Shop hinein. Geben Sie mit --target mysql://USER@HOST:PORT/DB eine Wegwerf-Datenbank an.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="45"/>
        <source>Give the database to fill with --target mysql://USER@HOST:PORT/DB (load a Magento 1 dump into it first).</source>
        <translation>Geben Sie die zu füllende Datenbank mit --target mysql://BENUTZER@HOST:PORT/DB an (laden Sie zuerst einen Magento-1-Dump hinein).</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="71"/>
        <source>Generated %1 rows in %2 s (%3 rows/s) into %4.</source>
        <translation>%1 Zeilen in %2 s (%3 Zeilen/s) in %4 erzeugt.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="79"/>
        <source>Real-store mess made on purpose:</source>
        <translation>Absichtlich erzeugte Unordnung echter Shops:</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="84"/>
        <source>Wrote %1 media files under %2.</source>
        <translation>%1 Mediendateien unter %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="86"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="62"/>
        <source>Change capture for %1 (table prefix &quot;%2&quot;, server %3):</source>
        <translation>Änderungserfassung für %1 (Tabellenpräfix „%2“, Server %3):</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="64"/>
        <source>  Tables to create: %1 (the change log), %2 (what Cutover installed).</source>
        <translation>  Anzulegende Tabellen: %1 (das Änderungsprotokoll), %2 (was Cutover installiert hat).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="65"/>
        <source>  Triggers to create: %1 on %2 table(s):</source>
        <translation>  Anzulegende Trigger: %1 auf %2 Tabelle(n):</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="74"/>
        <source>(keeps %1)</source>
        <translation>(behält %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="78"/>
        <source>  Not captured: %1: %2</source>
        <translation>  Nicht erfasst: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="80"/>
        <source>  Statements:</source>
        <translation>  Anweisungen:</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="88"/>
        <source>Cutover&apos;s change capture in %1: %2 object(s) to drop:</source>
        <translation>Änderungserfassung von Cutover in %1: %2 Objekt(e) zu löschen:</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="91"/>
        <source>  trigger %1 on %2</source>
        <translation>  Trigger %1 auf %2</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="93"/>
        <source>  table %1</source>
        <translation>  Tabelle %1</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="125"/>
        <source>Could not load the Data Migration Tool configuration %1: %2 Give another with --dmt-config FILE.</source>
        <translation>Die Konfiguration %1 des Data Migration Tool konnte nicht geladen werden: %2 Geben Sie mit --dmt-config DATEI eine andere an.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="139"/>
        <source>Cannot install: %1
  Fix: %2</source>
        <translation>Installation nicht möglich: %1
  Abhilfe: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="140"/>
        <location filename="../app/cli/deltacommand.cpp" line="151"/>
        <location filename="../app/cli/deltacommand.cpp" line="234"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="144"/>
        <source>Create these %1 triggers and 2 tables in %2?</source>
        <translation>Diese %1 Trigger und 2 Tabellen in %2 anlegen?</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="146"/>
        <source>Standard input is not a terminal, so Cutover cannot ask before it creates triggers on %1. Check the list above and run again with --yes.</source>
        <translation>Die Standardeingabe ist kein Terminal, daher kann Cutover nicht nachfragen, bevor es Trigger auf %1 anlegt. Prüfen Sie die Liste oben und führen Sie den Befehl mit --yes erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="162"/>
        <source>Change capture installed on %1: %2 object(s) created, %3 already in place, %4 old trigger(s) dropped.</source>
        <translation>Änderungserfassung auf %1 installiert: %2 Objekt(e) angelegt, %3 bereits vorhanden, %4 alte(r) Trigger gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="167"/>
        <source>Migrate the data now: changes from here on are recorded in %1.</source>
        <translation>Migrieren Sie jetzt die Daten: Änderungen ab jetzt werden in %1 aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="181"/>
        <source>Change capture is not installed on %1. Run cutover-cli delta install before migrating the data.</source>
        <translation>Die Änderungserfassung ist auf %1 nicht installiert. Führen Sie cutover-cli delta install vor der Datenmigration aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="185"/>
        <source>Change capture on %1: %2 table(s), %3 of %4 trigger(s) in place, installed %5 by Cutover %6.</source>
        <translation>Änderungserfassung auf %1: %2 Tabelle(n), %3 von %4 Trigger(n) vorhanden, installiert %5 von Cutover %6.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="192"/>
        <source>  Backlog: %1 change(s) not applied (applied up to #%2 of #%3), lag %4.</source>
        <translation>  Rückstand: %1 Änderung(en) nicht angewendet (angewendet bis #%2 von #%3), Verzögerung %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="201"/>
        <source>oldest %1</source>
        <translation>älteste %1</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="203"/>
        <source>  PROBLEM %1</source>
        <translation>  PROBLEM %1</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="204"/>
        <source>       Fix: %1</source>
        <translation>       Abhilfe: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="207"/>
        <source>  Every piece is in place.</source>
        <translation>  Alle Teile sind vorhanden.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="219"/>
        <source>There is no Cutover change capture in %1; nothing to remove.</source>
        <translation>In %1 gibt es keine Änderungserfassung von Cutover; nichts zu entfernen.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="224"/>
        <source>Drop these %1 object(s) from %2? Unapplied changes in the change log are lost.</source>
        <translation>Diese %1 Objekt(e) aus %2 löschen? Nicht angewendete Änderungen im Änderungsprotokoll gehen verloren.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="229"/>
        <source>Standard input is not a terminal, so Cutover cannot ask before it drops triggers and tables in %1. Check the list above and run again with --yes.</source>
        <translation>Die Standardeingabe ist kein Terminal, daher kann Cutover nicht nachfragen, bevor es Trigger und Tabellen in %1 löscht. Prüfen Sie die Liste oben und führen Sie den Befehl mit --yes erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="244"/>
        <source>Change capture removed from %1: %2 object(s) dropped, none left.</source>
        <translation>Änderungserfassung von %1 entfernt: %2 Objekt(e) gelöscht, keine übrig.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="254"/>
        <source>%1 | applied %2 (%3/s) | backlog %4%5 | lag %6</source>
        <translation>%1 | angewendet %2 (%3/s) | Rückstand %4%5 | Verzögerung %6</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="263"/>
        <source> | refreshed %1</source>
        <translation> | aktualisiert %1</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="265"/>
        <source> | failed %1, waiting for retry %2</source>
        <translation> | fehlgeschlagen %1, warten auf Wiederholung %2</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="267"/>
        <source> | %1 threads running &gt; %2</source>
        <translation> | %1 Threads laufen &gt; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="276"/>
        <source>The Data Migration Tool configuration %1 does not exist; give one with --config FILE.</source>
        <translation>Die Konfiguration %1 des Data Migration Tool existiert nicht; geben Sie mit --config DATEI eine an.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="284"/>
        <source>Could not load the Data Migration Tool configuration %1: %2 Give another with --config FILE.</source>
        <translation>Die Konfiguration %1 des Data Migration Tool konnte nicht geladen werden: %2 Geben Sie mit --config DATEI eine andere an.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="298"/>
        <source>--batch-size must be between 1 and 100000.</source>
        <translation>--batch-size muss zwischen 1 und 100000 liegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="357"/>
        <source>Applying the changes recorded on %1 to %2 until the backlog is empty (Ctrl+C stops after the current batch).</source>
        <translation>Die auf %1 aufgezeichneten Änderungen werden auf %2 angewendet, bis der Rückstand leer ist (Strg+C stoppt nach dem aktuellen Stapel).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="360"/>
        <source>Applying the changes recorded on %1 to %2 as they come; Ctrl+C stops after the current batch.</source>
        <translation>Die auf %1 aufgezeichneten Änderungen werden laufend auf %2 angewendet; Strg+C stoppt nach dem aktuellen Stapel.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="372"/>
        <source>Delta %1: %2 change(s) applied (%3 change-log rows), %4 failed attempt(s), %5 waiting for a retry, %6 not carried yet; applied up to #%7, backlog %8, lag %9.</source>
        <translation>Delta %1: %2 Änderung(en) angewendet (%3 Zeilen des Änderungsprotokolls), %4 Fehlversuch(e), %5 warten auf Wiederholung, %6 noch nicht übertragen; angewendet bis #%7, Rückstand %8, Verzögerung %9.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="374"/>
        <source>caught up</source>
        <translation>aufgeholt</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="375"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="376"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="387"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="388"/>
        <source>  Refreshed with them: %1.</source>
        <translation>  Mit ihnen aktualisiert: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="391"/>
        <source>  Written cut or clamped to fit: %1 value(s), %2</source>
        <translation>  Gekürzt oder begrenzt geschrieben: %1 Wert(e), %2</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="398"/>
        <source>  Not carried: %1 change(s) of %2: %3</source>
        <translation>  Nicht übertragen: %1 Änderung(en) von %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="401"/>
        <source>  Not carried: %1: %2</source>
        <translation>  Nicht übertragen: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="408"/>
        <source>%1 change(s) applied, %2 waiting for a retry</source>
        <translation>%1 Änderung(en) angewendet, %2 warten auf Wiederholung</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="417"/>
        <source>install, run, status or remove</source>
        <translation>install, run, status oder remove</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="420"/>
        <source>Install or remove without asking (for scripts).</source>
        <translation>Ohne Nachfrage installieren oder entfernen (für Skripte).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="422"/>
        <source>run: stop when the backlog is empty instead of waiting for more.</source>
        <translation>run: anhalten, wenn der Rückstand leer ist, statt auf weitere zu warten.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="425"/>
        <source>run: wait while the Magento 1 server has more than N threads running (default 40; 0 = never wait).</source>
        <translation>run: warten, solange auf dem Magento-1-Server mehr als N Threads laufen (Standard 40; 0 = nie warten).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="428"/>
        <source>run: change-log rows per batch (default 1000).</source>
        <translation>run: Zeilen des Änderungsprotokolls pro Stapel (Standard 1000).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="430"/>
        <source>The Data Migration Tool&apos;s config.xml whose map and groups files say which tables the migration carries (default: as for migrate, $CUTOVER_DMT_CONFIG when set, else Cutover&apos;s own built-in mapping).</source>
        <translation>Die config.xml des Data Migration Tool, deren Map- und Gruppendateien festlegen, welche Tabellen die Migration überträgt (Standard: wie bei migrate, $CUTOVER_DMT_CONFIG, falls gesetzt, sonst die integrierte Zuordnung von Cutover).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="437"/>
        <source>Change capture on the Magento 1 database for incremental (delta) migration. &apos;install&apos; lists the change-log tables and triggers it will create on every table the migration carries and asks before creating them; &apos;status&apos; shows the backlog, the lag and any missing or altered piece; &apos;remove&apos; lists and drops everything Cutover created, leaving the tables and triggers as they were before install. &apos;run&apos; applies the recorded changes to the Magento 2 database (--dest) with the migration&apos;s mapping, until Ctrl+C (a clean stop after the current batch) or, with --once, until the backlog is empty; it resumes where it stopped. The passwords are read from CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD. Exit code 0 on success (status: installed and healthy; run --once: caught up), 1 on failure or problems, 2 for usage errors, 130 when declined or stopped.</source>
        <translation>Änderungserfassung auf der Magento-1-Datenbank für die inkrementelle (Delta-)Migration. &apos;install&apos; listet die Änderungsprotokoll-Tabellen und Trigger auf, die es auf jeder von der Migration übertragenen Tabelle anlegen wird, und fragt vor dem Anlegen nach; &apos;status&apos; zeigt den Rückstand, die Verzögerung und jedes fehlende oder veränderte Teil; &apos;remove&apos; listet alles auf, was Cutover angelegt hat, und löscht es, sodass Tabellen und Trigger wie vor install zurückbleiben. &apos;run&apos; wendet die aufgezeichneten Änderungen mit der Zuordnung der Migration auf die Magento-2-Datenbank (--dest) an, bis Strg+C (ein sauberer Stopp nach dem aktuellen Stapel) oder, mit --once, bis der Rückstand leer ist; es setzt dort fort, wo es aufgehört hat. Die Passwörter werden aus CUTOVER_SOURCE_PASSWORD und CUTOVER_DEST_PASSWORD gelesen. Exit-Code 0 bei Erfolg (status: installiert und intakt; run --once: aufgeholt), 1 bei Fehlern oder Problemen, 2 bei Aufruffehlern, 130 bei Ablehnung oder Abbruch.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="453"/>
        <source>Give one action: cutover-cli delta install|run|status|remove --source mysql://USER@HOST/DB.</source>
        <translation>Geben Sie eine Aktion an: cutover-cli delta install|run|status|remove --source mysql://BENUTZER@HOST/DB.</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="458"/>
        <source>delta %1 works on the Magento 1 database: give it with --source mysql://USER@HOST/DB (or a project with a source).</source>
        <translation>delta %1 arbeitet auf der Magento-1-Datenbank: Geben Sie sie mit --source mysql://BENUTZER@HOST/DB an (oder ein Projekt mit Quelle).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="467"/>
        <source>delta run writes to the Magento 2 database: give it with --dest mysql://USER@HOST/DB (or a project with a destination).</source>
        <translation>delta run schreibt in die Magento-2-Datenbank: Geben Sie sie mit --dest mysql://BENUTZER@HOST/DB an (oder ein Projekt mit Ziel).</translation>
    </message>
    <message>
        <location filename="../app/cli/deltacommand.cpp" line="485"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="96"/>
        <source>The project %1 has no %2 installation folder: give --%3 DIR, or set the folder in the project (cutover-cli project create --%4 DIR, or the wizard).</source>
        <translation>Das Projekt %1 hat keinen %2-Installationsordner: Geben Sie --%3 VERZ an oder legen Sie den Ordner im Projekt fest (cutover-cli project create --%4 VERZ oder der Assistent).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="101"/>
        <source>Give both folders: --from &lt;magento1-root&gt;/media --to &lt;magento2-root&gt;/pub/media (or a project with --project FILE).</source>
        <translation>Geben Sie beide Ordner an: --from &lt;magento1-root&gt;/media --to &lt;magento2-root&gt;/pub/media (oder ein Projekt mit --project DATEI).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="113"/>
        <source>The Magento 1 media folder (&lt;magento1-root&gt;/media; default with --project: the project&apos;s Magento 1 folder&apos;s media/).</source>
        <translation>Der Magento-1-Medienordner (&lt;magento1-root&gt;/media; Standard mit --project: media/ im Magento-1-Ordner des Projekts).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="117"/>
        <source>The Magento 2 media folder (&lt;magento2-root&gt;/pub/media; default with --project: the project&apos;s Magento 2 folder&apos;s pub/media/); created when missing.</source>
        <translation>Der Magento-2-Medienordner (&lt;magento2-root&gt;/pub/media; Standard mit --project: pub/media/ im Magento-2-Ordner des Projekts); wird angelegt, wenn er fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="121"/>
        <source>The Magento 1 database, as mysql://USER@HOST:PORT/DB?prefix=P, to cross-check the files with what it references. Its password is read from CUTOVER_SOURCE_PASSWORD (asked on a terminal when unset).</source>
        <translation>Die Magento-1-Datenbank als mysql://BENUTZER@HOST:PORT/DB?prefix=P, um die Dateien mit ihren Referenzen abzugleichen. Ihr Passwort wird aus CUTOVER_SOURCE_PASSWORD gelesen (im Terminal abgefragt, wenn nicht gesetzt).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="126"/>
        <source>Do not cross-check the files with the Magento 1 database of the project (no password needed).</source>
        <translation>Die Dateien nicht mit der Magento-1-Datenbank des Projekts abgleichen (kein Passwort nötig).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="127"/>
        <source>Show what would be copied; write nothing.</source>
        <translation>Zeigen, was kopiert würde; nichts schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="129"/>
        <source>Replace files at the destination that differ and that no earlier copy wrote (they are listed either way).</source>
        <translation>Dateien im Ziel ersetzen, die abweichen und die keine frühere Kopie geschrieben hat (sie werden in jedem Fall aufgelistet).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="132"/>
        <source>Where to keep the record of copied files for reruns (default: in the user&apos;s data folder, never in pub/media, which is public).</source>
        <translation>Wo der Nachweis kopierter Dateien für erneute Läufe abgelegt wird (Standard: im Datenordner des Benutzers, nie in pub/media, das öffentlich ist).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="136"/>
        <source>Copying threads (default: 2 to 4, from the machine).</source>
        <translation>Kopier-Threads (Standard: 2 bis 4, je nach Rechner).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="137"/>
        <source>Start even when the free space looks too small.</source>
        <translation>Auch starten, wenn der freie Platz zu knapp erscheint.</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="138"/>
        <location filename="../app/cli/migratecommand.cpp" line="186"/>
        <location filename="../app/cli/reindexcommand.cpp" line="67"/>
        <location filename="../app/cli/warmcommand.cpp" line="92"/>
        <source>Print the report as one JSON document.</source>
        <translation>Den Bericht als ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="140"/>
        <source>How many entries of each list to print (default 20).</source>
        <translation>Wie viele Einträge jeder Liste ausgegeben werden (Standard 20).</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="142"/>
        <source>Copies the Magento 1 media folder to the Magento 2 pub/media folder: in parallel, only what is new or changed on a rerun, each copy verified by its hash. Leaves behind what Magento 2 regenerates (the image cache, merged CSS/JS, tmp/) and Magento 1&apos;s .htaccess files, never replaces a different file at the destination without --overwrite, and with --source (or a project&apos;s Magento 1 database) lists the files the database references that are missing and the files nothing references. With --project FILE the folders default to the project&apos;s installation folders and the run is recorded in the project. A rerun after an interrupted copy removes the partial files it left. Exit code 0 when everything copied, 1 when something failed, 2 for usage errors, 130 when cancelled.</source>
        <translation>Kopiert den Magento-1-Medienordner in den Ordner pub/media von Magento 2: parallel, bei erneutem Lauf nur Neues oder Geändertes, jede Kopie per Hash geprüft. Lässt aus, was Magento 2 neu erzeugt (Bildcache, zusammengeführte CSS/JS, tmp/), sowie die .htaccess-Dateien von Magento 1, ersetzt nie ohne --overwrite eine abweichende Datei im Ziel und listet mit --source (oder der Magento-1-Datenbank eines Projekts) die von der Datenbank referenzierten, aber fehlenden Dateien und die nirgends referenzierten Dateien auf. Mit --project DATEI gelten die Installationsordner des Projekts als Standard, und der Lauf wird im Projekt vermerkt. Ein erneuter Lauf nach einer abgebrochenen Kopie entfernt die zurückgelassenen unvollständigen Dateien. Exit-Code 0, wenn alles kopiert wurde, 1, wenn etwas fehlschlug, 2 bei Aufruffehlern, 130 bei Abbruch.</translation>
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
        <translation>--threads muss zwischen 1 und 64 liegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="41"/>
        <source>--reset removes what Cutover wrote to %1; without a terminal to ask, add --yes to confirm.</source>
        <translation>--reset entfernt, was Cutover in %1 geschrieben hat; ohne Terminal für die Nachfrage fügen Sie zur Bestätigung --yes hinzu.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="46"/>
        <source>Remove everything Cutover wrote to %1 and put back the rows it replaced?</source>
        <translation>Alles entfernen, was Cutover in %1 geschrieben hat, und die ersetzten Zeilen wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="64"/>
        <source>Without a terminal to ask, add --replace-store %1 (the destination database&apos;s name) to confirm, or migrate into a freshly installed Magento 2.</source>
        <translation>Ohne Terminal für eine Rückfrage fügen Sie zur Bestätigung --replace-store %1 (den Namen der Zieldatenbank) hinzu, oder migrieren Sie in ein frisch installiertes Magento 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="69"/>
        <source>Type the destination database&apos;s name, %1, to replace its store, or press Enter to stop: </source>
        <translation>Geben Sie den Namen der Zieldatenbank, %1, ein, um ihren Shop zu ersetzen, oder drücken Sie Enter, um abzubrechen: </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="74"/>
        <source>Not confirmed; nothing was written.</source>
        <translation>Nicht bestätigt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="88"/>
        <source>Warning: could not check change capture on %1 (%2); changes made to the store during the copy may not be carried over.</source>
        <translation>Warnung: Die Änderungserfassung auf %1 konnte nicht geprüft werden (%2); Änderungen am Shop während der Kopie werden womöglich nicht übertragen.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="92"/>
        <source>Warning: change capture is not installed on %1, so changes made to the Magento 1 store during the copy will not be carried over to Magento 2. To carry them, stop here and run &apos;cutover-cli delta install&apos; first; the copy goes on now.</source>
        <translation>Warnung: Die Änderungserfassung ist auf %1 nicht installiert, daher werden Änderungen am Magento-1-Shop während der Kopie nicht nach Magento 2 übertragen. Um sie zu übertragen, brechen Sie hier ab und führen Sie zuerst &apos;cutover-cli delta install&apos; aus; die Kopie läuft jetzt weiter.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="107"/>
        <source>The Data Migration Tool&apos;s config.xml, read unchanged with the map.xml family it names (or Cutover&apos;s own, written out by &apos;cutover-cli mapping export DIR&apos;). Default: $CUTOVER_DMT_CONFIG when set, else Cutover&apos;s own mapping for CE 1.9.x to 2.4.x, built into the program.</source>
        <translation>Die config.xml des Data Migration Tool, unverändert gelesen mit der map.xml-Familie, die sie nennt (oder die von Cutover, ausgegeben mit &apos;cutover-cli mapping export VERZ&apos;). Standard: $CUTOVER_DMT_CONFIG, falls gesetzt, sonst die in das Programm integrierte Zuordnung von Cutover für CE 1.9.x nach 2.4.x.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="115"/>
        <source>The override map (the Data Migration Tool&apos;s map.xml format, as &apos;cutover-cli integrity --fix&apos; writes it) layered on the configuration&apos;s map.xml. Default with --project: the project&apos;s own.</source>
        <translation>Die Override-Map (im map.xml-Format des Data Migration Tool, wie &apos;cutover-cli integrity --fix&apos; sie schreibt), die über die map.xml der Konfiguration gelegt wird. Standard mit --project: die des Projekts.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="134"/>
        <source>The Data Migration Tool configuration %1 does not exist; check the path given with --config.</source>
        <translation>Die Konfiguration %1 des Data Migration Tool existiert nicht; prüfen Sie den mit --config angegebenen Pfad.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="136"/>
        <source>The default Data Migration Tool configuration %1 does not exist; give one with --config FILE or set CUTOVER_DMT_CONFIG.</source>
        <translation>Die Standardkonfiguration %1 des Data Migration Tool existiert nicht; geben Sie mit --config DATEI eine an oder setzen Sie CUTOVER_DMT_CONFIG.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="144"/>
        <source>Could not load the Data Migration Tool configuration %1: %2</source>
        <translation>Die Konfiguration %1 des Data Migration Tool konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="169"/>
        <source>settings or data</source>
        <translation>settings oder data</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="175"/>
        <source>Tables copied at once (default: the number of cores, 2 to 8).</source>
        <translation>Gleichzeitig kopierte Tabellen (Standard: die Anzahl der Kerne, 2 bis 8).</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="178"/>
        <source>Remove exactly what Cutover wrote to the destination (and put back the rows it replaced) before running, so the run starts clean.</source>
        <translation>Vor dem Lauf genau das entfernen, was Cutover ins Ziel geschrieben hat (und die ersetzten Zeilen wiederherstellen), damit der Lauf sauber beginnt.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="180"/>
        <source>Confirm --reset without asking.</source>
        <translation>--reset ohne Nachfrage bestätigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="182"/>
        <source>Confirm replacing a destination that is a store in use (it has customers or orders Cutover did not write) by giving its database name. The replaced rows are kept in backup tables; --reset puts them back.</source>
        <translation>Das Ersetzen eines Ziels, das ein Shop im Betrieb ist (es hat Kunden oder Bestellungen, die Cutover nicht geschrieben hat), durch Angabe seines Datenbanknamens bestätigen. Die ersetzten Zeilen bleiben in Sicherungstabellen erhalten; --reset stellt sie wieder her.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="188"/>
        <source>Start the data migration even when the integrity check finds errors (see &apos;cutover-cli integrity&apos;).</source>
        <translation>Die Datenmigration auch dann starten, wenn die Integritätsprüfung Fehler findet (siehe &apos;cutover-cli integrity&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="190"/>
        <source>After a successful run, compare what it carried as &apos;cutover-cli verify&apos; does; a mismatch fails the run.</source>
        <translation>Nach einem erfolgreichen Lauf vergleichen, was übertragen wurde, wie &apos;cutover-cli verify&apos; es tut; eine Abweichung lässt den Lauf scheitern.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="193"/>
        <source>Migrates settings (core_config_data, websites, store groups, stores) or data (EAV attributes, catalog, customers, every table map.xml carries, URL rewrites, ratings, order grids and sales sequences) from Magento 1 to Magento 2. An interrupted run resumes where it stopped when run again. Exit code 0 when it succeeded, 1 when it failed, 2 for usage errors, 130 when cancelled.</source>
        <translation>Migriert Einstellungen (core_config_data, Websites, Store-Gruppen, Stores) oder Daten (EAV-Attribute, Katalog, Kunden, jede von map.xml übertragene Tabelle, URL-Rewrites, Bewertungen, Bestellraster und Verkaufssequenzen) von Magento 1 nach Magento 2. Ein unterbrochener Lauf setzt bei erneutem Aufruf dort fort, wo er aufgehört hat. Exit-Code 0 bei Erfolg, 1 bei Fehlschlag, 2 bei Aufruffehlern, 130 bei Abbruch.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="201"/>
        <source>Say what to migrate: cutover-cli migrate settings|data --source URL --dest URL</source>
        <translation>Geben Sie an, was migriert werden soll: cutover-cli migrate settings|data --source URL --dest URL</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="206"/>
        <location filename="../app/cli/verifycommand.cpp" line="58"/>
        <source>--jobs must be between 1 and 64.</source>
        <translation>--jobs muss zwischen 1 und 64 liegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="234"/>
        <source>The integrity check could not run: %1</source>
        <translation>Die Integritätsprüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="235"/>
        <source>Started without the integrity check (--skip-integrity): %1</source>
        <translation>Ohne Integritätsprüfung gestartet (--skip-integrity): %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="238"/>
        <source>The integrity check found %n error(s) that would leave data behind:</source>
        <translation>
            <numerusform>Die Integritätsprüfung hat %n Fehler gefunden, der Daten auslassen würde:</numerusform>
            <numerusform>Die Integritätsprüfung hat %n Fehler gefunden, die Daten auslassen würden:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="244"/>
        <source>Nothing was written. Fix them with &apos;cutover-cli integrity&apos; (--fix ID writes the project&apos;s override map), or start anyway with --skip-integrity.</source>
        <translation>Es wurde nichts geschrieben. Beheben Sie sie mit &apos;cutover-cli integrity&apos; (--fix ID schreibt die Override-Map des Projekts) oder starten Sie trotzdem mit --skip-integrity.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="247"/>
        <source>Not started: the integrity check found %n error(s).</source>
        <translation>
            <numerusform>Nicht gestartet: Die Integritätsprüfung hat %n Fehler gefunden.</numerusform>
            <numerusform>Nicht gestartet: Die Integritätsprüfung hat %n Fehler gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="250"/>
        <source>Started despite %n integrity error(s) (--skip-integrity).</source>
        <translation>
            <numerusform>Trotz %n Integritätsfehler gestartet (--skip-integrity).</numerusform>
            <numerusform>Trotz %n Integritätsfehlern gestartet (--skip-integrity).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="252"/>
        <source>The integrity check found no error and %n warning(s); &apos;cutover-cli integrity&apos; lists them.</source>
        <translation>
            <numerusform>Die Integritätsprüfung hat keinen Fehler und %n Warnung gefunden; &apos;cutover-cli integrity&apos; listet sie auf.</numerusform>
            <numerusform>Die Integritätsprüfung hat keinen Fehler und %n Warnungen gefunden; &apos;cutover-cli integrity&apos; listet sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="262"/>
        <source>Reset %1 tables on %2.</source>
        <translation>%1 Tabellen auf %2 zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="269"/>
        <source>Not started: the destination is a store in use and replacing it was not confirmed.</source>
        <translation>Nicht gestartet: Das Ziel ist ein Shop im Betrieb, und sein Ersetzen wurde nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="276"/>
        <source>Left behind as chosen: %1.</source>
        <translation>Wie gewählt zurückgelassen: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="323"/>
        <source>%1 rows written</source>
        <translation>%1 Zeilen geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="28"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="39"/>
        <source>The project file to create (.cutover is added).</source>
        <translation>Die anzulegende Projektdatei (.cutover wird angehängt).</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="41"/>
        <source>The Magento 1 database, as mysql://USER@HOST:PORT/DB?prefix=P&amp;socket=PATH&amp;ssl=MODE&amp;ssl-ca=FILE.</source>
        <translation>Die Magento-1-Datenbank als mysql://BENUTZER@HOST:PORT/DB?prefix=P&amp;socket=PFAD&amp;ssl=MODUS&amp;ssl-ca=DATEI.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="44"/>
        <source>The Magento 2 database, in the same form.</source>
        <translation>Die Magento-2-Datenbank in derselben Form.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="46"/>
        <source>The Magento 1 installation folder (holds media/), for copying media.</source>
        <translation>Der Installationsordner von Magento 1 (enthält media/), zum Kopieren der Medien.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="48"/>
        <source>The Magento 2 installation folder (holds bin/magento and pub/media/).</source>
        <translation>Der Installationsordner von Magento 2 (enthält bin/magento und pub/media/).</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="50"/>
        <source>The project&apos;s name (default: the file name).</source>
        <translation>Der Name des Projekts (Standard: der Dateiname).</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="51"/>
        <source>Replace an existing project file.</source>
        <translation>Eine vorhandene Projektdatei ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="53"/>
        <source>Keep the passwords given in CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD in the system keychain, so that later commands with --project find them.</source>
        <translation>Die in CUTOVER_SOURCE_PASSWORD und CUTOVER_DEST_PASSWORD angegebenen Passwörter im Schlüsselbund des Systems speichern, damit spätere Befehle mit --project sie finden.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="56"/>
        <source>Creates a project file holding the source (Magento 1) and destination (Magento 2) databases and installation folders. Every command then accepts --project FILE in place of the URLs. Passwords are never written to the file: they come from CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD, from the keychain (--save-passwords), or are asked each time.</source>
        <translation>Legt eine Projektdatei mit der Quell- (Magento 1) und Zieldatenbank (Magento 2) und den Installationsordnern an. Jeder Befehl akzeptiert dann --project DATEI anstelle der URLs. Passwörter werden nie in die Datei geschrieben: Sie kommen aus CUTOVER_SOURCE_PASSWORD und CUTOVER_DEST_PASSWORD, aus dem Schlüsselbund (--save-passwords) oder werden jedes Mal abgefragt.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="63"/>
        <source>Give the project file to create: cutover-cli project create FILE --source URL --dest URL.</source>
        <translation>Geben Sie die anzulegende Projektdatei an: cutover-cli project create DATEI --source URL --dest URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="65"/>
        <source>Give one project file, not %1.</source>
        <translation>Geben Sie eine Projektdatei an, nicht %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="81"/>
        <source>--%1 is missing: give the %2 database as --%1 mysql://USER@HOST/DB.</source>
        <translation>--%1 fehlt: Geben Sie die Datenbank (%2) als --%1 mysql://BENUTZER@HOST/DB an.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="93"/>
        <source>The project file %1 already exists. Give --force to replace it, or choose another name.</source>
        <translation>Die Projektdatei %1 existiert bereits. Geben Sie --force an, um sie zu ersetzen, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="97"/>
        <source>The folder %1 does not exist. Create it first, or choose another place for the project.</source>
        <translation>Der Ordner %1 existiert nicht. Legen Sie ihn zuerst an oder wählen Sie einen anderen Ort für das Projekt.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="108"/>
        <source>Warning: --%1 %2 is not a folder on this computer.</source>
        <translation>Warnung: --%1 %2 ist kein Ordner auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="115"/>
        <source>--save-passwords keeps the passwords given in CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD, and neither is set.</source>
        <translation>--save-passwords speichert die in CUTOVER_SOURCE_PASSWORD und CUTOVER_DEST_PASSWORD angegebenen Passwörter, aber keine der beiden ist gesetzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="121"/>
        <source>The passwords cannot be kept: %1. Create the project without --save-passwords and give the passwords in CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD each time.</source>
        <translation>Die Passwörter können nicht gespeichert werden: %1. Legen Sie das Projekt ohne --save-passwords an und geben Sie die Passwörter jedes Mal in CUTOVER_SOURCE_PASSWORD und CUTOVER_DEST_PASSWORD an.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="138"/>
        <source>Created the project %1.</source>
        <translation>Projekt %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="148"/>
        <source>The password from %1 was not kept: %2</source>
        <translation>Das Passwort aus %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="151"/>
        <source>Kept the password from %1 in the system keychain.</source>
        <translation>Das Passwort aus %1 wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="160"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="163"/>
        <source>Shows a project: its databases as URLs, installation folders, the manual checklist and the runs recorded in it. Passwords are never shown: the project does not hold them.</source>
        <translation>Zeigt ein Projekt: seine Datenbanken als URLs, Installationsordner, die manuelle Checkliste und die darin vermerkten Läufe. Passwörter werden nie angezeigt: Das Projekt enthält sie nicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="167"/>
        <source>Give one project file: cutover-cli project show FILE.</source>
        <translation>Geben Sie eine Projektdatei an: cutover-cli project show DATEI.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="195"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="197"/>
        <source>Project %1 (%2)</source>
        <translation>Projekt %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="198"/>
        <source>  Id:             %1</source>
        <translation>  ID:               %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="199"/>
        <source>  Created:        %1</source>
        <translation>  Angelegt:         %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="200"/>
        <source>  Source:         %1</source>
        <translation>  Quelle:           %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="201"/>
        <source>  Destination:    %1</source>
        <translation>  Ziel:             %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="202"/>
        <source>  Magento 1 root: %1</source>
        <translation>  Magento-1-Ordner: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="203"/>
        <source>  Magento 2 root: %1</source>
        <translation>  Magento-2-Ordner: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="204"/>
        <source>  Current page:   %1</source>
        <translation>  Aktuelle Seite:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="205"/>
        <source>  Checklist:</source>
        <translation>  Checkliste:</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="207"/>
        <source>    nothing ticked yet</source>
        <translation>    noch nichts abgehakt</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="209"/>
        <source>    [%1] %2 (%3 by %4)</source>
        <translation>    [%1] %2 (%3 von %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="212"/>
        <source>  Runs:</source>
        <translation>  Läufe:</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="214"/>
        <source>    none yet</source>
        <translation>    noch keine</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="233"/>
        <source>Usage: cutover-cli project create FILE --source URL --dest URL [--m1-root DIR] [--m2-root DIR] [--name NAME] [--force] [--save-passwords]
       cutover-cli project show FILE [--json]
Run &apos;cutover-cli project create --help&apos; for the details.</source>
        <translation>Aufruf: cutover-cli project create DATEI --source URL --dest URL [--m1-root VERZ] [--m2-root VERZ] [--name NAME] [--force] [--save-passwords]
        cutover-cli project show DATEI [--json]
Führen Sie &apos;cutover-cli project create --help&apos; aus, um Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="244"/>
        <source>Unknown action &quot;%1&quot; for cutover-cli project.
%2</source>
        <translation>Unbekannte Aktion „%1“ für cutover-cli project.
%2</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="32"/>
        <source>settings, data or all (default: all)</source>
        <translation>settings, data oder all (Standard: all)</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="32"/>
        <source>[mode]</source>
        <translation>[modus]</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="38"/>
        <source>Tables compared at once (default: the number of cores, 2 to 8).</source>
        <translation>Gleichzeitig verglichene Tabellen (Standard: die Anzahl der Kerne, 2 bis 8).</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="41"/>
        <source>Mismatching keys listed per table (default 20); the rest are counted.</source>
        <translation>Abweichende Schlüssel, die pro Tabelle aufgelistet werden (Standard 20); der Rest wird gezählt.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="42"/>
        <source>Print the verification as one JSON document.</source>
        <translation>Die Prüfung als ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="44"/>
        <source>Compares the Magento 2 database with what &apos;cutover-cli migrate&apos; carried: per table, row counts and a checksum of the mapped columns, computed on the Magento 1 rows after the same transformation, and the keys of the rows that are missing, extra or different. Reads both databases, writes nothing. Exit code 0 when everything matches, 1 on a mismatch or an error, 2 for usage errors, 130 when cancelled.</source>
        <translation>Vergleicht die Magento-2-Datenbank mit dem, was &apos;cutover-cli migrate&apos; übertragen hat: pro Tabelle die Zeilenzahlen und eine Prüfsumme der zugeordneten Spalten, berechnet auf den Magento-1-Zeilen nach derselben Umwandlung, sowie die Schlüssel der fehlenden, zusätzlichen oder abweichenden Zeilen. Liest beide Datenbanken, schreibt nichts. Exit-Code 0, wenn alles übereinstimmt, 1 bei einer Abweichung oder einem Fehler, 2 bei Aufruffehlern, 130 bei Abbruch.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="53"/>
        <source>Say what to verify: cutover-cli verify [settings|data|all] --source URL --dest URL</source>
        <translation>Geben Sie an, was geprüft werden soll: cutover-cli verify [settings|data|all] --source URL --dest URL</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="26"/>
        <source>%1 indexers, %2 failed</source>
        <translation>%1 Indexer, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="51"/>
        <source>The Magento 2 installation folder, which holds bin/magento (default with --project: the project&apos;s Magento 2 folder). With --ssh, the folder on that host.</source>
        <translation>Der Magento-2-Installationsordner, der bin/magento enthält (Standard mit --project: der Magento-2-Ordner des Projekts). Mit --ssh der Ordner auf diesem Host.</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="56"/>
        <source>Run on this host through your own ssh client and keys (USER@HOST or USER@HOST:PORT). ssh runs with BatchMode=yes: it never asks for a password, so your key must be accepted (ssh-copy-id, ssh-agent).</source>
        <translation>Auf diesem Host über Ihren eigenen ssh-Client und Ihre Schlüssel ausführen (USER@HOST oder USER@HOST:PORT). ssh läuft mit BatchMode=yes: Es fragt nie nach einem Passwort, daher muss Ihr Schlüssel akzeptiert werden (ssh-copy-id, ssh-agent).</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="60"/>
        <source>An indexer to rebuild (cataloginventory_stock, catalog_product_price, ...); repeat for several. Default: all of them.</source>
        <translation>Ein neu aufzubauender Indexer (cataloginventory_stock, catalog_product_price, ...); für mehrere wiederholen. Standard: alle.</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="64"/>
        <source>The PHP command-line interpreter that runs bin/magento when it is not executable, and always over SSH (default: php).</source>
        <translation>Der PHP-Kommandozeileninterpreter, der bin/magento ausführt, wenn es nicht ausführbar ist, und immer über SSH (Standard: php).</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="69"/>
        <source>Runs Magento&apos;s bin/magento indexer:reindex in the Magento 2 folder, on this computer or over SSH, shows the host and the exact command before it starts, streams Magento&apos;s output, and ends with the state of each indexer (rebuilt, or failed with its output). Ctrl+C stops the reindex and everything it started. Exit code 0 when every indexer was rebuilt, 1 when one failed or the command could not run, 2 for usage errors, 130 when stopped.</source>
        <translation>Führt bin/magento indexer:reindex von Magento im Magento-2-Ordner aus, auf diesem Computer oder über SSH, zeigt vor dem Start den Host und den genauen Befehl, gibt die Ausgabe von Magento fortlaufend aus und endet mit dem Zustand jedes Indexers (neu aufgebaut oder fehlgeschlagen mit seiner Ausgabe). Strg+C stoppt die Neuindizierung und alles, was sie gestartet hat. Exit-Code 0, wenn jeder Indexer neu aufgebaut wurde, 1, wenn einer fehlschlug oder der Befehl nicht ausgeführt werden konnte, 2 bei Aufruffehlern, 130 bei Abbruch.</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="92"/>
        <source>The project %1 has no Magento 2 installation folder: give --m2-root DIR, or set it in the project (cutover-cli project create --m2-root DIR, or the wizard).</source>
        <translation>Das Projekt %1 hat keinen Magento-2-Installationsordner: Geben Sie --m2-root VERZ an oder legen Sie ihn im Projekt fest (cutover-cli project create --m2-root VERZ oder der Assistent).</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="95"/>
        <source>Give the Magento 2 installation folder: --m2-root DIR (or a project with --project FILE).</source>
        <translation>Geben Sie den Magento-2-Installationsordner an: --m2-root VERZ (oder ein Projekt mit --project DATEI).</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="102"/>
        <source>--ssh takes USER@HOST or USER@HOST:PORT, not &quot;%1&quot;.</source>
        <translation>--ssh nimmt USER@HOST oder USER@HOST:PORT, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/reindexcommand.cpp" line="115"/>
        <source>Running on %1: %2</source>
        <translation>Ausführung auf %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="73"/>
        <source>Take the pages from this sitemap (or sitemap index) instead of the Magento 2 database.</source>
        <translation>Die Seiten aus dieser Sitemap (oder diesem Sitemap-Index) statt aus der Magento-2-Datenbank nehmen.</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="76"/>
        <source>At most N pages per store view: home, CMS pages, categories, then products (default 1000; with --sitemap, N pages in all).</source>
        <translation>Höchstens N Seiten pro Store View: Startseite, CMS-Seiten, Kategorien, dann Produkte (Standard 1000; mit --sitemap insgesamt N Seiten).</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="80"/>
        <source>Requests in flight at most (default 4, 1 to 64).</source>
        <translation>Höchstens so viele gleichzeitige Anfragen (Standard 4, 1 bis 64).</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="82"/>
        <source>Seconds a page may stay silent before it counts as failed (default 30).</source>
        <translation>Sekunden, die eine Seite stumm bleiben darf, bevor sie als fehlgeschlagen zählt (Standard 30).</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="84"/>
        <source>Send the requests for HOST to the address IP, with HOST in the Host header and as the certificate&apos;s name: warms the new server before DNS points at it (HOST:IP).</source>
        <translation>Die Anfragen für HOST an die Adresse IP senden, mit HOST im Host-Header und als Name des Zertifikats: wärmt den neuen Server vor, bevor DNS auf ihn zeigt (HOST:IP).</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="88"/>
        <source>Also trust the certificate authorities in this PEM file (a staging server&apos;s own CA).</source>
        <translation>Auch den Zertifizierungsstellen in dieser PEM-Datei vertrauen (die eigene CA eines Staging-Servers).</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="91"/>
        <source>How many of the slowest pages to list (default 10).</source>
        <translation>Wie viele der langsamsten Seiten aufgelistet werden (Standard 10).</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="94"/>
        <source>Fetches the Magento 2 store&apos;s pages to fill its caches before it opens: each active store view&apos;s home page, CMS pages, categories and products (from url_rewrite, at the base URLs the database sets), or the pages of a sitemap, with a bounded number of requests in flight. Reports status codes, the slowest pages and the failures; a page that fails or times out is counted and the run goes on. Ctrl+C stops it. Exit code 0 when every page answered, 1 when a page failed or nothing could be fetched, 2 for usage errors, 130 when stopped.</source>
        <translation>Ruft die Seiten des Magento-2-Shops ab, um seine Caches vor der Öffnung zu füllen: Startseite, CMS-Seiten, Kategorien und Produkte jeder aktiven Store View (aus url_rewrite, unter den Basis-URLs, die die Datenbank festlegt) oder die Seiten einer Sitemap, mit einer begrenzten Zahl gleichzeitiger Anfragen. Meldet Statuscodes, die langsamsten Seiten und die Fehlschläge; eine Seite, die fehlschlägt oder eine Zeitüberschreitung hat, wird gezählt, und der Lauf geht weiter. Strg+C stoppt ihn. Exit-Code 0, wenn jede Seite geantwortet hat, 1, wenn eine Seite fehlschlug oder nichts abgerufen werden konnte, 2 bei Aufruffehlern, 130 bei Abbruch.</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="107"/>
        <source>--parallel must be between 1 and 64.</source>
        <translation>--parallel muss zwischen 1 und 64 liegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="111"/>
        <source>--limit and --timeout must be 1 or more.</source>
        <translation>--limit und --timeout müssen 1 oder mehr sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="117"/>
        <source>--resolve: %1</source>
        <translation>--resolve: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="130"/>
        <source>--sitemap takes an http(s) URL, not &quot;%1&quot;.</source>
        <translation>--sitemap nimmt eine http(s)-URL, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="137"/>
        <source>Name where the pages come from: --dest mysql://USER@HOST/DB (the Magento 2 database), --project FILE, or --sitemap URL.</source>
        <translation>Nennen Sie, woher die Seiten kommen: --dest mysql://USER@HOST/DB (die Magento-2-Datenbank), --project DATEI oder --sitemap URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="171"/>
        <source>%1 of %2 pages, %3 failed</source>
        <translation>%1 von %2 Seiten, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="28"/>
        <source>The project file whose migration report to export (made with &apos;cutover-cli project create&apos; or the wizard).</source>
        <translation>Die Projektdatei, deren Migrationsbericht exportiert werden soll (angelegt mit &apos;cutover-cli project create&apos; oder dem Assistenten).</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="32"/>
        <source>Write the report as one self-contained HTML file.</source>
        <translation>Den Bericht als eine eigenständige HTML-Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="33"/>
        <source>Write the report as a PDF (A4).</source>
        <translation>Den Bericht als PDF (A4) schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="35"/>
        <source>Exports the migration report of a project: both stores, every recorded run with its steps, rows, warnings and findings, the verification, media, live changes, reindex and warm-up, and the go-live timeline with the downtime. Written for a client who never saw Cutover. Reads the project file only: no database is opened and no password is needed.</source>
        <translation>Exportiert den Migrationsbericht eines Projekts: beide Shops, jeden erfassten Lauf mit seinen Schritten, Zeilen, Warnungen und Befunden, die Prüfung, Medien, laufende Änderungen, Neuindizierung und Vorwärmen sowie den Ablauf des Go-live mit der Ausfallzeit. Geschrieben für einen Kunden, der Cutover nie gesehen hat. Liest nur die Projektdatei: Es wird keine Datenbank geöffnet und kein Passwort benötigt.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="41"/>
        <source>Give the project with --project FILE.</source>
        <translation>Geben Sie das Projekt mit --project DATEI an.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="47"/>
        <source>Give either --html OUT or --pdf OUT, not both: run the command once for each format.</source>
        <translation>Geben Sie entweder --html AUSGABE oder --pdf AUSGABE an, nicht beides: Führen Sie den Befehl für jedes Format einmal aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="48"/>
        <source>Say which format to write: --html OUT or --pdf OUT.</source>
        <translation>Geben Sie an, welches Format geschrieben werden soll: --html AUSGABE oder --pdf AUSGABE.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="53"/>
        <source>--html needs a file name to write the report to.</source>
        <translation>--html braucht einen Dateinamen, in den der Bericht geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="54"/>
        <source>--pdf needs a file name to write the report to.</source>
        <translation>--pdf braucht einen Dateinamen, in den der Bericht geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="76"/>
        <source>The PDF could not be written: Qt&apos;s GUI module could not start. Use --html instead.</source>
        <translation>Das PDF konnte nicht geschrieben werden: Das GUI-Modul von Qt konnte nicht starten. Verwenden Sie stattdessen --html.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="85"/>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="24"/>
        <source>The folder to write the mapping into (created if missing).</source>
        <translation>Der Ordner, in den die Zuordnung geschrieben wird (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="26"/>
        <source>Write into a folder that is not empty, replacing files of the same name (other files are kept).</source>
        <translation>In einen nicht leeren Ordner schreiben und gleichnamige Dateien ersetzen (andere Dateien bleiben erhalten).</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="28"/>
        <source>Writes Cutover&apos;s built-in mapping for Magento CE 1.9.x to 2.4.x (config.xml, the map.xml family, settings.xml, the class map, the groups files and the XSDs in etc/) as editable files, in the Data Migration Tool&apos;s format. Edit them, then pass the printed config.xml to migrate, verify and delta with --config (or set CUTOVER_DMT_CONFIG).</source>
        <translation>Schreibt die integrierte Zuordnung von Cutover für Magento CE 1.9.x nach 2.4.x (config.xml, die map.xml-Familie, settings.xml, die Klassenzuordnung, die Gruppendateien und die XSDs in etc/) als bearbeitbare Dateien im Format des Data Migration Tool. Bearbeiten Sie sie und übergeben Sie dann die ausgegebene config.xml mit --config an migrate, verify und delta (oder setzen Sie CUTOVER_DMT_CONFIG).</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="35"/>
        <source>Give the folder to export into: cutover-cli mapping export DIR.</source>
        <translation>Geben Sie den Ordner für den Export an: cutover-cli mapping export VERZ.</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="36"/>
        <source>Give one folder, not %1.</source>
        <translation>Geben Sie einen einzigen Ordner an, nicht %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="42"/>
        <source>%1 is a file, not a folder. Give a folder to export the mapping into.</source>
        <translation>%1 ist eine Datei, kein Ordner. Geben Sie einen Ordner an, in den die Zuordnung exportiert werden soll.</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="48"/>
        <source>The folder %1 is not empty; nothing was written. Give an empty or new folder, or add --force to write into it (files of the same name are replaced).</source>
        <translation>Der Ordner %1 ist nicht leer; es wurde nichts geschrieben. Geben Sie einen leeren oder neuen Ordner an oder fügen Sie --force hinzu, um hineinzuschreiben (gleichnamige Dateien werden ersetzt).</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="55"/>
        <source>Wrote Cutover&apos;s mapping for Magento CE 1.9.x to 2.4.x to %1. Use it with:
  --config %2</source>
        <translation>Zuordnung von Cutover für Magento CE 1.9.x nach 2.4.x in %1 geschrieben. Verwenden Sie sie mit:
  --config %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="73"/>
        <source>Usage: cutover-cli mapping export DIR [--force]
Run &apos;cutover-cli mapping export --help&apos; for the details.</source>
        <translation>Aufruf: cutover-cli mapping export VERZ [--force]
Führen Sie &apos;cutover-cli mapping export --help&apos; aus, um Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/mappingcommand.cpp" line="82"/>
        <source>Unknown action &quot;%1&quot; for cutover-cli mapping.
%2</source>
        <translation>Unbekannte Aktion „%1“ für cutover-cli mapping.
%2</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="32"/>
        <source>integrity check</source>
        <translation>Integritätsprüfung</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="50"/>
        <source>The override map (the Data Migration Tool&apos;s map.xml format) layered on the configuration&apos;s map.xml, and where --fix writes. Default with --project: the project&apos;s own (created next to the project file and recorded in it on the first fix).</source>
        <translation>Die Override-Map (im map.xml-Format des Data Migration Tool), die über die map.xml der Konfiguration gelegt wird und in die --fix schreibt. Standard mit --project: die des Projekts (wird bei der ersten Korrektur neben der Projektdatei angelegt und darin vermerkt).</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="55"/>
        <source>Apply a fix: a fix id as listed, or a finding id for its first fix. Repeat for several.</source>
        <translation>Eine Korrektur anwenden: eine Korrektur-ID wie aufgeführt oder eine Befund-ID für dessen erste Korrektur. Für mehrere wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="58"/>
        <source>Apply the ignore fix of every error finding that has one (asks first; --yes without a terminal).</source>
        <translation>Die Ignorier-Korrektur jedes Fehlerbefunds anwenden, der eine hat (fragt vorher; ohne Terminal --yes).</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="59"/>
        <source>Confirm --fix-all-ignores without asking.</source>
        <translation>--fix-all-ignores ohne Nachfrage bestätigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="60"/>
        <source>Print the findings as one JSON document.</source>
        <translation>Die Befunde als ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="62"/>
        <source>The integrity check before data moves, as a dry run: source tables and fields the destination lacks (extension tables), required destination fields without a source, type mismatches, rules naming what does not exist, handlers Cutover cannot run, and orphan rows in the source. Writes nothing to either database. Each finding has an id; --fix ID adds its rule to the project&apos;s override map, never to the defaults, and checks again. Exit code 0 when no error remains, 1 when errors remain, 2 for usage errors.</source>
        <translation>Die Integritätsprüfung vor der Datenübertragung, als Probelauf: Quelltabellen und -felder, die im Ziel fehlen (Tabellen von Erweiterungen), Pflichtfelder im Ziel ohne Quelle, Typabweichungen, Regeln, die Nichtvorhandenes nennen, Handler, die Cutover nicht ausführen kann, und verwaiste Zeilen in der Quelle. Schreibt nichts in eine der beiden Datenbanken. Jeder Befund hat eine ID; --fix ID fügt seine Regel der Override-Map des Projekts hinzu, nie den Standardwerten, und prüft erneut. Exit-Code 0, wenn kein Fehler bleibt, 1, wenn Fehler bleiben, 2 bei Aufruffehlern.</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="77"/>
        <source>A fix is written to the project&apos;s override map: give --project FILE, or --overrides FILE for a map of your own.</source>
        <translation>Eine Korrektur wird in die Override-Map des Projekts geschrieben: Geben Sie --project DATEI an oder --overrides DATEI für eine eigene Map.</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="82"/>
        <source>--fix-all-ignores changes the mapping of every finding it fixes; without a terminal to ask, add --yes to confirm.</source>
        <translation>--fix-all-ignores ändert die Zuordnung jedes Befunds, den es korrigiert; ohne Terminal für die Nachfrage fügen Sie zur Bestätigung --yes hinzu.</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="113"/>
        <source>The finding %1 has no fix: its message says what to do.</source>
        <translation>Der Befund %1 hat keine Korrektur: Seine Meldung sagt, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="114"/>
        <source>No finding or fix has the id %1 (any more); run &apos;cutover-cli integrity&apos; to list them.</source>
        <translation>Kein Befund und keine Korrektur hat (mehr) die ID %1; führen Sie &apos;cutover-cli integrity&apos; aus, um sie aufzulisten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/integritycommand.cpp" line="134"/>
        <source>--fix-all-ignores adds %n ignore rule(s) to the override map; without a terminal to ask, add --yes to confirm.</source>
        <translation>
            <numerusform>--fix-all-ignores fügt %n Ignorier-Regel zur Override-Map hinzu; ohne Terminal für die Rückfrage bestätigen Sie mit --yes.</numerusform>
            <numerusform>--fix-all-ignores fügt %n Ignorier-Regeln zur Override-Map hinzu; ohne Terminal für die Rückfrage bestätigen Sie mit --yes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/integritycommand.cpp" line="140"/>
        <source>Add %n ignore rule(s) to the override map? Their rows or values will not be migrated.</source>
        <translation>
            <numerusform>%n Ignorier-Regel zur Override-Map hinzufügen? Ihre Zeilen oder Werte werden nicht migriert.</numerusform>
            <numerusform>%n Ignorier-Regeln zur Override-Map hinzufügen? Ihre Zeilen oder Werte werden nicht migriert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/integritycommand.cpp" line="143"/>
        <source>Not confirmed; the mapping was not changed.</source>
        <translation>Nicht bestätigt; die Zuordnung wurde nicht geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/integritycommand.cpp" line="156"/>
        <source>Applied %n fix(es) to %1; checking again.</source>
        <translation>
            <numerusform>%n Korrektur in %1 angewendet; es wird erneut geprüft.</numerusform>
            <numerusform>%n Korrekturen in %1 angewendet; es wird erneut geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/integritycommand.cpp" line="177"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/integritycommand.cpp" line="178"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::cli::MediaProgressLine</name>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="49"/>
        <source>media: reading the folders...</source>
        <translation>Medien: Ordner werden gelesen...</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="52"/>
        <source>media: cross-checking with the database...</source>
        <translation>Medien: Abgleich mit der Datenbank...</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="55"/>
        <source>media %1/%2 files %3/%4</source>
        <translation>Medien %1/%2 Dateien %3/%4</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="61"/>
        <source> %1/s</source>
        <translation> %1/s</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="63"/>
        <source> ETA %1</source>
        <translation> Restzeit %1</translation>
    </message>
    <message>
        <location filename="../app/cli/mediacommand.cpp" line="65"/>
        <source> (paused)</source>
        <translation> (pausiert)</translation>
    </message>
</context>
<context>
    <name>cutover::cli::WarmProgressLine</name>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="38"/>
        <source>warm %1/%2 pages</source>
        <translation>Vorwärmen %1/%2 Seiten</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="41"/>
        <source> %1/s</source>
        <translation> %1/s</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="43"/>
        <source> ETA %1</source>
        <translation> Restzeit %1</translation>
    </message>
    <message>
        <location filename="../app/cli/warmcommand.cpp" line="45"/>
        <source>, %1 failed</source>
        <translation>, %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>cutover::ui::ConnectionForm</name>
    <message>
        <location filename="../wizard/connectionform.cpp" line="82"/>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="87"/>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="88"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="95"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="97"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="109"/>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="112"/>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="115"/>
        <source>Connection test results</source>
        <translation>Ergebnisse des Verbindungstests</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="117"/>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="120"/>
        <source>optional: /run/mysqld/mysqld.sock</source>
        <translation>optional: /run/mysqld/mysqld.sock</translation>
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
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="124"/>
        <source>CA certificate (PEM), for checked TLS</source>
        <translation>CA-Zertifikat (PEM), für geprüftes TLS</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="125"/>
        <source>Preferred (when the server offers it)</source>
        <translation>Bevorzugt (wenn der Server es anbietet)</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="126"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="127"/>
        <source>Required, certificate checked</source>
        <translation>Erforderlich, Zertifikat geprüft</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="128"/>
        <source>Required, certificate and host name checked</source>
        <translation>Erforderlich, Zertifikat und Hostname geprüft</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="129"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="160"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="162"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="165"/>
        <source>&amp;Socket:</source>
        <translation>&amp;Socket:</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="167"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="169"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="173"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="175"/>
        <source>Table &amp;prefix:</source>
        <translation>Tabellen&amp;präfix:</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="177"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="182"/>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="215"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="215"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="268"/>
        <source>Give the database server&apos;s host name or IP address (or a socket below).</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse des Datenbankservers an (oder unten einen Socket).</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="272"/>
        <source>Give the socket as an absolute path, such as /run/mysqld/mysqld.sock.</source>
        <translation>Geben Sie den Socket als absoluten Pfad an, etwa /run/mysqld/mysqld.sock.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="281"/>
        <source>Give the database user (from app/etc/%1 on the server).</source>
        <translation>Geben Sie den Datenbankbenutzer an (aus app/etc/%1 auf dem Server).</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="286"/>
        <source>Give the name of the database that holds the store.</source>
        <translation>Geben Sie den Namen der Datenbank an, die den Shop enthält.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="291"/>
        <source>A table prefix holds only letters, digits and underscores.</source>
        <translation>Ein Tabellenpräfix enthält nur Buchstaben, Ziffern und Unterstriche.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="295"/>
        <source>Checking the server&apos;s certificate needs the CA file that signed it.</source>
        <translation>Zum Prüfen des Serverzertifikats wird die CA-Datei benötigt, die es signiert hat.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="299"/>
        <source>The CA file %1 does not exist or cannot be read.</source>
        <translation>Die CA-Datei %1 existiert nicht oder ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="344"/>
        <source>Testing %1...</source>
        <translation>%1 wird getestet...</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="362"/>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="381"/>
        <source>Connection works.</source>
        <translation>Verbindung funktioniert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectionform.cpp" line="382"/>
        <source>Connection works, with %n warning(s) below.</source>
        <translation>
            <numerusform>Verbindung funktioniert, mit %n Warnung unten.</numerusform>
            <numerusform>Verbindung funktioniert, mit %n Warnungen unten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="384"/>
        <source>The test stopped at &quot;%1&quot;.</source>
        <translation>Der Test stoppte bei „%1“.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="387"/>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="408"/>
        <source>The server wants a password for user %1.</source>
        <translation>Der Server verlangt ein Passwort für den Benutzer %1.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="411"/>
        <source>The server refused this password for user %1: the password is wrong, or the user may not connect from this computer (the server does not say which).</source>
        <translation>Der Server hat dieses Passwort für den Benutzer %1 abgelehnt: Das Passwort ist falsch, oder der Benutzer darf sich nicht von diesem Computer verbinden (der Server sagt nicht, was zutrifft).</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="431"/>
        <source>The tables of this store have no prefix.</source>
        <translation>Die Tabellen dieses Shops haben kein Präfix.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="432"/>
        <source>The tables of this store carry the prefix %1.</source>
        <translation>Die Tabellen dieses Shops tragen das Präfix %1.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="435"/>
        <source>Use no prefix</source>
        <translation>Kein Präfix</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="435"/>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="440"/>
        <source>Enter it on the Magento 2 (destination) side instead.</source>
        <translation>Geben Sie sie stattdessen auf der Seite Magento 2 (Ziel) ein.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionform.cpp" line="441"/>
        <source>Enter it on the Magento 1 (source) side instead.</source>
        <translation>Geben Sie sie stattdessen auf der Seite Magento 1 (Quelle) ein.</translation>
    </message>
</context>
<context>
    <name>cutover::ui::ConnectionsPage</name>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="27"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="28"/>
        <source>Where the Magento 1 store&apos;s database is, and the Magento 2 database to fill. Test both: Cutover checks the network, the login, which Magento each holds and the privileges it needs.</source>
        <translation>Wo die Datenbank des Magento-1-Shops liegt und welche Magento-2-Datenbank befüllt wird. Testen Sie beide: Cutover prüft das Netzwerk, die Anmeldung, welches Magento jede enthält und die nötigen Rechte.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="38"/>
        <source>Magento 1 (source)</source>
        <translation>Magento 1 (Quelle)</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="40"/>
        <source>Magento 2 (destination)</source>
        <translation>Magento 2 (Ziel)</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="112"/>
        <source>Checking the connections again before moving on...</source>
        <translation>Verbindungen werden vor dem Weitergehen erneut geprüft...</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="127"/>
        <source>The connection works, but it could not be saved in the project file %1. Check that the file and its folder are writable.</source>
        <translation>Die Verbindung funktioniert, konnte aber nicht in der Projektdatei %1 gespeichert werden. Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="149"/>
        <source>%1 passed, %2 passed</source>
        <translation>%1 bestanden, %2 bestanden</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="153"/>
        <source>Both connections work. Continue with the pre-flight checks.</source>
        <translation>Beide Verbindungen funktionieren. Fahren Sie mit den Pre-Flight-Prüfungen fort.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="155"/>
        <source>Next is enabled once both connections pass their test.</source>
        <translation>„Weiter“ wird aktiv, sobald beide Verbindungen ihren Test bestehen.</translation>
    </message>
    <message>
        <location filename="../wizard/connectionspage.cpp" line="200"/>
        <source>The password was not kept: %1. Cutover will ask for it when the project is opened again.</source>
        <translation>Das Passwort wurde nicht gespeichert: %1. Cutover fragt danach, wenn das Projekt wieder geöffnet wird.</translation>
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
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="111"/>
        <source>Every phase of the migration on one screen (Ctrl+Shift+O)</source>
        <translation>Alle Phasen der Migration auf einem Bildschirm (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="123"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="274"/>
        <source>This project was left on %1. Cutover is testing the connections before going back there.</source>
        <translation>Dieses Projekt wurde zuletzt auf der Seite %1 bearbeitet. Cutover testet die Verbindungen, bevor es dorthin zurückkehrt.</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="277"/>
        <source>This project was left on %1, but a connection no longer passes its test: fix what is shown beside the field, then test it again.</source>
        <translation>Dieses Projekt wurde zuletzt auf der Seite %1 bearbeitet, aber eine Verbindung besteht ihren Test nicht mehr: Beheben Sie, was neben dem Feld angezeigt wird, und testen Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="281"/>
        <source>This project was left on %1. Enter the database passwords and test both connections to go back there.</source>
        <translation>Dieses Projekt wurde zuletzt auf der Seite %1 bearbeitet. Geben Sie die Datenbankpasswörter ein und testen Sie beide Verbindungen, um dorthin zurückzukehren.</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="337"/>
        <source>the settings and data migration (it resumes where it stopped)</source>
        <translation>die Migration der Einstellungen und Daten (sie setzt dort fort, wo sie angehalten wurde)</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="339"/>
        <source>the media copy (it resumes where it stopped)</source>
        <translation>das Kopieren der Mediendateien (es setzt dort fort, wo es angehalten wurde)</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="341"/>
        <source>delta: what Magento 1 writes meanwhile waits until delta is started again</source>
        <translation>Delta: was Magento 1 inzwischen schreibt, wartet bis zum nächsten Start von Delta</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="343"/>
        <source>the reindex</source>
        <translation>die Neuindizierung</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="345"/>
        <source>a go-live step</source>
        <translation>einen Go-live-Schritt</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="348"/>
        <source>go-live: the store is in maintenance and the downtime clock runs</source>
        <translation>Go-live: der Shop ist im Wartungsmodus und die Ausfallzeit läuft</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="357"/>
        <source>Close Cutover</source>
        <translation>Cutover schließen</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="358"/>
        <source>Cutover is in the middle of work. Close it anyway?</source>
        <translation>Cutover ist mitten in der Arbeit. Trotzdem schließen?</translation>
    </message>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="360"/>
        <source>Closing stops: %1.</source>
        <translation>Schließen beendet: %1.</translation>
    </message>
</context>
<context>
    <name>cutover::ui::DeltaPage</name>
    <message>
        <location filename="../wizard/deltapage.cpp" line="113"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="114"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="115"/>
        <source>Remove capture...</source>
        <translation>Erfassung entfernen...</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="116"/>
        <location filename="../wizard/deltapage.cpp" line="632"/>
        <source>Install capture...</source>
        <translation>Erfassung installieren...</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="125"/>
        <source>Live changes</source>
        <translation>Laufende Änderungen</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="126"/>
        <source>Carry the orders, customers, products and pages that change on Magento 1 to Magento 2 until go-live. Start and stop it at will: it goes on from where it stopped.</source>
        <translation>Überträgt die Bestellungen, Kunden, Produkte und Seiten, die sich auf Magento 1 ändern, bis zum Go-live nach Magento 2. Starten und halten Sie sie nach Belieben an: Sie setzt dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="137"/>
        <source>Last errors</source>
        <translation>Letzte Fehler</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="140"/>
        <source>Drops every trigger and change-log table Cutover made on the Magento 1 database.</source>
        <translation>Löscht alle Trigger und Änderungsprotokoll-Tabellen, die Cutover auf der Magento-1-Datenbank angelegt hat.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="151"/>
        <source>No errors. A change that fails to apply is listed here with its table and key, and tried again.</source>
        <translation>Keine Fehler. Eine Änderung, die sich nicht anwenden lässt, wird hier mit ihrer Tabelle und ihrem Schlüssel aufgeführt und erneut versucht.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="159"/>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="160"/>
        <source>changes applied</source>
        <translation>angewendete Änderungen</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="161"/>
        <location filename="../wizard/deltapage.cpp" line="181"/>
        <source>changes per second</source>
        <translation>Änderungen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="162"/>
        <source>lag (oldest unapplied)</source>
        <translation>Verzögerung (älteste nicht angewendete)</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="163"/>
        <source>changes waiting</source>
        <translation>wartende Änderungen</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="182"/>
        <source>lag in seconds</source>
        <translation>Verzögerung in Sekunden</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="185"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="188"/>
        <source>changes/s</source>
        <translation>Änderungen/s</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="191"/>
        <source>lag (s)</source>
        <translation>Verzögerung (s)</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="212"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="214"/>
        <source>Delta pauses while Magento 1&apos;s server runs more queries at once than this (Threads_running), so that the live store stays fast. 0: never pause.</source>
        <translation>Delta pausiert, solange der Server von Magento 1 mehr Abfragen gleichzeitig ausführt als hier angegeben (Threads_running), damit der laufende Shop schnell bleibt. 0: nie pausieren.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="216"/>
        <source>&amp;Pause while Magento 1 runs more queries than:</source>
        <translation>&amp;Pausieren, wenn Magento 1 mehr Abfragen ausführt als:</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="244"/>
        <source>Could not keep the busy threshold in the project: %1</source>
        <translation>Die Lastgrenze konnte nicht im Projekt gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="266"/>
        <source>Last errors:</source>
        <translation>Letzte Fehler:</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="282"/>
        <source>Installing the change capture on %1 failed: %2</source>
        <translation>Die Installation der Änderungserfassung auf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="295"/>
        <location filename="../wizard/deltapage.cpp" line="428"/>
        <location filename="../wizard/deltapage.cpp" line="516"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="296"/>
        <location filename="../wizard/deltapage.cpp" line="343"/>
        <source>Give both connections to see the change capture on Magento 1.</source>
        <translation>Geben Sie beide Verbindungen an, um die Änderungserfassung auf Magento 1 zu sehen.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="393"/>
        <source>Connect to both databases on the Connections page first.</source>
        <translation>Verbinden Sie sich zuerst auf der Seite Verbindungen mit beiden Datenbanken.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="397"/>
        <source>No Data Migration Tool configuration is set; the changes cannot be mapped.</source>
        <translation>Es ist keine Konfiguration des Data Migration Tool festgelegt; die Änderungen können nicht zugeordnet werden.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="401"/>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="415"/>
        <source>Could not load the Data Migration Tool configuration %1: %2</source>
        <translation>Die Konfiguration %1 des Data Migration Tool konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="498"/>
        <source>stopping</source>
        <translation>wird angehalten</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="519"/>
        <source>The loop stopped on an error; see the last errors.</source>
        <translation>Die Schleife wurde wegen eines Fehlers angehalten; siehe die letzten Fehler.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="460"/>
        <source>%1 change(s) applied, %2 waiting for a retry, backlog %3 when stopped</source>
        <translation>%1 Änderung(en) übernommen, %2 warten auf einen neuen Versuch, Rückstand beim Anhalten: %3</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="536"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="547"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="549"/>
        <source>Backlog per area: none, Magento 2 is up to date.</source>
        <translation>Rückstand pro Bereich: keiner, Magento 2 ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="550"/>
        <source>Backlog per area: %1</source>
        <translation>Rückstand pro Bereich: %1</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="552"/>
        <source>Backlog per area: not known, delta stopped on an error (see above).</source>
        <translation>Rückstand pro Bereich: unbekannt, Delta wurde wegen eines Fehlers angehalten (siehe oben).</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="554"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="556"/>
        <source>; %1 failed, %2 waiting for a retry</source>
        <translation>; %1 fehlgeschlagen, %2 warten auf einen erneuten Versuch</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="562"/>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="563"/>
        <source>; not carried: %1</source>
        <translation>; nicht übertragen: %1</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="614"/>
        <source>Reading the change capture on %1...</source>
        <translation>Änderungserfassung auf %1 wird gelesen...</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="632"/>
        <source>Reinstall capture...</source>
        <translation>Erfassung neu installieren...</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="635"/>
        <source>Removing the change capture from %1 failed: %2</source>
        <translation>Das Entfernen der Änderungserfassung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="636"/>
        <source>Could not read the change capture on %1: %2</source>
        <translation>Die Änderungserfassung auf %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="644"/>
        <source>Capture removed: no Cutover trigger or change-log table is left on %1.</source>
        <translation>Erfassung entfernt: Auf %1 ist kein Trigger und keine Änderungsprotokoll-Tabelle von Cutover mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="645"/>
        <source>Change capture is not installed on %1: Start has nothing to apply.</source>
        <translation>Die Änderungserfassung ist auf %1 nicht installiert: Starten hat nichts anzuwenden.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="654"/>
        <source>Removing the change capture left %1 on %2.</source>
        <translation>Nach dem Entfernen der Änderungserfassung ist %1 auf %2 zurückgeblieben.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="656"/>
        <source>Capture on %1: %2 of %3 triggers on %4 tables, %5 change(s) waiting.</source>
        <translation>Erfassung auf %1: %2 von %3 Triggern auf %4 Tabellen, %5 Änderung(en) wartend.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="671"/>
        <source>It is broken: see the message above.</source>
        <translation>Sie ist beschädigt: siehe die Meldung oben.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="682"/>
        <source>Listing what Cutover made on %1...</source>
        <translation>Was Cutover auf %1 angelegt hat, wird aufgelistet...</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="696"/>
        <source>Could not list the change capture on %1: %2</source>
        <translation>Die Änderungserfassung auf %1 konnte nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="702"/>
        <source>Nothing to remove: no Cutover trigger or change-log table is on %1.</source>
        <translation>Nichts zu entfernen: Auf %1 gibt es keinen Trigger und keine Änderungsprotokoll-Tabelle von Cutover.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="710"/>
        <source>trigger %1 on %2</source>
        <translation>Trigger %1 auf %2</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="712"/>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="717"/>
        <source>Remove change capture</source>
        <translation>Änderungserfassung entfernen</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="718"/>
        <source>Drop %1 trigger(s) and %2 table(s) that Cutover made on %3? Changes made on Magento 1 from now on will not be carried to Magento 2, and changes not applied yet are lost.</source>
        <translation>%1 Trigger und %2 Tabelle(n) löschen, die Cutover auf %3 angelegt hat? Ab jetzt auf Magento 1 vorgenommene Änderungen werden nicht mehr nach Magento 2 übertragen, und noch nicht angewendete Änderungen gehen verloren.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="726"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="747"/>
        <source>No Data Migration Tool configuration is set; Cutover cannot tell which tables to capture.</source>
        <translation>Keine Konfiguration des Data Migration Tool festgelegt; Cutover kann nicht bestimmen, welche Tabellen zu erfassen sind.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="753"/>
        <source>Listing the tables to capture on %1...</source>
        <translation>Die zu erfassenden Tabellen auf %1 werden aufgelistet...</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="786"/>
        <source>Could not plan the change capture on %1: %2</source>
        <translation>Die Änderungserfassung auf %1 konnte nicht geplant werden: %2</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="788"/>
        <source>Change capture cannot be installed on %1 yet:
%2</source>
        <translation>Die Änderungserfassung kann auf %1 noch nicht installiert werden:
%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/deltapage.cpp" line="792"/>
        <source>Create %n trigger(s) and Cutover&apos;s change-log tables on %1, for the %2 tables listed? Nothing else on Magento 1 changes, and &apos;Remove capture&apos; removes all of it.</source>
        <translation>
            <numerusform>%n Trigger und die Änderungsprotokoll-Tabellen von Cutover auf %1 anlegen, für die %2 aufgeführten Tabellen? Sonst ändert sich nichts an Magento 1, und „Erfassung entfernen“ entfernt alles wieder.</numerusform>
            <numerusform>%n Trigger und die Änderungsprotokoll-Tabellen von Cutover auf %1 anlegen, für die %2 aufgeführten Tabellen? Sonst ändert sich nichts an Magento 1, und „Erfassung entfernen“ entfernt alles wieder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="799"/>
        <source>Changes made on Magento 1 while the capture was broken were not recorded: after reinstalling, run the data migration again (Settings and data page) so that Magento 2 has them.</source>
        <translation>Änderungen auf Magento 1, während die Erfassung beschädigt war, wurden nicht aufgezeichnet: Führen Sie nach der Neuinstallation die Datenmigration erneut aus (Seite Einstellungen und Daten), damit Magento 2 sie erhält.</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="802"/>
        <source>Reinstall change capture</source>
        <translation>Änderungserfassung neu installieren</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="802"/>
        <source>Install change capture</source>
        <translation>Änderungserfassung installieren</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="806"/>
        <source>Reinstall</source>
        <translation>Neu installieren</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="806"/>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="817"/>
        <source>Installing the change capture on %1...</source>
        <translation>Die Änderungserfassung wird auf %1 installiert...</translation>
    </message>
    <message>
        <location filename="../wizard/deltapage.cpp" line="836"/>
        <source>Removing the change capture from %1...</source>
        <translation>Änderungserfassung wird von %1 entfernt...</translation>
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
        <translation>Einen Schritt &amp;außer der Reihe erlauben (im Bericht als Übersteuerung vermerkt)</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="97"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="98"/>
        <source>&amp;Export report...</source>
        <translation>Bericht &amp;exportieren...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="102"/>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="103"/>
        <source>The cut-over, step by step and timed: downtime starts when Magento 1 goes into maintenance and ends when the store opens. Each step records who did it, when, and what Cutover checked.</source>
        <translation>Die Umstellung, Schritt für Schritt und mit Zeitmessung: Die Ausfallzeit beginnt, wenn Magento 1 in den Wartungsmodus geht, und endet, wenn der Shop öffnet. Jeder Schritt vermerkt, wer ihn erledigt hat, wann, und was Cutover geprüft hat.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="109"/>
        <source>Store address</source>
        <translation>Adresse des Shops</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="111"/>
        <source>New server address</source>
        <translation>Adresse des neuen Servers</translation>
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
        <translation>Die Adresse des Shops: Die DNS-Prüfung löst ihren Hostnamen auf.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="115"/>
        <source>The Magento 2 server&apos;s IP address: where the store&apos;s host name must point after the switch, and where the warm-up sends its requests before it does.</source>
        <translation>Die IP-Adresse des Magento-2-Servers: wohin der Hostname des Shops nach der Umstellung zeigen muss und wohin das Vorwärmen seine Anfragen schon vorher sendet.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="119"/>
        <source>Go-live progress</source>
        <translation>Fortschritt des Go-live</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="124"/>
        <source>Output of the current step</source>
        <translation>Ausgabe des aktuellen Schritts</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="143"/>
        <source>What bin/magento prints appears here.</source>
        <translation>Hier erscheint, was bin/magento ausgibt.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="153"/>
        <source>Store address:</source>
        <translation>Adresse des Shops:</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="155"/>
        <source>Magento 2 server IP:</source>
        <translation>IP des Magento-2-Servers:</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="180"/>
        <source>Create maintenance.flag</source>
        <translation>maintenance.flag anlegen</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="182"/>
        <source>Wait and stop delta</source>
        <translation>Warten und Delta stoppen</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="184"/>
        <source>Run cron:install</source>
        <translation>cron:install ausführen</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="186"/>
        <source>Reindex stock</source>
        <translation>Bestand neu indizieren</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="188"/>
        <source>Warm the cache</source>
        <translation>Cache vorwärmen</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="190"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="192"/>
        <source>Check DNS</source>
        <translation>DNS prüfen</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="198"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="199"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="258"/>
        <source>Could not save the addresses in %1: %2</source>
        <translation>Die Adressen konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="374"/>
        <source>no Magento 1 folder is set</source>
        <translation>es ist kein Magento-1-Ordner festgelegt</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="376"/>
        <source>%1 is not a Magento 1 root on this computer</source>
        <translation>%1 ist kein Magento-1-Stammordner auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="378"/>
        <source>%1 is not writable by you</source>
        <translation>%1 ist für Sie nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="421"/>
        <source>checking the Magento 1 folder</source>
        <translation>Magento-1-Ordner wird geprüft</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="423"/>
        <source>no delta and no Magento 1 connection</source>
        <translation>kein Delta und keine Magento-1-Verbindung</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="425"/>
        <source>checking the Magento 2 folder</source>
        <translation>Magento-2-Ordner wird geprüft</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="427"/>
        <source>no Magento 2 connection</source>
        <translation>keine Magento-2-Verbindung</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="429"/>
        <source>connect to both databases first</source>
        <translation>verbinden Sie sich zuerst mit beiden Datenbanken</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="430"/>
        <source>no Data Migration Tool configuration is set</source>
        <translation>es ist keine Konfiguration des Data Migration Tool festgelegt</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="434"/>
        <source>give the store&apos;s address and the Magento 2 server&apos;s IP address</source>
        <translation>geben Sie die Adresse des Shops und die IP-Adresse des Magento-2-Servers an</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="437"/>
        <source>only you can say the store is open</source>
        <translation>nur Sie können sagen, dass der Shop geöffnet ist</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="454"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="456"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="458"/>
        <source>next</source>
        <translation>als Nächstes</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="460"/>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="464"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="472"/>
        <source>Cutover cannot do this here (%1): do it yourself and tick it.</source>
        <translation>Cutover kann dies hier nicht tun (%1): Erledigen Sie es selbst und haken Sie es ab.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="505"/>
        <source>downtime: not started</source>
        <translation>Ausfallzeit: nicht begonnen</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="507"/>
        <source>downtime: ended, from %1 to %2</source>
        <translation>Ausfallzeit: beendet, von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="511"/>
        <source>downtime: running since %1</source>
        <translation>Ausfallzeit: läuft seit %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="532"/>
        <source>%1 Do the steps before it first, or check &quot;Allow a step out of order&quot; to skip ahead; the report then shows the override.</source>
        <translation>%1 Erledigen Sie zuerst die Schritte davor oder aktivieren Sie „Einen Schritt außer der Reihe erlauben“, um vorzuspringen; der Bericht zeigt dann die Übersteuerung.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="537"/>
        <source>overridden: %1</source>
        <translation>übersteuert: %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="581"/>
        <source>Store opened by %1 after %2 of downtime.</source>
        <translation>Shop von %1 nach %2 Ausfallzeit geöffnet.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="586"/>
        <source>Ticked by %1; not checked by Cutover (%2).</source>
        <translation>Von %1 abgehakt; nicht von Cutover geprüft (%2).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="602"/>
        <source>Removing maintenance.flag...</source>
        <translation>maintenance.flag wird entfernt...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="607"/>
        <source>Undone: maintenance.flag removed from %1.</source>
        <translation>Rückgängig gemacht: maintenance.flag aus %1 entfernt.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="608"/>
        <source>Undone: there was no maintenance.flag in %1.</source>
        <translation>Rückgängig gemacht: In %1 gab es kein maintenance.flag.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="613"/>
        <source>Undone by %1.</source>
        <translation>Rückgängig gemacht von %1.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="672"/>
        <source>Not done: %1</source>
        <translation>Nicht erledigt: %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="700"/>
        <source>Saving to %1...</source>
        <translation>Speichern nach %1...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="726"/>
        <source>Could not save the checklist in %1: %2</source>
        <translation>Die Checkliste konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="733"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="733"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="744"/>
        <source>Stopped waiting; the delta goes on. Click &quot;Wait and stop delta&quot; again when ready.</source>
        <translation>Warten beendet; das Delta läuft weiter. Klicken Sie erneut auf „Warten und Delta stoppen“, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="756"/>
        <source>Stopping...</source>
        <translation>Wird gestoppt...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="761"/>
        <source>%1 %2/s</source>
        <translation>%1 %2/s</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="763"/>
        <source>, %1 left</source>
        <translation>, noch %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="772"/>
        <source>Creating maintenance.flag...</source>
        <translation>maintenance.flag wird angelegt...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="777"/>
        <source>maintenance.flag created in %1.</source>
        <translation>maintenance.flag in %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="778"/>
        <source>%1 is not there after creating it.</source>
        <translation>%1 ist nach dem Anlegen nicht vorhanden.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="800"/>
        <source>Waiting for the delta to empty its backlog (%1 change(s))...</source>
        <translation>Warten, bis das Delta seinen Rückstand abgearbeitet hat (%1 Änderung(en))...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="806"/>
        <source>No delta runs and no Magento 1 connection is set: Cutover cannot see the backlog. Connect on the Connections page, or tick the step yourself once the delta has applied everything.</source>
        <translation>Es läuft kein Delta und es ist keine Magento-1-Verbindung festgelegt: Cutover kann den Rückstand nicht sehen. Verbinden Sie sich auf der Seite Verbindungen oder haken Sie den Schritt selbst ab, sobald das Delta alles angewendet hat.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="812"/>
        <source>Reading the delta backlog on %1...</source>
        <translation>Delta-Rückstand auf %1 wird gelesen...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="820"/>
        <source>Delta not running and no change capture on %1: nothing to carry.</source>
        <translation>Delta läuft nicht und keine Änderungserfassung auf %1: nichts zu übertragen.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="823"/>
        <source>%1 change(s) made on Magento 1 are not in Magento 2 yet (the oldest %2 ago) and the delta is not running. Start it on the Live changes page, then click &quot;Wait and stop delta&quot;: Cutover waits for an empty backlog and stops it.</source>
        <translation>%1 auf Magento 1 vorgenommene Änderung(en) sind noch nicht in Magento 2 (die älteste vor %2), und das Delta läuft nicht. Starten Sie es auf der Seite Laufende Änderungen und klicken Sie dann auf „Warten und Delta stoppen“: Cutover wartet auf einen leeren Rückstand und stoppt es.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="829"/>
        <source>Delta not running; the change log on %1 has no unapplied change (applied up to #%2).</source>
        <translation>Delta läuft nicht; das Änderungsprotokoll auf %1 hat keine nicht angewendete Änderung (angewendet bis #%2).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="847"/>
        <source>Waiting for the delta: %1 change(s) left, %2 applied while waiting (%3), %4 waited.</source>
        <translation>Warten auf das Delta: noch %1 Änderung(en), %2 während des Wartens angewendet (%3), %4 gewartet.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="848"/>
        <source>changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="852"/>
        <source>The delta stopped before its backlog was empty: start it again on the Live changes page.</source>
        <translation>Das Delta wurde gestoppt, bevor sein Rückstand leer war: Starten Sie es auf der Seite Laufende Änderungen erneut.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="859"/>
        <source>Backlog empty: stopping the delta...</source>
        <translation>Rückstand leer: Delta wird gestoppt...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="878"/>
        <source>Delta stopped with an empty backlog after waiting %1 (%2 change(s) applied meanwhile).</source>
        <translation>Delta nach %1 Wartezeit mit leerem Rückstand gestoppt (%2 Änderung(en) inzwischen angewendet).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="887"/>
        <source>Delta stopped; reading its change log once more...</source>
        <translation>Delta gestoppt; sein Änderungsprotokoll wird noch einmal gelesen...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="894"/>
        <source>The delta is stopped, but %1 change(s) arrived on Magento 1 after its last batch. Is Magento 1 really in maintenance? Start the delta again on the Live changes page and click &quot;Wait and stop delta&quot; once more.</source>
        <translation>Das Delta ist gestoppt, aber %1 Änderung(en) sind nach seinem letzten Stapel auf Magento 1 eingegangen. Ist Magento 1 wirklich im Wartungsmodus? Starten Sie das Delta auf der Seite Laufende Änderungen erneut und klicken Sie noch einmal auf „Warten und Delta stoppen“.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="901"/>
        <source>Delta stopped with an empty backlog after waiting %1 (%2 change(s) applied meanwhile; applied up to #%3).</source>
        <translation>Delta nach %1 Wartezeit mit leerem Rückstand gestoppt (%2 Änderung(en) inzwischen angewendet; angewendet bis #%3).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="925"/>
        <source>Running on %1: %2</source>
        <translation>Ausführung auf %1: %2</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="926"/>
        <source>Running %1 on %2...</source>
        <translation>%1 wird auf %2 ausgeführt...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="929"/>
        <source>Rebuilding %1...</source>
        <translation>%1 wird neu aufgebaut...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="931"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="932"/>
        <source>%1 rebuilt.</source>
        <translation>%1 neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="942"/>
        <source>%1 stopped; nothing was ticked.</source>
        <translation>%1 angehalten; es wurde nichts abgehakt.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="943"/>
        <source>Stopped: run it again.</source>
        <translation>Angehalten: Führen Sie es erneut aus.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="954"/>
        <source>%1 failed on %2.</source>
        <translation>%1 auf %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="962"/>
        <source>%1 ran on %2: %3</source>
        <translation>%1 lief auf %2: %3</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="964"/>
        <source>no output, exit code 0</source>
        <translation>keine Ausgabe, Exit-Code 0</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="968"/>
        <source>%1 rebuilt in %2</source>
        <translation>%1 in %2 neu aufgebaut</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="970"/>
        <source>%1 ran on %2: %3.</source>
        <translation>%1 lief auf %2: %3.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="972"/>
        <source>no indexer reported</source>
        <translation>kein Indexer gemeldet</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="994"/>
        <source>Reading the store&apos;s pages...</source>
        <translation>Die Seiten des Shops werden gelesen...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1003"/>
        <source>Warming: %1 of %2 pages, %3 failed (%4).</source>
        <translation>Vorwärmen: %1 von %2 Seiten, %3 fehlgeschlagen (%4).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1006"/>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1012"/>
        <source>; slowest %1 (%2 ms)</source>
        <translation>; langsamste %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1015"/>
        <source>%1 pages fetched in %2: %3 answered, %4 redirected, %5 failed%6.</source>
        <translation>%1 Seiten in %2 abgerufen: %3 beantwortet, %4 umgeleitet, %5 fehlgeschlagen%6.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1025"/>
        <source>%1 of %2 pages, %3 failed</source>
        <translation>%1 von %2 Seiten, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1034"/>
        <source>No page answered: %1 First: %2 (%3). Check the store&apos;s address and the Magento 2 server&apos;s IP address above, and that the web server runs.</source>
        <translation>Keine Seite hat geantwortet: %1 Erste: %2 (%3). Prüfen Sie oben die Adresse des Shops und die IP-Adresse des Magento-2-Servers und ob der Webserver läuft.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1043"/>
        <source>Warm-up stopped after %1 pages; nothing was ticked.</source>
        <translation>Vorwärmen nach %1 Seiten angehalten; es wurde nichts abgehakt.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1046"/>
        <source>The warm-up failed: %1</source>
        <translation>Das Vorwärmen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1069"/>
        <source>Verifying the migrated data once more...</source>
        <translation>Die migrierten Daten werden noch einmal geprüft...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1095"/>
        <source>%1: %2 of %3 rows (%4).</source>
        <translation>%1: %2 von %3 Zeilen (%4).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1097"/>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1110"/>
        <source>Final verification stopped; nothing was ticked.</source>
        <translation>Abschließende Prüfung angehalten; es wurde nichts abgehakt.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1116"/>
        <source>verification: %1 tables match</source>
        <translation>Prüfung: %1 Tabellen stimmen überein</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1117"/>
        <source>verification FAILED: %1</source>
        <translation>Prüfung FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1126"/>
        <source>delta backlog: no change capture</source>
        <translation>Delta-Rückstand: keine Änderungserfassung</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1128"/>
        <source>delta backlog: 0</source>
        <translation>Delta-Rückstand: 0</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1130"/>
        <source>delta backlog: %1 change(s) not applied</source>
        <translation>Delta-Rückstand: %1 Änderung(en) nicht angewendet</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1131"/>
        <source>%1 change(s) on Magento 1 are not in Magento 2: start the delta on the Live changes page until its backlog is empty, stop it, then verify again.</source>
        <translation>%1 Änderung(en) auf Magento 1 sind nicht in Magento 2: Starten Sie das Delta auf der Seite Laufende Änderungen, bis sein Rückstand leer ist, stoppen Sie es und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1136"/>
        <source>last order: %1</source>
        <translation>letzte Bestellung: %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1142"/>
        <source>Final verification failed (%1).</source>
        <translation>Abschließende Prüfung fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1156"/>
        <source>overridden: DNS not checked (no store address or server address given).</source>
        <translation>übersteuert: DNS nicht geprüft (keine Shop- oder Serveradresse angegeben).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1159"/>
        <source>Give the store&apos;s address and the Magento 2 server&apos;s IP address so that Cutover can check DNS, or check &quot;Allow a step out of order&quot; to tick it unchecked.</source>
        <translation>Geben Sie die Adresse des Shops und die IP-Adresse des Magento-2-Servers an, damit Cutover das DNS prüfen kann, oder aktivieren Sie „Einen Schritt außer der Reihe erlauben“, um ihn ungeprüft abzuhaken.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1167"/>
        <source>Resolving %1...</source>
        <translation>%1 wird aufgelöst...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1178"/>
        <source>overridden: DNS does not point at the new server yet: %1</source>
        <translation>übersteuert: DNS zeigt noch nicht auf den neuen Server: %1</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1180"/>
        <source>%1 Tick it once the name resolves to %2, or check &quot;Allow a step out of order&quot; to record an override (e.g. a load balancer in front of both servers).</source>
        <translation>%1 Haken Sie es ab, sobald der Name zu %2 aufgelöst wird, oder aktivieren Sie „Einen Schritt außer der Reihe erlauben“, um eine Übersteuerung zu vermerken (z. B. ein Load Balancer vor beiden Servern).</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1193"/>
        <source>Save the project first: the report is made from the project file.</source>
        <translation>Speichern Sie zuerst das Projekt: Der Bericht wird aus der Projektdatei erstellt.</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1201"/>
        <source>Export the migration report</source>
        <translation>Migrationsbericht exportieren</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1201"/>
        <source>HTML (*.html);;PDF (*.pdf)</source>
        <translation>HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1212"/>
        <source>Writing the report to %1...</source>
        <translation>Bericht wird nach %1 geschrieben...</translation>
    </message>
    <message>
        <location filename="../wizard/golivepage.cpp" line="1222"/>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>cutover::ui::HelpDialog</name>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="53"/>
        <source>From the migration guide in README.md: %1</source>
        <translation>Aus dem Migrationsleitfaden in README.md: %1</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="54"/>
        <source>Read the whole guide</source>
        <translation>Den ganzen Leitfaden lesen</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="55"/>
        <source>The migration guide of README.md, every step in order</source>
        <translation>Der Migrationsleitfaden aus README.md, alle Schritte der Reihe nach</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="57"/>
        <source>Migration guide</source>
        <translation>Migrationsleitfaden</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="77"/>
        <source>Help: %1</source>
        <translation>Hilfe: %1</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="90"/>
        <source>The section &quot;%1&quot; of the migration guide is not in this build of Cutover. Read README.md in Cutover&apos;s source or documentation folder.</source>
        <translation>Der Abschnitt „%1“ des Migrationsleitfadens ist in diesem Build von Cutover nicht enthalten. Lesen Sie README.md im Quell- oder Dokumentationsordner von Cutover.</translation>
    </message>
</context>
<context>
    <name>cutover::ui::MediaPage</name>
    <message>
        <location filename="../wizard/mediapage.cpp" line="30"/>
        <source>copied</source>
        <translation>kopiert</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="31"/>
        <source>changed, copied again</source>
        <translation>geändert, erneut kopiert</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="32"/>
        <source>up to date, skipped</source>
        <translation>aktuell, übersprungen</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="33"/>
        <source>left behind by rule</source>
        <translation>per Regel ausgelassen</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="34"/>
        <source>conflicts at the destination</source>
        <translation>Konflikte im Ziel</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="35"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="36"/>
        <source>referenced but missing</source>
        <translation>referenziert, aber fehlend</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="37"/>
        <source>referenced by nothing</source>
        <translation>nirgends referenziert</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="57"/>
        <source>Replace files at the destination that differ and that no earlier copy wrote</source>
        <translation>Dateien im Ziel ersetzen, die abweichen und die keine frühere Kopie geschrieben hat</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="59"/>
        <source>Copy media files</source>
        <translation>Medien kopieren</translation>
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
        <translation>Kopie abbrechen</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="67"/>
        <source>Media files</source>
        <translation>Mediendateien</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="68"/>
        <source>Copy the product images, category images, downloads and editor images from Magento 1&apos;s media folder to Magento 2&apos;s pub/media. Run it again right before go-live to pick up new images.</source>
        <translation>Kopieren Sie die Produktbilder, Kategoriebilder, Downloads und Editor-Bilder aus dem Medienordner von Magento 1 nach pub/media von Magento 2. Wiederholen Sie dies direkt vor dem Go-live, um neue Bilder zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="79"/>
        <source>Media copy report</source>
        <translation>Bericht der Medienkopie</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="80"/>
        <source>Media copy progress</source>
        <translation>Fortschritt der Medienkopie</translation>
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
        <translation>Aus: Solche Dateien bleiben erhalten und werden als Konflikte aufgeführt. Dateien, die eine frühere Kopie geschrieben hat, werden immer aktualisiert.</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="95"/>
        <source>The report of the copy appears here: what was copied, skipped, changed or failed, and what the Magento 1 database names that the folder lacks.</source>
        <translation>Hier erscheint der Bericht der Kopie: was kopiert, übersprungen, geändert oder fehlgeschlagen ist, und was die Magento-1-Datenbank nennt, dem Ordner aber fehlt.</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="125"/>
        <source>Magento 1 media folder:</source>
        <translation>Magento-1-Medienordner:</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="126"/>
        <source>Magento 2 pub/media folder:</source>
        <translation>Magento-2-Ordner pub/media:</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="218"/>
        <source>Give both folders: Magento 1&apos;s media folder and Magento 2&apos;s pub/media folder.</source>
        <translation>Geben Sie beide Ordner an: den Medienordner von Magento 1 und den Ordner pub/media von Magento 2.</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="233"/>
        <source>Reading the folders...</source>
        <translation>Ordner werden gelesen...</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="251"/>
        <source>Cross-checking the files with the Magento 1 database...</source>
        <translation>Dateien werden mit der Magento-1-Datenbank abgeglichen...</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="258"/>
        <source>%1 of %2 files, %3 of %4</source>
        <translation>%1 von %2 Dateien, %3 von %4</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="262"/>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="264"/>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="266"/>
        <source> (paused)</source>
        <translation> (pausiert)</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="276"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="289"/>
        <source>Cancelling after the files being copied...</source>
        <translation>Abbruch nach den gerade kopierten Dateien...</translation>
    </message>
    <message>
        <location filename="../wizard/mediapage.cpp" line="307"/>
        <source>Done in %1 s: %2 files copied (%3), each verified by its hash.</source>
        <translation>Fertig in %1 s: %2 Dateien kopiert (%3), jede per Hash geprüft.</translation>
    </message>
</context>
<context>
    <name>cutover::ui::MigratePage</name>
    <message>
        <location filename="../wizard/migratepage.cpp" line="45"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="47"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="49"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="51"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="53"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="76"/>
        <source>&amp;Settings: configuration, websites, store groups and store views</source>
        <translation>&amp;Einstellungen: Konfiguration, Websites, Store-Gruppen und Store Views</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="77"/>
        <source>&amp;Data: catalog, customers, sales, content and the rest</source>
        <translation>&amp;Daten: Katalog, Kunden, Verkäufe, Inhalte und der Rest</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="78"/>
        <source>&amp;Verify after the copy (row counts and checksums, table by table)</source>
        <translation>Nach der Kopie &amp;prüfen (Zeilenzahlen und Prüfsummen, Tabelle für Tabelle)</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="80"/>
        <source>Visitor &amp;logs: carry Magento 1&apos;s log_visitor too (often large, rarely needed)</source>
        <translation>Besucher-&amp;Logs: auch log_visitor von Magento 1 übertragen (oft groß, selten gebraucht)</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="81"/>
        <source>Rep&amp;orts and statistics: carry report_event and the statistics tables</source>
        <translation>&amp;Berichte und Statistiken: report_event und die Statistiktabellen übertragen</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="84"/>
        <source>&amp;Install change capture...</source>
        <translation>Änderungserfassung &amp;installieren...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="85"/>
        <source>S&amp;tart</source>
        <translation>S&amp;tarten</translation>
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
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="88"/>
        <source>&amp;Reset destination...</source>
        <translation>Ziel &amp;zurücksetzen...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="92"/>
        <source>Check i&amp;ntegrity</source>
        <translation>I&amp;ntegrität prüfen</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="98"/>
        <source>Settings and data</source>
        <translation>Einstellungen und Daten</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="99"/>
        <source>Copies the store&apos;s settings and then its data from Magento 1 to Magento 2, many tables at once. Magento 1 is only read. You can pause or cancel at any time; starting again resumes where the run stopped.</source>
        <translation>Kopiert die Einstellungen des Shops und dann seine Daten von Magento 1 nach Magento 2, viele Tabellen gleichzeitig. Magento 1 wird nur gelesen. Sie können jederzeit pausieren oder abbrechen; ein erneuter Start setzt dort fort, wo der Lauf aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="117"/>
        <source>Left behind, Magento 2 starts with empty reports; it rebuilds its sales statistics from the orders (Reports &gt; Statistics &gt; Refresh Statistics). Change capture then puts no trigger on report_event, which Magento 1 writes on every product view.</source>
        <translation>Zurückgelassen beginnt Magento 2 mit leeren Berichten; es baut seine Verkaufsstatistiken aus den Bestellungen neu auf (Reports &gt; Statistics &gt; Refresh Statistics). Die Änderungserfassung legt dann keinen Trigger auf report_event, das Magento 1 bei jedem Produktaufruf schreibt.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="120"/>
        <source>Magento 2&apos;s cron deletes quotes not updated within the quote lifetime (checkout/cart/delete_quote_after, 30 days unless set) at its first run. Left behind, they are not copied at all; a customer who comes back to one during delta brings it back whole.</source>
        <translation>Der Cron von Magento 2 löscht bei seinem ersten Lauf Warenkörbe, die innerhalb der Warenkorb-Lebensdauer (checkout/cart/delete_quote_after, 30 Tage, wenn nicht gesetzt) nicht aktualisiert wurden. Zurückgelassen werden sie gar nicht kopiert; kehrt ein Kunde während des Deltas zu einem zurück, kommt er vollständig mit.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="137"/>
        <source>Rename the later ones (path-1.html), listed in the report</source>
        <translation>Die späteren umbenennen (path-1.html), im Bericht aufgeführt</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="139"/>
        <source>Keep only the first, list the others in the report</source>
        <translation>Nur die erste behalten, die anderen im Bericht aufführen</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="141"/>
        <source>What to do when two Magento 1 URL rewrites have the same request path in one store view, which Magento 2 does not allow.</source>
        <translation>Was geschehen soll, wenn zwei URL-Rewrites von Magento 1 denselben Anfragepfad in einer Store View haben, was Magento 2 nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="150"/>
        <location filename="../wizard/migratepage.cpp" line="273"/>
        <source>Test both connections on the Connections page first.</source>
        <translation>Testen Sie zuerst beide Verbindungen auf der Seite Verbindungen.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="151"/>
        <source>Migration progress</source>
        <translation>Migrationsfortschritt</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="152"/>
        <source>Rows copied</source>
        <translation>Kopierte Zeilen</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="154"/>
        <source>Removes exactly what Cutover wrote to the Magento 2 database and puts back the rows it replaced, so that the next run starts clean.</source>
        <translation>Entfernt genau das, was Cutover in die Magento-2-Datenbank geschrieben hat, und stellt die ersetzten Zeilen wieder her, damit der nächste Lauf sauber beginnt.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="157"/>
        <source>Checks the mapping against both databases before data moves, writing nothing: tables and fields Magento 2 lacks, required fields without a source, type mismatches, unknown handlers, orphan rows.</source>
        <translation>Prüft die Zuordnung vor der Datenübertragung gegen beide Datenbanken, ohne etwas zu schreiben: Tabellen und Felder, die in Magento 2 fehlen, Pflichtfelder ohne Quelle, Typabweichungen, unbekannte Handler, verwaiste Zeilen.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="162"/>
        <source>Check the integrity of the mapping before the data moves.</source>
        <translation>Prüfen Sie die Integrität der Zuordnung, bevor die Daten übertragen werden.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="164"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="164"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="164"/>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="165"/>
        <source>Integrity findings</source>
        <translation>Integritätsbefunde</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="175"/>
        <source>Step and table</source>
        <translation>Schritt und Tabelle</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="175"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="175"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="176"/>
        <source>Steps and tables</source>
        <translation>Schritte und Tabellen</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="182"/>
        <source>Migration log</source>
        <translation>Migrationsprotokoll</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="184"/>
        <source>Warnings and the report appear here.</source>
        <translation>Hier erscheinen Warnungen und der Bericht.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="204"/>
        <source>Same &amp;URL twice in a store view:</source>
        <translation>Dieselbe &amp;URL zweimal in einer Store View:</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="303"/>
        <source>The mapping is checked against both databases before the data moves: press Check integrity, or Start checks it first.</source>
        <translation>Die Zuordnung wird vor dem Übertragen der Daten gegen beide Datenbanken geprüft: Klicken Sie auf „Integrität prüfen“, oder „Starten“ prüft sie zuerst.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="359"/>
        <source>Reading whether change capture is installed on Magento 1...</source>
        <translation>Es wird gelesen, ob die Änderungserfassung auf Magento 1 installiert ist...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="419"/>
        <source>Visitor &amp;logs: carry Magento 1&apos;s log_visitor too (about %1 rows, %2 MB; rarely needed)</source>
        <translation>Besucher-&amp;Logs: auch log_visitor von Magento 1 übertragen (etwa %1 Zeilen, %2 MB; selten gebraucht)</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="421"/>
        <source>Visitor &amp;logs: carry Magento 1&apos;s log_visitor too (%1 rows, %2 MB; rarely needed)</source>
        <translation>Besucher-&amp;Logs: auch log_visitor von Magento 1 übertragen (%1 Zeilen, %2 MB; selten gebraucht)</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="427"/>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/migratepage.cpp" line="429"/>
        <source>Rep&amp;orts and statistics: carry them too (%1 rows in %n table(s), %2 MB)</source>
        <translation>
            <numerusform>&amp;Berichte und Statistiken: auch übertragen (%1 Zeilen in %n Tabelle, %2 MB)</numerusform>
            <numerusform>&amp;Berichte und Statistiken: auch übertragen (%1 Zeilen in %n Tabellen, %2 MB)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/migratepage.cpp" line="436"/>
        <source>Old &amp;quotes: carry the %n cart(s) not updated since %1 too (of %2; about %3 MB)</source>
        <translation>
            <numerusform>Alte &amp;Warenkörbe: auch den %n seit %1 nicht aktualisierten übertragen (von %2; etwa %3 MB)</numerusform>
            <numerusform>Alte &amp;Warenkörbe: auch die %n seit %1 nicht aktualisierten übertragen (von %2; etwa %3 MB)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="443"/>
        <source>Could not read the change capture&apos;s state on Magento 1: %1</source>
        <translation>Der Zustand der Änderungserfassung auf Magento 1 konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="445"/>
        <source>Change capture is installed on Magento 1: orders, customers and every other change made during the copy will be carried over by delta.</source>
        <translation>Die Änderungserfassung ist auf Magento 1 installiert: Bestellungen, Kunden und jede andere während der Kopie vorgenommene Änderung werden per Delta übertragen.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="448"/>
        <source>Change capture is not installed on Magento 1, so changes made to the store during the copy will not be carried over to Magento 2. Install it before you start.</source>
        <translation>Die Änderungserfassung ist auf Magento 1 nicht installiert, daher werden während der Kopie am Shop vorgenommene Änderungen nicht nach Magento 2 übertragen. Installieren Sie sie vor dem Start.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="462"/>
        <source>Change capture</source>
        <translation>Änderungserfassung</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="463"/>
        <source>Change capture cannot be installed on this server yet:

%1</source>
        <translation>Die Änderungserfassung kann auf diesem Server noch nicht installiert werden:

%1</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="466"/>
        <source>Install change capture</source>
        <translation>Änderungserfassung installieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/migratepage.cpp" line="467"/>
        <source>Cutover will create %n trigger(s) and two tables of its own (the change log and its meta table) on the Magento 1 database, for these %1 tables. Nothing else on Magento 1 changes, and &apos;Remove capture&apos; on the Delta page removes all of it.</source>
        <translation>
            <numerusform>Cutover legt auf der Magento-1-Datenbank für diese %1 Tabellen %n Trigger und zwei eigene Tabellen an (das Änderungsprotokoll und seine Metatabelle). Sonst ändert sich nichts an Magento 1, und „Erfassung entfernen“ auf der Delta-Seite entfernt alles wieder.</numerusform>
            <numerusform>Cutover legt auf der Magento-1-Datenbank für diese %1 Tabellen %n Trigger und zwei eigene Tabellen an (das Änderungsprotokoll und seine Metatabelle). Sonst ändert sich nichts an Magento 1, und „Erfassung entfernen“ auf der Delta-Seite entfernt alles wieder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="478"/>
        <source>Installing change capture on %1...</source>
        <translation>Änderungserfassung wird auf %1 installiert...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="489"/>
        <source>Change capture installed.</source>
        <translation>Änderungserfassung installiert.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="491"/>
        <source>Change capture was not installed: %1</source>
        <translation>Die Änderungserfassung wurde nicht installiert: %1</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="521"/>
        <source>A fix is written to the project&apos;s override map: save the project first.</source>
        <translation>Eine Korrektur wird in die Override-Map des Projekts geschrieben: Speichern Sie zuerst das Projekt.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="524"/>
        <source>Applying &quot;%1&quot; and checking again...</source>
        <translation>„%1“ wird angewendet und erneut geprüft...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="525"/>
        <source>Checking the mapping against both databases...</source>
        <translation>Zuordnung wird gegen beide Datenbanken geprüft...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="572"/>
        <source>Fix written to the project&apos;s override map %1.</source>
        <translation>Korrektur in die Override-Map %1 des Projekts geschrieben.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="577"/>
        <source>The integrity check could not run: %1</source>
        <translation>Die Integritätsprüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="582"/>
        <source>The data migration did not start. Press Start again to migrate without the integrity check.</source>
        <translation>Die Datenmigration wurde nicht gestartet. Klicken Sie erneut auf „Starten“, um ohne Integritätsprüfung zu migrieren.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="589"/>
        <source>The data migration did not start: fix the errors the integrity check found, then press Start.</source>
        <translation>Die Datenmigration wurde nicht gestartet: Beheben Sie die Fehler, die die Integritätsprüfung gefunden hat, und klicken Sie dann auf „Starten“.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="613"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="613"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="624"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="624"/>
        <source>Map</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="630"/>
        <source>Choose a fix</source>
        <translation>Korrektur wählen</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="631"/>
        <source>Ignore it, or map it to one of the fields offered</source>
        <translation>Ignorieren oder einem der angebotenen Felder zuordnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/migratepage.cpp" line="646"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/migratepage.cpp" line="648"/>
        <source>%n error(s) block the data migration: fix them below, or change the mapping, and the check runs again.</source>
        <translation>
            <numerusform>%n Fehler blockiert die Datenmigration: Beheben Sie ihn unten oder ändern Sie die Zuordnung, dann läuft die Prüfung erneut.</numerusform>
            <numerusform>%n Fehler blockieren die Datenmigration: Beheben Sie sie unten oder ändern Sie die Zuordnung, dann läuft die Prüfung erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="653"/>
        <source>No errors: the data migration may start.</source>
        <translation>Keine Fehler: Die Datenmigration kann starten.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="675"/>
        <source>Checking the mapping against both databases before the data moves...</source>
        <translation>Die Zuordnung wird vor dem Übertragen der Daten gegen beide Datenbanken geprüft...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="685"/>
        <source>Reading the mapping...</source>
        <translation>Zuordnung wird gelesen...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="688"/>
        <source>Warning: change capture is not installed; changes made to Magento 1 during the copy will not be carried over.</source>
        <translation>Warnung: Die Änderungserfassung ist nicht installiert; während der Kopie an Magento 1 vorgenommene Änderungen werden nicht übertragen.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="540"/>
        <location filename="../wizard/migratepage.cpp" line="716"/>
        <source>No Data Migration Tool configuration is set; the tables cannot be mapped.</source>
        <translation>Es ist keine Konfiguration des Data Migration Tool festgelegt; die Tabellen können nicht zugeordnet werden.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="82"/>
        <source>Old &amp;quotes: carry carts older than the store&apos;s quote lifetime too</source>
        <translation>Alte &amp;Warenkörbe: auch Warenkörbe jenseits der Warenkorb-Lebensdauer übertragen</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="728"/>
        <source>Could not load the Data Migration Tool configuration %1: %2</source>
        <translation>Die Konfiguration %1 des Data Migration Tool konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="748"/>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="749"/>
        <source>Replacing the store in use %1 was not confirmed; nothing was written. Migrate into a freshly installed Magento 2, or start again and type the database name.</source>
        <translation>Das Ersetzen des Shops im Betrieb %1 wurde nicht bestätigt; es wurde nichts geschrieben. Migrieren Sie in ein frisch installiertes Magento 2 oder starten Sie erneut und geben Sie den Datenbanknamen ein.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="783"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="787"/>
        <source>Started: %1 from %2 to %3.</source>
        <translation>Gestartet: %1 von %2 nach %3.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="789"/>
        <source>Planning the tables...</source>
        <translation>Tabellen werden geplant...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="815"/>
        <source>%1: %2 of %3 rows, %4 of %5 tables</source>
        <translation>%1: %2 von %3 Zeilen, %4 von %5 Tabellen</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="820"/>
        <source>, %1 rows/s</source>
        <translation>, %1 Zeilen/s</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="822"/>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="824"/>
        <source> (paused)</source>
        <translation> (pausiert)</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="837"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="849"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="850"/>
        <source>Paused: the tables in progress stop after their current batch.</source>
        <translation>Pausiert: Die laufenden Tabellen halten nach ihrem aktuellen Stapel an.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="854"/>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="864"/>
        <source>Cancelling: every table stops after its current batch; what was written is kept and the next run resumes from there.</source>
        <translation>Abbruch: Jede Tabelle hält nach ihrem aktuellen Stapel an; das Geschriebene bleibt erhalten, und der nächste Lauf setzt dort fort.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/migratepage.cpp" line="889"/>
        <source>%n row(s) skipped: %1</source>
        <translation>
            <numerusform>%n Zeile übersprungen: %1</numerusform>
            <numerusform>%n Zeilen übersprungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="900"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="912"/>
        <source>Verifying what was carried...</source>
        <translation>Das Übertragene wird geprüft...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="913"/>
        <source>Verifying: row counts and checksums of the mapped columns, table by table.</source>
        <translation>Prüfung: Zeilenzahlen und Prüfsummen der zugeordneten Spalten, Tabelle für Tabelle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/migratepage.cpp" line="924"/>
        <source>%n row(s) written</source>
        <translation>
            <numerusform>%n Zeile geschrieben</numerusform>
            <numerusform>%n Zeilen geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="934"/>
        <source>verified: source and destination agree</source>
        <translation>geprüft: Quelle und Ziel stimmen überein</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="948"/>
        <source>Finished in %1: %2.</source>
        <translation>Abgeschlossen in %1: %2.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="951"/>
        <source>Cancelled after %1. Start again to resume where it stopped.</source>
        <translation>Nach %1 abgebrochen. Starten Sie erneut, um dort fortzufahren, wo es aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="954"/>
        <source>Failed after %1.</source>
        <translation>Nach %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="955"/>
        <source>The run failed; the log below says where.</source>
        <translation>Der Lauf ist fehlgeschlagen; das Protokoll unten zeigt, wo.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="1006"/>
        <source>Replace a store in use?</source>
        <translation>Einen Shop im Betrieb ersetzen?</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="1008"/>
        <source>Type the database name, %1, to replace its store:</source>
        <translation>Geben Sie den Datenbanknamen, %1, ein, um ihren Shop zu ersetzen:</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="1019"/>
        <source>Reset destination</source>
        <translation>Ziel zurücksetzen</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="1020"/>
        <source>This removes every row Cutover wrote to %1 and puts back the rows it replaced. Type the database name, %2, to confirm.</source>
        <translation>Dies entfernt jede Zeile, die Cutover in %1 geschrieben hat, und stellt die ersetzten Zeilen wieder her. Geben Sie zur Bestätigung den Datenbanknamen, %2, ein.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="1027"/>
        <source>The name typed does not match the destination database %1; nothing was reset.</source>
        <translation>Der eingegebene Name stimmt nicht mit der Zieldatenbank %1 überein; es wurde nichts zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="1033"/>
        <source>Resetting %1...</source>
        <translation>%1 wird zurückgesetzt...</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="1044"/>
        <source>Reset done: the destination holds what it held before Cutover wrote to it.</source>
        <translation>Zurücksetzen abgeschlossen: Das Ziel enthält, was es enthielt, bevor Cutover hineinschrieb.</translation>
    </message>
    <message>
        <location filename="../wizard/migratepage.cpp" line="1046"/>
        <source>The reset did not finish: %1</source>
        <translation>Das Zurücksetzen wurde nicht abgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>cutover::ui::OverviewWindow</name>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="114"/>
        <source>Cutover: migration overview</source>
        <translation>Cutover: Migrationsübersicht</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="115"/>
        <location filename="../wizard/overviewwindow.cpp" line="569"/>
        <source>Migration overview</source>
        <translation>Migrationsübersicht</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="125"/>
        <source>Time now</source>
        <translation>Aktuelle Uhrzeit</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="126"/>
        <location filename="../wizard/overviewwindow.cpp" line="989"/>
        <source>Presentation mode (F11)</source>
        <translation>Präsentationsmodus (F11)</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="128"/>
        <source>Full screen for a projector; Esc or F11 leaves it.</source>
        <translation>Vollbild für einen Projektor; Esc oder F11 beendet ihn.</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="137"/>
        <source>Downtime clock</source>
        <translation>Ausfallzeit-Uhr</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="169"/>
        <source>%1 progress</source>
        <translation>Fortschritt: %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="187"/>
        <source>Delta live figures</source>
        <translation>Aktuelle Delta-Kennzahlen</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="231"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="233"/>
        <source>Pre-flight</source>
        <translation>Pre-Flight</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="235"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="237"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="239"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="241"/>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="243"/>
        <source>Reindex</source>
        <translation>Neuindizierung</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="245"/>
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="247"/>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="249"/>
        <source>Store open</source>
        <translation>Shop geöffnet</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="258"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="260"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="262"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="264"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="266"/>
        <source>Skipped (override)</source>
        <translation>Übersprungen (Übersteuerung)</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="395"/>
        <location filename="../wizard/overviewwindow.cpp" line="449"/>
        <source>The project file %1 is not there any more: showing what it held before.</source>
        <translation>Die Projektdatei %1 ist nicht mehr vorhanden: Angezeigt wird ihr vorheriger Inhalt.</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="409"/>
        <location filename="../wizard/overviewwindow.cpp" line="457"/>
        <source>The project file could not be read (%1). Showing the figures read before; fix or reopen the project.</source>
        <translation>Die Projektdatei konnte nicht gelesen werden (%1). Angezeigt werden die zuvor gelesenen Zahlen; beheben Sie den Fehler oder öffnen Sie das Projekt erneut.</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="521"/>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="522"/>
        <location filename="../wizard/overviewwindow.cpp" line="812"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="530"/>
        <source>%1 changes applied</source>
        <translation>%1 Änderungen angewendet</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="532"/>
        <source>%1 changes/s</source>
        <translation>%1 Änderungen/s</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="533"/>
        <source>backlog %1</source>
        <translation>Rückstand %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="534"/>
        <source>lag %1</source>
        <translation>Verzögerung %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="536"/>
        <source>about %1 to catch up</source>
        <translation>etwa %1 bis zum Aufholen</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="538"/>
        <source>%1 failed (retried)</source>
        <translation>%1 fehlgeschlagen (erneut versucht)</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="557"/>
        <source>%1, running %2</source>
        <translation>%1, läuft seit %2</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="558"/>
        <source>%1, took %2</source>
        <translation>%1, Dauer %2</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="562"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="565"/>
        <source>Cancelled before the end. </source>
        <translation>Vor dem Ende abgebrochen. </translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="607"/>
        <source>Both databases pass their tests in this session.</source>
        <translation>Beide Datenbanken bestehen in dieser Sitzung ihre Tests.</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="629"/>
        <source>%1 of %2 checklist items ticked</source>
        <translation>%1 von %2 Checklistenpunkten abgehakt</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="634"/>
        <source>last ticked %1</source>
        <translation>zuletzt abgehakt %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="675"/>
        <source>%1 rows copied, %2 tables, %3 skipped, %4 warnings</source>
        <translation>%1 Zeilen kopiert, %2 Tabellen, %3 übersprungen, %4 Warnungen</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="684"/>
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2 von %3 Zeilen</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="685"/>
        <source>%1 of %2 tables</source>
        <translation>%1 von %2 Tabellen</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="687"/>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="691"/>
        <location filename="../wizard/overviewwindow.cpp" line="741"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="718"/>
        <source>%1 files copied (%2), %3 up to date, %4 failed</source>
        <translation>%1 Dateien kopiert (%2), %3 aktuell, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="728"/>
        <source>reading the folders</source>
        <translation>Ordner werden gelesen</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="730"/>
        <source>cross-checking the files with the database</source>
        <translation>Abgleich der Dateien mit der Datenbank</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="734"/>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="735"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="737"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="748"/>
        <source>%1 files looked at, %2 copied in this session</source>
        <translation>%1 Dateien untersucht, %2 in dieser Sitzung kopiert</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="778"/>
        <source>%1 tables match, %2 differ, %3 could not be compared</source>
        <translation>%1 Tabellen stimmen überein, %2 weichen ab, %3 konnten nicht verglichen werden</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="799"/>
        <source>%1 of %2 indexers rebuilt, %3 failed</source>
        <translation>%1 von %2 Indexern neu aufgebaut, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="864"/>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="868"/>
        <source>, next: %1</source>
        <translation>, als Nächstes: %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="871"/>
        <source> · a step was done out of order or with an override</source>
        <translation> · ein Schritt wurde außer der Reihe oder mit Übersteuerung erledigt</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="877"/>
        <source>downtime %1</source>
        <translation>Ausfallzeit %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="886"/>
        <source>open since %1 · downtime was %2</source>
        <translation>geöffnet seit %1 · Ausfallzeit betrug %2</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="891"/>
        <source>Downtime %1 — Magento 1 in maintenance since %2</source>
        <translation>Ausfallzeit %1 — Magento 1 seit %2 im Wartungsmodus</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="896"/>
        <source>Downtime %1 — the store is open since %2</source>
        <translation>Ausfallzeit %1 — der Shop ist seit %2 geöffnet</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="917"/>
        <source>not run before later phases went ahead</source>
        <translation>nicht ausgeführt, bevor spätere Phasen begonnen wurden</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="929"/>
        <source>Delta %1: %2</source>
        <translation>Delta %1: %2</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="931"/>
        <source>Delta stopped: %1</source>
        <translation>Delta gestoppt: %1</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="933"/>
        <source>Delta is not running in this window</source>
        <translation>Das Delta läuft nicht in diesem Fenster</translation>
    </message>
    <message>
        <location filename="../wizard/overviewwindow.cpp" line="989"/>
        <source>Leave presentation (Esc)</source>
        <translation>Präsentation beenden (Esc)</translation>
    </message>
</context>
<context>
    <name>cutover::ui::PreflightPage</name>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="61"/>
        <source>Re-check</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="67"/>
        <source>Pre-flight</source>
        <translation>Pre-Flight</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="68"/>
        <source>Before data moves, the old store should be quiet: cron stopped and nobody editing in the admin. Orders may keep coming; delta migration carries them.</source>
        <translation>Bevor Daten bewegt werden, sollte der alte Shop ruhig sein: cron gestoppt und niemand, der im Admin bearbeitet. Bestellungen dürfen weiter eingehen; die Delta-Migration überträgt sie.</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="81"/>
        <source>the folder that holds app/Mage.php and media/ (optional)</source>
        <translation>der Ordner mit app/Mage.php und media/ (optional)</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="82"/>
        <source>the folder that holds bin/magento and pub/ (optional)</source>
        <translation>der Ordner mit bin/magento und pub/ (optional)</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="99"/>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="113"/>
        <source>Magento 1 folder:</source>
        <translation>Magento-1-Ordner:</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="71"/>
        <location filename="../wizard/preflightpage.cpp" line="113"/>
        <source>Magento 1 folder</source>
        <translation>Magento-1-Ordner</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="114"/>
        <source>Magento 2 folder:</source>
        <translation>Magento-2-Ordner:</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="73"/>
        <location filename="../wizard/preflightpage.cpp" line="114"/>
        <source>Magento 2 folder</source>
        <translation>Magento-2-Ordner</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="76"/>
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="79"/>
        <source>Pre-flight findings</source>
        <translation>Pre-Flight-Ergebnisse</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="121"/>
        <source>Checklist: what the database cannot show (tick when done)</source>
        <translation>Checkliste: was die Datenbank nicht zeigen kann (abhaken, wenn erledigt)</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="190"/>
        <source>Checking %1...</source>
        <translation>%1 wird geprüft...</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="211"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/preflightpage.cpp" line="221"/>
        <source>Checked at %1: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>Geprüft um %1: %n Problem muss zuerst behoben werden.</numerusform>
            <numerusform>Geprüft um %1: %n Probleme müssen zuerst behoben werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/preflightpage.cpp" line="224"/>
        <source>Checked at %1: %n warning(s). Deal with them, then re-check.</source>
        <translation>
            <numerusform>Geprüft um %1: %n Warnung. Kümmern Sie sich darum und prüfen Sie dann erneut.</numerusform>
            <numerusform>Geprüft um %1: %n Warnungen. Kümmern Sie sich darum und prüfen Sie dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="226"/>
        <source>Checked at %1: all clear.</source>
        <translation>Geprüft um %1: alles in Ordnung.</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="242"/>
        <source>The tick could not be saved in the project file %1. Check that the file is writable.</source>
        <translation>Das Häkchen konnte nicht in der Projektdatei %1 gespeichert werden. Prüfen Sie, ob die Datei beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="267"/>
        <source>ticked by %1, %2</source>
        <translation>abgehakt von %1, %2</translation>
    </message>
    <message>
        <location filename="../wizard/preflightpage.cpp" line="267"/>
        <source>unticked by %1, %2</source>
        <translation>Häkchen entfernt von %1, %2</translation>
    </message>
</context>
<context>
    <name>cutover::ui::ReindexPage</name>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="98"/>
        <source>Reindex</source>
        <translation>Neuindizierung</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="99"/>
        <source>Magento 2 rebuilds its indexes (prices, stock, search, categories) from the migrated data with bin/magento indexer:reindex. Run it here, on this computer or over your own ssh, or skip it if you reindexed yourself.</source>
        <translation>Magento 2 baut seine Indizes (Preise, Bestand, Suche, Kategorien) mit bin/magento indexer:reindex aus den migrierten Daten neu auf. Führen Sie es hier aus, auf diesem Computer oder über Ihr eigenes ssh, oder überspringen Sie es, wenn Sie selbst neu indiziert haben.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="104"/>
        <source>Where Magento 2 is installed</source>
        <translation>Wo Magento 2 installiert ist</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="105"/>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="107"/>
        <source>On another server, over SSH (your own ssh and keys)</source>
        <translation>Auf einem anderen Server, über SSH (Ihr eigenes ssh und Ihre Schlüssel)</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="116"/>
        <source>deploy</source>
        <translation>deploy</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="119"/>
        <source>shop.example.com or shop.example.com:2222</source>
        <translation>shop.example.com oder shop.example.com:2222</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="123"/>
        <source>SSH user:</source>
        <translation>SSH-Benutzer:</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="124"/>
        <source>SSH host:</source>
        <translation>SSH-Host:</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="128"/>
        <source>/var/www/magento2</source>
        <translation>/var/www/magento2</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="141"/>
        <source>Indexers</source>
        <translation>Indexer</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="142"/>
        <source>All of them</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="144"/>
        <source>Only those ticked:</source>
        <translation>Nur die abgehakten:</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="152"/>
        <source>Indexers to run</source>
        <translation>Auszuführende Indexer</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="181"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="183"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="187"/>
        <source>Runs on:</source>
        <translation>Läuft auf:</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="188"/>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="201"/>
        <source>Indexers and their results</source>
        <translation>Indexer und ihre Ergebnisse</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="202"/>
        <source>Indexer</source>
        <translation>Indexer</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="202"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="202"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="210"/>
        <source>Reindex log</source>
        <translation>Protokoll der Neuindizierung</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="216"/>
        <source>Output of the selected indexer</source>
        <translation>Ausgabe des gewählten Indexers</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="219"/>
        <source>Select an indexer to see its output.</source>
        <translation>Wählen Sie einen Indexer aus, um seine Ausgabe zu sehen.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="229"/>
        <source>Skip: I reindexed this store myself</source>
        <translation>Überspringen: Ich habe diesen Shop selbst neu indiziert</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="233"/>
        <source>Test the new store</source>
        <translation>Den neuen Shop testen</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="245"/>
        <source>Browse a category: products, prices and images show.</source>
        <translation>Eine Kategorie durchblättern: Produkte, Preise und Bilder werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="245"/>
        <source>Search for a product you know.</source>
        <translation>Nach einem Produkt suchen, das Sie kennen.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="246"/>
        <source>Log in as a migrated customer with their old password, and see their orders.</source>
        <translation>Als migrierter Kunde mit dessen altem Passwort anmelden und seine Bestellungen ansehen.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="247"/>
        <source>Place a test order, then cancel it in the admin.</source>
        <translation>Eine Testbestellung aufgeben und sie dann im Admin stornieren.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="342"/>
        <source>Magento 2 folder on that server:</source>
        <translation>Magento-2-Ordner auf diesem Server:</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="342"/>
        <source>Magento 2 folder:</source>
        <translation>Magento-2-Ordner:</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="353"/>
        <source>Give the folder Magento 2 is installed in (it holds bin/magento).</source>
        <translation>Geben Sie den Ordner an, in dem Magento 2 installiert ist (er enthält bin/magento).</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="357"/>
        <source>Give the SSH host (the name or address you use with ssh).</source>
        <translation>Geben Sie den SSH-Host an (den Namen oder die Adresse, die Sie mit ssh verwenden).</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="359"/>
        <source>Tick at least one indexer, or choose all of them.</source>
        <translation>Haken Sie mindestens einen Indexer ab oder wählen Sie alle.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="383"/>
        <source>Last reindex: %1, %2 (%3).</source>
        <translation>Letzte Neuindizierung: %1, %2 (%3).</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="415"/>
        <location filename="../wizard/reindexpage.cpp" line="539"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="423"/>
        <source>Reindexing on %1...</source>
        <translation>Neuindizierung auf %1...</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="438"/>
        <source>Stopping the reindex...</source>
        <translation>Neuindizierung wird gestoppt...</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="471"/>
        <location filename="../wizard/reindexpage.cpp" line="539"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="482"/>
        <source>rebuilt</source>
        <translation>neu aufgebaut</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="485"/>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="488"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="540"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="540"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/reindexpage.cpp" line="547"/>
        <source>%n indexer(s) rebuilt on %1 in %2.</source>
        <translation>
            <numerusform>%n Indexer auf %1 in %2 neu aufgebaut.</numerusform>
            <numerusform>%n Indexer auf %1 in %2 neu aufgebaut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="551"/>
        <source>Reindex stopped on %1 after %2.</source>
        <translation>Neuindizierung auf %1 nach %2 angehalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/reindexpage.cpp" line="555"/>
        <source>%n indexer(s) failed on %1: select one to see its output, fix the cause and run again.</source>
        <translation>
            <numerusform>%n Indexer auf %1 fehlgeschlagen: Wählen Sie ihn aus, um seine Ausgabe zu sehen, beheben Sie die Ursache und führen Sie es erneut aus.</numerusform>
            <numerusform>%n Indexer auf %1 fehlgeschlagen: Wählen Sie einen aus, um seine Ausgabe zu sehen, beheben Sie die Ursache und führen Sie es erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="559"/>
        <source>The reindex failed on %1.</source>
        <translation>Die Neuindizierung auf %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="599"/>
        <source>The choice could not be saved in the project file %1. Check that the file is writable.</source>
        <translation>Die Auswahl konnte nicht in der Projektdatei %1 gespeichert werden. Prüfen Sie, ob die Datei beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="604"/>
        <source>Reindex skipped in the wizard: the user reindexed the store themselves.</source>
        <translation>Neuindizierung im Assistenten übersprungen: Der Benutzer hat den Shop selbst neu indiziert.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="622"/>
        <source>Test the Magento 2 connection on the Connections page to see the store&apos;s address here.</source>
        <translation>Testen Sie die Magento-2-Verbindung auf der Seite Verbindungen, um hier die Adresse des Shops zu sehen.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="629"/>
        <source>Reading the store&apos;s address from the Magento 2 database...</source>
        <translation>Die Adresse des Shops wird aus der Magento-2-Datenbank gelesen...</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="642"/>
        <source>The Magento 2 database has no active store view.</source>
        <translation>Die Magento-2-Datenbank hat keine aktive Store View.</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="661"/>
        <source>The store&apos;s address could not be read: %1</source>
        <translation>Die Adresse des Shops konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../wizard/reindexpage.cpp" line="664"/>
        <source>Open the store: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Shop öffnen: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>cutover::ui::WelcomePage</name>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="33"/>
        <source>Cutover projects (*%1)</source>
        <translation>Cutover-Projekte (*%1)</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="43"/>
        <source>Welcome to Cutover</source>
        <translation>Willkommen bei Cutover</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="44"/>
        <source>Move a live Magento 1 store to Magento 2: settings, catalog, customers, orders, content and media, then keep both in step until you switch over.</source>
        <translation>Ziehen Sie einen laufenden Magento-1-Shop zu Magento 2 um: Einstellungen, Katalog, Kunden, Bestellungen, Inhalte und Medien – und halten Sie beide bis zur Umstellung synchron.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="50"/>
        <source>A project remembers the two stores and how far the migration has come. Start a new one, open one you saved, or try Cutover on a demo store that runs on this computer: a generated Magento 1 shop and an empty Magento 2.</source>
        <translation>Ein Projekt merkt sich die beiden Shops und wie weit die Migration ist. Legen Sie ein neues an, öffnen Sie ein gespeichertes oder probieren Sie Cutover mit einem Demo-Shop auf diesem Computer aus: ein erzeugter Magento-1-Shop und ein leeres Magento 2.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="58"/>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="60"/>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="62"/>
        <source>Open demo store</source>
        <translation>Demo-Shop öffnen</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="64"/>
        <source>Starts a private MariaDB server in %1 with a generated Magento 1 store and a Magento 2 database, and opens a project for them.</source>
        <translation>Startet einen privaten MariaDB-Server in %1 mit einem erzeugten Magento-1-Shop und einer Magento-2-Datenbank und öffnet ein Projekt dafür.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="88"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="108"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="124"/>
        <location filename="../wizard/welcomepage.cpp" line="128"/>
        <source>Recent projects</source>
        <translation>Zuletzt verwendete Projekte</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="130"/>
        <source>Double-click a project to open it.</source>
        <translation>Doppelklicken Sie auf ein Projekt, um es zu öffnen.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="131"/>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="143"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="183"/>
        <source>New Cutover project</source>
        <translation>Neues Cutover-Projekt</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="192"/>
        <source>Open a Cutover project</source>
        <translation>Cutover-Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="223"/>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="226"/>
        <source>This file no longer exists: %1. Select it and click &quot;Remove from list&quot;.</source>
        <translation>Diese Datei existiert nicht mehr: %1. Wählen Sie sie aus und klicken Sie auf „Aus der Liste entfernen“.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="230"/>
        <source>Double-click to open %1.</source>
        <translation>Doppelklicken, um %1 zu öffnen.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="234"/>
        <source>No recent projects yet.</source>
        <translation>Noch keine zuletzt verwendeten Projekte.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="246"/>
        <source>Open project: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Geöffnetes Projekt: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="276"/>
        <source>Preparing the demo store…</source>
        <translation>Demo-Shop wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>cutover::ui::WizardController</name>
    <message>
        <location filename="../wizard/wizardcontroller.cpp" line="97"/>
        <source>The project file %1 could not be saved because of an unexpected error.</source>
        <translation>Die Projektdatei %1 konnte wegen eines unerwarteten Fehlers nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../wizard/wizardcontroller.cpp" line="200"/>
        <location filename="../wizard/wizardcontroller.cpp" line="203"/>
        <source>The project file could not be saved with an id for the keychain.</source>
        <translation>Die Projektdatei konnte nicht mit einer ID für den Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../wizard/wizardcontroller.cpp" line="285"/>
        <source>The demo store could not be prepared because of an unexpected error.</source>
        <translation>Der Demo-Shop konnte wegen eines unerwarteten Fehlers nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location filename="../wizard/wizardcontroller.cpp" line="310"/>
        <source>The demo store could not be prepared. %1</source>
        <translation>Der Demo-Shop konnte nicht vorbereitet werden. %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="33"/>
        <source>Cutover migrates a live Magento 1 store to Magento 2. With no project, it opens on a demo store that it prepares on this computer.</source>
        <translation>Cutover migriert einen laufenden Magento-1-Shop zu Magento 2. Ohne Projekt öffnet es einen Demo-Shop, den es auf diesem Computer vorbereitet.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="39"/>
        <source>Keep the demo store in &lt;folder&gt; instead of the user&apos;s data folder.</source>
        <translation>Den Demo-Shop in &lt;folder&gt; statt im Datenordner des Benutzers ablegen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Log debug messages.</source>
        <translation>Debug-Meldungen protokollieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>Open the migration overview window beside the wizard (for a projector).</source>
        <translation>Das Fenster der Migrationsübersicht neben dem Assistenten öffnen (für einen Projektor).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>A project file (*.cutover) to open.</source>
        <translation>Eine zu öffnende Projektdatei (*.cutover).</translation>
    </message>
</context>
</TS>
