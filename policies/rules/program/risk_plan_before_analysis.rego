# METADATA
# title: Risk management plan answers the latest risk analysis
# description: |
#   Risk management reduces the risks the risk analysis found; a plan last
#   updated before the latest analysis was completed cannot answer the risks
#   that analysis found. A SecurityProgram whose
#   risk_management.plan_updated is earlier than risk_analysis.last_completed
#   is a finding. Missing dates are left to SG-PG-002 and SG-PG-004. No
#   threshold.
# custom:
#   id: SG-PG-005
#   citation: 164.308(a)(1)(ii)(B)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [SecurityProgram]
#   remediation: |
#     Update the risk management plan for the risks of the latest risk
#     analysis (a measure, an owner and a date for each), and record the
#     date as risk_management.plan_updated.
package safeguard.rules.program.risk_plan_before_analysis

import data.safeguard.lib

deny contains lib.finding_at(msg, plan, "plan_updated") if {
	some program in input.security_programs
	plan := program.spec.risk_management
	analysis := program.spec.risk_analysis
	plan.plan_updated < analysis.last_completed
	msg := sprintf("Security program %s: risk_management.plan_updated is %s, before the latest risk analysis of %s; the plan must answer the risks that analysis found", [program.metadata.name, plan.plan_updated, analysis.last_completed])
}
