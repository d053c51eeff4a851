package safeguard.rules.nprm.encryption_in_transit_test

import data.safeguard.rules.nprm.encryption_in_transit as rule

_input(spec) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": spec}]}

test_store_with_transit_encryption_off_is_denied if {
	in_transit := {"enabled": false}
	r := rule.deny with input as _input({"data_stores": [{"name": "ehr-db", "ephi": true, "in_transit": in_transit}]})
	r == {{"msg": "Data store \"ehr-db\" in prod holds ePHI and in_transit encryption is not enabled; the proposed rule requires encryption in transit with no addressable exception", "at": in_transit, "field": "enabled"}}
}

test_store_without_in_transit_is_denied if {
	store := {"name": "ehr-db"}
	r := rule.deny with input as _input({"data_stores": [store]})
	r == {{"msg": "Data store \"ehr-db\" in prod holds ePHI with no in_transit encryption; the proposed rule requires encryption in transit with no addressable exception", "at": store, "field": "in_transit"}}
}

test_unprotected_channel_is_denied if {
	channel := {"name": "fax-gateway", "protection": "none"}
	r := rule.deny with input as _input({"channels": [channel]})
	r == {{"msg": "Channel \"fax-gateway\" in prod carries ePHI without encryption; the proposed rule requires encryption in transit with no addressable exception", "at": channel, "field": "protection"}}
}

test_encrypted_store_and_channel_pass if {
	spec := {
		"data_stores": [{"name": "ehr-db", "ephi": true, "in_transit": {"enabled": true, "min_tls_version": "1.2"}}],
		"channels": [{"name": "patient-email", "protection": "enforced-tls"}],
	}
	r := rule.deny with input as _input(spec)
	r == set()
}

test_store_and_channel_without_ephi_pass if {
	spec := {
		"data_stores": [{"name": "web-cache", "ephi": false}],
		"channels": [{"name": "newsletter", "ephi": false, "protection": "none"}],
	}
	r := rule.deny with input as _input(spec)
	r == set()
}
