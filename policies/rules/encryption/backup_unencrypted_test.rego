package safeguard.rules.encryption.backup_unencrypted_test

import data.safeguard.rules.encryption.backup_unencrypted as rule

_input(store) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"data_stores": [store]}}]}

test_unencrypted_backup_is_denied if {
	backup := {"enabled": true, "encrypted": false, "immutable": true}
	r := rule.deny with input as _input({"name": "ehr-db", "type": "database", "ephi": true, "backup": backup})
	r == {{"msg": "Backups of data store \"ehr-db\" in prod hold ePHI and backup.encrypted is false", "at": backup, "field": "encrypted"}}
}

test_backup_without_encrypted_is_denied if {
	backup := {"enabled": true}
	r := rule.deny with input as _input({"name": "ehr-db", "backup": backup})
	r == {{"msg": "Backups of data store \"ehr-db\" in prod hold ePHI and backup.encrypted is not set", "at": backup, "field": "encrypted"}}
}

test_encrypted_backup_passes if {
	r := rule.deny with input as _input({"name": "ehr-db", "type": "database", "ephi": true, "backup": {"enabled": true, "encrypted": true}})
	r == set()
}

test_disabled_backup_is_left_to_en_008 if {
	r := rule.deny with input as _input({"name": "ehr-db", "backup": {"enabled": false, "encrypted": false}})
	r == set()
}

test_store_without_ephi_is_not_checked if {
	r := rule.deny with input as _input({"name": "cache", "ephi": false, "backup": {"enabled": true}})
	r == set()
}
