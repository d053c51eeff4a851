package safeguard.rules.access.emergency_access_unbounded_test

import data.safeguard.rules.access.emergency_access_unbounded as rule

_input(entry) := {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"ephi": true, "emergency_access": [entry]}}]}

test_unreviewed_long_access_is_denied if {
	entry := {"account": "breakglass-er", "max_duration_hours": 72, "post_use_review": false}
	r := rule.deny with input as _input(entry)
	r == {
		{"msg": "Emergency access \"breakglass-er\" in ehr has post_use_review false; every break-glass use must be reviewed", "at": entry, "field": "post_use_review"},
		{"msg": "Emergency access \"breakglass-er\" in ehr lasts up to 72 hours, longer than the 24-hour threshold", "at": entry, "field": "max_duration_hours"},
	}
}

test_absent_fields_are_denied if {
	entry := {"account": "breakglass-er"}
	r := rule.deny with input as _input(entry)
	r == {
		{"msg": "Emergency access \"breakglass-er\" in ehr has post_use_review not set; every break-glass use must be reviewed", "at": entry, "field": "post_use_review"},
		{"msg": "Emergency access \"breakglass-er\" in ehr sets no max_duration_hours (threshold: 24 hours)", "at": entry, "field": "max_duration_hours"},
	}
}

test_bounded_reviewed_access_passes if {
	r := rule.deny with input as _input({"account": "breakglass-er", "max_duration_hours": 24, "post_use_review": true})
	r == set()
}

test_threshold_is_configurable if {
	r := rule.deny with input as object.union(_input({"account": "b", "max_duration_hours": 72, "post_use_review": true}), {"params": {"emergency_max_hours": 72}})
	r == set()
}

test_system_without_ephi_is_not_assessed if {
	r := rule.deny with input as {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "wiki"}, "spec": {"ephi": false, "emergency_access": [{"account": "b"}]}}]}
	r == set()
}
