package safeguard.rules.encryption.weak_algorithm_test

import data.safeguard.rules.encryption.weak_algorithm as rule

_input(store) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"data_stores": [store]}}]}

test_3des_is_denied if {
	at_rest := {"enabled": true, "algorithm": "3DES", "key_management": "hsm"}
	r := rule.deny with input as _input({"name": "billing-db", "ephi": true, "at_rest": at_rest})
	r == {{"msg": "Data store \"billing-db\" in prod encrypts ePHI at rest with 3DES, which NIST SP 800-131A Rev. 2 disallows (3DES/TDEA, DES, RC4, Blowfish, ECB mode); use AES in an approved mode", "at": at_rest, "field": "algorithm"}}
}

test_ecb_mode_lower_case_is_denied if {
	at_rest := {"enabled": true, "algorithm": "aes-256-ecb"}
	r := rule.deny with input as _input({"name": "files", "at_rest": at_rest})
	r == {{"msg": "Data store \"files\" in prod encrypts ePHI at rest with aes-256-ecb, which NIST SP 800-131A Rev. 2 disallows (3DES/TDEA, DES, RC4, Blowfish, ECB mode); use AES in an approved mode", "at": at_rest, "field": "algorithm"}}
}

test_weak_terms_are_matched if {
	every algorithm in ["TDEA", "Triple-DES", "RC4-128", "Blowfish", "DESede"] {
		store := _store(algorithm)
		r := rule.deny with input as _input(store)
		r == {_weak_finding(store)}
	}
}

_weak_finding(store) := {"msg": sprintf("Data store \"db\" in prod encrypts ePHI at rest with %s, which NIST SP 800-131A Rev. 2 disallows (3DES/TDEA, DES, RC4, Blowfish, ECB mode); use AES in an approved mode", [store.at_rest.algorithm]), "at": store.at_rest, "field": "algorithm"}

_store(algorithm) := {"name": "db", "at_rest": {"enabled": true, "algorithm": algorithm}}

test_aes_gcm_passes if {
	r := rule.deny with input as _input({"name": "ehr-db", "ephi": true, "at_rest": {"enabled": true, "algorithm": "AES-256-GCM"}})
	r == set()
}

test_aes_cbc_passes if {
	r := rule.deny with input as _input({"name": "billing-db", "ephi": true, "at_rest": {"enabled": true, "algorithm": "AES-256-CBC"}})
	r == set()
}

test_store_without_ephi_is_not_checked if {
	r := rule.deny with input as _input({"name": "cache", "ephi": false, "at_rest": {"enabled": true, "algorithm": "RC4"}})
	r == set()
}

test_disabled_at_rest_is_left_to_en_001 if {
	r := rule.deny with input as _input({"name": "db", "at_rest": {"enabled": false, "algorithm": "3DES"}})
	r == set()
}
