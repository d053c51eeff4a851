package safeguard.rules.program.risk_plan_stale_test

import data.safeguard.rules.program.risk_plan_stale as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_old_plan_updated_is_denied if {
	plan := {"plan_updated": "2025-04-01", "open_high_risks": 0}
	r := rule.deny with input as _input({"risk_management": plan})
	r == {{"msg": "Security program program: risk_management.plan_updated is 2025-04-01, more than 365 days before 2026-11-01; the risk management plan must be kept current, updated at least every 365 days", "at": plan, "field": "plan_updated"}}
}

test_absent_plan_updated_is_denied if {
	plan := {"open_high_risks": 0}
	r := rule.deny with input as _input({"risk_management": plan})
	r == {{"msg": "Security program program: risk_management.plan_updated is not recorded; the risk management plan must be kept current, updated at least every 365 days", "at": plan, "field": "plan_updated"}}
}

test_missing_risk_management_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no risk_management is recorded; the risk management plan must be kept current, updated at least every 365 days", "at": spec, "field": "risk_management"}}
}

test_current_plan_updated_passes if {
	r := rule.deny with input as _input({"risk_management": {"plan_updated": "2026-04-01", "open_high_risks": 0}})
	r == set()
}

test_plan_updated_exactly_at_threshold_passes if {
	r := rule.deny with input as _input({"risk_management": {"plan_updated": "2025-11-01", "open_high_risks": 0}})
	r == set()
}

test_threshold_is_configurable if {
	plan := {"plan_updated": "2026-04-01", "open_high_risks": 0}
	r := rule.deny with input as object.union(_input({"risk_management": plan}), {"params": {"risk_plan_days": 30}})
	r == {{"msg": "Security program program: risk_management.plan_updated is 2026-04-01, more than 30 days before 2026-11-01; the risk management plan must be kept current, updated at least every 30 days", "at": plan, "field": "plan_updated"}}
}
