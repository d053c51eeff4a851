# METADATA
# title: Risk analysis covers the whole enterprise
# description: |
#   The risk analysis covers all the ePHI the organisation creates,
#   receives, maintains or transmits, in every system, location and device;
#   an analysis limited to one system or site is one of OCR's most frequent
#   findings. A SecurityProgram without risk_analysis, or whose
#   risk_analysis.scope is absent or anything other than enterprise, is
#   reported as a warning. No threshold.
# custom:
#   id: SG-PG-003
#   citation: 164.308(a)(1)(ii)(A)
#   safeguard: administrative
#   specification: required
#   severity: high
#   evidence: [SecurityProgram]
#   remediation: |
#     Extend the risk analysis to every system, device, site and vendor
#     flow that holds ePHI (start from the asset inventory), and record
#     risk_analysis.scope as enterprise once it covers them all.
package safeguard.rules.program.risk_analysis_scope

import data.safeguard.lib

warn contains lib.finding_at(msg, program.spec, "risk_analysis") if {
	some program in input.security_programs
	not program.spec.risk_analysis
	msg := sprintf("Security program %s: no risk_analysis is recorded, so no enterprise-wide scope; the risk analysis must cover all ePHI the organisation creates, receives, maintains or transmits", [program.metadata.name])
}

warn contains lib.finding_at(msg, analysis, "scope") if {
	some program in input.security_programs
	analysis := program.spec.risk_analysis
	not analysis.scope
	msg := sprintf("Security program %s: risk_analysis.scope is not recorded, want enterprise; the risk analysis must cover all ePHI the organisation creates, receives, maintains or transmits", [program.metadata.name])
}

warn contains lib.finding_at(msg, analysis, "scope") if {
	some program in input.security_programs
	analysis := program.spec.risk_analysis
	analysis.scope != "enterprise"
	msg := sprintf("Security program %s: risk_analysis.scope is %q, not enterprise; the risk analysis must cover all ePHI the organisation creates, receives, maintains or transmits", [program.metadata.name, analysis.scope])
}
