package safeguard.rules.encryption.removable_media_unencrypted_test

import data.safeguard.rules.encryption.removable_media_unencrypted as rule

_input(endpoint) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"endpoints": [endpoint]}}]}

test_unencrypted_removable_media_are_denied if {
	endpoint := {"name": "usb-drives", "device_type": "removable_media", "full_disk_encryption": false}
	r := rule.deny with input as _input(endpoint)
	r == {{"msg": "Removable media \"usb-drives\" in prod have full_disk_encryption false; ePHI leaves the building unencrypted", "at": endpoint, "field": "full_disk_encryption"}}
}

test_removable_media_without_full_disk_encryption_are_denied if {
	endpoint := {"name": "usb-drives", "device_type": "removable_media"}
	r := rule.deny with input as _input(endpoint)
	r == {{"msg": "Removable media \"usb-drives\" in prod have full_disk_encryption not set; ePHI leaves the building unencrypted", "at": endpoint, "field": "full_disk_encryption"}}
}

test_encrypted_removable_media_pass if {
	r := rule.deny with input as _input({"name": "usb-drives", "device_type": "removable_media", "full_disk_encryption": true})
	r == set()
}

test_unencrypted_laptop_is_left_to_en_012 if {
	r := rule.deny with input as _input({"name": "laptops", "device_type": "laptop", "full_disk_encryption": false})
	r == set()
}
