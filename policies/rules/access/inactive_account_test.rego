package safeguard.rules.access.inactive_account_test

import data.safeguard.rules.access.inactive_account as rule

_input(users) := {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"ephi": true, "users": users}}]}

test_idle_active_account_is_denied if {
	user := {"id": "rpatel", "type": "human", "status": "active", "last_login": "2026-06-27"}
	r := rule.deny with input as _input([user, {"id": "mchen", "status": "active", "last_login": "2026-10-31"}])
	r == {{"msg": "User \"rpatel\" in ehr is active but last logged in on 2026-06-27, 127 days ago (threshold: 90 days)", "at": user, "field": "last_login"}}
}

test_status_absent_counts_as_active if {
	user := {"id": "svc", "type": "service", "last_login": "2025-01-01"}
	r := rule.deny with input as _input([user])
	r == {{"msg": "User \"svc\" in ehr is active but last logged in on 2025-01-01, 669 days ago (threshold: 90 days)", "at": user, "field": "last_login"}}
}

test_recent_login_passes if {
	r := rule.deny with input as _input([{"id": "mchen", "status": "active", "last_login": "2026-08-03"}])
	r == set()
}

test_disabled_and_never_recorded_pass if {
	r := rule.deny with input as _input([
		{"id": "rpatel", "status": "disabled", "last_login": "2026-01-01"},
		{"id": "hl7-feed", "type": "service", "status": "active"},
	])
	r == set()
}

test_threshold_is_configurable if {
	r := rule.deny with input as object.union(_input([{"id": "rpatel", "last_login": "2026-06-27"}]), {"params": {"inactive_account_days": 180}})
	r == set()
}
