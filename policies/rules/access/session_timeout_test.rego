package safeguard.rules.access.session_timeout_test

import data.safeguard.rules.access.session_timeout as rule

_input(spec) := {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "ehr"}, "spec": spec}]}

test_long_timeout_is_denied if {
	spec := {"ephi": true, "session_timeout_minutes": 30}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Access matrix ehr logs idle sessions off after 30 minutes, more than the 15-minute threshold", "at": spec, "field": "session_timeout_minutes"}}
}

test_missing_timeout_is_denied if {
	spec := {"ephi": true}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Access matrix ehr records no session_timeout_minutes, so automatic logoff is not shown (threshold: 15 minutes)", "at": spec, "field": "session_timeout_minutes"}}
}

test_zero_timeout_is_denied if {
	spec := {"session_timeout_minutes": 0}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Access matrix ehr has session_timeout_minutes 0, which turns automatic logoff off (threshold: 15 minutes)", "at": spec, "field": "session_timeout_minutes"}}
}

test_timeout_at_threshold_passes if {
	r := rule.deny with input as _input({"ephi": true, "session_timeout_minutes": 15})
	r == set()
}

test_threshold_is_configurable if {
	r := rule.deny with input as object.union(_input({"session_timeout_minutes": 30}), {"params": {"session_timeout_minutes": 30}})
	r == set()
}

test_system_without_ephi_is_not_assessed if {
	r := rule.deny with input as _input({"ephi": false, "session_timeout_minutes": 120})
	r == set()
}
