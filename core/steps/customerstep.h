#pragma once

#include "engine/step.h"

#include <QString>

#include <memory>
#include <optional>

namespace cutover {

/**
 * The Data Migration Tool's Customer Attributes step: customers, their addresses, their EAV values and the
 * customer groups, configured as the tool configures it (customer_map_file, customer_document_groups_file,
 * customer_attribute_groups_file).
 *
 * - The documents of the groups file's `source_documents` are copied through map-customer.xml (its ignored
 *   fields stay out), each destination table emptied first (after its backup, see CopyLedger).
 * - The attributes the attribute groups file lists per entity table (firstname, password_hash, default_billing,
 *   city, street...) are EAV values in Magento 1 and columns in Magento 2: they are pivoted from the source
 *   value tables into those columns, a window of entities at a time (memory bounded by the window, not the
 *   table). Their value rows are not copied again and are counted under that reason.
 * - The other value rows go to Magento 2's value tables with attribute_id rewritten through the AttributeMap
 *   (matched by entity type and attribute code); values of attributes Magento 2 lacks are skipped and counted
 *   with the reason (the EAV step carries custom attributes), as are values of entities that do not exist.
 * - Magento 1 password hashes (md5(salt . password):salt) become Magento 2's legacy form hash:salt:0, which
 *   Magento 2 accepts and upgrades at the customer's next login; hashes of another form are carried unchanged
 *   and counted.
 * - Addresses whose customer does not exist are skipped and counted (Magento 2 requires the customer).
 * - customer_group is carried through map.xml with its tax class.
 *
 * Rerunnable: a finished table is not copied again; an interrupted one resumes after its last batch.
 */
class CustomerStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(CustomerStep)
public:
    CustomerStep();

    QString id() const override { return QStringLiteral("customers"); }
    QString title() const override { return tr("Customer attributes step"); }

    /** What the last run() changed in values, beyond the rows the table reports count. Thread-safe to read. */
    struct Counts
    {
        qint64 hashesConverted = 0; ///< Magento 1 hashes written in Magento 2's legacy form
        qint64 hashesUnrecognised = 0; ///< hashes of another form, carried unchanged
        qint64 zeroDates = 0; ///< zero dates (dob, ...) written as NULL
        qint64 optionsMapped = 0; ///< select values (gender) rewritten to Magento 2's option id of the same label
        qint64 requiredFilled = 0; ///< NOT NULL columns without a source value, written as ''
        qint64 valuesCut = 0; ///< values longer than the Magento 2 column, cut to fit
    };
    Counts counts() const;

    /**
     * A Magento 1 customer password hash in the form Magento 2 verifies: md5hex:salt becomes md5hex:salt:0,
     * an unsalted md5hex becomes md5hex::0, sha256hex:salt (Magento 1 with SHA-256) becomes sha256hex:salt:1.
     * nullopt for any other form (empty, bcrypt, an extension's scheme).
     */
    static std::optional<QString> magento2PasswordHash(const QString& magento1Hash);

protected:
    QList<TablePlan> plan(StepContext& context) override;
    void afterCopy(StepContext& context, StepReport& report) override;

public:
    struct Shared;

private:
    std::shared_ptr<Shared> m_shared;
};

} // namespace cutover
