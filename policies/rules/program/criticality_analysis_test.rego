package safeguard.rules.program.criticality_analysis_test

import data.safeguard.rules.program.criticality_analysis as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_criticality_analysis_false_is_denied if {
	plan := {"data_backup": true, "disaster_recovery": true, "emergency_mode": true, "criticality_analysis": false, "last_tested": "2026-05-01", "restore_objective_hours": 72}
	r := rule.deny with input as _input({"contingency_plan": plan})
	r == {{"msg": "Security program program: contingency_plan.criticality_analysis is false; assess the relative criticality of applications and data, or document why not and the equivalent measure", "at": plan, "field": "criticality_analysis"}}
}

test_criticality_analysis_absent_is_denied if {
	plan := {"data_backup": true, "disaster_recovery": true, "emergency_mode": true, "last_tested": "2026-05-01", "restore_objective_hours": 72}
	r := rule.deny with input as _input({"contingency_plan": plan})
	r == {{"msg": "Security program program: contingency_plan.criticality_analysis is not recorded; assess the relative criticality of applications and data, or document why not and the equivalent measure", "at": plan, "field": "criticality_analysis"}}
}

test_missing_contingency_plan_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no contingency_plan is recorded, so contingency_plan.criticality_analysis is not true; assess the relative criticality of applications and data, or document why not and the equivalent measure", "at": spec, "field": "contingency_plan"}}
}

test_criticality_analysis_true_passes if {
	r := rule.deny with input as _input({"contingency_plan": {"data_backup": true, "disaster_recovery": true, "emergency_mode": true, "criticality_analysis": true, "last_tested": "2026-05-01", "restore_objective_hours": 72}})
	r == set()
}
