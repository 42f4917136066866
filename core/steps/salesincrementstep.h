#pragma once

#include "engine/step.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cutover {

class Database;
class SchemaCatalog;

/**
 * The Data Migration Tool's SalesIncrement step: Magento 1 numbers orders, invoices, shipments and credit memos
 * per store from eav_entity_store (increment_prefix, increment_last_id); Magento 2 numbers them from a per-store
 * sequence table (`sequence_order_<store>`, ...: the next number is the table's next AUTO_INCREMENT) and the
 * active sales_sequence_profile of its sales_sequence_meta row (prefix, suffix, start value, step), formatted as
 * prefix + the number padded to 9 digits + suffix. This step sets both for every Magento 1 store and entity type,
 * so that the next Magento 2 number of a store follows its last Magento 1 number.
 *
 * Meta rows are kept (matched by entity type and store), their profile updated in place and the sequence tables
 * emptied and set again, so a rerun gives the same destination; missing sequence tables are created with
 * Magento 2's DDL. When the migrated documents already hold a number beyond eav_entity_store (a stale row), the
 * sequence continues after the highest one so that Magento 2 never makes a duplicate, and the report says so.
 *
 * Runs on the runner's thread; plan() copies nothing, afterCopy() does the work.
 */
class SalesIncrementStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(SalesIncrementStep)
public:
    QString id() const override { return QStringLiteral("sales-increment"); }
    QString title() const override { return tr("Sales increment step"); }

    /** A Magento 2 sequence: profile prefix and the last number used (the table's highest sequence_value). */
    struct Sequence
    {
        QString prefix;
        qint64 lastValue = 0;
        bool sameFormat = true; ///< false: Magento 2's numbers will look different (9 digits after the prefix)
    };

    /**
     * The Magento 2 sequence that continues a Magento 1 number: "100000045" (store prefix "1", 8 digits) gives
     * prefix "" and last value 100000045, so that Magento 2's next number, "%09d" of 100000046, is Magento 1's
     * next one exactly. A number whose last 9 characters are not all digits keeps Magento 1's prefix and the
     * number after it (Magento 2 then pads it to 9 digits: sameFormat is false). Pure.
     */
    static Sequence sequenceFor(const QString& lastIncrementId, const QString& incrementPrefix);

    /** Magento 2's number for `value` under `prefix` and `suffix` (Magento\SalesSequence\Model\Sequence). Pure. */
    static QString format(const QString& prefix, qint64 value, const QString& suffix = {});

    /**
     * Delta: advances the sequence tables of every store for the entity types whose documents were touched
     * (`documents`: Magento 2 document table such as "sales_order" -> entity ids written), or of every type with
     * `allTypes` (eav_entity_store changed), to what the step would set: Magento 1's last number from
     * eav_entity_store, or the highest number of those documents when it is beyond. A sequence is never moved
     * back. Runs inside the caller's transaction on the caller's thread (no DDL); a missing sequence table is
     * named in `warnings`. Returns the sequence tables advanced. Throws cutover::Error.
     */
    static int advanceSequences(Database& src, Database& dst, const SchemaCatalog& sourceCatalog,
        const SchemaCatalog& destinationCatalog, const QHash<QString, QSet<qint64>>& documents, bool allTypes,
        QStringList* warnings = nullptr);

protected:
    QList<TablePlan> plan(StepContext& context) override;
    void afterCopy(StepContext& context, StepReport& report) override;
};

} // namespace cutover
