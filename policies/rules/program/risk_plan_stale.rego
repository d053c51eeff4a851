# METADATA
# title: Risk management plan is current
# description: |
#   Risk management puts in place security measures that reduce the risks
#   found by the risk analysis to a reasonable and appropriate level; the
#   plan that tracks them is kept current. A SecurityProgram without
#   risk_management, or whose plan_updated date is missing or older than
#   the threshold, is a finding. Default threshold: 365 days, a yearly
#   update by convention (the rule sets no frequency); set
#   thresholds.risk_plan_days.
# custom:
#   id: SG-PG-004
#   citation: 164.308(a)(1)(ii)(B)
#   safeguard: administrative
#   specification: required
#   severity: high
#   evidence: [SecurityProgram]
#   remediation: |
#     Keep a written risk management plan that answers each risk of the
#     latest risk analysis with a measure, an owner and a date; update it
#     at least yearly and after each analysis, and record the date as
#     risk_management.plan_updated.
package safeguard.rules.program.risk_plan_stale

import data.safeguard.lib

_days := lib.param("risk_plan_days")

_cutoff := lib.days_before(_days)

deny contains lib.finding_at(msg, program.spec, "risk_management") if {
	some program in input.security_programs
	not program.spec.risk_management
	msg := sprintf("Security program %s: no risk_management is recorded; the risk management plan must be kept current, updated at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, plan, "plan_updated") if {
	some program in input.security_programs
	plan := program.spec.risk_management
	not plan.plan_updated
	msg := sprintf("Security program %s: risk_management.plan_updated is not recorded; the risk management plan must be kept current, updated at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, plan, "plan_updated") if {
	some program in input.security_programs
	plan := program.spec.risk_management
	plan.plan_updated < _cutoff
	msg := sprintf("Security program %s: risk_management.plan_updated is %s, more than %d days before %s; the risk management plan must be kept current, updated at least every %d days", [program.metadata.name, plan.plan_updated, _days, input.as_of, _days])
}
