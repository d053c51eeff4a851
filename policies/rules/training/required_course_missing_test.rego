package safeguard.rules.training.required_course_missing_test

import data.safeguard.rules.training.required_course_missing as rule

_courses := [
	{"id": "security-awareness", "frequency_days": 365, "required_for": ["all"]},
	{"id": "release-of-information", "frequency_days": 365, "required_for": ["records"]},
]

_input(member) := {
	"as_of": "2026-11-01",
	"training_rosters": [{"metadata": {"name": "staff"}, "spec": {"courses": _courses, "workforce": [member]}}],
}

test_missing_job_function_course_is_denied if {
	member := {"id": "E1", "job_function": "records", "status": "active", "completions": [{"course": "security-awareness", "completed": "2026-02-01"}]}
	r := rule.deny with input as _input(member)
	r == {{"msg": "Workforce member E1 (records) in staff has no completion of required course release-of-information", "at": member, "field": "completions"}}
}

test_member_without_completions_misses_every_required_course if {
	member := {"id": "E1", "job_function": "records", "status": "active"}
	r := rule.deny with input as _input(member)
	r == {
		{"msg": "Workforce member E1 (records) in staff has no completion of required course security-awareness", "at": member, "field": "completions"},
		{"msg": "Workforce member E1 (records) in staff has no completion of required course release-of-information", "at": member, "field": "completions"},
	}
}

test_all_required_courses_completed_passes if {
	member := {"id": "E1", "job_function": "records", "status": "active", "completions": [
		{"course": "security-awareness", "completed": "2026-02-01"},
		{"course": "release-of-information", "completed": "2026-02-03"},
	]}
	r := rule.deny with input as _input(member)
	r == set()
}

test_course_for_other_job_function_is_not_required if {
	member := {"id": "E1", "job_function": "clinical", "status": "active", "completions": [{"course": "security-awareness", "completed": "2026-02-01"}]}
	r := rule.deny with input as _input(member)
	r == set()
}

test_terminated_member_is_not_checked if {
	r := rule.deny with input as _input({"id": "E1", "job_function": "records", "status": "terminated"})
	r == set()
}

test_member_without_job_function_needs_only_courses_for_all if {
	member := {"id": "E1", "status": "active", "completions": [{"course": "release-of-information", "completed": "2026-02-01"}]}
	r := rule.deny with input as _input(member)
	r == {{"msg": "Workforce member E1 (no job function) in staff has no completion of required course security-awareness", "at": member, "field": "completions"}}
}

test_course_for_all_and_a_job_function_is_required_once if {
	member := {"id": "E1", "job_function": "records", "status": "active", "completions": [{"course": "release-of-information", "completed": "2026-02-01"}]}
	courses := [
		{"id": "security-awareness", "required_for": ["all", "records"]},
		{"id": "release-of-information", "required_for": ["records", "billing"]},
	]
	r := rule.deny with input as {"as_of": "2026-11-01", "training_rosters": [{"metadata": {"name": "staff"}, "spec": {"courses": courses, "workforce": [member]}}]}
	r == {{"msg": "Workforce member E1 (records) in staff has no completion of required course security-awareness", "at": member, "field": "completions"}}
}

test_rosters_keep_their_own_courses if {
	member := {"id": "E1", "job_function": "billing", "status": "active", "completions": [{"course": "security-awareness", "completed": "2026-02-01"}]}
	other := {"id": "E2", "job_function": "billing", "status": "active"}
	r := rule.deny with input as {"as_of": "2026-11-01", "training_rosters": [
		{"metadata": {"name": "staff"}, "spec": {"courses": _courses, "workforce": [member]}},
		{"metadata": {"name": "contractors"}, "spec": {"courses": [{"id": "billing-privacy", "required_for": ["billing"]}], "workforce": [other]}},
	]}
	r == {{"msg": "Workforce member E2 (billing) in contractors has no completion of required course billing-privacy", "at": other, "field": "completions"}}
}
