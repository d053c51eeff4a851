package safeguard.rules.program.disaster_recovery_plan_test

import data.safeguard.rules.program.disaster_recovery_plan as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_disaster_recovery_false_is_denied if {
	plan := {"data_backup": true, "disaster_recovery": false, "emergency_mode": true, "criticality_analysis": true, "last_tested": "2026-05-01", "restore_objective_hours": 72}
	r := rule.deny with input as _input({"contingency_plan": plan})
	r == {{"msg": "Security program program: contingency_plan.disaster_recovery is false; a disaster recovery plan to restore any loss of data is required", "at": plan, "field": "disaster_recovery"}}
}

test_disaster_recovery_absent_is_denied if {
	plan := {"data_backup": true, "emergency_mode": true, "criticality_analysis": true, "last_tested": "2026-05-01", "restore_objective_hours": 72}
	r := rule.deny with input as _input({"contingency_plan": plan})
	r == {{"msg": "Security program program: contingency_plan.disaster_recovery is not recorded; a disaster recovery plan to restore any loss of data is required", "at": plan, "field": "disaster_recovery"}}
}

test_missing_contingency_plan_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no contingency_plan is recorded, so contingency_plan.disaster_recovery is not true; a disaster recovery plan to restore any loss of data is required", "at": spec, "field": "contingency_plan"}}
}

test_disaster_recovery_true_passes if {
	r := rule.deny with input as _input({"contingency_plan": {"data_backup": true, "disaster_recovery": true, "emergency_mode": true, "criticality_analysis": true, "last_tested": "2026-05-01", "restore_objective_hours": 72}})
	r == set()
}
