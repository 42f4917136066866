<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <location filename="../core/generate/catalogproducts.cpp" line="639"/>
        <source>orphan catalog_product_entity_varchar rows (product missing)</source>
        <translation>verwaiste Zeilen in catalog_product_entity_varchar (Produkt fehlt)</translation>
    </message>
    <message>
        <location filename="../core/generate/catalogproducts.cpp" line="643"/>
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
    <name>ConnectionProbe</name>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="66"/>
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="68"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="71"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="145"/>
        <source>the socket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="149"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="149"/>
        <source>destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="165"/>
        <source>A query failed on the %1 database %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="241"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="242"/>
        <source>Check the server&apos;s error log, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="262"/>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="265"/>
        <source>Connecting through the unix socket %1: no host name to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="272"/>
        <source>%1 is an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="278"/>
        <source>The host name %1 does not resolve to an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="279"/>
        <source>Check the spelling of the host in the connection URL, or give its IP address. For a server on a private network, check the DNS server this computer uses or its /etc/hosts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="286"/>
        <source>%1 resolves to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="293"/>
        <source>Network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="304"/>
        <source>There is no socket file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="305"/>
        <source>Check the socket path in the connection URL (on the server: SHOW VARIABLES LIKE &apos;socket&apos;), and that the MariaDB/MySQL server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="309"/>
        <source>Nothing listens on the socket %1: the server is not running, or stopped and left its socket file behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="312"/>
        <source>Start the MariaDB/MySQL server, or check the socket path in the connection URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="315"/>
        <source>This user may not open the socket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="316"/>
        <source>Run Cutover as a user that may open the socket (usually in the mysql group), or connect over TCP with a host and port instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="320"/>
        <source>Could not connect to the socket %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="321"/>
        <source>Check that the server is running and not overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="325"/>
        <source>Connected to the socket %1 in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="343"/>
        <source>Connected to %1 port %2 (%3) in %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="362"/>
        <source>%1 refused the connection on port %2 after %3 ms: nothing listens on that port, or a firewall rejects the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="367"/>
        <source>Check the port in the connection URL (MariaDB and MySQL listen on 3306 unless configured otherwise), that the server runs and listens on the network (bind-address, skip-networking), and that a firewall on the way lets this computer in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="373"/>
        <source>%1 did not answer on port %2 within %3 s: a firewall probably drops the packets, or the host is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="378"/>
        <source>Open port %1 on the server&apos;s firewall (and any firewall between) for this computer&apos;s address, or connect through an SSH tunnel; check that the host is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="384"/>
        <source>%1 cannot be reached from this computer (no route to the host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="385"/>
        <source>Check the network between this computer and %1: VPN, routing, or the address in the connection URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="390"/>
        <source>Could not connect to %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="391"/>
        <source>Check the host and port in the connection URL and the network in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="471"/>
        <source>Database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="480"/>
        <source>%1 accepted the connection but sent nothing within %2 s. A MariaDB/MySQL server greets at once: something else listens there, or the server hangs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="484"/>
        <source>Check the port in the connection URL (MariaDB and MySQL use 3306 unless configured otherwise). If the port is right, check the server (its error log, SHOW PROCESSLIST) or the proxy or SSH tunnel in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="489"/>
        <source>%1 accepted the connection and closed it without a greeting: the server refuses this computer (for instance through max_connections or a TCP wrapper), or it is not a MySQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="493"/>
        <source>Look at the server&apos;s error log for the refused connection; check the port in the connection URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="496"/>
        <source>%1 answered, but not as a MariaDB/MySQL server: another service listens there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="497"/>
        <source>Check the port in the connection URL: MariaDB and MySQL use 3306 unless configured otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="503"/>
        <source>The server at %1 does not allow connections from this computer&apos;s address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="505"/>
        <source>On the server, create the user %1 for this computer&apos;s address (CREATE USER &apos;%1&apos;@&apos;ADDRESS&apos; ... and GRANT ...), or connect from a host it allows, for instance through an SSH tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="511"/>
        <source>The server at %1 blocks this computer after too many interrupted connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="512"/>
        <source>On the server, run FLUSH HOSTS (or mariadb-admin flush-hosts), and raise max_connect_errors if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="516"/>
        <source>The server at %1 has too many connections and refuses more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="517"/>
        <source>Wait, or raise max_connections on the server; check SHOW PROCESSLIST for stuck clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="519"/>
        <source>The server at %1 refused the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="520"/>
        <source>Look up MariaDB error %1 and the server&apos;s error log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="526"/>
        <source>%1 runs %2 and offers TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="527"/>
        <source>%1 runs %2, without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="533"/>
        <source>Encryption (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="542"/>
        <source>TLS is not asked for (ssl=%1); the server offers it: add ?ssl=required to the connection URL to insist on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="545"/>
        <source>TLS is not asked for (ssl=%1), and the server does not offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="551"/>
        <source>The connection URL requires TLS (ssl=%1), but the server at %2 does not offer TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="553"/>
        <source>Enable TLS on the server (ssl_cert, ssl_key and ssl_ca in its configuration, then restart it), or, on a trusted network or through an SSH tunnel, remove ssl=%1 from the connection URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="557"/>
        <source>The server offers TLS; the login below must use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="564"/>
        <source>The certificate is not checked over a unix socket, which never leaves this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="566"/>
        <source>This system&apos;s Qt has no TLS support, so Cutover cannot check the server certificate itself; the login below still insists on TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="572"/>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="573"/>
        <source>Give the CA certificate that signed the server&apos;s certificate, in PEM form, with &amp;ssl-ca=FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="613"/>
        <source>The server certificate of %1 is not accepted with the CA file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="616"/>
        <source>Give the CA that signed the server&apos;s certificate with &amp;ssl-ca=FILE, and connect with the host name the certificate names (or use ssl=verify-ca to skip the name check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="618"/>
        <source>Give the CA that signed the server&apos;s certificate with &amp;ssl-ca=FILE (ask the database administrator for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="624"/>
        <source>The server&apos;s certificate is signed by the CA in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="631"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="635"/>
        <source>The MySQL driver for Qt is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="636"/>
        <source>Install the Debian package libqt6sql6-mysql (or your system&apos;s Qt 6 MySQL driver).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="665"/>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="668"/>
        <source>The server at %1 refused user %2 without a password (connecting from %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="670"/>
        <source>Put the password of %1 in the environment variable %2 before running Cutover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="675"/>
        <source>The server at %1 refused the login of user %2 from %3: either the password is wrong, or there is no user %2 for connections from %3. The server does not say which, on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="678"/>
        <source>Check the password in %1. If it is right, have the database administrator check that the user exists for this host (SELECT User, Host FROM mysql.user WHERE User = &apos;%2&apos;) and create it or allow it from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="685"/>
        <source>The server at %1 lets user %2 in only as the matching system account (unix_socket authentication), not with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="688"/>
        <source>Create a database user with a password for Cutover (CREATE USER ... IDENTIFIED BY ...; GRANT ...), or run Cutover as the system user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="694"/>
        <source>The server at %1 does not allow user %2 to connect from this computer: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="696"/>
        <source>On the server, create the user for this computer&apos;s address (CREATE USER &apos;%1&apos;@&apos;ADDRESS&apos; ...) or connect from a host it allows, for instance through an SSH tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="702"/>
        <source>The TLS connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="703"/>
        <source>Check the server&apos;s TLS setup and the CA file given with &amp;ssl-ca=FILE, or remove ssl= from the connection URL on a trusted network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="706"/>
        <source>Could not log in to %1 as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="707"/>
        <source>Look up MariaDB error %1 and check the server&apos;s error log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="722"/>
        <source>Logged in to %1 as %2, but the connection is not encrypted although the connection URL requires TLS (ssl=%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="725"/>
        <source>Enable TLS on the server, or remove ssl= from the connection URL on a trusted network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="727"/>
        <source>Logged in to %1 as %2 over TLS (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="730"/>
        <source>Logged in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="736"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="754"/>
        <source>It sees no other database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="755"/>
        <source>It sees these databases: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="758"/>
        <source>The database %1 does not exist on the server at %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="760"/>
        <source>Correct the database name in the connection URL, or create the database and load the %1 store into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="762"/>
        <source>Magento 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="762"/>
        <source>Magento 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="766"/>
        <source>User %1 has no access to the database %2 on %3 (or it does not exist). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="768"/>
        <source>Check the database name in the connection URL, or have the database administrator run GRANT %1 ON `%2`.* TO %3;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="774"/>
        <source>Could not open the database %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="775"/>
        <source>Check the database name in the connection URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="782"/>
        <source>The database %1 exists and holds %n table(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="788"/>
        <source>Magento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="792"/>
        <source>Give this database as the destination (--dest), and the Magento 1 database as the source (--source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="793"/>
        <source>Give this database as the source (--source), and the Magento 2 database as the destination (--dest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="798"/>
        <source>The database %1 on %2 is empty: it holds no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="800"/>
        <source>Load a dump of the live Magento 1 database into it, or give the database that holds the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="802"/>
        <source>Install Magento 2 into it (bin/magento setup:install), or give the database of the Magento 2 install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="821"/>
        <source>The database %1 holds %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="822"/>
        <source>The database %1 holds %2 (%3) with the table prefix %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="836"/>
        <source>The database %1 given as the %2 holds %3 (%4), not %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="846"/>
        <source>The database %1 holds %2 tables without a prefix, but the connection URL gives the prefix %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="848"/>
        <source>Remove prefix=%1 from the connection URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="850"/>
        <source>The database %1 holds %2 tables with the prefix %3 (for instance %4), and the connection URL gives %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="853"/>
        <source>no prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="853"/>
        <source>the prefix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="854"/>
        <source>Add ?prefix=%1 to the connection URL (or &amp;prefix=%1 after other options).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="861"/>
        <source>The database %1 given as the %2 holds %3 (table prefix %4), not %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="863"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="869"/>
        <source>The database %1 holds %n table(s), but it is not a Magento database: it has no core_config_data table (under any prefix) (tables: %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="873"/>
        <source>Give the database that holds the Magento 1 store (see app/etc/local.xml on the Magento 1 server for its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="875"/>
        <source>Give the database of the Magento 2 install (see app/etc/env.php on the Magento 2 server for its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="881"/>
        <source>Read access</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="909"/>
        <source>User %1 may not read %n of the source&apos;s tables in %2: %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="911"/>
        <source>Have the database administrator run GRANT SELECT ON `%1`.* TO %2;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="913"/>
        <source>User %1 may read all %n table(s) of %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="920"/>
        <source>Delta migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="938"/>
        <source>User %1 may create the change-log tables and triggers that delta migration needs (binary logging is on, and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="942"/>
        <source>the user has SUPER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="943"/>
        <source>User %1 may create the change-log tables and triggers that delta migration needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="951"/>
        <source>user %1 lacks %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="952"/>
        <source>GRANT %1 ON `%2`.* TO %3;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="955"/>
        <source>binary logging is on, so creating triggers needs SUPER or log_bin_trust_function_creators=1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="956"/>
        <source>SET GLOBAL log_bin_trust_function_creators = 1; (and in the server configuration) or GRANT SUPER ON *.* TO %1;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="960"/>
        <source>Delta (incremental) migration will not be possible: %1. A one-time migration only needs read access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="963"/>
        <source>To keep Magento 2 in step with the live store until go-live, have the database administrator run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="970"/>
        <source>Write access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1006"/>
        <source>User %1 lacks %2 on the destination database %3; Cutover writes rows and adjusts tables there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1008"/>
        <source>Have the database administrator run GRANT ALL PRIVILEGES ON `%1`.* TO %2; (the user Magento 2 itself uses has them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1012"/>
        <source>User %1 may write to and alter the tables of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1018"/>
        <source>Fresh install</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="1037"/>
        <source>%n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="1039"/>
        <source>%n category(ies) besides the two of a fresh install</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="1041"/>
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="1043"/>
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/connection/connectionprobe.cpp" line="1045"/>
        <source>%n URL rewrite(s) of products and categories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1047"/>
        <source>The destination %1 is a fresh install: no products, customers, orders or URL rewrites yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1051"/>
        <source>Migrate into a freshly installed Magento 2 (bin/magento setup:install on an empty database). Cutover keeps Magento 1&apos;s ids, so rows already in the destination collide with migrated ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1056"/>
        <source>The destination %1 is not fresh: it already has %2. It looks like a store in use, which a migration would overwrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1061"/>
        <source>The destination %1 is not quite fresh: it already has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1069"/>
        <source>Trigger definers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1074"/>
        <source>The definers of the destination&apos;s triggers were not checked: Cutover cannot yet open a second connection that insists on TLS without a CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1076"/>
        <source>Add &amp;ssl-ca=FILE to the connection URL to have them checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1084"/>
        <source>Have the database administrator check that the definers of SHOW TRIGGERS in %1 exist, or grant this user SELECT on mysql.user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1090"/>
        <source>Every trigger in %1 runs as a user that exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1101"/>
        <source>Create the missing user(s) %1 on the destination server, or recreate the triggers with bin/magento indexer:set-mode schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1108"/>
        <source>Store size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1139"/>
        <source>%1: %2 tables, about %3 rows, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1152"/>
        <source>%1. Estimated copy time: about %2 (%3 without the log tables), assuming %4 rows/s; an estimate, not a measurement. Row counts come from information_schema and are approximate for InnoDB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprobe.cpp" line="1159"/>
        <source>Most rows are in log tables (log_*, report_*). Clean them in Magento 1 (System &gt; Configuration &gt; Advanced &gt; System &gt; Log Cleaning, or php shell/log.php clean) before migrating.</source>
        <translation type="unfinished"></translation>
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
    <name>Database</name>
    <message>
        <location filename="../core/db/database.cpp" line="31"/>
        <source>The MySQL driver for Qt is not installed. Install the Debian package libqt6sql6-mysql.</source>
        <translation>Der MySQL-Treiber für Qt ist nicht installiert. Installieren Sie das Debian-Paket libqt6sql6-mysql.</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="52"/>
        <source>Could not connect to the %1 database %2: %3</source>
        <translation>Keine Verbindung zur %1-Datenbank %2: %3</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="73"/>
        <source>%1 failed on the %2 database %3: %4</source>
        <translation>%1 ist auf der %2-Datenbank %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="77"/>
        <source>A trigger on this table runs as a user that does not exist on this server (Magento 2&apos;s indexer triggers name the user of the server they were made on). Create that user, or recreate the triggers with bin/magento indexer:set-mode schedule.</source>
        <translation>Ein Trigger dieser Tabelle läuft als ein Benutzer, den es auf diesem Server nicht gibt (die Indexer-Trigger von Magento 2 nennen den Benutzer des Servers, auf dem sie angelegt wurden). Legen Sie diesen Benutzer an oder erzeugen Sie die Trigger mit bin/magento indexer:set-mode schedule neu.</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="87"/>
        <source>A statement</source>
        <translation>Eine Anweisung</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="96"/>
        <location filename="../core/db/database.cpp" line="109"/>
        <source>A query</source>
        <translation>Eine Abfrage</translation>
    </message>
    <message>
        <location filename="../core/db/database.cpp" line="105"/>
        <source>Preparing a query</source>
        <translation>Das Vorbereiten einer Abfrage</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="112"/>
        <source>The demo store needs the Magento dump %1, which is not in the fixtures folder %2. Set the environment variable CUTOVER_FIXTURES to the folder that holds the shared fixtures.</source>
        <translation>Der Demo-Shop braucht den Magento-Dump %1, der im Fixtures-Ordner %2 fehlt. Setzen Sie die Umgebungsvariable CUTOVER_FIXTURES auf den Ordner mit den gemeinsamen Fixtures.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="138"/>
        <source>Could not write %1: %2. Check that the folder %3 is writable.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner %3 beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="148"/>
        <location filename="../core/sandbox/demostore.cpp" line="256"/>
        <source>The preparation of the demo store was cancelled.</source>
        <translation>Die Vorbereitung des Demo-Shops wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="162"/>
        <location filename="../core/sandbox/demostore.cpp" line="173"/>
        <source>Starting the demo database server…</source>
        <translation>Datenbankserver des Demo-Shops wird gestartet…</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="164"/>
        <source>Could not create the demo folder %1. Check that its parent folder is writable.</source>
        <translation>Der Demo-Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob der übergeordnete Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="187"/>
        <source>Writing the demo project…</source>
        <translation>Demo-Projekt wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="192"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="204"/>
        <source>Demo store</source>
        <translation>Demo-Shop</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="210"/>
        <source>The demo store is ready.</source>
        <translation>Der Demo-Shop ist bereit.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="219"/>
        <source>Loading the Magento 1.9.1.1 database…</source>
        <translation>Magento-1.9.1.1-Datenbank wird geladen…</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="236"/>
        <source>Generating a small Magento 1 store (%1)…</source>
        <translation>Ein kleiner Magento-1-Shop wird erzeugt (%1)…</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="248"/>
        <source>Loading the Magento 2.4.8 database…</source>
        <translation>Magento-2.4.8-Datenbank wird geladen…</translation>
    </message>
    <message>
        <location filename="../core/sandbox/demostore.cpp" line="257"/>
        <source>Removing the products, categories and quotes made after install…</source>
        <translation>Nach der Installation angelegte Produkte, Kategorien und Warenkörbe werden entfernt…</translation>
    </message>
</context>
<context>
    <name>DmtConfig</name>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="35"/>
        <source>%1 is not inside a Data Migration Tool folder: no folder named etc holds it, so the paths in it cannot be resolved. Keep it in the tool&apos;s etc/ folder or give the tool&apos;s root folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="40"/>
        <source>The Data Migration Tool configuration %1 does not exist. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmtConfiguration</name>
    <message>
        <location filename="../core/mapping/dmtconfig.cpp" line="137"/>
        <source>The file %1 named by the option %2 of %3 does not exist (paths are relative to the tool&apos;s root folder %4). Fix the option or restore the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmtXml</name>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="107"/>
        <source>Could not read the %1 %2: %3. Check that the file exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="113"/>
        <source>The %1 %2 is larger than 64 MB; it is not a Data Migration Tool file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="122"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="123"/>
        <source>XML schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="135"/>
        <source>%1 is not well-formed XML:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="140"/>
        <source>%1:%2: a DOCTYPE declaration is not allowed in a Data Migration Tool file (it could read other files through external entities). Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="154"/>
        <source>The XML schema %1 is broken, so %2 cannot be checked:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="162"/>
        <source>validation failed (libxml2 code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/dmtxml.cpp" line="163"/>
        <source>%1 does not follow its XML schema %2:
%3</source>
        <translation type="unfinished"></translation>
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
    <name>HandlerRegistry</name>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="55"/>
        <source>%1:%2: the handler %3 %4. Fix the handler&apos;s params in the map file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="64"/>
        <source>needs the param &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="86"/>
        <source>the field %1 is not a column of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="94"/>
        <location filename="../core/mapping/handlers.cpp" line="98"/>
        <source>has the invalid pattern &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="112"/>
        <source>uses the unsupported pattern flag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="116"/>
        <source>has the invalid pattern &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="180"/>
        <source>has an invalid map: &quot;%1&quot; is not key:value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="255"/>
        <source>has the offset &quot;%1&quot;; it must be a whole number of hours between -14 and +12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="273"/>
        <source>the Timezone handler does not support the column type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="279"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="314"/>
        <source>uses the hash &quot;%1&quot;; only crc32 is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="329"/>
        <source>needs the class map (the option class_map of config.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="419"/>
        <location filename="../core/mapping/handlers.cpp" line="526"/>
        <source>the serialized value is broken %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="424"/>
        <location filename="../core/mapping/handlers.cpp" line="503"/>
        <location filename="../core/mapping/handlers.cpp" line="550"/>
        <source>the value cannot be converted to JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="466"/>
        <source>the conditional field %1 is not in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="490"/>
        <source>the field code is not in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="585"/>
        <source>the serialized %1 inside the value is broken %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="592"/>
        <source>the %1 inside the value cannot be converted to JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="615"/>
        <source>the serialized rule data is broken %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="847"/>
        <source>the store group name &quot;%1&quot; is used twice; group %2 gets the code %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="916"/>
        <source>it reads or writes other tables and needs the migration engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="917"/>
        <source>it re-encrypts values with the store&apos;s crypt key (Magento 1 Blowfish/Rijndael to Magento 2 libsodium), which Cutover does not do yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="979"/>
        <source>%1:%2: the handler %3 is not implemented in Cutover: %4. Remove the rule or migrate this data another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/handlers.cpp" line="985"/>
        <source>%1:%2: unknown handler class %3. Check its spelling against the Data Migration Tool&apos;s Migration\Handler classes.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../core/sandbox/localserver.cpp" line="121"/>
        <source>Could not initialise a MariaDB data folder in %1. Check that the folder is writable.</source>
        <translation>In %1 konnte kein MariaDB-Datenordner angelegt werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="151"/>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="169"/>
        <source>The MariaDB server in %1 did not start. Its log is %2.</source>
        <translation>Der MariaDB-Server in %1 ist nicht gestartet. Sein Protokoll ist %2.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="173"/>
        <source>The MariaDB server in %1 found no free port.</source>
        <translation>Der MariaDB-Server in %1 hat keinen freien Port gefunden.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="217"/>
        <source>MariaDB&apos;s client program (mariadb) was not found. Install the Debian package mariadb-client.</source>
        <translation>Das Clientprogramm von MariaDB (mariadb) wurde nicht gefunden. Installieren Sie das Debian-Paket mariadb-client.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="243"/>
        <source>A statement failed on the local MariaDB server in %1.</source>
        <translation>Eine Anweisung ist auf dem lokalen MariaDB-Server in %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="255"/>
        <source>The database dump %1 is missing or unreadable.</source>
        <translation>Der Datenbank-Dump %1 fehlt oder ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/localserver.cpp" line="258"/>
        <source>Could not load the dump %1 into the database %2.</source>
        <translation>Der Dump %1 konnte nicht in die Datenbank %2 geladen werden.</translation>
    </message>
</context>
<context>
    <name>MagentoInstall</name>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="13"/>
        <source>Magento 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="13"/>
        <source>Magento 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="45"/>
        <source>Magento EE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="45"/>
        <source>Magento CE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="47"/>
        <source>%1, version unknown (core_resource has no core_setup row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="52"/>
        <source>Magento EE 1.10 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="52"/>
        <source>Magento CE 1.5 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="55"/>
        <source>Magento EE 1.11 to 1.14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="60"/>
        <source>Magento CE 1.9.3 or 1.9.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="61"/>
        <source>Magento CE 1.9.1 to 1.9.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="64"/>
        <source>Magento CE 1.6 to 1.9.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="65"/>
        <source>Magento CE 1.9 or a later fork (OpenMage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="89"/>
        <source>Cutover migrates Magento CE 1.6 to 1.9 (EE 1.11 to 1.14). Upgrade the store to 1.9 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="103"/>
        <source>Magento %1, as recorded at the last admin login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="105"/>
        <source>Magento 2.3 or later (patch_list present; exact version not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="107"/>
        <source>Magento 2.0 to 2.2 (no patch_list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/magentoinstall.cpp" line="113"/>
        <source>Cutover migrates into Magento 2.4. Upgrade the destination install first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapConfig</name>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="225"/>
        <source>the rename rule names the source table %1, which does not exist; it never applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="227"/>
        <source>the source table %1 is renamed to %2, which the destination does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="234"/>
        <source>the field rule %1 names a source table that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="235"/>
        <source>the field rule %1 names a destination table that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="257"/>
        <source>the source table %1 has no destination table %2; add an ignore or a rename rule for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mapconfig.cpp" line="266"/>
        <source>the destination table %1 is not the target of any source table; add an ignore rule for it on the destination side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/recordtransformer.cpp" line="15"/>
        <source>The table %1 is ignored by %2; it has no destination rows to make.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhpSerialize</name>
    <message numerus="yes">
        <location filename="../core/mapping/phpserialize.cpp" line="172"/>
        <source>unexpected data after the end of the value (%n byte(s) left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="185"/>
        <source>expected %1 but the data ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="186"/>
        <source>expected %1, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="209"/>
        <source>the value has more than %1 elements (references expanded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="224"/>
        <source>the %1 %2 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="238"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="243"/>
        <source>the integer is out of the 64-bit range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="281"/>
        <source>a number, INF or NAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="308"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="317"/>
        <source>the %1 declares %2 bytes but only %3 remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="321"/>
        <source>expected &apos;&quot;&apos; after the %1 bytes of the %2 (is the declared length right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="331"/>
        <source>the string declares %1 bytes but only %2 remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="336"/>
        <source>more string bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="345"/>
        <source>a hexadecimal digit of an escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="358"/>
        <location filename="../core/mapping/phpserialize.cpp" line="382"/>
        <source>a key (i: or s:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="371"/>
        <location filename="../core/mapping/phpserialize.cpp" line="502"/>
        <source>string length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="373"/>
        <location filename="../core/mapping/phpserialize.cpp" line="504"/>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="389"/>
        <source>%1 elements are declared but only %2 bytes remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="416"/>
        <source>the class name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="422"/>
        <source>the class name contains the invalid character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="430"/>
        <source>reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="434"/>
        <source>the reference %1 points to no earlier value (there are %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="439"/>
        <source>the reference %1 points to a value that contains it (a recursive structure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="443"/>
        <source>the object reference r:%1 points to a value that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="464"/>
        <source>the value is nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="466"/>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="484"/>
        <source>0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="510"/>
        <source>element count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="519"/>
        <source>class name length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="522"/>
        <source>class name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="527"/>
        <source>property count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="531"/>
        <source>custom data length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="535"/>
        <source>the custom data declares %1 bytes but only %2 remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="549"/>
        <source>enum values (E:) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="552"/>
        <source>a value type (N, b, i, d, s, a, O, C, r or R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="628"/>
        <source>INF and NAN cannot be encoded in JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="640"/>
        <source>the value is nested deeper than json_encode&apos;s limit of 512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="776"/>
        <source>malformed UTF-8 characters, possibly incorrectly encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/phpserialize.cpp" line="792"/>
        <source>at byte %1: %2</source>
        <translation type="unfinished"></translation>
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
        <location filename="../core/project/project.cpp" line="48"/>
        <source>the field &quot;%1&quot; in %2 is not text</source>
        <translation>das Feld „%1“ in %2 ist kein Text</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="58"/>
        <source>the field &quot;%1&quot; in %2 is not a whole number</source>
        <translation>das Feld „%1“ in %2 ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="68"/>
        <source>the field &quot;%1&quot; is not an object</source>
        <translation>das Feld „%1“ ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="88"/>
        <source>the TLS mode &quot;%1&quot; in %2 is unknown</source>
        <translation>der TLS-Modus „%1“ in %2 ist unbekannt</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="94"/>
        <source>The project file %1 is not valid: %2. Open it in a text editor or create a new project.</source>
        <translation>Die Projektdatei %1 ist ungültig: %2. Öffnen Sie sie in einem Texteditor oder legen Sie ein neues Projekt an.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="109"/>
        <source>The project file %1 does not exist. It may have been moved or deleted.</source>
        <translation>Die Projektdatei %1 existiert nicht. Sie wurde vielleicht verschoben oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="112"/>
        <source>The project file %1 could not be read: %2. Check its permissions.</source>
        <translation>Die Projektdatei %1 konnte nicht gelesen werden: %2. Prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="118"/>
        <source>The project file %1 is not valid: it is not JSON (%2 at byte %3). Open it in a text editor or create a new project.</source>
        <translation>Die Projektdatei %1 ist ungültig: Sie ist kein JSON (%2 bei Byte %3). Öffnen Sie sie in einem Texteditor oder legen Sie ein neues Projekt an.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="123"/>
        <source>it holds no JSON object</source>
        <translation>sie enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="126"/>
        <source>it is not a Cutover project (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>sie ist kein Cutover-Projekt (kein &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="127"/>
        <location filename="../core/project/project.cpp" line="136"/>
        <location filename="../core/project/project.cpp" line="139"/>
        <location filename="../core/project/project.cpp" line="140"/>
        <location filename="../core/project/project.cpp" line="141"/>
        <source>the file</source>
        <translation>der Datei</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="129"/>
        <source>The project file %1 has version %2, but this Cutover reads version %3 at most. Update Cutover to open it.</source>
        <translation>Die Projektdatei %1 hat Version %2, dieses Cutover liest höchstens Version %3. Aktualisieren Sie Cutover, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="145"/>
        <source>the date &quot;%1&quot; in &quot;createdAt&quot; is not an ISO 8601 date</source>
        <translation>das Datum „%1“ in &quot;createdAt&quot; ist kein ISO-8601-Datum</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="165"/>
        <source>The project file %1 could not be written: %2. Check that the folder exists and is writable.</source>
        <translation>Die Projektdatei %1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="169"/>
        <source>The project file %1 could not be written: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Die Projektdatei %1 konnte nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und die Rechte des Ordners.</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <location filename="../core/generate/sales.cpp" line="1212"/>
        <source>No orders were generated: the store has no simple, virtual, downloadable or configurable products to sell. Generate products too (--products), or generate into a store that has a catalog.</source>
        <translation>Es wurden keine Bestellungen erzeugt: Der Shop hat keine einfachen, virtuellen, herunterladbaren oder konfigurierbaren Produkte zum Verkaufen. Erzeugen Sie auch Produkte (--products) oder erzeugen Sie in einen Shop mit Katalog.</translation>
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
    <name>TriggerDefinerCheck</name>
    <message>
        <location filename="../core/schema/triggerdefiners.cpp" line="37"/>
        <source>The user may not read the server&apos;s list of users (mysql.user), so Cutover cannot tell whether the definers of this database&apos;s triggers exist.</source>
        <translation>Der Benutzer darf die Benutzerliste des Servers (mysql.user) nicht lesen, daher kann Cutover nicht feststellen, ob die Definer der Trigger dieser Datenbank existieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/triggerdefiners.cpp" line="54"/>
        <source>%n trigger(s) in the database %1 (on %2 and other tables) run as the user &apos;%3&apos;@&apos;%4&apos;, which does not exist on this server, so every write to those tables would fail with &quot;The user specified as a definer does not exist&quot;. This happens when a Magento 2 database is restored from another server&apos;s dump. Create that user on this server (CREATE USER &apos;%3&apos;@&apos;%4&apos;; GRANT ALL ON %1.* TO &apos;%3&apos;@&apos;%4&apos;;) or recreate the triggers with bin/magento indexer:set-mode schedule, then check again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="91"/>
        <source> %1/s</source>
        <translation> %1/s</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="93"/>
        <source> ETA %1</source>
        <translation> Restzeit %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="116"/>
        <source>Log debug details to stderr.</source>
        <translation>Debug-Details auf stderr ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="119"/>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>Rufen Sie &apos;%1 --help&apos; für die Optionen auf.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="135"/>
        <source>--%1 takes a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl ab 0, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="20"/>
        <source>Check both connections, what each database is, privileges and size.</source>
        <translation>Beide Verbindungen prüfen: was jede Datenbank ist, Rechte und Größe.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.h" line="21"/>
        <source>Fill a Magento 1 database with a generated demo or test store.</source>
        <translation>Eine Magento-1-Datenbank mit einem erzeugten Demo- oder Testshop füllen.</translation>
    </message>
</context>
<context>
    <name>cutover::cli</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="27"/>
        <source>OK  </source>
        <translation>OK  </translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="29"/>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="31"/>
        <source>FAIL</source>
        <translation>FEHL</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="33"/>
        <source>SKIP</source>
        <translation>SKIP</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="42"/>
        <source>Fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="44"/>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="53"/>
        <source>The Magento 1 database, as mysql://USER@HOST:PORT/DB?prefix=P. Its password is read from CUTOVER_SOURCE_PASSWORD.</source>
        <translation>Die Magento-1-Datenbank als mysql://BENUTZER@HOST:PORT/DB?prefix=P. Ihr Passwort wird aus CUTOVER_SOURCE_PASSWORD gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="57"/>
        <source>The Magento 2 database, as mysql://USER@HOST:PORT/DB. Its password is read from CUTOVER_DEST_PASSWORD.</source>
        <translation>Die Magento-2-Datenbank als mysql://BENUTZER@HOST:PORT/DB. Ihr Passwort wird aus CUTOVER_DEST_PASSWORD gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="59"/>
        <source>Print one JSON document instead of text.</source>
        <translation>Ein JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="61"/>
        <source>Seconds to wait for the TCP connection and for the server&apos;s first answer (default 5).</source>
        <translation>Sekunden, die auf die TCP-Verbindung und die erste Antwort des Servers gewartet wird (Standard 5).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="64"/>
        <source>Checks the source and destination databases step by step: name resolution, network connection, the server&apos;s greeting and TLS, login, the database, which Magento it holds and its table prefix, privileges (read, delta triggers, write), whether the destination is fresh, and the size of the store with an estimate of the migration time. Stops at the first failure of each and suggests a fix. Exit code 0 when both pass (warnings allowed), 1 when a check failed, 2 for usage errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="72"/>
        <source>Give the database(s) to check with --source mysql://USER@HOST/DB and/or --dest mysql://USER@HOST/DB.</source>
        <translation>Geben Sie die zu prüfende(n) Datenbank(en) mit --source mysql://BENUTZER@HOST/DB und/oder --dest mysql://BENUTZER@HOST/DB an.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="78"/>
        <source>--timeout must be between 1 and 600 seconds.</source>
        <translation>--timeout muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="108"/>
        <source>Source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="109"/>
        <source>Destination %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="123"/>
        <source>  The %1 passed.</source>
        <translation>  Die %1 hat bestanden.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="124"/>
        <source>  The %1 did not pass.</source>
        <translation>  Die %1 hat nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="17"/>
        <source>The Magento 1 database to fill, as mysql://USER@HOST:PORT/DB?prefix=P. Its password is read from CUTOVER_PASSWORD.</source>
        <translation>Die zu füllende Magento-1-Datenbank als mysql://BENUTZER@HOST:PORT/DB?prefix=P. Ihr Passwort wird aus CUTOVER_PASSWORD gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="19"/>
        <source>Number of products (default 200).</source>
        <translation>Anzahl der Produkte (Standard 200).</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="20"/>
        <source>Number of customers (default 100).</source>
        <translation>Anzahl der Kunden (Standard 100).</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="21"/>
        <source>Number of orders (default 300).</source>
        <translation>Anzahl der Bestellungen (Standard 300).</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="22"/>
        <source>Random seed; the same seed gives the same store (default 1).</source>
        <translation>Zufallsstartwert; derselbe Wert ergibt denselben Shop (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="23"/>
        <source>Also write the product images and downloadable files into this Magento 1 media folder.</source>
        <translation>Produktbilder und herunterladbare Dateien zusätzlich in diesen Magento-1-Medienordner schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="25"/>
        <source>Fills a database that holds a real Magento 1 schema with a realistic, deterministic store: websites, catalog of every product type, customers, orders with invoices, shipments and credit memos, reviews, CMS, and the mess real stores carry.</source>
        <translation>Füllt eine Datenbank mit echtem Magento-1-Schema mit einem realistischen, reproduzierbaren Shop: Websites, Katalog mit allen Produkttypen, Kunden, Bestellungen mit Rechnungen, Lieferungen und Gutschriften, Bewertungen, CMS und der Unordnung echter Shops.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="30"/>
        <source>Give the database to fill with --target mysql://USER@HOST:PORT/DB (load a Magento 1 dump into it first).</source>
        <translation>Geben Sie die zu füllende Datenbank mit --target mysql://BENUTZER@HOST:PORT/DB an (laden Sie zuerst einen Magento-1-Dump hinein).</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="54"/>
        <source>Generated %1 rows in %2 s (%3 rows/s) into %4.</source>
        <translation>%1 Zeilen in %2 s (%3 Zeilen/s) in %4 erzeugt.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="62"/>
        <source>Real-store mess made on purpose:</source>
        <translation>Absichtlich erzeugte Unordnung echter Shops:</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="67"/>
        <source>Wrote %1 media files under %2.</source>
        <translation>%1 Mediendateien unter %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="69"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>cutover::ui::CutoverWizard</name>
    <message>
        <location filename="../wizard/cutoverwizard.cpp" line="21"/>
        <source>Cutover</source>
        <translation>Cutover</translation>
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
        <source>Recent projects</source>
        <translation>Zuletzt verwendete Projekte</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="129"/>
        <source>Double-click a project to open it.</source>
        <translation>Doppelklicken Sie auf ein Projekt, um es zu öffnen.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="130"/>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="142"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="182"/>
        <source>New Cutover project</source>
        <translation>Neues Cutover-Projekt</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="191"/>
        <source>Open a Cutover project</source>
        <translation>Cutover-Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="222"/>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="225"/>
        <source>This file no longer exists: %1. Select it and click &quot;Remove from list&quot;.</source>
        <translation>Diese Datei existiert nicht mehr: %1. Wählen Sie sie aus und klicken Sie auf „Aus der Liste entfernen“.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="229"/>
        <source>Double-click to open %1.</source>
        <translation>Doppelklicken, um %1 zu öffnen.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="233"/>
        <source>No recent projects yet.</source>
        <translation>Noch keine zuletzt verwendeten Projekte.</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="245"/>
        <source>Open project: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Geöffnetes Projekt: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../wizard/welcomepage.cpp" line="275"/>
        <source>Preparing the demo store…</source>
        <translation>Demo-Shop wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>cutover::ui::WizardController</name>
    <message>
        <location filename="../wizard/wizardcontroller.cpp" line="121"/>
        <source>The demo store could not be prepared because of an unexpected error.</source>
        <translation>Der Demo-Shop konnte wegen eines unerwarteten Fehlers nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location filename="../wizard/wizardcontroller.cpp" line="146"/>
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
        <location filename="../app/gui/main.cpp" line="45"/>
        <source>A project file (*.cutover) to open.</source>
        <translation>Eine zu öffnende Projektdatei (*.cutover).</translation>
    </message>
</context>
</TS>
