package safeguard.rules.training.completion_not_acknowledged_test

import data.safeguard.rules.training.completion_not_acknowledged as rule

_input(member) := {
	"as_of": "2026-11-01",
	"training_rosters": [{"metadata": {"name": "staff"}, "spec": {"workforce": [member]}}],
}

test_unacknowledged_completion_is_denied if {
	completion := {"course": "security-awareness", "completed": "2026-02-01", "acknowledged": false}
	r := rule.deny with input as _input({"id": "E1", "status": "active", "completions": [completion]})
	r == {{"msg": "Workforce member E1 in staff completed security-awareness on 2026-02-01 without a signed policy acknowledgment", "at": completion, "field": "acknowledged"}}
}

test_missing_acknowledgment_is_denied if {
	completion := {"course": "security-awareness", "completed": "2026-02-01"}
	r := rule.deny with input as _input({"id": "E1", "status": "leave", "completions": [completion]})
	r == {{"msg": "Workforce member E1 in staff completed security-awareness on 2026-02-01 without a signed policy acknowledgment", "at": completion, "field": "acknowledged"}}
}

test_acknowledged_completion_passes if {
	r := rule.deny with input as _input({"id": "E1", "status": "active", "completions": [{"course": "security-awareness", "completed": "2026-02-01", "acknowledged": true}]})
	r == set()
}

test_terminated_member_is_not_checked if {
	r := rule.deny with input as _input({"id": "E1", "status": "terminated", "completions": [{"course": "security-awareness", "acknowledged": false}]})
	r == set()
}

test_completion_without_course_or_date_of_a_member_without_status_is_denied if {
	completion := {"acknowledged": false}
	r := rule.deny with input as _input({"id": "E1", "completions": [completion, {"course": "privacy", "acknowledged": true}]})
	r == {{"msg": "Workforce member E1 in staff completed a course without a signed policy acknowledgment", "at": completion, "field": "acknowledged"}}
}

test_member_without_completions_passes if {
	r := rule.deny with input as _input({"id": "E1", "status": "active"})
	r == set()
}
