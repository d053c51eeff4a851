package safeguard.rules.encryption.backup_missing_test

import data.safeguard.rules.encryption.backup_missing as rule

_input(store) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"data_stores": [store]}}]}

test_store_without_backup_is_denied if {
	store := {"name": "ehr-db", "type": "database", "ephi": true}
	r := rule.deny with input as _input(store)
	r == {{"msg": "Data store \"ehr-db\" in prod holds ePHI and has no backup", "at": store, "field": "backup"}}
}

test_disabled_backup_is_denied if {
	backup := {"enabled": false, "encrypted": true}
	r := rule.deny with input as _input({"name": "ehr-db", "type": "database", "backup": backup})
	r == {{"msg": "Data store \"ehr-db\" in prod holds ePHI and backup.enabled is false; its ePHI is not backed up", "at": backup, "field": "enabled"}}
}

test_enabled_backup_passes if {
	r := rule.deny with input as _input({"name": "ehr-db", "type": "database", "ephi": true, "backup": {"enabled": true}})
	r == set()
}

test_backup_store_itself_is_not_checked if {
	r := rule.deny with input as _input({"name": "dr-backups", "type": "backup", "ephi": true})
	r == set()
}

test_store_without_ephi_is_not_checked if {
	r := rule.deny with input as _input({"name": "cache", "type": "cache", "ephi": false})
	r == set()
}
