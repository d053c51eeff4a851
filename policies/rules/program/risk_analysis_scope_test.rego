package safeguard.rules.program.risk_analysis_scope_test

import data.safeguard.rules.program.risk_analysis_scope as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_partial_scope_is_warned if {
	analysis := {"last_completed": "2026-03-01", "scope": "ehr-only"}
	r := rule.warn with input as _input({"risk_analysis": analysis})
	r == {{"msg": "Security program program: risk_analysis.scope is \"ehr-only\", not enterprise; the risk analysis must cover all ePHI the organisation creates, receives, maintains or transmits", "at": analysis, "field": "scope"}}
}

test_absent_scope_is_warned if {
	analysis := {"last_completed": "2026-03-01"}
	r := rule.warn with input as _input({"risk_analysis": analysis})
	r == {{"msg": "Security program program: risk_analysis.scope is not recorded, want enterprise; the risk analysis must cover all ePHI the organisation creates, receives, maintains or transmits", "at": analysis, "field": "scope"}}
}

test_missing_risk_analysis_is_warned if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.warn with input as _input(spec)
	r == {{"msg": "Security program program: no risk_analysis is recorded, so no enterprise-wide scope; the risk analysis must cover all ePHI the organisation creates, receives, maintains or transmits", "at": spec, "field": "risk_analysis"}}
}

test_enterprise_scope_passes if {
	r := rule.warn with input as _input({"risk_analysis": {"last_completed": "2026-03-01", "scope": "enterprise"}})
	r == set()
}
