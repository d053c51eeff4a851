package safeguard.rules.secrets.key_material_test

import data.safeguard.rules.secrets.key_material as rule

test_key_material_is_denied if {
	store := {"name": "ehr", "at_rest": {"enabled": true}}
	r := rule.deny with input as {"as_of": "2026-11-01", "secrets": [{"at": store, "field": "key", "kind": "a PEM key block", "document": "prod", "document_kind": "EncryptionConfig"}]}
	r == {{"msg": "EncryptionConfig \"prod\" holds a PEM key block in \"key\"; the value is redacted in every report", "at": store, "field": "key"}}
}

test_no_key_material_passes if {
	r := rule.deny with input as {"as_of": "2026-11-01", "secrets": []}
	r == set()
}
