package safeguard.rules.program.workstation_use_test

import data.safeguard.rules.program.workstation_use as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_use_policy_false_is_denied if {
	workstations := {"use_policy": false, "physical_safeguards": true}
	r := rule.deny with input as _input({"workstations": workstations})
	r == {{"msg": "Security program program: workstations.use_policy is false; a policy on the proper use and surroundings of workstations that access ePHI is required", "at": workstations, "field": "use_policy"}}
}

test_use_policy_absent_is_denied if {
	workstations := {"physical_safeguards": true}
	r := rule.deny with input as _input({"workstations": workstations})
	r == {{"msg": "Security program program: workstations.use_policy is not recorded; a policy on the proper use and surroundings of workstations that access ePHI is required", "at": workstations, "field": "use_policy"}}
}

test_missing_workstations_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no workstations is recorded, so workstations.use_policy is not true; a policy on the proper use and surroundings of workstations that access ePHI is required", "at": spec, "field": "workstations"}}
}

test_use_policy_true_passes if {
	r := rule.deny with input as _input({"workstations": {"use_policy": true, "physical_safeguards": true}})
	r == set()
}
