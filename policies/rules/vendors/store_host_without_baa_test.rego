package safeguard.rules.vendors.store_host_without_baa_test

import data.safeguard.rules.vendors.store_host_without_baa as rule

_input(store, vendor) := {
	"as_of": "2026-11-01",
	"encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"data_stores": [store]}}],
	"business_associates": [{"metadata": {"name": "vendors"}, "spec": {"vendors": [vendor]}}],
}

test_store_at_vendor_with_pending_baa_is_denied if {
	store := {"name": "ehr-db", "ephi": true, "hosted_by": "acme"}
	r := rule.deny with input as _input(store, {"id": "acme", "baa": {"status": "pending"}})
	r == {{"msg": "Data store \"ehr-db\" holds ePHI at vendor \"acme\", whose BAA is pending, not executed", "at": store, "field": "hosted_by"}}
}

test_store_at_vendor_with_no_baa_block_is_denied if {
	store := {"name": "ehr-db", "ephi": true, "hosted_by": "acme"}
	r := rule.deny with input as _input(store, {"id": "acme"})
	r == {{"msg": "Data store \"ehr-db\" holds ePHI at vendor \"acme\", whose BAA is none, not executed", "at": store, "field": "hosted_by"}}
}

test_store_at_vendor_with_executed_baa_passes if {
	store := {"name": "ehr-db", "ephi": true, "hosted_by": "acme"}
	r := rule.deny with input as _input(store, {"id": "acme", "baa": {"status": "executed"}})
	r == set()
}

test_self_hosted_store_passes if {
	r := rule.deny with input as _input({"name": "db", "ephi": true, "hosted_by": "self"}, {"id": "acme"})
	r == set()
}
