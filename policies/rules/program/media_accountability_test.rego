package safeguard.rules.program.media_accountability_test

import data.safeguard.rules.program.media_accountability as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_accountability_log_false_is_denied if {
	media := {"disposal_procedure": true, "reuse_procedure": true, "accountability_log": false}
	r := rule.deny with input as _input({"media": media})
	r == {{"msg": "Security program program: media.accountability_log is false; keep a record of the movements of hardware and media with ePHI and who is responsible, or document why not and the equivalent measure", "at": media, "field": "accountability_log"}}
}

test_accountability_log_absent_is_denied if {
	media := {"disposal_procedure": true, "reuse_procedure": true}
	r := rule.deny with input as _input({"media": media})
	r == {{"msg": "Security program program: media.accountability_log is not recorded; keep a record of the movements of hardware and media with ePHI and who is responsible, or document why not and the equivalent measure", "at": media, "field": "accountability_log"}}
}

test_missing_media_is_denied if {
	spec := {"security_official": {"name": "Dana Lee"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program: no media is recorded, so media.accountability_log is not true; keep a record of the movements of hardware and media with ePHI and who is responsible, or document why not and the equivalent measure", "at": spec, "field": "media"}}
}

test_accountability_log_true_passes if {
	r := rule.deny with input as _input({"media": {"disposal_procedure": true, "reuse_procedure": true, "accountability_log": true}})
	r == set()
}
