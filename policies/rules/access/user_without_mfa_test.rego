package safeguard.rules.access.user_without_mfa_test

import data.safeguard.rules.access.user_without_mfa as rule

_input(users) := {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"ephi": true, "mfa_required": true, "users": users}}]}

test_person_without_mfa_is_denied if {
	user := {"id": "aokafor", "type": "human", "status": "active", "mfa": false}
	r := rule.deny with input as _input([user, {"id": "mchen", "type": "human", "status": "active", "mfa": true}])
	r == {{"msg": "User \"aokafor\" in ehr is an active person logging in to a system with ePHI with mfa false; person authentication needs a second factor", "at": user, "field": "mfa"}}
}

test_type_and_status_absent_count_as_active_person if {
	user := {"id": "aokafor", "mfa": false}
	r := rule.deny with input as _input([user])
	r == {{"msg": "User \"aokafor\" in ehr is an active person logging in to a system with ePHI with mfa false; person authentication needs a second factor", "at": user, "field": "mfa"}}
}

test_person_with_mfa_passes if {
	r := rule.deny with input as _input([{"id": "mchen", "type": "human", "status": "active", "mfa": true}])
	r == set()
}

test_service_disabled_and_unrecorded_pass if {
	r := rule.deny with input as _input([
		{"id": "hl7-feed", "type": "service", "status": "active", "mfa": false},
		{"id": "rpatel", "type": "human", "status": "disabled", "mfa": false},
		{"id": "jdoe", "type": "human", "status": "active"},
	])
	r == set()
}

test_system_without_ephi_is_not_assessed if {
	r := rule.deny with input as {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "wiki"}, "spec": {"ephi": false, "users": [{"id": "a", "mfa": false}]}}]}
	r == set()
}
