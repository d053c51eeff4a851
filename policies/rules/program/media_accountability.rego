# METADATA
# title: Media accountability log
# description: |
#   A record is kept of the movements of hardware and electronic media and
#   of the person responsible for them (addressable: implement it, or
#   document why not and an equivalent measure). A SecurityProgram without
#   media, or whose accountability_log is false or not recorded, is a
#   finding. No threshold.
# custom:
#   id: SG-PG-026
#   citation: 164.310(d)(2)(iii)
#   safeguard: physical
#   specification: addressable
#   severity: low
#   evidence: [SecurityProgram]
#   remediation: |
#     Keep a log of hardware and electronic media that hold ePHI (device,
#     custodian, location, moves in and out, disposal), and set
#     media.accountability_log to true; or document why not and the
#     equivalent measure.
package safeguard.rules.program.media_accountability

import data.safeguard.lib

deny contains lib.finding_at(msg, program.spec, "media") if {
	some program in input.security_programs
	not program.spec.media
	msg := sprintf("Security program %s: no media is recorded, so media.accountability_log is not true; keep a record of the movements of hardware and media with ePHI and who is responsible, or document why not and the equivalent measure", [program.metadata.name])
}

deny contains lib.finding_at(msg, media, "accountability_log") if {
	some program in input.security_programs
	media := program.spec.media
	object.get(media, "accountability_log", false) != true
	msg := sprintf("Security program %s: media.accountability_log %s; keep a record of the movements of hardware and media with ePHI and who is responsible, or document why not and the equivalent measure", [program.metadata.name, _state(media, "accountability_log")])
}

_state(section, key) := "is false" if section[key] == false

else := "is not recorded"
