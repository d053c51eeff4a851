package safeguard.rules.workforce.terminated_user_active_test

import data.safeguard.rules.workforce.terminated_user_active as rule

_input(user, member) := {
	"as_of": "2026-11-01",
	"access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"users": [user]}}],
	"training_rosters": [{"metadata": {"name": "staff"}, "spec": {"workforce": [member]}}],
}

test_active_account_of_terminated_member_is_denied if {
	user := {"id": "jdoe", "workforce_id": "E1", "status": "active"}
	r := rule.deny with input as _input(user, {"id": "E1", "status": "terminated", "terminated": "2026-10-01"})
	r == {{"msg": "User \"jdoe\" in ehr is active, but workforce member E1 was terminated on 2026-10-01", "at": user, "field": "status"}}
}

test_disabled_account_of_terminated_member_passes if {
	user := {"id": "jdoe", "workforce_id": "E1", "status": "disabled"}
	r := rule.deny with input as _input(user, {"id": "E1", "status": "terminated"})
	r == set()
}

test_active_member_passes if {
	user := {"id": "jdoe", "workforce_id": "E1", "status": "active"}
	r := rule.deny with input as _input(user, {"id": "E1", "status": "active"})
	r == set()
}
