package safeguard.rules.program.emergency_mode_plan_test

import data.safeguard.rules.program.emergency_mode_plan as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_emergency_mode_false_is_denied if {
	plan := {"data_backup": true, "disaster_recovery": true, "emergency_mode": false, "criticality_analysis": true, "last_tested": "2026-05-01", "restore_objective_hours": 72}
	r := rule.deny with input as _input({"contingency_plan": plan})
	r == {{"msg": "Security program program: contingency_plan.emergency_mode is false; an emergency mode operation plan that keeps ePHI protected during an emergency is required", "at": plan, "field": "emergency_mode"}}
}

test_emergency_mode_absent_is_denied if {
	plan := {"data_backup": true, "disaster_recovery": true, "criticality_analysis": true, "last_tested": "2026-05-01", "restore_objective_hours": 72}
	r := rule.deny with input as _input({"contingency_plan": plan})
	r == {{"msg": "Security program program: contingency_plan.emergency_mode is not recorded; an emergency mode operation plan that keeps ePHI protected during an emergency is required", "at": plan, "field": "emergency_mode"}}
}

test_missing_contingency_plan_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no contingency_plan is recorded, so contingency_plan.emergency_mode is not true; an emergency mode operation plan that keeps ePHI protected during an emergency is required", "at": spec, "field": "contingency_plan"}}
}

test_emergency_mode_true_passes if {
	r := rule.deny with input as _input({"contingency_plan": {"data_backup": true, "disaster_recovery": true, "emergency_mode": true, "criticality_analysis": true, "last_tested": "2026-05-01", "restore_objective_hours": 72}})
	r == set()
}
