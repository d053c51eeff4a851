package safeguard.rules.training.required_course_overdue_test

import data.safeguard.rules.training.required_course_overdue as rule

_input(courses, member) := {
	"as_of": "2026-11-01",
	"training_rosters": [{"metadata": {"name": "staff"}, "spec": {"courses": courses, "workforce": [member]}}],
}

_awareness := {"id": "security-awareness", "frequency_days": 365, "required_for": ["all"]}

test_stale_completion_is_denied_at_the_latest_one if {
	old := {"course": "security-awareness", "completed": "2024-05-01"}
	last := {"course": "security-awareness", "completed": "2025-06-01"}
	member := {"id": "E1", "job_function": "clinical", "status": "active", "completions": [old, last]}
	r := rule.deny with input as _input([_awareness], member)
	r == {{"msg": "Workforce member E1 in staff last completed required course security-awareness on 2025-06-01, 518 days ago; it is due every 365 days", "at": last, "field": "completed"}}
}

test_current_completion_passes if {
	member := {"id": "E1", "job_function": "clinical", "status": "active", "completions": [
		{"course": "security-awareness", "completed": "2024-05-01"},
		{"course": "security-awareness", "completed": "2025-11-01"},
	]}
	r := rule.deny with input as _input([_awareness], member)
	r == set()
}

test_course_without_frequency_uses_training_days if {
	last := {"course": "security-awareness", "completed": "2025-10-31"}
	member := {"id": "E1", "status": "active", "completions": [last]}
	r := rule.deny with input as _input([{"id": "security-awareness", "required_for": ["all"]}], member)
	r == {{"msg": "Workforce member E1 in staff last completed required course security-awareness on 2025-10-31, 366 days ago; it is due every 365 days", "at": last, "field": "completed"}}
}

test_course_frequency_overrides_default if {
	member := {"id": "E1", "status": "active", "completions": [{"course": "security-awareness", "completed": "2025-06-01"}]}
	r := rule.deny with input as _input([{"id": "security-awareness", "frequency_days": 730, "required_for": ["all"]}], member)
	r == set()
}

test_course_not_required_for_member_is_not_checked if {
	member := {"id": "E1", "job_function": "clinical", "status": "active", "completions": [{"course": "release-of-information", "completed": "2020-06-01"}]}
	r := rule.deny with input as _input([{"id": "release-of-information", "frequency_days": 365, "required_for": ["records"]}], member)
	r == set()
}

test_member_without_job_function_is_held_only_to_courses_for_all if {
	last := {"course": "hipaa-privacy", "completed": "2024-01-01"}
	privacy := {"id": "hipaa-privacy", "frequency_days": 365, "required_for": ["clinical"]}
	member := {"id": "E1", "status": "active", "completions": [last]}
	r := rule.deny with input as _input([privacy], member)
	r == set()
}

test_course_without_required_for_applies_to_nobody if {
	last := {"course": "hipaa-privacy", "completed": "2024-01-01"}
	member := {"id": "E1", "job_function": "clinical", "status": "active", "completions": [last]}
	r := rule.deny with input as _input([{"id": "hipaa-privacy", "frequency_days": 365}], member)
	r == set()
}
