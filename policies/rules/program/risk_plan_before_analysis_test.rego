package safeguard.rules.program.risk_plan_before_analysis_test

import data.safeguard.rules.program.risk_plan_before_analysis as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_plan_older_than_analysis_is_denied if {
	plan := {"plan_updated": "2026-02-01", "open_high_risks": 0}
	r := rule.deny with input as _input({"risk_analysis": {"last_completed": "2026-03-01"}, "risk_management": plan})
	r == {{"msg": "Security program program: risk_management.plan_updated is 2026-02-01, before the latest risk analysis of 2026-03-01; the plan must answer the risks that analysis found", "at": plan, "field": "plan_updated"}}
}

test_plan_after_analysis_passes if {
	r := rule.deny with input as _input({"risk_analysis": {"last_completed": "2026-03-01"}, "risk_management": {"plan_updated": "2026-04-01"}})
	r == set()
}

test_plan_same_day_as_analysis_passes if {
	r := rule.deny with input as _input({"risk_analysis": {"last_completed": "2026-03-01"}, "risk_management": {"plan_updated": "2026-03-01"}})
	r == set()
}

test_missing_dates_are_not_this_rule if {
	r := rule.deny with input as _input({"risk_analysis": {"scope": "enterprise"}, "risk_management": {"plan_updated": "2026-04-01"}})
	r == set()
}
