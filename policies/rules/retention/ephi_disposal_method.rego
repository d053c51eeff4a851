# METADATA
# title: ePHI is disposed of by sanitization, not deletion
# description: |
#   ePHI and the media it is on must be disposed of so that it cannot be
#   read or reconstructed: cleared, purged or destroyed per NIST SP 800-88
#   (Rev. 1 or Rev. 2), or physically destroyed (cross-cut shredding,
#   pulverizing, incineration). Deleting a file leaves the data on the
#   media. A RetentionSchedule record with ephi true whose disposal is
#   missing, or whose disposal.method is missing, delete or none, is a gap.
#   No threshold.
# custom:
#   id: SG-RT-002
#   citation: 164.310(d)(2)(i)
#   safeguard: physical
#   specification: required
#   severity: high
#   evidence: [RetentionSchedule]
#   remediation: |
#     Dispose of the record type with a NIST SP 800-88 clear, purge or
#     destroy method (cryptographic erase of encrypted stores counts as
#     purge), or have a destruction vendor under a BAA destroy the media,
#     and record the method.
package safeguard.rules.retention.ephi_disposal_method

import data.safeguard.lib

deny contains lib.finding_at(msg, record, "disposal") if {
	some schedule in input.retention_schedules
	some record in schedule.spec.records
	record.ephi == true
	not record.disposal
	msg := sprintf("ePHI record type %q in %s has no disposal method; use NIST SP 800-88 clear, purge or destroy, or physical destruction", [record.type, schedule.metadata.name])
}

deny contains lib.finding_at(msg, disposal, "method") if {
	some schedule in input.retention_schedules
	some record in schedule.spec.records
	record.ephi == true
	disposal := record.disposal
	not disposal.method
	msg := sprintf("ePHI record type %q in %s has no disposal method; use NIST SP 800-88 clear, purge or destroy, or physical destruction", [record.type, schedule.metadata.name])
}

deny contains lib.finding_at(msg, disposal, "method") if {
	some schedule in input.retention_schedules
	some record in schedule.spec.records
	record.ephi == true
	disposal := record.disposal
	disposal.method in {"delete", "none"}
	msg := sprintf("ePHI record type %q in %s is disposed of by method %s; use NIST SP 800-88 clear, purge or destroy, or physical destruction", [record.type, schedule.metadata.name, disposal.method])
}
