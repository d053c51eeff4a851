package safeguard.rules.access.permission_resource_unknown_test

import data.safeguard.rules.access.permission_resource_unknown as rule

_input(permissions, records) := {
	"as_of": "2026-11-01",
	"access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"roles": [{"name": "physician", "permissions": permissions}]}}],
	"retention_schedules": [{"metadata": {"name": "records"}, "spec": {"records": records}}],
}

test_unknown_resource_is_denied if {
	permission := {"resource": "radiology_images", "actions": ["read"]}
	r := rule.deny with input as _input([{"resource": "clinical_notes", "actions": ["read"]}, permission], [{"type": "clinical_notes"}])
	r == {{"msg": "Role \"physician\" in ehr grants access to \"radiology_images\", which is not a record type of any RetentionSchedule", "at": permission, "field": "resource"}}
}

test_known_resource_passes if {
	r := rule.deny with input as _input([{"resource": "clinical_notes", "actions": ["read"]}], [{"type": "clinical_notes"}, {"type": "lab_results"}])
	r == set()
}

test_without_retention_schedule_is_not_assessed if {
	r := rule.deny with input as {
		"as_of": "2026-11-01",
		"access_matrices": [{"metadata": {"name": "ehr"}, "spec": {"roles": [{"name": "physician", "permissions": [{"resource": "anything"}]}]}}],
		"retention_schedules": [],
	}
	r == set()
}
