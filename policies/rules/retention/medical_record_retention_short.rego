# METADATA
# title: Medical records are kept as long as the jurisdiction requires
# description: |
#   HIPAA's 6 years cover compliance documentation, not the medical record:
#   the Security Rule defers to state law and program rules for how long
#   the record itself is kept, and ePHI disposed of before that is disposed
#   of wrongly. A RetentionSchedule record of category medical_record whose
#   retention_years is missing or below the minimum for the schedule's
#   jurisdiction is a finding; a jurisdiction not in the table is not
#   checked. Default table (to confirm with counsel; it is a default, not
#   the law): US-CA 7, US-TX 7, US-NY 6, US-NC 11, US-FL 5, US-AZ 6, US-NV
#   5, and US (federal only) 6 by convention; from state statutes and
#   federal program rules as summarised in the project's reference. Set
#   thresholds.medical_record_retention_years to an object of jurisdiction
#   to years; it replaces the table.
# custom:
#   id: SG-RT-004
#   citation: 164.310(d)(2)(i)
#   safeguard: physical
#   specification: required
#   severity: high
#   evidence: [RetentionSchedule]
#   remediation: |
#     Confirm with counsel the longest retention that applies (state law,
#     Medicare and other program rules, accreditation) and set
#     retention_years to at least that; suspend disposal under legal holds.
package safeguard.rules.retention.medical_record_retention_short

import data.safeguard.lib

_table := lib.param("medical_record_retention_years")

deny contains lib.finding_at(msg, record, "retention_years") if {
	some schedule in input.retention_schedules
	jurisdiction := schedule.spec.jurisdiction
	minimum := _table[jurisdiction]
	some record in schedule.spec.records
	record.category == "medical_record"
	not record.retention_years
	msg := sprintf("Medical record type %q in %s has no retention_years; the default minimum for %s is %d years (state law; confirm with counsel)", [record.type, schedule.metadata.name, jurisdiction, minimum])
}

deny contains lib.finding_at(msg, record, "retention_years") if {
	some schedule in input.retention_schedules
	jurisdiction := schedule.spec.jurisdiction
	minimum := _table[jurisdiction]
	some record in schedule.spec.records
	record.category == "medical_record"
	record.retention_years < minimum
	msg := sprintf("Medical record type %q in %s is kept %s; the default minimum for %s is %d years (state law; confirm with counsel)", [record.type, schedule.metadata.name, _years_text(record.retention_years), jurisdiction, minimum])
}

_years_text(n) := "1 year" if n == 1

else := sprintf("%d years", [n])
