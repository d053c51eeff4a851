package safeguard.rules.retention.ephi_disposal_method_test

import data.safeguard.rules.retention.ephi_disposal_method as rule

_input(records) := {"as_of": "2026-11-01", "retention_schedules": [{"metadata": {"name": "harbor-retention"}, "spec": {"jurisdiction": "US-CA", "records": records}}]}

test_deleted_ephi_is_denied if {
	disposal := {"method": "delete", "certificate": false}
	audit := {"type": "audit_logs", "category": "audit_log", "ephi": false, "retention_years": 6, "disposal": {"method": "delete", "certificate": false}}
	r := rule.deny with input as _input([{"type": "billing_records", "category": "billing", "ephi": true, "disposal": disposal}, audit])
	r == {{"msg": "ePHI record type \"billing_records\" in harbor-retention is disposed of by method delete; use NIST SP 800-88 clear, purge or destroy, or physical destruction", "at": disposal, "field": "method"}}
}

test_missing_disposal_is_denied if {
	record := {"type": "imaging", "category": "medical_record", "ephi": true}
	r := rule.deny with input as _input([record])
	r == {{"msg": "ePHI record type \"imaging\" in harbor-retention has no disposal method; use NIST SP 800-88 clear, purge or destroy, or physical destruction", "at": record, "field": "disposal"}}
}

test_missing_method_is_denied if {
	disposal := {"certificate": true}
	r := rule.deny with input as _input([{"type": "imaging", "ephi": true, "disposal": disposal}])
	r == {{"msg": "ePHI record type \"imaging\" in harbor-retention has no disposal method; use NIST SP 800-88 clear, purge or destroy, or physical destruction", "at": disposal, "field": "method"}}
}

test_sanitized_ephi_passes if {
	r := rule.deny with input as _input([
		{"type": "clinical_notes", "ephi": true, "disposal": {"method": "nist-800-88-purge", "certificate": true}},
		{"type": "charts", "ephi": true, "disposal": {"method": "crosscut-shred", "certificate": true}},
	])
	r == set()
}

test_non_ephi_record_is_not_this_rule if {
	r := rule.deny with input as _input([{"type": "audit_logs", "ephi": false, "disposal": {"method": "delete"}}])
	r == set()
}
