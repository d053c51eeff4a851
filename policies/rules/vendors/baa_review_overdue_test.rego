package safeguard.rules.vendors.baa_review_overdue_test

import data.safeguard.rules.vendors.baa_review_overdue as rule

_input(vendor) := {"as_of": "2026-11-01", "business_associates": [{"metadata": {"name": "vendors"}, "spec": {"vendors": [vendor]}}]}

test_old_review_is_warned if {
	baa := {"status": "executed", "last_reviewed": "2025-06-30"}
	r := rule.warn with input as _input({"id": "acme", "ephi_access": true, "baa": baa})
	r == {{"msg": "BAA of vendor \"acme\" in vendors was last reviewed on 2025-06-30, more than 365 days ago", "at": baa, "field": "last_reviewed"}}
}

test_missing_review_is_warned if {
	baa := {"status": "executed", "signed": "2024-03-01"}
	r := rule.warn with input as _input({"id": "acme", "baa": baa})
	r == {{"msg": "BAA of vendor \"acme\" in vendors has no last_reviewed date; review it at least every 365 days", "at": baa, "field": "last_reviewed"}}
}

test_recent_review_passes if {
	r := rule.warn with input as _input({"id": "acme", "ephi_access": true, "baa": {"status": "executed", "last_reviewed": "2026-02-15"}})
	r == set()
}

test_review_exactly_at_threshold_passes if {
	r := rule.warn with input as _input({"id": "acme", "baa": {"status": "executed", "last_reviewed": "2025-11-01"}})
	r == set()
}

test_pending_baa_is_not_this_rule if {
	r := rule.warn with input as _input({"id": "acme", "baa": {"status": "pending"}})
	r == set()
}
