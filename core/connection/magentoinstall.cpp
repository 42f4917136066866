#include "magentoinstall.h"

#include "db/database.h"

#include <QVersionNumber>

#include <algorithm>

namespace cutover {

QString magentoFlavourName(MagentoFlavour flavour)
{
    return flavour == MagentoFlavour::Magento1 ? MagentoInstall::tr("Magento 1") : MagentoInstall::tr("Magento 2");
}

QString magentoFlavourKey(MagentoFlavour flavour)
{
    return flavour == MagentoFlavour::Magento1 ? QStringLiteral("magento1") : QStringLiteral("magento2");
}

QVector<MagentoCandidate> MagentoInstall::candidates(const QSet<QString>& tables)
{
    static const QString marker = QStringLiteral("core_config_data");
    QVector<MagentoCandidate> found;
    for (const QString& name : tables) {
        if (!name.endsWith(marker))
            continue;
        const QString prefix = name.left(name.size() - marker.size());
        if (tables.contains(prefix + QStringLiteral("core_resource")))
            found.append({ MagentoFlavour::Magento1, prefix });
        else if (tables.contains(prefix + QStringLiteral("setup_module")))
            found.append({ MagentoFlavour::Magento2, prefix });
    }
    std::sort(found.begin(), found.end(),
        [](const MagentoCandidate& a, const MagentoCandidate& b) { return a.prefix < b.prefix; });
    return found;
}

QString MagentoInstall::magento1Release(
    const QString& coreSetup, const QString& catalogSetup, bool enterprise, bool* supported)
{
    *supported = true;
    const QVersionNumber core = QVersionNumber::fromString(coreSetup);
    const QString edition = enterprise ? tr("Magento EE") : tr("Magento CE");
    if (core.isNull()) {
        return tr("%1, version unknown (core_resource has no core_setup row)").arg(edition);
    }
    // Mage_Core moved to the 1.6.0.x series with CE 1.6 / EE 1.11; earlier releases carry 0.8.x.
    if (core < QVersionNumber(1, 6)) {
        *supported = false;
        return enterprise ? tr("Magento EE 1.10 or older") : tr("Magento CE 1.5 or older");
    }
    if (enterprise)
        return tr("Magento EE 1.11 to 1.14");
    // 1.6.0.6 is what CE 1.9.1.1 and 1.9.3.2 both record; catalog_setup 1.6.0.0.19.1.x comes with the 1.9.3
    // line (seen in 1.9.3.2), plain 1.6.0.0.19 with 1.9.1/1.9.2.
    if (core == QVersionNumber::fromString(QStringLiteral("1.6.0.6"))) {
        if (catalogSetup.startsWith(QLatin1String("1.6.0.0.19.1.")))
            return tr("Magento CE 1.9.3 or 1.9.4");
        return tr("Magento CE 1.9.1 to 1.9.4");
    }
    if (core < QVersionNumber::fromString(QStringLiteral("1.6.0.6")))
        return tr("Magento CE 1.6 to 1.9.0");
    return tr("Magento CE 1.9 or a later fork (OpenMage)");
}

MagentoInstall MagentoInstall::read(MagentoFlavour flavour, const QString& prefix,
    const std::function<QVariant(const QString&)>& scalar, const QSet<QString>& tables)
{
    MagentoInstall install;
    install.flavour = flavour;
    install.prefix = prefix;
    const auto table = [&](const QString& name) { return Database::quoteIdentifier(prefix + name); };
    if (flavour == MagentoFlavour::Magento1) {
        const QString core = scalar(QStringLiteral("SELECT version FROM %1 WHERE code = 'core_setup'")
                                        .arg(table(QStringLiteral("core_resource"))))
                                 .toString();
        const QString catalog = scalar(QStringLiteral("SELECT version FROM %1 WHERE code = 'catalog_setup'")
                                           .arg(table(QStringLiteral("core_resource"))))
                                    .toString();
        const bool enterprise = scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE code LIKE 'enterprise\\_%'")
                                           .arg(table(QStringLiteral("core_resource"))))
                                    .toLongLong()
            > 0;
        install.version = QStringLiteral("core_setup %1, catalog_setup %2").arg(core, catalog);
        install.release = magento1Release(core, catalog, enterprise, &install.supported);
        if (!install.supported)
            install.note = tr("Cutover migrates Magento CE 1.6 to 1.9 (EE 1.11 to 1.14). Upgrade the store to 1.9 "
                              "first.");
        return install;
    }

    // Magento 2 writes its version to admin_analytics_usage_version_log when an admin logs in after an install
    // or upgrade: the best record there is, though it can lag behind an upgrade nobody has logged in after.
    if (tables.contains(prefix + QStringLiteral("admin_analytics_usage_version_log"))) {
        install.version = scalar(QStringLiteral("SELECT last_viewed_in_version FROM %1 ORDER BY id DESC LIMIT 1")
                                     .arg(table(QStringLiteral("admin_analytics_usage_version_log"))))
                              .toString();
    }
    const bool patches = tables.contains(prefix + QStringLiteral("patch_list"));
    if (!install.version.isEmpty()) {
        install.release = tr("Magento %1, as recorded at the last admin login").arg(install.version);
    } else if (patches) {
        install.release = tr("Magento 2.3 or later (patch_list present; exact version not recorded)");
    } else {
        install.release = tr("Magento 2.0 to 2.2 (no patch_list)");
        install.supported = false;
    }
    if (!install.version.isEmpty() && QVersionNumber::fromString(install.version) < QVersionNumber(2, 3))
        install.supported = false;
    if (!install.supported)
        install.note = tr("Cutover migrates into Magento 2.4. Upgrade the destination install first.");
    return install;
}

} // namespace cutover
