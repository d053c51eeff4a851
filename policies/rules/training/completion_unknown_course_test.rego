package safeguard.rules.training.completion_unknown_course_test

import data.safeguard.rules.training.completion_unknown_course as rule

_input(courses, member) := {
	"as_of": "2026-11-01",
	"training_rosters": [{"metadata": {"name": "staff"}, "spec": {"courses": courses, "workforce": [member]}}],
}

_courses := [{"id": "security-awareness", "required_for": ["all"]}]

test_completion_of_unknown_course_is_denied if {
	completion := {"course": "hipaa-101", "completed": "2026-02-01"}
	r := rule.deny with input as _input(_courses, {"id": "E1", "completions": [completion]})
	r == {{"msg": "Completion by workforce member E1 in staff names course \"hipaa-101\", which the roster does not define", "at": completion, "field": "course"}}
}

test_completion_of_known_course_passes if {
	r := rule.deny with input as _input(_courses, {"id": "E1", "completions": [{"course": "security-awareness", "completed": "2026-02-01"}]})
	r == set()
}

test_roster_without_courses_is_not_checked if {
	r := rule.deny with input as _input([], {"id": "E1", "completions": [{"course": "hipaa-101"}]})
	r == set()
}

test_completion_without_course_and_member_without_completions_pass if {
	r := rule.deny with input as {
		"as_of": "2026-11-01",
		"training_rosters": [{"metadata": {"name": "staff"}, "spec": {"courses": _courses, "workforce": [{"id": "E1", "completions": [{"completed": "2026-02-01"}]}, {"id": "E2"}]}}],
	}
	r == set()
}

test_courses_of_another_roster_are_unknown if {
	completion := {"course": "billing-privacy"}
	r := rule.deny with input as {
		"as_of": "2026-11-01",
		"training_rosters": [
			{"metadata": {"name": "staff"}, "spec": {"courses": _courses, "workforce": [{"id": "E1", "completions": [completion]}]}},
			{"metadata": {"name": "contractors"}, "spec": {"courses": [{"id": "billing-privacy"}], "workforce": [{"id": "E2", "completions": [{"course": "billing-privacy"}]}]}},
		],
	}
	r == {{"msg": "Completion by workforce member E1 in staff names course \"billing-privacy\", which the roster does not define", "at": completion, "field": "course"}}
}
