package safeguard.rules.program.backup_plan_test

import data.safeguard.rules.program.backup_plan as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_data_backup_false_is_denied if {
	plan := {"data_backup": false, "disaster_recovery": true, "emergency_mode": true, "criticality_analysis": true, "last_tested": "2026-05-01", "restore_objective_hours": 72}
	r := rule.deny with input as _input({"contingency_plan": plan})
	r == {{"msg": "Security program program: contingency_plan.data_backup is false; a data backup plan that keeps retrievable exact copies of ePHI is required", "at": plan, "field": "data_backup"}}
}

test_data_backup_absent_is_denied if {
	plan := {"disaster_recovery": true, "emergency_mode": true, "criticality_analysis": true, "last_tested": "2026-05-01", "restore_objective_hours": 72}
	r := rule.deny with input as _input({"contingency_plan": plan})
	r == {{"msg": "Security program program: contingency_plan.data_backup is not recorded; a data backup plan that keeps retrievable exact copies of ePHI is required", "at": plan, "field": "data_backup"}}
}

test_missing_contingency_plan_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no contingency_plan is recorded, so contingency_plan.data_backup is not true; a data backup plan that keeps retrievable exact copies of ePHI is required", "at": spec, "field": "contingency_plan"}}
}

test_data_backup_true_passes if {
	r := rule.deny with input as _input({"contingency_plan": {"data_backup": true, "disaster_recovery": true, "emergency_mode": true, "criticality_analysis": true, "last_tested": "2026-05-01", "restore_objective_hours": 72}})
	r == set()
}
