package safeguard.rules.program.incident_response_missing_test

import data.safeguard.rules.program.incident_response_missing as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_documented_false_is_denied if {
	plan := {"documented": false, "last_tested": "2026-06-01"}
	r := rule.deny with input as _input({"incident_response": plan})
	r == {{"msg": "Security program program: incident_response.documented is false; documented procedures to identify, respond to, mitigate and document security incidents are required", "at": plan, "field": "documented"}}
}

test_documented_absent_is_denied if {
	plan := {"last_tested": "2026-06-01"}
	r := rule.deny with input as _input({"incident_response": plan})
	r == {{"msg": "Security program program: incident_response.documented is not recorded; documented procedures to identify, respond to, mitigate and document security incidents are required", "at": plan, "field": "documented"}}
}

test_missing_incident_response_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no incident_response is recorded, so incident_response.documented is not true; documented procedures to identify, respond to, mitigate and document security incidents are required", "at": spec, "field": "incident_response"}}
}

test_documented_true_passes if {
	r := rule.deny with input as _input({"incident_response": {"documented": true, "last_tested": "2026-06-01"}})
	r == set()
}
