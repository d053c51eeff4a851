# METADATA
# title: Medical records of minors are kept past majority where the law says
# description: |
#   Several states keep minors' medical records for a period past the age
#   of majority, which can outlast the adult retention; disposing of ePHI
#   before then is disposing of it wrongly, and HIPAA defers to that state
#   law. For a RetentionSchedule whose jurisdiction extends retention for
#   minors, two warnings: the schedule lists medical_record types but none
#   of them sets minors_after_majority_years (the schedule never says how
#   minors' records are kept; reported at the jurisdiction), and a
#   medical_record whose minors_after_majority_years is below the
#   jurisdiction's figure. Default table, years past 18 (to confirm with
#   counsel; a default, not the law): US-CA 1, US-TX 3 (until 21), US-NY 3
#   (until 21), US-NC 12 (until 30), US-AZ 3, US-NV 5 (until 23); set
#   thresholds.minors_after_majority_years to an object of jurisdiction to
#   years; it replaces the table.
# custom:
#   id: SG-RT-005
#   citation: 164.310(d)(2)(i)
#   safeguard: physical
#   specification: required
#   severity: medium
#   evidence: [RetentionSchedule]
#   remediation: |
#     Confirm the minors' rule of the jurisdiction with counsel and set
#     minors_after_majority_years on the medical record types it covers, so
#     disposal waits until both clocks have run.
package safeguard.rules.retention.minors_retention_missing

import data.safeguard.lib

_table := lib.param("minors_after_majority_years")

warn contains lib.finding_at(msg, spec, "jurisdiction") if {
	some schedule in input.retention_schedules
	spec := schedule.spec
	jurisdiction := spec.jurisdiction
	years := _table[jurisdiction]
	medical := [r | some r in spec.records; r.category == "medical_record"]
	count(medical) > 0
	every m in medical {
		not m.minors_after_majority_years
	}
	msg := sprintf("Retention schedule %s (%s) sets minors_after_majority_years on none of its medical record types; %s keeps minors' records at least %s past majority by default (confirm with counsel)", [schedule.metadata.name, jurisdiction, jurisdiction, _years_text(years)])
}

warn contains lib.finding_at(msg, record, "minors_after_majority_years") if {
	some schedule in input.retention_schedules
	jurisdiction := schedule.spec.jurisdiction
	years := _table[jurisdiction]
	some record in schedule.spec.records
	record.category == "medical_record"
	record.minors_after_majority_years < years
	msg := sprintf("Medical record type %q in %s keeps minors' records %s past majority; %s keeps them at least %s past majority by default (confirm with counsel)", [record.type, schedule.metadata.name, _years_text(record.minors_after_majority_years), jurisdiction, _years_text(years)])
}

_years_text(n) := "1 year" if n == 1

else := sprintf("%d years", [n])
