package safeguard.rules.access.audit_logging_disabled_test

import data.safeguard.rules.access.audit_logging_disabled as rule

_input(spec) := {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "ehr"}, "spec": spec}]}

test_disabled_audit_logging_is_denied if {
	logging := {"enabled": false, "events": ["read", "write"]}
	r := rule.deny with input as _input({"ephi": true, "audit_logging": logging})
	r == {{"msg": "Audit logging of ehr has enabled false; activity in a system with ePHI must be recorded", "at": logging, "field": "enabled"}}
}

test_enabled_not_set_is_denied if {
	logging := {"events": ["read"]}
	r := rule.deny with input as _input({"audit_logging": logging})
	r == {{"msg": "Audit logging of ehr has enabled not set; activity in a system with ePHI must be recorded", "at": logging, "field": "enabled"}}
}

test_missing_audit_logging_is_denied if {
	spec := {"ephi": true, "system": "ehr"}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Access matrix ehr records no audit_logging; activity in a system with ePHI must be recorded", "at": spec, "field": "audit_logging"}}
}

test_enabled_audit_logging_passes if {
	r := rule.deny with input as _input({"ephi": true, "audit_logging": {"enabled": true}})
	r == set()
}

test_system_without_ephi_is_not_assessed if {
	r := rule.deny with input as _input({"ephi": false})
	r == set()
}
