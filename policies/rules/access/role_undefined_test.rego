package safeguard.rules.access.role_undefined_test

import data.safeguard.rules.access.role_undefined as rule

_roles := [{"name": "physician"}, {"name": "nurse"}]

_input(users) := {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"roles": _roles, "users": users}}]}

test_undefined_role_is_denied if {
	user := {"id": "mchen", "roles": ["physician", "surgeon"], "status": "active"}
	r := rule.deny with input as _input([user])
	r == {{"msg": "User \"mchen\" in ehr holds role surgeon, which is not defined in the matrix", "at": user, "field": "roles"}}
}

test_several_undefined_roles_are_one_finding if {
	user := {"id": "mchen", "roles": ["surgeon", "admin", "nurse"]}
	r := rule.deny with input as _input([user])
	r == {{"msg": "User \"mchen\" in ehr holds roles admin, surgeon, which are not defined in the matrix", "at": user, "field": "roles"}}
}

test_roles_of_another_matrix_do_not_count if {
	user := {"id": "mchen", "roles": ["biller"]}
	r := rule.deny with input as {"as_of": "2026-11-01", "access_matrices": [
		{"metadata": {"name": "billing"}, "spec": {"roles": [{"name": "biller"}]}},
		{"metadata": {"name": "ehr"}, "spec": {"roles": _roles, "users": [user]}},
	]}
	r == {{"msg": "User \"mchen\" in ehr holds role biller, which is not defined in the matrix", "at": user, "field": "roles"}}
}

test_defined_roles_pass if {
	r := rule.deny with input as _input([{"id": "mchen", "roles": ["physician"]}, {"id": "aokafor", "roles": ["nurse"]}, {"id": "x"}])
	r == set()
}

test_disabled_user_passes if {
	r := rule.deny with input as _input([{"id": "old", "roles": ["surgeon"], "status": "disabled"}])
	r == set()
}
