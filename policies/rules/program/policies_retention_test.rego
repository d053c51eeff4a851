package safeguard.rules.program.policies_retention_test

import data.safeguard.rules.program.policies_retention as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_short_retention_is_denied if {
	policies := {"last_reviewed": "2026-01-15", "retention_years": 3}
	r := rule.deny with input as _input({"policies": policies})
	r == {{"msg": "Security program program: policies.retention_years is 3, below 6; security documentation must be kept at least 6 years", "at": policies, "field": "retention_years"}}
}

test_absent_retention_is_denied if {
	policies := {"last_reviewed": "2026-01-15"}
	r := rule.deny with input as _input({"policies": policies})
	r == {{"msg": "Security program program: policies.retention_years is not recorded; security documentation must be kept at least 6 years", "at": policies, "field": "retention_years"}}
}

test_missing_policies_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no policies section is recorded, so no retention period; security documentation must be kept at least 6 years", "at": spec, "field": "policies"}}
}

test_six_years_passes if {
	r := rule.deny with input as _input({"policies": {"last_reviewed": "2026-01-15", "retention_years": 6}})
	r == set()
}

test_threshold_is_configurable if {
	policies := {"last_reviewed": "2026-01-15", "retention_years": 6}
	r := rule.deny with input as object.union(_input({"policies": policies}), {"params": {"documentation_retention_years": 10}})
	r == {{"msg": "Security program program: policies.retention_years is 6, below 10; security documentation must be kept at least 10 years", "at": policies, "field": "retention_years"}}
}
