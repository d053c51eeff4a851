package safeguard.rules.access.user_workforce_unknown_test

import data.safeguard.rules.access.user_workforce_unknown as rule

_input(users) := {
	"as_of": "2026-11-01",
	"access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"ephi": true, "users": users}}],
	"training_rosters": [{"metadata": {"name": "staff"}, "spec": {"workforce": [{"id": "E1001", "status": "active"}]}}],
}

test_unknown_workforce_id_is_denied if {
	user := {"id": "mchen", "workforce_id": "E9999", "type": "human", "status": "active"}
	r := rule.deny with input as _input([user, {"id": "jdoe", "workforce_id": "E1001"}])
	r == {{"msg": "User \"mchen\" in ehr has workforce_id \"E9999\", which is not a member of any TrainingRoster", "at": user, "field": "workforce_id"}}
}

test_missing_workforce_id_is_denied if {
	user := {"id": "frontdesk", "type": "human", "status": "active"}
	r := rule.deny with input as _input([user])
	r == {{"msg": "User \"frontdesk\" in ehr is an active person's account with no workforce_id; it cannot be traced to a workforce member", "at": user, "field": "workforce_id"}}
}

test_null_workforce_id_is_denied if {
	user := {"id": "frontdesk", "workforce_id": null}
	r := rule.deny with input as _input([user])
	r == {{"msg": "User \"frontdesk\" in ehr is an active person's account with no workforce_id; it cannot be traced to a workforce member", "at": user, "field": "workforce_id"}}
}

test_known_member_passes if {
	r := rule.deny with input as _input([{"id": "jdoe", "workforce_id": "E1001", "type": "human", "status": "active"}])
	r == set()
}

test_service_emergency_and_disabled_accounts_pass if {
	r := rule.deny with input as _input([
		{"id": "hl7-feed", "type": "service", "status": "active"},
		{"id": "breakglass", "type": "emergency", "status": "active"},
		{"id": "old", "workforce_id": "E0001", "type": "human", "status": "disabled"},
	])
	r == set()
}

test_without_roster_only_missing_ids_are_reported if {
	user := {"id": "frontdesk", "type": "human"}
	r := rule.deny with input as {
		"as_of": "2026-11-01",
		"access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"users": [{"id": "mchen", "workforce_id": "E9999"}, user]}}],
		"training_rosters": [],
	}
	r == {{"msg": "User \"frontdesk\" in ehr is an active person's account with no workforce_id; it cannot be traced to a workforce member", "at": user, "field": "workforce_id"}}
}

test_system_without_ephi_is_not_checked if {
	r := rule.deny with input as {
		"as_of": "2026-11-01",
		"access_matrices": [{"metadata": {"name": "intranet"}, "spec": {"ephi": false, "users": [{"id": "mchen", "workforce_id": "E9999"}, {"id": "frontdesk"}]}}],
		"training_rosters": [{"metadata": {"name": "staff"}, "spec": {"workforce": [{"id": "E1001"}]}}],
	}
	r == set()
}

test_unknown_id_is_found_through_the_index if {
	user := {"id": "mchen", "workforce_id": "E1001"}
	r := rule.deny with input as {
		"as_of": "2026-11-01",
		"access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"users": [user, {"id": "jdoe", "workforce_id": "E2002"}]}}],
		"training_rosters": [{"metadata": {"name": "staff"}, "spec": {"workforce": [{"id": "E1001"}]}}],
		"index": {"workforce": {"E2002": {"id": "E2002"}}},
	}
	r == {{"msg": "User \"mchen\" in ehr has workforce_id \"E1001\", which is not a member of any TrainingRoster", "at": user, "field": "workforce_id"}}
}
