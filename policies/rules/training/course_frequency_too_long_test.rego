package safeguard.rules.training.course_frequency_too_long_test

import data.safeguard.rules.training.course_frequency_too_long as rule

_input(courses) := {"as_of": "2026-11-01", "training_rosters": [{"metadata": {"name": "staff"}, "spec": {"courses": courses}}]}

test_two_yearly_course_is_warned if {
	course := {"id": "security-awareness", "frequency_days": 730, "required_for": ["all"]}
	r := rule.warn with input as _input([course])
	r == {{"msg": "Course security-awareness in staff repeats every 730 days, longer than the 365-day refresher interval", "at": course, "field": "frequency_days"}}
}

test_yearly_course_passes if {
	r := rule.warn with input as _input([{"id": "security-awareness", "frequency_days": 365, "required_for": ["all"]}])
	r == set()
}

test_course_without_frequency_passes if {
	r := rule.warn with input as _input([{"id": "security-awareness", "required_for": ["all"]}])
	r == set()
}
