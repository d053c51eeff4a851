package safeguard.rules.access.audit_review_stale_test

import data.safeguard.rules.access.audit_review_stale as rule

_input(logging) := {"as_of": "2026-11-01", "access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"ephi": true, "audit_logging": logging}}]}

test_stale_review_is_denied if {
	logging := {"enabled": true, "last_reviewed": "2026-08-15"}
	r := rule.deny with input as _input(logging)
	r == {{"msg": "Audit logs of ehr were last reviewed on 2026-08-15, 78 days ago (threshold: 30 days)", "at": logging, "field": "last_reviewed"}}
}

test_missing_review_is_denied if {
	logging := {"enabled": true}
	r := rule.deny with input as _input(logging)
	r == {{"msg": "Audit logs of ehr have no last_reviewed date; activity must be reviewed at least every 30 days", "at": logging, "field": "last_reviewed"}}
}

test_recent_review_passes if {
	r := rule.deny with input as _input({"enabled": true, "last_reviewed": "2026-10-02"})
	r == set()
}

test_threshold_is_configurable if {
	r := rule.deny with input as object.union(_input({"enabled": true, "last_reviewed": "2026-08-15"}), {"params": {"audit_review_days": 90}})
	r == set()
}

test_disabled_logging_is_left_to_sg_ac_005 if {
	r := rule.deny with input as _input({"enabled": false})
	r == set()
}
