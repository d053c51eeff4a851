# METADATA
# title: A named security official is assigned
# description: |
#   One identified person is responsible for developing and implementing the
#   security policies and procedures. A SecurityProgram without
#   security_official, or whose security_official has no name (absent or
#   blank), is a finding. No threshold.
# custom:
#   id: SG-PG-001
#   citation: 164.308(a)(2)
#   safeguard: administrative
#   specification: required
#   severity: high
#   evidence: [SecurityProgram]
#   remediation: |
#     Appoint one person as security official in writing, with the authority
#     and time to run the security program, and record their name and the
#     appointment date as security_official.
package safeguard.rules.program.security_official

import data.safeguard.lib

deny contains lib.finding_at(msg, program.spec, "security_official") if {
	some program in input.security_programs
	not program.spec.security_official
	msg := sprintf("Security program %s: no security_official is recorded; one named person must be assigned responsibility for security", [program.metadata.name])
}

deny contains lib.finding_at(msg, official, "name") if {
	some program in input.security_programs
	official := program.spec.security_official
	trim_space(object.get(official, "name", "")) == ""
	msg := sprintf("Security program %s: security_official has no name; one named person must be assigned responsibility for security", [program.metadata.name])
}
