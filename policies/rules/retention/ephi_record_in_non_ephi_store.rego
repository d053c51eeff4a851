# METADATA
# title: ePHI records are kept only in stores marked as holding ePHI
# description: |
#   The risk analysis covers the systems that hold ePHI, and the
#   EncryptionConfig's ephi flag is how this evidence marks them. A
#   RetentionSchedule record with ephi true that lists a data store whose
#   ephi is false puts ePHI where the risk analysis and the encryption
#   checks do not look. Joins record stores to EncryptionConfig data stores
#   by name; checked only when the evidence holds an EncryptionConfig. No
#   threshold.
# custom:
#   id: SG-RT-008
#   citation: 164.308(a)(1)(ii)(A)
#   safeguard: administrative
#   specification: required
#   severity: high
#   evidence: [RetentionSchedule, EncryptionConfig]
#   remediation: |
#     Mark the data store ephi = true and bring it into the risk analysis
#     and the encryption, backup and access controls for ePHI; or stop
#     keeping the record type there and correct stores.
package safeguard.rules.retention.ephi_record_in_non_ephi_store

import data.safeguard.lib

deny contains lib.finding_at(msg, record, "stores") if {
	lib.has_encryption
	some schedule in input.retention_schedules
	some record in schedule.spec.records
	record.ephi == true
	some name in object.get(record, "stores", [])
	store := lib.data_stores_by_name[name]
	store.ephi == false
	msg := sprintf("ePHI record type %q in %s is kept in data store %q, which is marked ephi false; the risk analysis scope misses it", [record.type, schedule.metadata.name, name])
}
