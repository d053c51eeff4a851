package safeguard.rules.training.no_course_for_all_test

import data.safeguard.rules.training.no_course_for_all as rule

_input(spec) := {"as_of": "2026-11-01", "training_rosters": [{"metadata": {"name": "staff"}, "spec": spec}]}

test_roster_without_course_for_all_is_denied if {
	spec := {"courses": [{"id": "release-of-information", "required_for": ["records"]}], "workforce": []}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Training roster staff has no course required for all of the workforce (required_for: [all]); security awareness training must reach every member", "at": spec, "field": "courses"}}
}

test_roster_without_courses_is_denied if {
	spec := {"workforce": [{"id": "E1", "status": "active"}]}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Training roster staff has no course required for all of the workforce (required_for: [all]); security awareness training must reach every member", "at": spec, "field": "courses"}}
}

test_roster_with_course_for_all_passes if {
	r := rule.deny with input as _input({"courses": [
		{"id": "security-awareness", "required_for": ["all"]},
		{"id": "release-of-information", "required_for": ["records"]},
	]})
	r == set()
}
