# METADATA
# title: Security documentation is kept at least six years
# description: |
#   Policies, procedures and the records of required actions, activities and
#   assessments are retained for 6 years from their creation or the date they
#   were last in effect, whichever is later. A SecurityProgram without
#   policies, or whose policies.retention_years is missing or below the
#   threshold, is a finding. Default threshold: 6 years, 164.316(b)(2)(i);
#   set thresholds.documentation_retention_years.
# custom:
#   id: SG-PG-018
#   citation: 164.316(b)(2)(i)
#   safeguard: documentation
#   specification: required
#   severity: medium
#   evidence: [SecurityProgram]
#   remediation: |
#     Keep every version of the security policies and procedures, and the
#     records they require (risk analyses, evaluations, incident and
#     sanction records), for at least 6 years after they were last in
#     effect; record the period as policies.retention_years.
package safeguard.rules.program.policies_retention

import data.safeguard.lib

_years := lib.param("documentation_retention_years")

deny contains lib.finding_at(msg, program.spec, "policies") if {
	some program in input.security_programs
	not program.spec.policies
	msg := sprintf("Security program %s: no policies section is recorded, so no retention period; security documentation must be kept at least %d years", [program.metadata.name, _years])
}

deny contains lib.finding_at(msg, policies, "retention_years") if {
	some program in input.security_programs
	policies := program.spec.policies
	not policies.retention_years
	msg := sprintf("Security program %s: policies.retention_years is not recorded; security documentation must be kept at least %d years", [program.metadata.name, _years])
}

deny contains lib.finding_at(msg, policies, "retention_years") if {
	some program in input.security_programs
	policies := program.spec.policies
	policies.retention_years < _years
	msg := sprintf("Security program %s: policies.retention_years is %d, below %d; security documentation must be kept at least %d years", [program.metadata.name, policies.retention_years, _years, _years])
}
