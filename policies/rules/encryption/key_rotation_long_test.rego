package safeguard.rules.encryption.key_rotation_long_test

import data.safeguard.rules.encryption.key_rotation_long as rule

_input(store) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"data_stores": [store]}}]}

test_long_rotation_is_denied if {
	at_rest := {"enabled": true, "key_management": "kms", "key_rotation_days": 730}
	r := rule.deny with input as _input({"name": "ehr-db", "ephi": true, "at_rest": at_rest})
	r == {{"msg": "Data store \"ehr-db\" in prod rotates its ePHI encryption keys every 730 days, more than 365 days", "at": at_rest, "field": "key_rotation_days"}}
}

test_missing_rotation_is_denied if {
	at_rest := {"enabled": true, "key_management": "kms"}
	r := rule.deny with input as _input({"name": "ehr-db", "at_rest": at_rest})
	r == {{"msg": "Data store \"ehr-db\" in prod sets no key_rotation_days for its ePHI encryption keys; rotate them at least every 365 days", "at": at_rest, "field": "key_rotation_days"}}
}

test_rotation_at_threshold_passes if {
	r := rule.deny with input as _input({"name": "ehr-db", "ephi": true, "at_rest": {"enabled": true, "key_rotation_days": 365}})
	r == set()
}

test_threshold_can_be_raised if {
	raised := object.union(_input({"name": "ehr-db", "at_rest": {"enabled": true, "key_rotation_days": 730}}), {"params": {"key_rotation_days": 730}})
	r := rule.deny with input as raised
	r == set()
}

test_store_without_ephi_is_not_checked if {
	r := rule.deny with input as _input({"name": "cache", "ephi": false, "at_rest": {"enabled": true}})
	r == set()
}
