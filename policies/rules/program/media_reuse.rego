# METADATA
# title: Media re-use procedure
# description: |
#   ePHI is removed from electronic media before the media is made
#   available for re-use. A SecurityProgram without media, or whose
#   reuse_procedure is false or not recorded, is a finding. No threshold.
# custom:
#   id: SG-PG-025
#   citation: 164.310(d)(2)(ii)
#   safeguard: physical
#   specification: required
#   severity: high
#   evidence: [SecurityProgram]
#   remediation: |
#     Write a re-use procedure: sanitize media per NIST SP 800-88 (clear
#     or purge) before it is reissued or repurposed, and record it; set
#     media.reuse_procedure to true.
package safeguard.rules.program.media_reuse

import data.safeguard.lib

deny contains lib.finding_at(msg, program.spec, "media") if {
	some program in input.security_programs
	not program.spec.media
	msg := sprintf("Security program %s: no media is recorded, so media.reuse_procedure is not true; procedures to remove ePHI from electronic media before re-use are required", [program.metadata.name])
}

deny contains lib.finding_at(msg, media, "reuse_procedure") if {
	some program in input.security_programs
	media := program.spec.media
	object.get(media, "reuse_procedure", false) != true
	msg := sprintf("Security program %s: media.reuse_procedure %s; procedures to remove ePHI from electronic media before re-use are required", [program.metadata.name, _state(media, "reuse_procedure")])
}

_state(section, key) := "is false" if section[key] == false

else := "is not recorded"
