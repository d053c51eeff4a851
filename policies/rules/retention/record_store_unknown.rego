# METADATA
# title: Record types name known data stores
# description: |
#   Knowing where each record type is kept is what lets its retention,
#   disposal and protection be checked. A RetentionSchedule record whose
#   stores lists a name that is not a data store of any EncryptionConfig is
#   a link to nothing, one finding per unknown name, reported at the stores
#   field. Checked only when the evidence holds an EncryptionConfig. No
#   threshold.
# custom:
#   id: SG-RT-006
#   citation: 164.310(d)(2)(iii)
#   safeguard: physical
#   specification: addressable
#   severity: medium
#   evidence: [RetentionSchedule, EncryptionConfig]
#   remediation: |
#     Correct the store name to the data store's name in the
#     EncryptionConfig, or add the data store (with its encryption, host and
#     backup) to the EncryptionConfig.
package safeguard.rules.retention.record_store_unknown

import data.safeguard.lib

deny contains lib.finding_at(msg, record, "stores") if {
	lib.has_encryption
	some schedule in input.retention_schedules
	some record in schedule.spec.records
	some name in object.get(record, "stores", [])
	not lib.data_stores_by_name[name]
	msg := sprintf("Record type %q in %s is kept in store %q, which is not a data store of any EncryptionConfig", [record.type, schedule.metadata.name, name])
}
