package safeguard.rules.encryption.endpoint_disk_unencrypted_test

import data.safeguard.rules.encryption.endpoint_disk_unencrypted as rule

_input(endpoint) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"endpoints": [endpoint]}}]}

test_unencrypted_laptops_are_denied if {
	endpoint := {"name": "clinical-laptops", "device_type": "laptop", "full_disk_encryption": false, "remote_wipe": true}
	r := rule.deny with input as _input(endpoint)
	r == {{"msg": "Endpoint \"clinical-laptops\" (laptop) in prod has full_disk_encryption false; a lost device exposes its ePHI", "at": endpoint, "field": "full_disk_encryption"}}
}

test_missing_full_disk_encryption_is_denied if {
	endpoint := {"name": "front-desk", "device_type": "desktop"}
	r := rule.deny with input as _input(endpoint)
	r == {{"msg": "Endpoint \"front-desk\" (desktop) in prod has full_disk_encryption not set; a lost device exposes its ePHI", "at": endpoint, "field": "full_disk_encryption"}}
}

test_encrypted_endpoint_passes if {
	r := rule.deny with input as _input({"name": "clinical-laptops", "device_type": "laptop", "full_disk_encryption": true})
	r == set()
}

test_removable_media_is_left_to_en_017 if {
	r := rule.deny with input as _input({"name": "usb-sticks", "device_type": "removable_media", "full_disk_encryption": false})
	r == set()
}
