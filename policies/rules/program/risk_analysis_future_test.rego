package safeguard.rules.program.risk_analysis_future_test

import data.safeguard.rules.program.risk_analysis_future as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_future_date_is_warned if {
	analysis := {"last_completed": "2027-03-01", "scope": "enterprise"}
	r := rule.warn with input as _input({"risk_analysis": analysis})
	r == {{"msg": "Security program program: risk_analysis.last_completed is 2027-03-01, after the assessment date 2026-11-01; a risk analysis cannot be completed in the future", "at": analysis, "field": "last_completed"}}
}

test_past_date_passes if {
	r := rule.warn with input as _input({"risk_analysis": {"last_completed": "2026-03-01", "scope": "enterprise"}})
	r == set()
}

test_date_on_assessment_day_passes if {
	r := rule.warn with input as _input({"risk_analysis": {"last_completed": "2026-11-01", "scope": "enterprise"}})
	r == set()
}

test_absent_date_is_not_this_rule if {
	r := rule.warn with input as _input({"risk_analysis": {"scope": "enterprise"}})
	r == set()
}
