package safeguard.rules.encryption.channel_unprotected_test

import data.safeguard.rules.encryption.channel_unprotected as rule

_input(channel) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"channels": [channel]}}]}

test_unprotected_channel_is_denied if {
	channel := {"name": "lab-results-email", "ephi": true, "protection": "none"}
	r := rule.deny with input as _input(channel)
	r == {{"msg": "Channel \"lab-results-email\" in prod carries ePHI with protection none", "at": channel, "field": "protection"}}
}

test_channel_without_protection_is_denied if {
	channel := {"name": "fax-gateway"}
	r := rule.deny with input as _input(channel)
	r == {{"msg": "Channel \"fax-gateway\" in prod carries ePHI with protection not set", "at": channel, "field": "protection"}}
}

test_protected_channels_pass if {
	r1 := rule.deny with input as _input({"name": "patient-email", "ephi": true, "protection": "enforced-tls"})
	r1 == set()
	r2 := rule.deny with input as _input({"name": "patient-portal", "ephi": true, "protection": "portal"})
	r2 == set()
}

test_channel_without_ephi_is_not_checked if {
	r := rule.deny with input as _input({"name": "newsletter", "ephi": false, "protection": "none"})
	r == set()
}
