package safeguard.rules.vendors.baa_breach_notice_days_test

import data.safeguard.rules.vendors.baa_breach_notice_days as rule

_input(vendor) := {"as_of": "2026-11-01", "business_associates": [{"metadata": {"name": "vendors"}, "spec": {"vendors": [vendor]}}]}

test_long_notice_period_is_denied if {
	baa := {"status": "executed", "breach_notice_days": 90}
	r := rule.deny with input as _input({"id": "acme", "ephi_access": true, "baa": baa})
	r == {{"msg": "BAA of vendor \"acme\" in vendors gives the vendor 90 days to report a breach, more than 60", "at": baa, "field": "breach_notice_days"}}
}

test_missing_notice_period_is_denied if {
	baa := {"status": "pending"}
	r := rule.deny with input as _input({"id": "acme", "baa": baa})
	r == {{"msg": "BAA of vendor \"acme\" in vendors sets no breach_notice_days; the vendor must report breaches within at most 60 days of discovery", "at": baa, "field": "breach_notice_days"}}
}

test_notice_period_within_limit_passes if {
	r := rule.deny with input as _input({"id": "acme", "ephi_access": true, "baa": {"status": "executed", "breach_notice_days": 60}})
	r == set()
}

test_shorter_threshold_is_honoured if {
	baa := {"status": "executed", "breach_notice_days": 45}
	inp := object.union(_input({"id": "acme", "baa": baa}), {"params": {"breach_notice_days": 30}})
	r := rule.deny with input as inp
	r == {{"msg": "BAA of vendor \"acme\" in vendors gives the vendor 45 days to report a breach, more than 30", "at": baa, "field": "breach_notice_days"}}
}

test_vendor_without_ephi_access_passes if {
	r := rule.deny with input as _input({"id": "printer-co", "ephi_access": false, "baa": {"status": "executed"}})
	r == set()
}
