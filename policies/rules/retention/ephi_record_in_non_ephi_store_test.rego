package safeguard.rules.retention.ephi_record_in_non_ephi_store_test

import data.safeguard.rules.retention.ephi_record_in_non_ephi_store as rule

_input(record, stores) := {
	"as_of": "2026-11-01",
	"retention_schedules": [{"metadata": {"name": "harbor-retention"}, "spec": {"jurisdiction": "US-CA", "records": [record]}}],
	"encryption_configs": [{"metadata": {"name": "production"}, "spec": {"data_stores": stores}}],
}

_stores := [{"name": "ehr-primary", "ephi": true}, {"name": "analytics", "ephi": false}]

test_ephi_record_in_non_ephi_store_is_denied if {
	record := {"type": "clinical_notes", "ephi": true, "stores": ["ehr-primary", "analytics"]}
	r := rule.deny with input as _input(record, _stores)
	r == {{"msg": "ePHI record type \"clinical_notes\" in harbor-retention is kept in data store \"analytics\", which is marked ephi false; the risk analysis scope misses it", "at": record, "field": "stores"}}
}

test_ephi_record_in_ephi_stores_passes if {
	r := rule.deny with input as _input({"type": "clinical_notes", "ephi": true, "stores": ["ehr-primary"]}, _stores)
	r == set()
}

test_non_ephi_record_in_non_ephi_store_passes if {
	r := rule.deny with input as _input({"type": "audit_logs", "ephi": false, "stores": ["analytics"]}, _stores)
	r == set()
}
