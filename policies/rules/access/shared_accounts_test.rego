package safeguard.rules.access.shared_accounts_test

import data.safeguard.rules.access.shared_accounts as rule

_input(users) := {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"users": users}}]}

test_shared_human_login_is_denied if {
	user := {"id": "frontdesk", "type": "human", "shared": true}
	r := rule.deny with input as _input([user])
	r == {{"msg": "User \"frontdesk\" in ehr is a shared login; each person needs a unique user id", "at": user, "field": "shared"}}
}

test_personal_login_passes if {
	r := rule.deny with input as _input([{"id": "jdoe", "type": "human", "shared": false}])
	r == set()
}

test_shared_service_account_is_not_this_rule if {
	r := rule.deny with input as _input([{"id": "hl7-feed", "type": "service", "shared": true}])
	r == set()
}
