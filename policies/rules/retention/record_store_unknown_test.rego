package safeguard.rules.retention.record_store_unknown_test

import data.safeguard.rules.retention.record_store_unknown as rule

_input(record, stores) := {
	"as_of": "2026-11-01",
	"retention_schedules": [{"metadata": {"name": "harbor-retention"}, "spec": {"jurisdiction": "US-CA", "records": [record]}}],
	"encryption_configs": [{"metadata": {"name": "production"}, "spec": {"data_stores": stores}}],
}

test_unknown_store_is_denied if {
	record := {"type": "clinical_notes", "ephi": true, "stores": ["ehr-primary", "dr-backup"]}
	r := rule.deny with input as _input(record, [{"name": "ehr-primary"}, {"name": "dr-backups"}])
	r == {{"msg": "Record type \"clinical_notes\" in harbor-retention is kept in store \"dr-backup\", which is not a data store of any EncryptionConfig", "at": record, "field": "stores"}}
}

test_known_stores_pass if {
	r := rule.deny with input as _input({"type": "clinical_notes", "stores": ["ehr-primary", "dr-backups"]}, [{"name": "ehr-primary"}, {"name": "dr-backups"}])
	r == set()
}

test_without_encryption_config_is_not_assessed if {
	r := rule.deny with input as {
		"as_of": "2026-11-01",
		"retention_schedules": [{"metadata": {"name": "harbor-retention"}, "spec": {"records": [{"type": "clinical_notes", "stores": ["ehr"]}]}}],
		"encryption_configs": [],
	}
	r == set()
}
