package safeguard.rules.access.login_events_not_logged_test

import data.safeguard.rules.access.login_events_not_logged as rule

_input(logging) := {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"audit_logging": logging}}]}

test_missing_login_events_are_denied if {
	logging := {"enabled": true, "events": ["read", "write"]}
	r := rule.deny with input as _input(logging)
	r == {{"msg": "Audit logging of ehr does not record login events; log-in attempts cannot be monitored", "at": logging, "field": "events"}}
}

test_absent_events_are_denied if {
	logging := {"enabled": true}
	r := rule.deny with input as _input(logging)
	r == {{"msg": "Audit logging of ehr does not record login events; log-in attempts cannot be monitored", "at": logging, "field": "events"}}
}

test_login_events_pass if {
	r := rule.deny with input as _input({"enabled": true, "events": ["read", "write", "login"]})
	r == set()
}

test_disabled_logging_is_left_to_sg_ac_005 if {
	r := rule.deny with input as _input({"enabled": false, "events": ["read"]})
	r == set()
}
