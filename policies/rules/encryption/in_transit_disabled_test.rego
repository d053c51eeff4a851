package safeguard.rules.encryption.in_transit_disabled_test

import data.safeguard.rules.encryption.in_transit_disabled as rule

_input(store) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"data_stores": [store]}}]}

test_store_without_in_transit_is_denied if {
	store := {"name": "ehr-db", "type": "database", "ephi": true}
	r := rule.deny with input as _input(store)
	r == {{"msg": "Data store \"ehr-db\" in prod holds ePHI with no in_transit encryption", "at": store, "field": "in_transit"}}
}

test_disabled_in_transit_is_denied if {
	in_transit := {"enabled": false, "min_tls_version": "1.2"}
	r := rule.deny with input as _input({"name": "ehr-db", "in_transit": in_transit})
	r == {{"msg": "Data store \"ehr-db\" in prod holds ePHI and in_transit.enabled is false; encryption in transit is off", "at": in_transit, "field": "enabled"}}
}

test_in_transit_without_enabled_is_denied if {
	in_transit := {"min_tls_version": "1.2"}
	r := rule.deny with input as _input({"name": "ehr-db", "ephi": true, "in_transit": in_transit})
	r == {{"msg": "Data store \"ehr-db\" in prod holds ePHI and in_transit.enabled is not set; encryption in transit is off", "at": in_transit, "field": "enabled"}}
}

test_enabled_in_transit_passes if {
	r := rule.deny with input as _input({"name": "ehr-db", "ephi": true, "in_transit": {"enabled": true, "min_tls_version": "1.2"}})
	r == set()
}

test_store_without_ephi_is_not_checked if {
	r := rule.deny with input as _input({"name": "cache", "ephi": false})
	r == set()
}
