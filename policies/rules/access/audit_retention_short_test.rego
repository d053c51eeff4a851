package safeguard.rules.access.audit_retention_short_test

import data.safeguard.rules.access.audit_retention_short as rule

_input(logging) := {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"ephi": true, "audit_logging": logging}}]}

test_short_retention_is_denied if {
	logging := {"enabled": true, "retention_days": 365}
	r := rule.deny with input as _input(logging)
	r == {{"msg": "Audit logs of ehr are kept 365 days, fewer than the 2190-day threshold", "at": logging, "field": "retention_days"}}
}

test_missing_retention_is_denied if {
	logging := {"enabled": true}
	r := rule.deny with input as _input(logging)
	r == {{"msg": "Audit logs of ehr record no retention_days; they are documentation kept at least 2190 days", "at": logging, "field": "retention_days"}}
}

test_six_years_pass if {
	r := rule.deny with input as _input({"enabled": true, "retention_days": 2190})
	r == set()
}

test_threshold_is_configurable if {
	r := rule.deny with input as object.union(_input({"enabled": true, "retention_days": 365}), {"params": {"audit_retention_days": 365}})
	r == set()
}

test_disabled_logging_is_left_to_sg_ac_005 if {
	r := rule.deny with input as _input({"enabled": false, "retention_days": 30})
	r == set()
}
