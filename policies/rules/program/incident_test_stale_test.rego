package safeguard.rules.program.incident_test_stale_test

import data.safeguard.rules.program.incident_test_stale as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_old_last_tested_is_denied if {
	plan := {"documented": true, "last_tested": "2025-06-01"}
	r := rule.deny with input as _input({"incident_response": plan})
	r == {{"msg": "Security program program: incident_response.last_tested is 2025-06-01, more than 365 days before 2026-11-01; the incident response procedures must be tested at least every 365 days", "at": plan, "field": "last_tested"}}
}

test_absent_last_tested_is_denied if {
	plan := {"documented": true}
	r := rule.deny with input as _input({"incident_response": plan})
	r == {{"msg": "Security program program: incident_response.last_tested is not recorded; the incident response procedures must be tested at least every 365 days", "at": plan, "field": "last_tested"}}
}

test_missing_incident_response_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no incident_response is recorded; the incident response procedures must be tested at least every 365 days", "at": spec, "field": "incident_response"}}
}

test_current_last_tested_passes if {
	r := rule.deny with input as _input({"incident_response": {"documented": true, "last_tested": "2026-06-01"}})
	r == set()
}

test_last_tested_exactly_at_threshold_passes if {
	r := rule.deny with input as _input({"incident_response": {"documented": true, "last_tested": "2025-11-01"}})
	r == set()
}

test_threshold_is_configurable if {
	plan := {"documented": true, "last_tested": "2026-06-01"}
	r := rule.deny with input as object.union(_input({"incident_response": plan}), {"params": {"incident_test_days": 30}})
	r == {{"msg": "Security program program: incident_response.last_tested is 2026-06-01, more than 30 days before 2026-11-01; the incident response procedures must be tested at least every 30 days", "at": plan, "field": "last_tested"}}
}
