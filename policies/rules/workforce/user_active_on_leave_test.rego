package safeguard.rules.workforce.user_active_on_leave_test

import data.safeguard.rules.workforce.user_active_on_leave as rule

_input(user, member) := {
	"as_of": "2026-11-01",
	"access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"users": [user]}}],
	"training_rosters": [{"metadata": {"name": "staff"}, "spec": {"workforce": [member]}}],
}

test_active_account_of_member_on_leave_is_warned if {
	user := {"id": "jdoe", "workforce_id": "E1", "status": "active"}
	r := rule.warn with input as _input(user, {"id": "E1", "status": "leave"})
	r == {{"msg": "User \"jdoe\" in ehr is active while workforce member E1 is on leave", "at": user, "field": "status"}}
}

test_disabled_account_of_member_on_leave_passes if {
	user := {"id": "jdoe", "workforce_id": "E1", "status": "disabled"}
	r := rule.warn with input as _input(user, {"id": "E1", "status": "leave"})
	r == set()
}

test_active_member_passes if {
	user := {"id": "jdoe", "workforce_id": "E1", "status": "active"}
	r := rule.warn with input as _input(user, {"id": "E1", "status": "active"})
	r == set()
}
