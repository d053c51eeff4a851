package safeguard.rules.nprm.encryption_at_rest_test

import data.safeguard.rules.nprm.encryption_at_rest as rule

_input(store) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"data_stores": [store]}}]}

test_unencrypted_store_is_denied if {
	at_rest := {"enabled": false, "key_management": "none"}
	r := rule.deny with input as _input({"name": "ehr-db", "ephi": true, "at_rest": at_rest})
	r == {{"msg": "Data store \"ehr-db\" in prod holds ePHI and at_rest encryption is not enabled; the proposed rule requires encryption at rest with no addressable exception", "at": at_rest, "field": "enabled"}}
}

test_store_without_at_rest_is_denied if {
	store := {"name": "ehr-db", "ephi": true}
	r := rule.deny with input as _input(store)
	r == {{"msg": "Data store \"ehr-db\" in prod holds ePHI with no at_rest encryption; the proposed rule requires encryption at rest with no addressable exception", "at": store, "field": "at_rest"}}
}

test_encrypted_store_passes if {
	r := rule.deny with input as _input({"name": "ehr-db", "ephi": true, "at_rest": {"enabled": true, "algorithm": "AES-256-GCM"}})
	r == set()
}

test_store_without_ephi_passes if {
	r := rule.deny with input as _input({"name": "web-cache", "ephi": false})
	r == set()
}
