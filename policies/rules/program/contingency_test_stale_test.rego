package safeguard.rules.program.contingency_test_stale_test

import data.safeguard.rules.program.contingency_test_stale as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_old_last_tested_is_denied if {
	plan := {"data_backup": true, "disaster_recovery": true, "emergency_mode": true, "criticality_analysis": true, "last_tested": "2025-02-01", "restore_objective_hours": 72}
	r := rule.deny with input as _input({"contingency_plan": plan})
	r == {{"msg": "Security program program: contingency_plan.last_tested is 2025-02-01, more than 365 days before 2026-11-01; the contingency plan must be tested and revised at least every 365 days", "at": plan, "field": "last_tested"}}
}

test_absent_last_tested_is_denied if {
	plan := {"data_backup": true, "disaster_recovery": true, "emergency_mode": true, "criticality_analysis": true, "restore_objective_hours": 72}
	r := rule.deny with input as _input({"contingency_plan": plan})
	r == {{"msg": "Security program program: contingency_plan.last_tested is not recorded; the contingency plan must be tested and revised at least every 365 days", "at": plan, "field": "last_tested"}}
}

test_missing_contingency_plan_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no contingency_plan is recorded; the contingency plan must be tested and revised at least every 365 days", "at": spec, "field": "contingency_plan"}}
}

test_current_last_tested_passes if {
	r := rule.deny with input as _input({"contingency_plan": {"data_backup": true, "disaster_recovery": true, "emergency_mode": true, "criticality_analysis": true, "last_tested": "2026-05-01", "restore_objective_hours": 72}})
	r == set()
}

test_last_tested_exactly_at_threshold_passes if {
	r := rule.deny with input as _input({"contingency_plan": {"data_backup": true, "disaster_recovery": true, "emergency_mode": true, "criticality_analysis": true, "last_tested": "2025-11-01", "restore_objective_hours": 72}})
	r == set()
}

test_threshold_is_configurable if {
	plan := {"data_backup": true, "disaster_recovery": true, "emergency_mode": true, "criticality_analysis": true, "last_tested": "2026-05-01", "restore_objective_hours": 72}
	r := rule.deny with input as object.union(_input({"contingency_plan": plan}), {"params": {"contingency_test_days": 30}})
	r == {{"msg": "Security program program: contingency_plan.last_tested is 2026-05-01, more than 30 days before 2026-11-01; the contingency plan must be tested and revised at least every 30 days", "at": plan, "field": "last_tested"}}
}
