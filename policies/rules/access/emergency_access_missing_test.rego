package safeguard.rules.access.emergency_access_missing_test

import data.safeguard.rules.access.emergency_access_missing as rule

_input(spec) := {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "ehr"}, "spec": spec}]}

test_missing_emergency_access_is_warned if {
	spec := {"system": "ehr", "ephi": true}
	r := rule.warn with input as _input(spec)
	r == {{"msg": "Access matrix ehr covers a system with ePHI and lists no emergency_access; how ePHI is obtained in an emergency is not shown", "at": spec, "field": "emergency_access"}}
}

test_empty_emergency_access_is_warned if {
	spec := {"system": "ehr", "emergency_access": []}
	r := rule.warn with input as _input(spec)
	r == {{"msg": "Access matrix ehr covers a system with ePHI and lists no emergency_access; how ePHI is obtained in an emergency is not shown", "at": spec, "field": "emergency_access"}}
}

test_emergency_access_passes if {
	r := rule.warn with input as _input({"ephi": true, "emergency_access": [{"account": "breakglass-er"}]})
	r == set()
}

test_system_without_ephi_is_not_assessed if {
	r := rule.warn with input as _input({"ephi": false})
	r == set()
}
