package safeguard.rules.program.sanction_policy_review_test

import data.safeguard.rules.program.sanction_policy_review as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_old_last_reviewed_is_denied if {
	policy := {"documented": true, "last_reviewed": "2025-01-15"}
	r := rule.deny with input as _input({"sanction_policy": policy})
	r == {{"msg": "Security program program: sanction_policy.last_reviewed is 2025-01-15, more than 365 days before 2026-11-01; the sanction policy must be reviewed at least every 365 days", "at": policy, "field": "last_reviewed"}}
}

test_absent_last_reviewed_is_denied if {
	policy := {"documented": true}
	r := rule.deny with input as _input({"sanction_policy": policy})
	r == {{"msg": "Security program program: sanction_policy.last_reviewed is not recorded; the sanction policy must be reviewed at least every 365 days", "at": policy, "field": "last_reviewed"}}
}

test_missing_sanction_policy_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no sanction_policy is recorded; the sanction policy must be reviewed at least every 365 days", "at": spec, "field": "sanction_policy"}}
}

test_current_last_reviewed_passes if {
	r := rule.deny with input as _input({"sanction_policy": {"documented": true, "last_reviewed": "2026-01-15"}})
	r == set()
}

test_last_reviewed_exactly_at_threshold_passes if {
	r := rule.deny with input as _input({"sanction_policy": {"documented": true, "last_reviewed": "2025-11-01"}})
	r == set()
}

test_threshold_is_configurable if {
	policy := {"documented": true, "last_reviewed": "2026-01-15"}
	r := rule.deny with input as object.union(_input({"sanction_policy": policy}), {"params": {"policy_review_days": 30}})
	r == {{"msg": "Security program program: sanction_policy.last_reviewed is 2026-01-15, more than 30 days before 2026-11-01; the sanction policy must be reviewed at least every 30 days", "at": policy, "field": "last_reviewed"}}
}
