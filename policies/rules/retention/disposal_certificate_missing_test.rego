package safeguard.rules.retention.disposal_certificate_missing_test

import data.safeguard.rules.retention.disposal_certificate_missing as rule

_input(records) := {"as_of": "2026-11-01", "retention_schedules": [{"metadata": {"name": "harbor-retention"}, "spec": {"jurisdiction": "US-CA", "records": records}}]}

test_ephi_without_certificate_is_warned if {
	disposal := {"method": "delete", "certificate": false}
	r := rule.warn with input as _input([
		{"type": "billing_records", "category": "billing", "ephi": true, "disposal": disposal},
		{"type": "audit_logs", "category": "audit_log", "ephi": false, "disposal": {"method": "delete", "certificate": false}},
	])
	r == {{"msg": "ePHI record type \"billing_records\" in harbor-retention keeps no certificate of destruction (disposal.certificate is false)", "at": disposal, "field": "certificate"}}
}

test_missing_certificate_is_warned if {
	disposal := {"method": "nist-800-88-purge"}
	r := rule.warn with input as _input([{"type": "lab_results", "ephi": true, "disposal": disposal}])
	r == {{"msg": "ePHI record type \"lab_results\" in harbor-retention keeps no certificate of destruction (disposal.certificate is missing)", "at": disposal, "field": "certificate"}}
}

test_certificate_kept_passes if {
	r := rule.warn with input as _input([{"type": "clinical_notes", "ephi": true, "disposal": {"method": "nist-800-88-purge", "certificate": true}}])
	r == set()
}

test_record_without_disposal_is_not_this_rule if {
	r := rule.warn with input as _input([{"type": "imaging", "ephi": true}])
	r == set()
}
