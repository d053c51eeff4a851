package safeguard.rules.retention.medical_record_retention_short_test

import data.safeguard.rules.retention.medical_record_retention_short as rule

_input(jurisdiction, records) := {"as_of": "2026-11-01", "retention_schedules": [{"metadata": {"name": "harbor-retention"}, "spec": {"jurisdiction": jurisdiction, "records": records}}]}

test_short_retention_in_california_is_denied if {
	record := {"type": "clinical_notes", "category": "medical_record", "ephi": true, "retention_years": 5}
	r := rule.deny with input as _input("US-CA", [record, {"type": "billing_records", "category": "billing", "retention_years": 3}])
	r == {{"msg": "Medical record type \"clinical_notes\" in harbor-retention is kept 5 years; the default minimum for US-CA is 7 years (state law; confirm with counsel)", "at": record, "field": "retention_years"}}
}

test_missing_retention_in_north_carolina_is_denied if {
	record := {"type": "charts", "category": "medical_record"}
	r := rule.deny with input as _input("US-NC", [record])
	r == {{"msg": "Medical record type \"charts\" in harbor-retention has no retention_years; the default minimum for US-NC is 11 years (state law; confirm with counsel)", "at": record, "field": "retention_years"}}
}

test_long_enough_retention_passes if {
	r := rule.deny with input as _input("US-CA", [{"type": "clinical_notes", "category": "medical_record", "retention_years": 10}])
	r == set()
}

test_jurisdiction_not_in_table_is_not_checked if {
	r := rule.deny with input as _input("US-WA", [{"type": "clinical_notes", "category": "medical_record", "retention_years": 1}])
	r == set()
}

test_table_override_is_honoured if {
	record := {"type": "clinical_notes", "category": "medical_record", "retention_years": 7}
	inp := object.union(_input("US-TX", [record]), {"params": {"medical_record_retention_years": {"US-TX": 10}}})
	r := rule.deny with input as inp
	r == {{"msg": "Medical record type \"clinical_notes\" in harbor-retention is kept 7 years; the default minimum for US-TX is 10 years (state law; confirm with counsel)", "at": record, "field": "retention_years"}}
}
