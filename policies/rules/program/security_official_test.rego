package safeguard.rules.program.security_official_test

import data.safeguard.rules.program.security_official as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_missing_security_official_is_denied if {
	spec := {"privacy_official": {"name": "Sam Ortiz"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no security_official is recorded; one named person must be assigned responsibility for security", "at": spec, "field": "security_official"}}
}

test_security_official_without_name_is_denied if {
	official := {"appointed": "2022-01-01"}
	r := rule.deny with input as _input({"security_official": official})
	r == {{"msg": "Security program program: security_official has no name; one named person must be assigned responsibility for security", "at": official, "field": "name"}}
}

test_security_official_with_blank_name_is_denied if {
	official := {"name": "  ", "appointed": "2022-01-01"}
	r := rule.deny with input as _input({"security_official": official})
	r == {{"msg": "Security program program: security_official has no name; one named person must be assigned responsibility for security", "at": official, "field": "name"}}
}

test_named_security_official_passes if {
	r := rule.deny with input as _input({"security_official": {"name": "Dana Lee", "appointed": "2022-01-01"}})
	r == set()
}
