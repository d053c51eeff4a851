package safeguard.rules.vendors.ephi_vendor_without_baa_test

import data.safeguard.rules.vendors.ephi_vendor_without_baa as rule

_input(vendor) := {"as_of": "2026-11-01", "business_associates": [{"metadata": {"name": "vendors"}, "spec": {"vendors": [vendor]}}]}

test_pending_baa_is_denied if {
	baa := {"status": "pending", "signed": "2025-06-01"}
	r := rule.deny with input as _input({"id": "clearview", "ephi_access": true, "baa": baa})
	r == {{"msg": "Vendor \"clearview\" in vendors has ePHI access, but its BAA status is pending, not executed", "at": baa, "field": "status"}}
}

test_missing_baa_is_denied if {
	vendor := {"id": "acme", "ephi_access": true}
	r := rule.deny with input as _input(vendor)
	r == {{"msg": "Vendor \"acme\" in vendors has ePHI access and no BAA; a business associate needs an executed written contract", "at": vendor, "field": "baa"}}
}

test_baa_without_status_is_denied if {
	baa := {"signed": "2025-06-01"}
	r := rule.deny with input as _input({"id": "acme", "baa": baa})
	r == {{"msg": "Vendor \"acme\" in vendors has ePHI access, but its BAA status is missing, not executed", "at": baa, "field": "status"}}
}

test_executed_baa_passes if {
	r := rule.deny with input as _input({"id": "acme", "ephi_access": true, "baa": {"status": "executed"}})
	r == set()
}

test_vendor_without_ephi_access_passes if {
	r := rule.deny with input as _input({"id": "paperless-shred", "ephi_access": false})
	r == set()
}
