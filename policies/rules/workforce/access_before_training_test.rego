package safeguard.rules.workforce.access_before_training_test

import data.safeguard.rules.workforce.access_before_training as rule

_courses := [
	{"id": "security-awareness", "frequency_days": 365, "required_for": ["all"]},
	{"id": "release-of-information", "frequency_days": 365, "required_for": ["records"]},
]

_input(member) := {
	"as_of": "2026-11-01",
	"training_rosters": [{"metadata": {"name": "staff"}, "spec": {"courses": _courses, "workforce": [member]}}],
}

test_access_before_first_training_is_denied if {
	member := {
		"id": "E1", "job_function": "records", "status": "active",
		"ephi_access_granted": "2024-01-15",
		"completions": [
			{"course": "release-of-information", "completed": "2024-02-10", "acknowledged": true},
			{"course": "security-awareness", "completed": "2024-02-01", "acknowledged": true},
		],
	}
	r := rule.deny with input as _input(member)
	r == {{"msg": "Workforce member E1 in staff was given ePHI access on 2024-01-15, 17 days before first completing required training (security-awareness on 2024-02-01)", "at": member, "field": "ephi_access_granted"}}
}

test_training_before_access_passes if {
	member := {
		"id": "E1", "job_function": "records", "status": "active",
		"ephi_access_granted": "2024-01-15",
		"completions": [
			{"course": "security-awareness", "completed": "2024-01-10"},
			{"course": "release-of-information", "completed": "2024-03-01"},
		],
	}
	r := rule.deny with input as _input(member)
	r == set()
}

test_courses_not_required_for_the_member_do_not_count if {
	member := {
		"id": "E1", "job_function": "clinical", "status": "active",
		"ephi_access_granted": "2024-01-15",
		"completions": [
			{"course": "release-of-information", "completed": "2024-01-01"},
			{"course": "security-awareness", "completed": "2024-01-20"},
		],
	}
	r := rule.deny with input as _input(member)
	r == {{"msg": "Workforce member E1 in staff was given ePHI access on 2024-01-15, 5 days before first completing required training (security-awareness on 2024-01-20)", "at": member, "field": "ephi_access_granted"}}
}

test_grant_before_retention_window_is_not_checked if {
	member := {
		"id": "E1", "job_function": "records", "status": "active",
		"ephi_access_granted": "2020-01-15",
		"completions": [{"course": "security-awareness", "completed": "2026-02-01"}],
	}
	r := rule.deny with input as _input(member)
	r == set()
}

test_member_without_completions_is_left_to_other_rules if {
	r := rule.deny with input as _input({"id": "E1", "status": "active", "ephi_access_granted": "2024-01-15"})
	r == set()
}

test_terminated_member_is_not_checked if {
	member := {
		"id": "E1", "job_function": "records", "status": "terminated",
		"ephi_access_granted": "2024-01-15",
		"completions": [{"course": "security-awareness", "completed": "2024-02-01"}],
	}
	r := rule.deny with input as _input(member)
	r == set()
}

test_member_on_leave_without_job_function_is_checked_against_courses_for_all if {
	member := {
		"id": "E1", "status": "leave",
		"ephi_access_granted": "2024-01-15",
		"completions": [
			{"course": "release-of-information", "completed": "2024-01-01"},
			{"course": "security-awareness", "completed": "2024-01-25"},
		],
	}
	r := rule.deny with input as _input(member)
	r == {{"msg": "Workforce member E1 in staff was given ePHI access on 2024-01-15, 10 days before first completing required training (security-awareness on 2024-01-25)", "at": member, "field": "ephi_access_granted"}}
}

test_first_completions_on_the_same_day_name_the_first_course if {
	member := {
		"id": "E1", "job_function": "records",
		"ephi_access_granted": "2024-01-15",
		"completions": [
			{"course": "security-awareness", "completed": "2024-01-20"},
			{"course": "release-of-information", "completed": "2024-01-20"},
		],
	}
	r := rule.deny with input as _input(member)
	r == {{"msg": "Workforce member E1 in staff was given ePHI access on 2024-01-15, 5 days before first completing required training (release-of-information on 2024-01-20)", "at": member, "field": "ephi_access_granted"}}
}
