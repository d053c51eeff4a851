package safeguard.rules.encryption.tls_version_low_test

import data.safeguard.rules.encryption.tls_version_low as rule

_input(store) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"data_stores": [store]}}]}

_store(version) := {"name": "imaging", "in_transit": {"enabled": true, "min_tls_version": version}}

test_tls_1_0_is_denied if {
	in_transit := {"enabled": true, "min_tls_version": "1.0"}
	r := rule.deny with input as _input({"name": "imaging-archive", "ephi": true, "in_transit": in_transit})
	r == {{"msg": "Data store \"imaging-archive\" in prod accepts TLS 1.0 for ePHI in transit, below the minimum TLS 1.2 (NIST SP 800-52 Rev. 2)", "at": in_transit, "field": "min_tls_version"}}
}

test_missing_version_is_denied if {
	in_transit := {"enabled": true}
	r := rule.deny with input as _input({"name": "imaging-archive", "in_transit": in_transit})
	r == {{"msg": "Data store \"imaging-archive\" in prod sets no min_tls_version for ePHI in transit; require TLS 1.2 or later", "at": in_transit, "field": "min_tls_version"}}
}

test_tls_1_1_is_denied if {
	store := _store("1.1")
	r := rule.deny with input as _input(store)
	r == {{"msg": "Data store \"imaging\" in prod accepts TLS 1.1 for ePHI in transit, below the minimum TLS 1.2 (NIST SP 800-52 Rev. 2)", "at": store.in_transit, "field": "min_tls_version"}}
}

test_tls_1_2_and_1_3_pass if {
	r2 := rule.deny with input as _input(_store("1.2"))
	r2 == set()
	r3 := rule.deny with input as _input(_store("1.3"))
	r3 == set()
}

test_raised_threshold_denies_1_2 if {
	in_transit := {"enabled": true, "min_tls_version": "1.2"}
	raised := object.union(_input({"name": "db", "in_transit": in_transit}), {"params": {"min_tls_version": "1.3"}})
	r := rule.deny with input as raised
	r == {{"msg": "Data store \"db\" in prod accepts TLS 1.2 for ePHI in transit, below the minimum TLS 1.3 (NIST SP 800-52 Rev. 2)", "at": in_transit, "field": "min_tls_version"}}
}

test_store_without_ephi_is_not_checked if {
	r := rule.deny with input as _input({"name": "cache", "ephi": false, "in_transit": {"enabled": true, "min_tls_version": "1.0"}})
	r == set()
}
