package safeguard.rules.access.mfa_not_required_test

import data.safeguard.rules.access.mfa_not_required as rule

_input(spec) := {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "ehr"}, "spec": spec}]}

test_mfa_not_required_is_denied if {
	spec := {"system": "ehr", "ephi": true, "mfa_required": false}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Access matrix ehr covers a system with ePHI and mfa_required is false; person authentication needs more than a password", "at": spec, "field": "mfa_required"}}
}

test_mfa_required_absent_is_denied_and_ephi_absent_counts_as_true if {
	spec := {"system": "ehr"}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Access matrix ehr covers a system with ePHI and mfa_required is not set; person authentication needs more than a password", "at": spec, "field": "mfa_required"}}
}

test_mfa_required_passes if {
	r := rule.deny with input as _input({"system": "ehr", "ephi": true, "mfa_required": true})
	r == set()
}

test_system_without_ephi_is_not_assessed if {
	r := rule.deny with input as _input({"system": "intranet", "ephi": false, "mfa_required": false})
	r == set()
}
