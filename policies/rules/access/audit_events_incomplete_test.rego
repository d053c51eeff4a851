package safeguard.rules.access.audit_events_incomplete_test

import data.safeguard.rules.access.audit_events_incomplete as rule

_input(logging) := {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"ephi": true, "audit_logging": logging}}]}

test_missing_read_events_are_denied if {
	logging := {"enabled": true, "events": ["write", "login", "export"]}
	r := rule.deny with input as _input(logging)
	r == {{"msg": "Audit logging of ehr does not record read events (records: export, login, write); access to ePHI must be recorded", "at": logging, "field": "events"}}
}

test_no_events_are_denied if {
	logging := {"enabled": true}
	r := rule.deny with input as _input(logging)
	r == {{"msg": "Audit logging of ehr does not record read, write events (records: none); access to ePHI must be recorded", "at": logging, "field": "events"}}
}

test_read_and_write_pass if {
	r := rule.deny with input as _input({"enabled": true, "events": ["read", "write"]})
	r == set()
}

test_disabled_logging_is_left_to_sg_ac_005 if {
	r := rule.deny with input as _input({"enabled": false, "events": []})
	r == set()
}
