package safeguard.rules.nprm.ba_verification_test

import data.safeguard.rules.nprm.ba_verification as rule

_input(vendor) := {"as_of": "2026-11-01", "business_associates": [{"metadata": {"name": "vendors"}, "spec": {"vendors": [vendor]}}]}

test_old_attestation_is_denied if {
	attestation := {"type": "soc2-type2", "date": "2025-06-30"}
	r := rule.deny with input as _input({"id": "acme", "ephi_access": true, "baa": {"status": "executed"}, "attestation": attestation})
	r == {{"msg": "Attestation of vendor \"acme\" in vendors (soc2-type2) is dated 2025-06-30, more than 365 days ago; the proposed rule requires a written verification of its safeguards at least every 365 days", "at": attestation, "field": "date"}}
}

test_missing_attestation_is_denied if {
	vendor := {"id": "acme", "ephi_access": true, "baa": {"status": "executed"}}
	r := rule.deny with input as _input(vendor)
	r == {{"msg": "Vendor \"acme\" in vendors has ePHI access and no attestation; the proposed rule requires a written verification of its safeguards at least every 365 days", "at": vendor, "field": "attestation"}}
}

test_attestation_of_type_none_is_denied_once if {
	attestation := {"type": "none", "date": "2020-01-01"}
	r := rule.deny with input as _input({"id": "acme", "attestation": attestation})
	r == {{"msg": "Vendor \"acme\" in vendors has ePHI access and its attestation type is none; the proposed rule requires a written verification of its safeguards at least every 365 days", "at": attestation, "field": "type"}}
}

test_recent_attestation_passes if {
	r := rule.deny with input as _input({"id": "acme", "ephi_access": true, "attestation": {"type": "hitrust", "date": "2026-01-15"}})
	r == set()
}

test_vendor_without_ephi_access_passes if {
	r := rule.deny with input as _input({"id": "printer-co", "ephi_access": false})
	r == set()
}
