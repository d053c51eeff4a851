package safeguard.rules.program.facility_maintenance_records_test

import data.safeguard.rules.program.facility_maintenance_records as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_maintenance_records_false_is_denied if {
	facility := {"access_control": true, "visitor_log": true, "maintenance_records": false}
	r := rule.deny with input as _input({"facility": facility})
	r == {{"msg": "Security program program: facility.maintenance_records is false; document repairs and modifications to security-related physical components (doors, locks, walls), or document why not and the equivalent measure", "at": facility, "field": "maintenance_records"}}
}

test_maintenance_records_absent_is_denied if {
	facility := {"access_control": true, "visitor_log": true}
	r := rule.deny with input as _input({"facility": facility})
	r == {{"msg": "Security program program: facility.maintenance_records is not recorded; document repairs and modifications to security-related physical components (doors, locks, walls), or document why not and the equivalent measure", "at": facility, "field": "maintenance_records"}}
}

test_missing_facility_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no facility is recorded, so facility.maintenance_records is not true; document repairs and modifications to security-related physical components (doors, locks, walls), or document why not and the equivalent measure", "at": spec, "field": "facility"}}
}

test_maintenance_records_true_passes if {
	r := rule.deny with input as _input({"facility": {"access_control": true, "visitor_log": true, "maintenance_records": true}})
	r == set()
}
