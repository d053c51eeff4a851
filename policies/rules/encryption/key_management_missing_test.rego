package safeguard.rules.encryption.key_management_missing_test

import data.safeguard.rules.encryption.key_management_missing as rule

_input(store) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"data_stores": [store]}}]}

test_key_management_none_is_denied if {
	at_rest := {"enabled": true, "algorithm": "AES-256-GCM", "key_management": "none"}
	r := rule.deny with input as _input({"name": "ehr-db", "ephi": true, "at_rest": at_rest})
	r == {{"msg": "Data store \"ehr-db\" in prod encrypts ePHI at rest with key_management none; keep the keys in a KMS or HSM", "at": at_rest, "field": "key_management"}}
}

test_key_management_missing_is_denied if {
	at_rest := {"enabled": true, "algorithm": "AES-256-GCM"}
	r := rule.deny with input as _input({"name": "ehr-db", "at_rest": at_rest})
	r == {{"msg": "Data store \"ehr-db\" in prod encrypts ePHI at rest with key_management not set; keep the keys in a KMS or HSM", "at": at_rest, "field": "key_management"}}
}

test_managed_keys_pass if {
	r1 := rule.deny with input as _input({"name": "a", "at_rest": {"enabled": true, "key_management": "kms"}})
	r1 == set()
	r2 := rule.deny with input as _input({"name": "b", "at_rest": {"enabled": true, "key_management": "provider"}})
	r2 == set()
	r3 := rule.deny with input as _input({"name": "c", "at_rest": {"enabled": true, "key_management": "hsm"}})
	r3 == set()
}

test_store_without_ephi_is_not_checked if {
	r := rule.deny with input as _input({"name": "cache", "ephi": false, "at_rest": {"enabled": true, "key_management": "none"}})
	r == set()
}
