# METADATA
# title: Incident response and reporting procedures are documented
# description: |
#   Suspected or known security incidents are identified and responded to,
#   their harmful effects mitigated as far as practicable, and they and
#   their outcomes documented. A SecurityProgram without
#   incident_response, or whose documented is false or not recorded, is a
#   finding. No threshold.
# custom:
#   id: SG-PG-009
#   citation: 164.308(a)(6)(ii)
#   safeguard: administrative
#   specification: required
#   severity: high
#   evidence: [SecurityProgram]
#   remediation: |
#     Write incident response and reporting procedures: how staff report a
#     suspected incident, who triages it, how it is contained and
#     mitigated, when breach notification applies, and how each incident
#     is documented.
package safeguard.rules.program.incident_response_missing

import data.safeguard.lib

deny contains lib.finding_at(msg, program.spec, "incident_response") if {
	some program in input.security_programs
	not program.spec.incident_response
	msg := sprintf("Security program %s: no incident_response is recorded, so incident_response.documented is not true; documented procedures to identify, respond to, mitigate and document security incidents are required", [program.metadata.name])
}

deny contains lib.finding_at(msg, plan, "documented") if {
	some program in input.security_programs
	plan := program.spec.incident_response
	object.get(plan, "documented", false) != true
	msg := sprintf("Security program %s: incident_response.documented %s; documented procedures to identify, respond to, mitigate and document security incidents are required", [program.metadata.name, _state(plan, "documented")])
}

_state(section, key) := "is false" if section[key] == false

else := "is not recorded"
