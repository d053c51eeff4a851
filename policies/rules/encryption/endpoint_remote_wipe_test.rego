package safeguard.rules.encryption.endpoint_remote_wipe_test

import data.safeguard.rules.encryption.endpoint_remote_wipe as rule

_input(endpoint) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"endpoints": [endpoint]}}]}

test_laptop_without_remote_wipe_is_denied if {
	endpoint := {"name": "clinical-laptops", "device_type": "laptop", "full_disk_encryption": true, "remote_wipe": false}
	r := rule.deny with input as _input(endpoint)
	r == {{"msg": "Endpoint \"clinical-laptops\" (laptop) in prod has remote_wipe false; a lost device cannot be wiped", "at": endpoint, "field": "remote_wipe"}}
}

test_tablet_with_remote_wipe_missing_is_denied if {
	endpoint := {"name": "ward-tablets", "device_type": "tablet", "full_disk_encryption": true}
	r := rule.deny with input as _input(endpoint)
	r == {{"msg": "Endpoint \"ward-tablets\" (tablet) in prod has remote_wipe not set; a lost device cannot be wiped", "at": endpoint, "field": "remote_wipe"}}
}

test_mobile_with_remote_wipe_passes if {
	r := rule.deny with input as _input({"name": "phones", "device_type": "mobile", "remote_wipe": true})
	r == set()
}

test_desktop_is_not_checked if {
	r := rule.deny with input as _input({"name": "front-desk-desktops", "device_type": "desktop", "full_disk_encryption": true})
	r == set()
}
