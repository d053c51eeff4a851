package safeguard.rules.vendors.baa_expired_test

import data.safeguard.rules.vendors.baa_expired as rule

_input(vendor) := {"as_of": "2026-11-01", "business_associates": [{"metadata": {"name": "vendors"}, "spec": {"vendors": [vendor]}}]}

test_expired_baa_is_denied if {
	baa := {"status": "executed", "signed": "2024-04-01", "expires": "2026-04-01"}
	r := rule.deny with input as _input({"id": "northwind-dr", "ephi_access": true, "baa": baa})
	r == {{"msg": "BAA of vendor \"northwind-dr\" in vendors expired on 2026-04-01 (as of 2026-11-01); the vendor has ePHI access without a contract in force", "at": baa, "field": "expires"}}
}

test_baa_in_force_passes if {
	r := rule.deny with input as _input({"id": "acme", "ephi_access": true, "baa": {"status": "executed", "expires": "2027-03-01"}})
	r == set()
}

test_baa_expiring_on_as_of_passes if {
	r := rule.deny with input as _input({"id": "acme", "baa": {"status": "executed", "expires": "2026-11-01"}})
	r == set()
}

test_evergreen_baa_passes if {
	r := rule.deny with input as _input({"id": "acme", "ephi_access": true, "baa": {"status": "executed"}})
	r == set()
}

test_expired_baa_of_vendor_without_ephi_access_passes if {
	r := rule.deny with input as _input({"id": "printer-co", "ephi_access": false, "baa": {"status": "executed", "expires": "2020-01-01"}})
	r == set()
}
