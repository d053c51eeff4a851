package safeguard.rules.program.evaluation_stale_test

import data.safeguard.rules.program.evaluation_stale as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_old_last_completed_is_denied if {
	evaluation := {"last_completed": "2025-02-01"}
	r := rule.deny with input as _input({"evaluation": evaluation})
	r == {{"msg": "Security program program: evaluation.last_completed is 2025-02-01, more than 365 days before 2026-11-01; the technical and nontechnical evaluation must be repeated at least every 365 days", "at": evaluation, "field": "last_completed"}}
}

test_absent_last_completed_is_denied if {
	evaluation := {}
	r := rule.deny with input as _input({"evaluation": evaluation})
	r == {{"msg": "Security program program: evaluation.last_completed is not recorded; the technical and nontechnical evaluation must be repeated at least every 365 days", "at": evaluation, "field": "last_completed"}}
}

test_missing_evaluation_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no evaluation is recorded; the technical and nontechnical evaluation must be repeated at least every 365 days", "at": spec, "field": "evaluation"}}
}

test_current_last_completed_passes if {
	r := rule.deny with input as _input({"evaluation": {"last_completed": "2026-02-01"}})
	r == set()
}

test_last_completed_exactly_at_threshold_passes if {
	r := rule.deny with input as _input({"evaluation": {"last_completed": "2025-11-01"}})
	r == set()
}

test_threshold_is_configurable if {
	evaluation := {"last_completed": "2026-02-01"}
	r := rule.deny with input as object.union(_input({"evaluation": evaluation}), {"params": {"evaluation_days": 30}})
	r == {{"msg": "Security program program: evaluation.last_completed is 2026-02-01, more than 30 days before 2026-11-01; the technical and nontechnical evaluation must be repeated at least every 30 days", "at": evaluation, "field": "last_completed"}}
}
