package safeguard.rules.program.policies_review_test

import data.safeguard.rules.program.policies_review as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_old_last_reviewed_is_denied if {
	policies := {"last_reviewed": "2025-01-15", "retention_years": 6}
	r := rule.deny with input as _input({"policies": policies})
	r == {{"msg": "Security program program: policies.last_reviewed is 2025-01-15, more than 365 days before 2026-11-01; the security policies and procedures must be reviewed and updated at least every 365 days", "at": policies, "field": "last_reviewed"}}
}

test_absent_last_reviewed_is_denied if {
	policies := {"retention_years": 6}
	r := rule.deny with input as _input({"policies": policies})
	r == {{"msg": "Security program program: policies.last_reviewed is not recorded; the security policies and procedures must be reviewed and updated at least every 365 days", "at": policies, "field": "last_reviewed"}}
}

test_missing_policies_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no policies section is recorded; the security policies and procedures must be reviewed and updated at least every 365 days", "at": spec, "field": "policies"}}
}

test_current_last_reviewed_passes if {
	r := rule.deny with input as _input({"policies": {"last_reviewed": "2026-01-15", "retention_years": 6}})
	r == set()
}

test_last_reviewed_exactly_at_threshold_passes if {
	r := rule.deny with input as _input({"policies": {"last_reviewed": "2025-11-01", "retention_years": 6}})
	r == set()
}

test_threshold_is_configurable if {
	policies := {"last_reviewed": "2026-01-15", "retention_years": 6}
	r := rule.deny with input as object.union(_input({"policies": policies}), {"params": {"policy_review_days": 30}})
	r == {{"msg": "Security program program: policies.last_reviewed is 2026-01-15, more than 30 days before 2026-11-01; the security policies and procedures must be reviewed and updated at least every 30 days", "at": policies, "field": "last_reviewed"}}
}
