package safeguard.rules.vendors.baa_undocumented_test

import data.safeguard.rules.vendors.baa_undocumented as rule

_input(vendor) := {"as_of": "2026-11-01", "business_associates": [{"metadata": {"name": "vendors"}, "spec": {"vendors": [vendor]}}]}

test_executed_baa_without_document_or_date_is_denied if {
	baa := {"status": "executed", "expires": "2027-03-01"}
	r := rule.deny with input as _input({"id": "acme", "ephi_access": true, "baa": baa})
	r == {
		{"msg": "Executed BAA of vendor \"acme\" in vendors names no document; keep the signed agreement on file", "at": baa, "field": "document"},
		{"msg": "Executed BAA of vendor \"acme\" in vendors has no signed date", "at": baa, "field": "signed"},
	}
}

test_executed_baa_without_document_is_denied if {
	baa := {"status": "executed", "signed": "2024-03-01"}
	r := rule.deny with input as _input({"id": "acme", "baa": baa})
	r == {{"msg": "Executed BAA of vendor \"acme\" in vendors names no document; keep the signed agreement on file", "at": baa, "field": "document"}}
}

test_documented_baa_passes if {
	r := rule.deny with input as _input({"id": "acme", "ephi_access": true, "baa": {"status": "executed", "signed": "2024-03-01", "document": "contracts/acme-baa.pdf"}})
	r == set()
}

test_pending_baa_is_not_this_rule if {
	r := rule.deny with input as _input({"id": "acme", "baa": {"status": "pending"}})
	r == set()
}
