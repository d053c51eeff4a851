package safeguard.rules.program.facility_access_control_test

import data.safeguard.rules.program.facility_access_control as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_access_control_false_is_denied if {
	facility := {"access_control": false, "visitor_log": true, "maintenance_records": true}
	r := rule.deny with input as _input({"facility": facility})
	r == {{"msg": "Security program program: facility.access_control is false; control and validate access to facilities by role or function, or document why not and the equivalent measure", "at": facility, "field": "access_control"}}
}

test_access_control_absent_is_denied if {
	facility := {"visitor_log": true, "maintenance_records": true}
	r := rule.deny with input as _input({"facility": facility})
	r == {{"msg": "Security program program: facility.access_control is not recorded; control and validate access to facilities by role or function, or document why not and the equivalent measure", "at": facility, "field": "access_control"}}
}

test_missing_facility_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no facility is recorded, so facility.access_control is not true; control and validate access to facilities by role or function, or document why not and the equivalent measure", "at": spec, "field": "facility"}}
}

test_access_control_true_passes if {
	r := rule.deny with input as _input({"facility": {"access_control": true, "visitor_log": true, "maintenance_records": true}})
	r == set()
}
