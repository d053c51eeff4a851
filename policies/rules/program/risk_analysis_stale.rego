# METADATA
# title: Risk analysis is current
# description: |
#   An accurate and thorough assessment of the risks to the
#   confidentiality, integrity and availability of ePHI is the base of
#   every other safeguard, and risk-analysis failures are OCR's most
#   common enforcement finding. A SecurityProgram without risk_analysis,
#   or whose last_completed date is missing or older than the threshold,
#   is a finding. Default threshold: 365 days, a yearly analysis (and
#   after significant change), the OCR guidance convention; set
#   thresholds.risk_analysis_days.
# custom:
#   id: SG-PG-002
#   citation: 164.308(a)(1)(ii)(A)
#   safeguard: administrative
#   specification: required
#   severity: high
#   evidence: [SecurityProgram]
#   remediation: |
#     Run an enterprise-wide risk analysis of every system, device and
#     flow that holds ePHI, record the completion date as
#     risk_analysis.last_completed, and repeat it at least yearly and
#     after significant changes.
package safeguard.rules.program.risk_analysis_stale

import data.safeguard.lib

_days := lib.param("risk_analysis_days")

_cutoff := lib.days_before(_days)

deny contains lib.finding_at(msg, program.spec, "risk_analysis") if {
	some program in input.security_programs
	not program.spec.risk_analysis
	msg := sprintf("Security program %s: no risk_analysis is recorded; the risk analysis must be kept current, repeated at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, analysis, "last_completed") if {
	some program in input.security_programs
	analysis := program.spec.risk_analysis
	not analysis.last_completed
	msg := sprintf("Security program %s: risk_analysis.last_completed is not recorded; the risk analysis must be kept current, repeated at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, analysis, "last_completed") if {
	some program in input.security_programs
	analysis := program.spec.risk_analysis
	analysis.last_completed < _cutoff
	msg := sprintf("Security program %s: risk_analysis.last_completed is %s, more than %d days before %s; the risk analysis must be kept current, repeated at least every %d days", [program.metadata.name, analysis.last_completed, _days, input.as_of, _days])
}
