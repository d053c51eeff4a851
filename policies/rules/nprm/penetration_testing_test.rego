package safeguard.rules.nprm.penetration_testing_test

import data.safeguard.rules.nprm.penetration_testing as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_old_penetration_test_is_denied if {
	pentest := {"last_completed": "2025-10-01"}
	r := rule.deny with input as _input({"penetration_test": pentest})
	r == {{"msg": "Last penetration test of security program program was on 2025-10-01, more than 365 days ago; the proposed rule requires one at least every 365 days", "at": pentest, "field": "last_completed"}}
}

test_missing_penetration_test_is_denied if {
	spec := {"evaluation": {"last_completed": "2026-02-01"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program records no penetration_test; the proposed rule requires one at least every 365 days", "at": spec, "field": "penetration_test"}}
}

test_recent_penetration_test_passes if {
	r := rule.deny with input as _input({"penetration_test": {"last_completed": "2026-04-01"}})
	r == set()
}

test_penetration_test_without_date_is_denied if {
	pentest := {}
	r := rule.deny with input as _input({"penetration_test": pentest})
	r == {{"msg": "Penetration test of security program program has no last_completed date; the proposed rule requires one at least every 365 days", "at": pentest, "field": "last_completed"}}
}

test_penetration_test_exactly_365_days_old_passes if {
	r := rule.deny with input as _input({"penetration_test": {"last_completed": "2025-11-01"}})
	r == set()
}
