package safeguard.rules.program.risk_analysis_stale_test

import data.safeguard.rules.program.risk_analysis_stale as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_old_last_completed_is_denied if {
	analysis := {"last_completed": "2025-01-15", "scope": "enterprise"}
	r := rule.deny with input as _input({"risk_analysis": analysis})
	r == {{"msg": "Security program program: risk_analysis.last_completed is 2025-01-15, more than 365 days before 2026-11-01; the risk analysis must be kept current, repeated at least every 365 days", "at": analysis, "field": "last_completed"}}
}

test_absent_last_completed_is_denied if {
	analysis := {"scope": "enterprise"}
	r := rule.deny with input as _input({"risk_analysis": analysis})
	r == {{"msg": "Security program program: risk_analysis.last_completed is not recorded; the risk analysis must be kept current, repeated at least every 365 days", "at": analysis, "field": "last_completed"}}
}

test_missing_risk_analysis_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no risk_analysis is recorded; the risk analysis must be kept current, repeated at least every 365 days", "at": spec, "field": "risk_analysis"}}
}

test_current_last_completed_passes if {
	r := rule.deny with input as _input({"risk_analysis": {"last_completed": "2026-03-01", "scope": "enterprise"}})
	r == set()
}

test_last_completed_exactly_at_threshold_passes if {
	r := rule.deny with input as _input({"risk_analysis": {"last_completed": "2025-11-01", "scope": "enterprise"}})
	r == set()
}

test_threshold_is_configurable if {
	analysis := {"last_completed": "2026-03-01", "scope": "enterprise"}
	r := rule.deny with input as object.union(_input({"risk_analysis": analysis}), {"params": {"risk_analysis_days": 30}})
	r == {{"msg": "Security program program: risk_analysis.last_completed is 2026-03-01, more than 30 days before 2026-11-01; the risk analysis must be kept current, repeated at least every 30 days", "at": analysis, "field": "last_completed"}}
}
