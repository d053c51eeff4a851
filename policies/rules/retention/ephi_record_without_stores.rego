# METADATA
# title: ePHI record types say where they are kept
# description: |
#   Accountability for ePHI starts with knowing where each kind of it is
#   kept; a record type with no stores cannot be tied to its encryption,
#   backups or disposal, and escapes the risk analysis. A RetentionSchedule
#   record with ephi true whose stores is missing or empty is a finding. No
#   threshold.
# custom:
#   id: SG-RT-007
#   citation: 164.310(d)(2)(iii)
#   safeguard: physical
#   specification: addressable
#   severity: medium
#   evidence: [RetentionSchedule]
#   remediation: |
#     List in stores every EncryptionConfig data store (primary, backup and
#     archive) that holds the record type.
package safeguard.rules.retention.ephi_record_without_stores

import data.safeguard.lib

deny contains lib.finding_at(msg, record, "stores") if {
	some schedule in input.retention_schedules
	some record in schedule.spec.records
	record.ephi == true
	count(object.get(record, "stores", [])) == 0
	msg := sprintf("ePHI record type %q in %s lists no stores; name the data stores that hold it", [record.type, schedule.metadata.name])
}
