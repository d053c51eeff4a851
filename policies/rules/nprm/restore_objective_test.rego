package safeguard.rules.nprm.restore_objective_test

import data.safeguard.rules.nprm.restore_objective as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_slow_restore_objective_is_denied if {
	plan := {"data_backup": true, "restore_objective_hours": 96}
	r := rule.deny with input as _input({"contingency_plan": plan})
	r == {{"msg": "Contingency plan of security program program restores within 96 hours, more than the 72 hours the proposed rule requires", "at": plan, "field": "restore_objective_hours"}}
}

test_missing_restore_objective_is_denied if {
	plan := {"data_backup": true}
	r := rule.deny with input as _input({"contingency_plan": plan})
	r == {{"msg": "Contingency plan of security program program sets no restore_objective_hours; the proposed rule requires restoring critical systems within 72 hours", "at": plan, "field": "restore_objective_hours"}}
}

test_missing_contingency_plan_is_denied if {
	spec := {"evaluation": {"last_completed": "2026-02-01"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program has no contingency_plan, so no restore objective; the proposed rule requires restoring critical systems within 72 hours", "at": spec, "field": "contingency_plan"}}
}

test_72_hour_objective_passes if {
	r := rule.deny with input as _input({"contingency_plan": {"restore_objective_hours": 72}})
	r == set()
}
