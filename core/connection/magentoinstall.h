#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVariant>
#include <QVector>

#include <functional>

namespace cutover {

enum class MagentoFlavour { Magento1, Magento2 };

/** "Magento 1" / "Magento 2", translated. */
QString magentoFlavourName(MagentoFlavour flavour);
/** "magento1" / "magento2", for JSON. */
QString magentoFlavourKey(MagentoFlavour flavour);

/** A set of tables that looks like one Magento install: its flavour and table prefix. */
struct MagentoCandidate
{
    MagentoFlavour flavour = MagentoFlavour::Magento1;
    QString prefix;
};

/**
 * Which Magento a database holds, told from its tables: Magento 1 keeps module versions in `core_resource`,
 * Magento 2 in `setup_module` (and, from 2.3, applied patches in `patch_list`); both have `core_config_data`,
 * which is how a table prefix is found.
 */
struct MagentoInstall
{
    Q_DECLARE_TR_FUNCTIONS(MagentoInstall)
public:
    MagentoFlavour flavour = MagentoFlavour::Magento1;
    QString prefix;
    QString version; ///< the evidence: module versions, or the version Magento 2 recorded
    QString release; ///< what that means, for people: "Magento CE 1.9.1 to 1.9.4"
    bool supported = true;
    QString note; ///< why it is not supported, and what to do

    /** Every Magento install among `tables` (names with their prefix), unprefixed first. Pure. */
    static QVector<MagentoCandidate> candidates(const QSet<QString>& tables);

    /**
     * Reads the version of the install with `prefix`. `scalar` runs a query on the database and returns the first
     * column of the first row (it may throw cutover::Error); `tables` are the database's table names.
     */
    static MagentoInstall read(MagentoFlavour flavour, const QString& prefix,
        const std::function<QVariant(const QString&)>& scalar, const QSet<QString>& tables);

    /** The release family a Magento 1 `core_setup` (and `catalog_setup`) version belongs to. Pure. */
    static QString magento1Release(
        const QString& coreSetup, const QString& catalogSetup, bool enterprise, bool* supported);
};

} // namespace cutover
