package safeguard.rules.encryption.fips_not_validated_test

import data.safeguard.rules.encryption.fips_not_validated as rule

_input(store) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"data_stores": [store]}}]}

test_unvalidated_module_is_warned if {
	at_rest := {"enabled": true, "algorithm": "AES-256-GCM", "fips_validated": false}
	r := rule.warn with input as _input({"name": "ehr-db", "ephi": true, "at_rest": at_rest})
	r == {{"msg": "Data store \"ehr-db\" in prod encrypts ePHI at rest with fips_validated false; use a FIPS 140-3 validated module (CMVP moved FIPS 140-2 certificates to the Historical list on 2026-09-21)", "at": at_rest, "field": "fips_validated"}}
}

test_missing_fips_validated_is_warned if {
	at_rest := {"enabled": true, "algorithm": "AES-256-GCM"}
	r := rule.warn with input as _input({"name": "ehr-db", "at_rest": at_rest})
	r == {{"msg": "Data store \"ehr-db\" in prod encrypts ePHI at rest with fips_validated not set; use a FIPS 140-3 validated module (CMVP moved FIPS 140-2 certificates to the Historical list on 2026-09-21)", "at": at_rest, "field": "fips_validated"}}
}

test_validated_module_passes if {
	r := rule.warn with input as _input({"name": "ehr-db", "ephi": true, "at_rest": {"enabled": true, "fips_validated": true}})
	r == set()
}

test_store_without_ephi_is_not_checked if {
	r := rule.warn with input as _input({"name": "cache", "ephi": false, "at_rest": {"enabled": true}})
	r == set()
}
