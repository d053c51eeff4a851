package safeguard.rules.encryption.restore_test_stale_test

import data.safeguard.rules.encryption.restore_test_stale as rule

_input(store) := {"as_of": "2026-11-01", "encryption_configs": [{"metadata": {"name": "prod"}, "spec": {"data_stores": [store]}}]}

test_old_restore_test_is_denied if {
	backup := {"enabled": true, "encrypted": true, "last_restore_test": "2025-06-30"}
	r := rule.deny with input as _input({"name": "ehr-db", "type": "database", "ephi": true, "backup": backup})
	r == {{"msg": "Backups of data store \"ehr-db\" in prod were last restore-tested on 2025-06-30, more than 365 days ago", "at": backup, "field": "last_restore_test"}}
}

test_missing_restore_test_is_denied if {
	backup := {"enabled": true, "encrypted": true}
	r := rule.deny with input as _input({"name": "ehr-db", "backup": backup})
	r == {{"msg": "Backups of data store \"ehr-db\" in prod have no last_restore_test; restore-test them at least every 365 days", "at": backup, "field": "last_restore_test"}}
}

test_recent_restore_test_passes if {
	r := rule.deny with input as _input({"name": "ehr-db", "type": "database", "backup": {"enabled": true, "last_restore_test": "2026-05-20"}})
	r == set()
}

test_restore_test_at_threshold_passes if {
	r := rule.deny with input as _input({"name": "ehr-db", "backup": {"enabled": true, "last_restore_test": "2025-11-01"}})
	r == set()
}

test_backup_store_itself_is_not_checked if {
	r := rule.deny with input as _input({"name": "dr-backups", "type": "backup", "backup": {"enabled": true}})
	r == set()
}

test_store_without_ephi_is_not_checked if {
	r := rule.deny with input as _input({"name": "cache", "ephi": false, "backup": {"enabled": true}})
	r == set()
}
