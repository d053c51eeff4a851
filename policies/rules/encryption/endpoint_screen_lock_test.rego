package safeguard.rules.encryption.endpoint_screen_lock_test

import data.safeguard.rules.encryption.endpoint_screen_lock as rule

_input(endpoint) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"endpoints": [endpoint]}}]}

test_long_screen_lock_is_denied if {
	endpoint := {"name": "front-desk-desktops", "device_type": "desktop", "full_disk_encryption": true, "screen_lock_minutes": 30}
	r := rule.deny with input as _input(endpoint)
	r == {{"msg": "Endpoint \"front-desk-desktops\" in prod locks idle screens after 30 minutes, more than 15 minutes", "at": endpoint, "field": "screen_lock_minutes"}}
}

test_missing_screen_lock_is_denied if {
	endpoint := {"name": "clinical-laptops", "device_type": "laptop"}
	r := rule.deny with input as _input(endpoint)
	r == {{"msg": "Endpoint \"clinical-laptops\" in prod sets no screen_lock_minutes; lock idle screens within 15 minutes", "at": endpoint, "field": "screen_lock_minutes"}}
}

test_screen_lock_at_threshold_passes if {
	r := rule.deny with input as _input({"name": "clinical-laptops", "device_type": "laptop", "screen_lock_minutes": 15})
	r == set()
}

test_short_screen_lock_passes if {
	r := rule.deny with input as _input({"name": "front-desk-desktops", "device_type": "desktop", "screen_lock_minutes": 5})
	r == set()
}

test_removable_media_are_not_checked if {
	r := rule.deny with input as _input({"name": "usb-drives", "device_type": "removable_media", "full_disk_encryption": true})
	r == set()
}
