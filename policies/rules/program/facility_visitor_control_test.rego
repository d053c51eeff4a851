package safeguard.rules.program.facility_visitor_control_test

import data.safeguard.rules.program.facility_visitor_control as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_visitor_log_false_is_denied if {
	facility := {"access_control": true, "visitor_log": false, "maintenance_records": true}
	r := rule.deny with input as _input({"facility": facility})
	r == {{"msg": "Security program program: facility.visitor_log is false; the facility security plan must control visitors (a visitor log), or document why not and the equivalent measure", "at": facility, "field": "visitor_log"}}
}

test_visitor_log_absent_is_denied if {
	facility := {"access_control": true, "maintenance_records": true}
	r := rule.deny with input as _input({"facility": facility})
	r == {{"msg": "Security program program: facility.visitor_log is not recorded; the facility security plan must control visitors (a visitor log), or document why not and the equivalent measure", "at": facility, "field": "visitor_log"}}
}

test_missing_facility_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no facility is recorded, so facility.visitor_log is not true; the facility security plan must control visitors (a visitor log), or document why not and the equivalent measure", "at": spec, "field": "facility"}}
}

test_visitor_log_true_passes if {
	r := rule.deny with input as _input({"facility": {"access_control": true, "visitor_log": true, "maintenance_records": true}})
	r == set()
}
