package safeguard.rules.retention.ephi_record_without_stores_test

import data.safeguard.rules.retention.ephi_record_without_stores as rule

_input(records) := {"as_of": "2026-11-01", "retention_schedules": [{"metadata": {"name": "harbor-retention"}, "spec": {"jurisdiction": "US-CA", "records": records}}]}

test_ephi_record_without_stores_is_denied if {
	missing := {"type": "billing_records", "category": "billing", "ephi": true}
	empty := {"type": "imaging", "category": "medical_record", "ephi": true, "stores": []}
	r := rule.deny with input as _input([missing, empty, {"type": "audit_logs", "ephi": false}])
	r == {
		{"msg": "ePHI record type \"billing_records\" in harbor-retention lists no stores; name the data stores that hold it", "at": missing, "field": "stores"},
		{"msg": "ePHI record type \"imaging\" in harbor-retention lists no stores; name the data stores that hold it", "at": empty, "field": "stores"},
	}
}

test_ephi_record_with_stores_passes if {
	r := rule.deny with input as _input([{"type": "clinical_notes", "ephi": true, "stores": ["ehr-primary"]}])
	r == set()
}

test_non_ephi_record_is_not_this_rule if {
	r := rule.deny with input as _input([{"type": "security_policies", "ephi": false}])
	r == set()
}
