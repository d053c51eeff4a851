package safeguard.rules.access.access_review_overdue_test

import data.safeguard.rules.access.access_review_overdue as rule

_input(spec) := {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "ehr"}, "spec": spec}]}

test_overdue_review_is_denied if {
	review := {"frequency_days": 90, "last_completed": "2026-06-30"}
	r := rule.deny with input as _input({"ephi": true, "access_review": review})
	r == {{"msg": "Access review of ehr was last completed on 2026-06-30, 124 days ago (due every 90 days)", "at": review, "field": "last_completed"}}
}

test_long_frequency_is_denied_and_threshold_bounds_the_due_date if {
	review := {"frequency_days": 365, "last_completed": "2026-06-30"}
	r := rule.deny with input as _input({"access_review": review})
	r == {
		{"msg": "Access reviews of ehr are planned every 365 days, longer than the 90-day threshold", "at": review, "field": "frequency_days"},
		{"msg": "Access review of ehr was last completed on 2026-06-30, 124 days ago (due every 90 days)", "at": review, "field": "last_completed"},
	}
}

test_shorter_planned_frequency_is_held_to if {
	review := {"frequency_days": 30, "last_completed": "2026-09-15"}
	r := rule.deny with input as _input({"access_review": review})
	r == {{"msg": "Access review of ehr was last completed on 2026-09-15, 47 days ago (due every 30 days)", "at": review, "field": "last_completed"}}
}

test_missing_last_completed_is_denied if {
	review := {"frequency_days": 60}
	r := rule.deny with input as _input({"access_review": review})
	r == {{"msg": "Access reviews of ehr have no last_completed date (due every 60 days)", "at": review, "field": "last_completed"}}
}

test_missing_access_review_is_denied if {
	spec := {"ephi": true}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Access matrix ehr records no access_review; access must be reviewed at least every 90 days", "at": spec, "field": "access_review"}}
}

test_recent_review_passes if {
	r := rule.deny with input as _input({"ephi": true, "access_review": {"frequency_days": 90, "last_completed": "2026-09-30"}})
	r == set()
}

test_recent_review_without_frequency_passes if {
	r := rule.deny with input as _input({"access_review": {"last_completed": "2026-09-30"}})
	r == set()
}

test_system_without_ephi_is_not_assessed if {
	r := rule.deny with input as _input({"ephi": false})
	r == set()
}
