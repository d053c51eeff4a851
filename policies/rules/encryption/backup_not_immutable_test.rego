package safeguard.rules.encryption.backup_not_immutable_test

import data.safeguard.rules.encryption.backup_not_immutable as rule

_input(store) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"data_stores": [store]}}]}

test_mutable_backup_is_warned if {
	backup := {"enabled": true, "encrypted": true, "immutable": false}
	r := rule.warn with input as _input({"name": "ehr-db", "type": "database", "ephi": true, "backup": backup})
	r == {{"msg": "Backups of data store \"ehr-db\" in prod hold ePHI and backup.immutable is false; ransomware can alter or delete them", "at": backup, "field": "immutable"}}
}

test_backup_without_immutable_is_warned if {
	backup := {"enabled": true, "encrypted": true}
	r := rule.warn with input as _input({"name": "ehr-db", "backup": backup})
	r == {{"msg": "Backups of data store \"ehr-db\" in prod hold ePHI and backup.immutable is not set; ransomware can alter or delete them", "at": backup, "field": "immutable"}}
}

test_immutable_backup_passes if {
	r := rule.warn with input as _input({"name": "ehr-db", "type": "database", "ephi": true, "backup": {"enabled": true, "immutable": true}})
	r == set()
}

test_disabled_backup_is_left_to_en_008 if {
	r := rule.warn with input as _input({"name": "ehr-db", "backup": {"enabled": false}})
	r == set()
}

test_store_without_ephi_is_not_checked if {
	r := rule.warn with input as _input({"name": "cache", "ephi": false, "backup": {"enabled": true}})
	r == set()
}
