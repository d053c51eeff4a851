# METADATA
# title: Media disposal procedure
# description: |
#   Policies and procedures address the final disposition of ePHI and of
#   the hardware or electronic media on which it is stored. A
#   SecurityProgram without media, or whose disposal_procedure is false or
#   not recorded, is a finding. No threshold.
# custom:
#   id: SG-PG-024
#   citation: 164.310(d)(2)(i)
#   safeguard: physical
#   specification: required
#   severity: high
#   evidence: [SecurityProgram]
#   remediation: |
#     Write a disposal procedure: media holding ePHI is cleared, purged or
#     destroyed per NIST SP 800-88 before it leaves the organisation, with
#     a certificate of destruction from any vendor; set
#     media.disposal_procedure to true.
package safeguard.rules.program.media_disposal

import data.safeguard.lib

deny contains lib.finding_at(msg, program.spec, "media") if {
	some program in input.security_programs
	not program.spec.media
	msg := sprintf("Security program %s: no media is recorded, so media.disposal_procedure is not true; procedures for the final disposal of ePHI and the media holding it are required", [program.metadata.name])
}

deny contains lib.finding_at(msg, media, "disposal_procedure") if {
	some program in input.security_programs
	media := program.spec.media
	object.get(media, "disposal_procedure", false) != true
	msg := sprintf("Security program %s: media.disposal_procedure %s; procedures for the final disposal of ePHI and the media holding it are required", [program.metadata.name, _state(media, "disposal_procedure")])
}

_state(section, key) := "is false" if section[key] == false

else := "is not recorded"
