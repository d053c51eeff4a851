package safeguard.rules.vendors.vendor_attestation_stale_test

import data.safeguard.rules.vendors.vendor_attestation_stale as rule

_input(vendor) := {"as_of": "2026-11-01", "business_associates": [{"metadata": {"name": "vendors"}, "spec": {"vendors": [vendor]}}]}

test_old_attestation_is_warned if {
	attestation := {"type": "soc2-type2", "date": "2025-06-30"}
	r := rule.warn with input as _input({"id": "acme", "ephi_access": true, "baa": {"status": "executed"}, "attestation": attestation})
	r == {{"msg": "Attestation of vendor \"acme\" in vendors (soc2-type2) is dated 2025-06-30, more than 365 days ago", "at": attestation, "field": "date"}}
}

test_missing_attestation_is_warned if {
	vendor := {"id": "acme", "ephi_access": true, "baa": {"status": "executed"}}
	r := rule.warn with input as _input(vendor)
	r == {{"msg": "Vendor \"acme\" in vendors has ePHI access and no security attestation; obtain satisfactory assurances at least every 365 days", "at": vendor, "field": "attestation"}}
}

test_attestation_of_type_none_is_warned_once if {
	attestation := {"type": "none", "date": "2020-01-01"}
	r := rule.warn with input as _input({"id": "acme", "attestation": attestation})
	r == {{"msg": "Vendor \"acme\" in vendors has ePHI access and its attestation type is none; obtain satisfactory assurances at least every 365 days", "at": attestation, "field": "type"}}
}

test_undated_attestation_is_warned if {
	attestation := {"type": "questionnaire"}
	r := rule.warn with input as _input({"id": "acme", "attestation": attestation})
	r == {{"msg": "Attestation of vendor \"acme\" in vendors (questionnaire) has no date; obtain satisfactory assurances at least every 365 days", "at": attestation, "field": "date"}}
}

test_recent_attestation_passes if {
	r := rule.warn with input as _input({"id": "acme", "ephi_access": true, "attestation": {"type": "hitrust", "date": "2026-05-01"}})
	r == set()
}

test_vendor_without_ephi_access_or_terminated_passes if {
	r1 := rule.warn with input as _input({"id": "paperless-shred", "ephi_access": false})
	r1 == set()
	r2 := rule.warn with input as _input({"id": "old", "baa": {"status": "terminated"}})
	r2 == set()
}
