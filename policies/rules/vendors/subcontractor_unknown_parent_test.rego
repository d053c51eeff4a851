package safeguard.rules.vendors.subcontractor_unknown_parent_test

import data.safeguard.rules.vendors.subcontractor_unknown_parent as rule

_input(vendors) := {"as_of": "2026-11-01", "business_associates": [{"metadata": {"name": "vendors"}, "spec": {"vendors": vendors}}]}

test_unknown_parent_is_denied if {
	sub := {"id": "northwind-dr", "subcontractor_of": "acme-clod"}
	r := rule.deny with input as _input([{"id": "acme-cloud"}, sub])
	r == {{"msg": "Vendor \"northwind-dr\" in vendors is a subcontractor of \"acme-clod\", which is not a vendor of any BusinessAssociates inventory", "at": sub, "field": "subcontractor_of"}}
}

test_known_parent_passes if {
	r := rule.deny with input as _input([{"id": "acme-cloud"}, {"id": "northwind-dr", "subcontractor_of": "acme-cloud"}])
	r == set()
}

test_parent_in_another_inventory_passes if {
	r := rule.deny with input as {"as_of": "2026-11-01", "business_associates": [
		{"metadata": {"name": "hosting"}, "spec": {"vendors": [{"id": "acme-cloud"}]}},
		{"metadata": {"name": "backup"}, "spec": {"vendors": [{"id": "northwind-dr", "subcontractor_of": "acme-cloud"}]}},
	]}
	r == set()
}

test_vendor_without_parent_passes if {
	r := rule.deny with input as _input([{"id": "acme-cloud"}])
	r == set()
}
