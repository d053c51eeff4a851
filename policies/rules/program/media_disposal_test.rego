package safeguard.rules.program.media_disposal_test

import data.safeguard.rules.program.media_disposal as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_disposal_procedure_false_is_denied if {
	media := {"disposal_procedure": false, "reuse_procedure": true, "accountability_log": true}
	r := rule.deny with input as _input({"media": media})
	r == {{"msg": "Security program program: media.disposal_procedure is false; procedures for the final disposal of ePHI and the media holding it are required", "at": media, "field": "disposal_procedure"}}
}

test_disposal_procedure_absent_is_denied if {
	media := {"reuse_procedure": true, "accountability_log": true}
	r := rule.deny with input as _input({"media": media})
	r == {{"msg": "Security program program: media.disposal_procedure is not recorded; procedures for the final disposal of ePHI and the media holding it are required", "at": media, "field": "disposal_procedure"}}
}

test_missing_media_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no media is recorded, so media.disposal_procedure is not true; procedures for the final disposal of ePHI and the media holding it are required", "at": spec, "field": "media"}}
}

test_disposal_procedure_true_passes if {
	r := rule.deny with input as _input({"media": {"disposal_procedure": true, "reuse_procedure": true, "accountability_log": true}})
	r == set()
}
