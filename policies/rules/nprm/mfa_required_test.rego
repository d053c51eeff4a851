package safeguard.rules.nprm.mfa_required_test

import data.safeguard.rules.nprm.mfa_required as rule

_input(spec) := {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "ehr"}, "spec": spec}]}

test_ephi_system_without_mfa_is_denied if {
	spec := {"system": "epic-ehr", "ephi": true, "mfa_required": false}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Access matrix ehr covers a system with ePHI and does not require MFA; the proposed rule requires multi-factor authentication", "at": spec, "field": "mfa_required"}}
}

test_missing_mfa_required_is_denied if {
	spec := {"system": "epic-ehr"}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Access matrix ehr covers a system with ePHI and does not require MFA; the proposed rule requires multi-factor authentication", "at": spec, "field": "mfa_required"}}
}

test_ephi_system_with_mfa_passes if {
	r := rule.deny with input as _input({"system": "epic-ehr", "ephi": true, "mfa_required": true})
	r == set()
}

test_system_without_ephi_passes if {
	r := rule.deny with input as _input({"system": "intranet", "ephi": false})
	r == set()
}
