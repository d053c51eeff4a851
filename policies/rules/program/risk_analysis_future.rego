# METADATA
# title: Risk analysis is not dated after the assessment date
# description: |
#   A risk analysis whose last_completed date lies after the assessment date
#   (as_of) cannot have been completed yet: the date is a typo, or a plan
#   recorded as a fact, and it hides a stale analysis from SG-PG-002. A
#   SecurityProgram whose risk_analysis.last_completed is after as_of is
#   reported as a warning. No threshold.
# custom:
#   id: SG-PG-027
#   citation: 164.308(a)(1)(ii)(A)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [SecurityProgram]
#   remediation: |
#     Record the date the latest risk analysis was actually completed as
#     risk_analysis.last_completed; schedule the next one elsewhere.
package safeguard.rules.program.risk_analysis_future

import data.safeguard.lib

warn contains lib.finding_at(msg, analysis, "last_completed") if {
	some program in input.security_programs
	analysis := program.spec.risk_analysis
	analysis.last_completed > input.as_of
	msg := sprintf("Security program %s: risk_analysis.last_completed is %s, after the assessment date %s; a risk analysis cannot be completed in the future", [program.metadata.name, analysis.last_completed, input.as_of])
}
