package safeguard.rules.encryption.at_rest_disabled_test

import data.safeguard.rules.encryption.at_rest_disabled as rule

_input(store) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"data_stores": [store]}}]}

test_store_without_at_rest_is_denied if {
	store := {"name": "ehr-db", "type": "database", "ephi": true}
	r := rule.deny with input as _input(store)
	r == {{"msg": "Data store \"ehr-db\" in prod holds ePHI with no at_rest encryption", "at": store, "field": "at_rest"}}
}

test_disabled_at_rest_is_denied if {
	at_rest := {"enabled": false, "algorithm": "AES-256-GCM"}
	r := rule.deny with input as _input({"name": "ehr-db", "at_rest": at_rest})
	r == {{"msg": "Data store \"ehr-db\" in prod holds ePHI and at_rest.enabled is false; encryption at rest is off", "at": at_rest, "field": "enabled"}}
}

test_at_rest_without_enabled_is_denied if {
	at_rest := {"algorithm": "AES-256-GCM"}
	r := rule.deny with input as _input({"name": "ehr-db", "ephi": true, "at_rest": at_rest})
	r == {{"msg": "Data store \"ehr-db\" in prod holds ePHI and at_rest.enabled is not set; encryption at rest is off", "at": at_rest, "field": "enabled"}}
}

test_enabled_at_rest_passes if {
	r := rule.deny with input as _input({"name": "ehr-db", "ephi": true, "at_rest": {"enabled": true, "algorithm": "AES-256-GCM"}})
	r == set()
}

test_store_without_ephi_is_not_checked if {
	r := rule.deny with input as _input({"name": "cache", "ephi": false})
	r == set()
}
