package safeguard.rules.vendors.store_host_unknown_test

import data.safeguard.rules.vendors.store_host_unknown as rule

_input(store, vendors) := {
	"as_of": "2026-11-01",
	"encryption_configs": [{"metadata": {"name": "production"}, "spec": {"data_stores": [store]}}],
	"business_associates": [{"metadata": {"name": "vendors"}, "spec": {"vendors": vendors}}],
}

test_store_at_unknown_host_is_denied if {
	store := {"name": "dr-backups", "ephi": true, "hosted_by": "northwind"}
	r := rule.deny with input as _input(store, [{"id": "northwind-dr"}])
	r == {{"msg": "Data store \"dr-backups\" in production is hosted by \"northwind\", which is not a vendor of any BusinessAssociates inventory", "at": store, "field": "hosted_by"}}
}

test_store_at_known_vendor_passes if {
	r := rule.deny with input as _input({"name": "dr-backups", "hosted_by": "northwind-dr"}, [{"id": "northwind-dr"}])
	r == set()
}

test_self_hosted_store_passes if {
	r := rule.deny with input as _input({"name": "billing-db", "hosted_by": "self"}, [{"id": "acme"}])
	r == set()
}

test_without_vendor_inventory_is_not_assessed if {
	r := rule.deny with input as {
		"as_of": "2026-11-01",
		"encryption_configs": [{"metadata": {"name": "production"}, "spec": {"data_stores": [{"name": "db", "hosted_by": "acme"}]}}],
		"business_associates": [],
	}
	r == set()
}
