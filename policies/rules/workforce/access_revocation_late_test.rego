package safeguard.rules.workforce.access_revocation_late_test

import data.safeguard.rules.workforce.access_revocation_late as rule

_input(member) := {
	"as_of": "2026-11-01",
	"training_rosters": [{"metadata": {"name": "staff"}, "spec": {"workforce": [member]}}],
}

test_late_revocation_is_denied if {
	member := {"id": "E1", "status": "terminated", "terminated": "2026-10-01", "access_revoked": "2026-10-05"}
	r := rule.deny with input as _input(member)
	r == {{"msg": "Workforce member E1 in staff had access revoked on 2026-10-05, 4 days after termination on 2026-10-01 (allowed: 1 day)", "at": member, "field": "access_revoked"}}
}

test_missing_revocation_is_denied_with_days_open if {
	member := {"id": "E1", "status": "terminated", "terminated": "2026-10-01"}
	r := rule.deny with input as _input(member)
	r == {{"msg": "Workforce member E1 in staff is terminated but has no access_revoked date, 31 days after termination on 2026-10-01 (allowed: 1 day)", "at": member, "field": "access_revoked"}}
}

test_missing_revocation_without_termination_date_is_denied if {
	member := {"id": "E1", "status": "terminated"}
	r := rule.deny with input as _input(member)
	r == {{"msg": "Workforce member E1 in staff is terminated but has no access_revoked date (allowed: 1 day)", "at": member, "field": "access_revoked"}}
}

test_revocation_within_a_day_passes if {
	r := rule.deny with input as _input({"id": "E1", "status": "terminated", "terminated": "2026-10-01", "access_revoked": "2026-10-02"})
	r == set()
}

test_threshold_is_configurable if {
	member := {"id": "E1", "status": "terminated", "terminated": "2026-10-01", "access_revoked": "2026-10-05"}
	r := rule.deny with input as object.union(_input(member), {"params": {"revocation_days": 7}})
	r == set()
}

test_active_member_passes if {
	r := rule.deny with input as _input({"id": "E1", "status": "active"})
	r == set()
}
