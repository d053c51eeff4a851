# METADATA
# title: Destruction of ePHI is documented by a certificate
# description: |
#   Keeping a record of the disposal of media and of the ePHI on it (who
#   destroyed what, when and how: a certificate of destruction) shows that
#   disposal happened and is part of media accountability. A
#   RetentionSchedule record with ephi true whose disposal.certificate is
#   not true is reported as a warning (a record with no disposal at all is
#   SG-RT-002). No threshold.
# custom:
#   id: SG-RT-003
#   citation: 164.310(d)(2)(iii)
#   safeguard: physical
#   specification: addressable
#   severity: medium
#   evidence: [RetentionSchedule]
#   remediation: |
#     Keep a certificate of destruction (or a sanitization log per NIST SP
#     800-88) for each disposal of the record type, from the destruction
#     vendor or the team that sanitized the media, and set
#     disposal.certificate to true.
package safeguard.rules.retention.disposal_certificate_missing

import data.safeguard.lib

warn contains lib.finding_at(msg, disposal, "certificate") if {
	some schedule in input.retention_schedules
	some record in schedule.spec.records
	record.ephi == true
	disposal := record.disposal
	value := object.get(disposal, "certificate", "missing")
	value != true
	msg := sprintf("ePHI record type %q in %s keeps no certificate of destruction (disposal.certificate is %v)", [record.type, schedule.metadata.name, value])
}
