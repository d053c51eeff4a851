package safeguard.rules.access.emergency_account_unknown_test

import data.safeguard.rules.access.emergency_account_unknown as rule

_users := [
	{"id": "mchen", "type": "human", "status": "active"},
	{"id": "lkim"},
	{"id": "breakglass-er", "type": "emergency", "status": "disabled"},
]

_input(entries) := {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"users": _users, "emergency_access": entries}}]}

test_unknown_account_is_denied if {
	entry := {"account": "breakglass-icu", "max_duration_hours": 4, "post_use_review": true}
	r := rule.deny with input as _input([entry, {"account": "breakglass-er"}])
	r == {{"msg": "Emergency access \"breakglass-icu\" in ehr names no user of the matrix", "at": entry, "field": "account"}}
}

test_everyday_account_is_denied if {
	entry := {"account": "mchen"}
	r := rule.deny with input as _input([entry])
	r == {{"msg": "Emergency access \"mchen\" in ehr is a user of type human, not emergency; break-glass access needs an account of its own", "at": entry, "field": "account"}}
}

test_type_absent_counts_as_human if {
	entry := {"account": "lkim"}
	r := rule.deny with input as _input([entry])
	r == {{"msg": "Emergency access \"lkim\" in ehr is a user of type human, not emergency; break-glass access needs an account of its own", "at": entry, "field": "account"}}
}

test_emergency_account_passes if {
	r := rule.deny with input as _input([{"account": "breakglass-er", "max_duration_hours": 4, "post_use_review": true}])
	r == set()
}

test_users_of_another_matrix_do_not_count if {
	entry := {"account": "breakglass-er"}
	r := rule.deny with input as {"as_of": "2026-11-01", "access_matrices": [
		{"metadata": {"name": "ehr"}, "spec": {"users": _users}},
		{"metadata": {"name": "pacs"}, "spec": {"users": [], "emergency_access": [entry]}},
	]}
	r == {{"msg": "Emergency access \"breakglass-er\" in pacs names no user of the matrix", "at": entry, "field": "account"}}
}
