package safeguard.rules.nprm.compliance_audit_test

import data.safeguard.rules.nprm.compliance_audit as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_old_evaluation_is_denied if {
	evaluation := {"last_completed": "2025-02-01"}
	r := rule.deny with input as _input({"evaluation": evaluation})
	r == {{"msg": "Last compliance audit (evaluation) of security program program was on 2025-02-01, more than 365 days ago; the proposed rule requires one at least every 365 days", "at": evaluation, "field": "last_completed"}}
}

test_missing_evaluation_is_denied if {
	spec := {"risk_analysis": {"last_completed": "2026-03-01"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program records no evaluation; the proposed rule requires a compliance audit at least every 365 days", "at": spec, "field": "evaluation"}}
}

test_evaluation_without_date_is_denied if {
	evaluation := {}
	r := rule.deny with input as _input({"evaluation": evaluation})
	r == {{"msg": "Evaluation of security program program has no last_completed date; the proposed rule requires a compliance audit at least every 365 days", "at": evaluation, "field": "last_completed"}}
}

test_recent_evaluation_passes if {
	r := rule.deny with input as _input({"evaluation": {"last_completed": "2026-02-01"}})
	r == set()
}
