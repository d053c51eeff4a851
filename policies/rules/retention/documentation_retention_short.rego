# METADATA
# title: HIPAA documentation is kept at least six years
# description: |
#   Policies and procedures and the records of the actions, activities and
#   assessments they require are kept 6 years from creation or from when
#   they were last in effect, whichever is later. A RetentionSchedule record
#   of category hipaa_documentation, risk_assessment, training_record,
#   contract (BAAs), incident or audit_log whose retention_years is missing
#   or below the threshold is a finding. Default threshold: 6 years,
#   164.316(b)(2)(i); set thresholds.documentation_retention_years.
# custom:
#   id: SG-RT-001
#   citation: 164.316(b)(2)(i)
#   safeguard: documentation
#   specification: required
#   severity: high
#   evidence: [RetentionSchedule]
#   remediation: |
#     Set the record's retention to at least 6 years from creation or from
#     the date it was last in effect, and make sure the stores that hold it
#     keep it that long (backups and archives included).
package safeguard.rules.retention.documentation_retention_short

import data.safeguard.lib

_years := lib.param("documentation_retention_years")

_categories := {"hipaa_documentation", "risk_assessment", "training_record", "contract", "incident", "audit_log"}

deny contains lib.finding_at(msg, record, "retention_years") if {
	some schedule in input.retention_schedules
	some record in schedule.spec.records
	record.category in _categories
	not record.retention_years
	msg := sprintf("Record type %q (%s) in %s has no retention_years; HIPAA documentation is kept at least %d years", [record.type, record.category, schedule.metadata.name, _years])
}

deny contains lib.finding_at(msg, record, "retention_years") if {
	some schedule in input.retention_schedules
	some record in schedule.spec.records
	record.category in _categories
	record.retention_years < _years
	msg := sprintf("Record type %q (%s) in %s is kept %s; HIPAA documentation is kept at least %d years", [record.type, record.category, schedule.metadata.name, _years_text(record.retention_years), _years])
}

_years_text(n) := "1 year" if n == 1

else := sprintf("%d years", [n])
