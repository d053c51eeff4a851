package safeguard.rules.program.media_reuse_test

import data.safeguard.rules.program.media_reuse as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_reuse_procedure_false_is_denied if {
	media := {"disposal_procedure": true, "reuse_procedure": false, "accountability_log": true}
	r := rule.deny with input as _input({"media": media})
	r == {{"msg": "Security program program: media.reuse_procedure is false; procedures to remove ePHI from electronic media before re-use are required", "at": media, "field": "reuse_procedure"}}
}

test_reuse_procedure_absent_is_denied if {
	media := {"disposal_procedure": true, "accountability_log": true}
	r := rule.deny with input as _input({"media": media})
	r == {{"msg": "Security program program: media.reuse_procedure is not recorded; procedures to remove ePHI from electronic media before re-use are required", "at": media, "field": "reuse_procedure"}}
}

test_missing_media_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no media is recorded, so media.reuse_procedure is not true; procedures to remove ePHI from electronic media before re-use are required", "at": spec, "field": "media"}}
}

test_reuse_procedure_true_passes if {
	r := rule.deny with input as _input({"media": {"disposal_procedure": true, "reuse_procedure": true, "accountability_log": true}})
	r == set()
}
