package safeguard.rules.program.open_high_risks_test

import data.safeguard.rules.program.open_high_risks as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_open_high_risks_are_warned if {
	plan := {"plan_updated": "2026-04-01", "open_high_risks": 2}
	r := rule.warn with input as _input({"risk_management": plan})
	r == {{"msg": "Security program program: risk_management.open_high_risks is 2; reduce each high risk to a reasonable and appropriate level", "at": plan, "field": "open_high_risks"}}
}

test_no_open_high_risks_passes if {
	r := rule.warn with input as _input({"risk_management": {"plan_updated": "2026-04-01", "open_high_risks": 0}})
	r == set()
}

test_absent_count_is_not_assessed if {
	r := rule.warn with input as _input({"risk_management": {"plan_updated": "2026-04-01"}})
	r == set()
}
