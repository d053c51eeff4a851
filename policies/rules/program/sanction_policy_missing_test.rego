package safeguard.rules.program.sanction_policy_missing_test

import data.safeguard.rules.program.sanction_policy_missing as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_documented_false_is_denied if {
	policy := {"documented": false, "last_reviewed": "2026-01-15"}
	r := rule.deny with input as _input({"sanction_policy": policy})
	r == {{"msg": "Security program program: sanction_policy.documented is false; a documented sanction policy for workforce members who violate security policies is required", "at": policy, "field": "documented"}}
}

test_documented_absent_is_denied if {
	policy := {"last_reviewed": "2026-01-15"}
	r := rule.deny with input as _input({"sanction_policy": policy})
	r == {{"msg": "Security program program: sanction_policy.documented is not recorded; a documented sanction policy for workforce members who violate security policies is required", "at": policy, "field": "documented"}}
}

test_missing_sanction_policy_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no sanction_policy is recorded, so sanction_policy.documented is not true; a documented sanction policy for workforce members who violate security policies is required", "at": spec, "field": "sanction_policy"}}
}

test_documented_true_passes if {
	r := rule.deny with input as _input({"sanction_policy": {"documented": true, "last_reviewed": "2026-01-15"}})
	r == set()
}
