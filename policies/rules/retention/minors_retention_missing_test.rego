package safeguard.rules.retention.minors_retention_missing_test

import data.safeguard.rules.retention.minors_retention_missing as rule

_schedule(jurisdiction, records) := {"metadata": {"name": "harbor-retention"}, "spec": {"jurisdiction": jurisdiction, "records": records}}

_input(schedule) := {"as_of": "2026-11-01", "retention_schedules": [schedule]}

test_schedule_without_minors_rule_is_warned if {
	schedule := _schedule("US-CA", [
		{"type": "clinical_notes", "category": "medical_record", "retention_years": 10},
		{"type": "lab_results", "category": "medical_record", "retention_years": 10},
	])
	r := rule.warn with input as _input(schedule)
	r == {{"msg": "Retention schedule harbor-retention (US-CA) sets minors_after_majority_years on none of its medical record types; US-CA keeps minors' records at least 1 year past majority by default (confirm with counsel)", "at": schedule.spec, "field": "jurisdiction"}}
}

test_short_minors_period_is_warned if {
	record := {"type": "charts", "category": "medical_record", "retention_years": 11, "minors_after_majority_years": 3}
	r := rule.warn with input as _input(_schedule("US-NC", [record]))
	r == {{"msg": "Medical record type \"charts\" in harbor-retention keeps minors' records 3 years past majority; US-NC keeps them at least 12 years past majority by default (confirm with counsel)", "at": record, "field": "minors_after_majority_years"}}
}

test_schedule_with_minors_rule_passes if {
	r := rule.warn with input as _input(_schedule("US-CA", [
		{"type": "clinical_notes", "category": "medical_record", "retention_years": 10, "minors_after_majority_years": 1},
		{"type": "lab_results", "category": "medical_record", "retention_years": 10},
	]))
	r == set()
}

test_jurisdiction_without_minors_rule_passes if {
	r := rule.warn with input as _input(_schedule("US-FL", [{"type": "charts", "category": "medical_record", "retention_years": 5}]))
	r == set()
}

test_schedule_without_medical_records_passes if {
	r := rule.warn with input as _input(_schedule("US-CA", [{"type": "billing_records", "category": "billing", "retention_years": 7}]))
	r == set()
}
