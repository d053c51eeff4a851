package safeguard.rules.program.workstation_security_test

import data.safeguard.rules.program.workstation_security as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_physical_safeguards_false_is_denied if {
	workstations := {"use_policy": true, "physical_safeguards": false}
	r := rule.deny with input as _input({"workstations": workstations})
	r == {{"msg": "Security program program: workstations.physical_safeguards is false; physical safeguards that restrict workstations with ePHI to authorized users are required", "at": workstations, "field": "physical_safeguards"}}
}

test_physical_safeguards_absent_is_denied if {
	workstations := {"use_policy": true}
	r := rule.deny with input as _input({"workstations": workstations})
	r == {{"msg": "Security program program: workstations.physical_safeguards is not recorded; physical safeguards that restrict workstations with ePHI to authorized users are required", "at": workstations, "field": "physical_safeguards"}}
}

test_missing_workstations_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no workstations is recorded, so workstations.physical_safeguards is not true; physical safeguards that restrict workstations with ePHI to authorized users are required", "at": spec, "field": "workstations"}}
}

test_physical_safeguards_true_passes if {
	r := rule.deny with input as _input({"workstations": {"use_policy": true, "physical_safeguards": true}})
	r == set()
}
