package safeguard.rules.retention.documentation_retention_short_test

import data.safeguard.rules.retention.documentation_retention_short as rule

_input(records) := {"as_of": "2026-11-01", "retention_schedules": [{"metadata": {"name": "harbor-retention"}, "spec": {"jurisdiction": "US-CA", "records": records}}]}

test_short_documentation_retention_is_denied if {
	record := {"type": "security_policies", "category": "hipaa_documentation", "ephi": false, "retention_years": 3}
	r := rule.deny with input as _input([record, {"type": "training_records", "category": "training_record", "retention_years": 6}])
	r == {{"msg": "Record type \"security_policies\" (hipaa_documentation) in harbor-retention is kept 3 years; HIPAA documentation is kept at least 6 years", "at": record, "field": "retention_years"}}
}

test_missing_retention_is_denied if {
	record := {"type": "baas", "category": "contract"}
	r := rule.deny with input as _input([record])
	r == {{"msg": "Record type \"baas\" (contract) in harbor-retention has no retention_years; HIPAA documentation is kept at least 6 years", "at": record, "field": "retention_years"}}
}

test_six_years_passes if {
	r := rule.deny with input as _input([
		{"type": "audit_logs", "category": "audit_log", "retention_years": 6},
		{"type": "security_policies", "category": "hipaa_documentation", "retention_years": 6},
	])
	r == set()
}

test_other_categories_are_not_this_rule if {
	r := rule.deny with input as _input([{"type": "billing_records", "category": "billing", "retention_years": 3}])
	r == set()
}
