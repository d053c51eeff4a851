# METADATA
# title: No high risks left open in the risk management plan
# description: |
#   Risk management implements security measures that reduce risks to a
#   reasonable and appropriate level; high risks the plan still carries as
#   open are exposure the organisation has accepted. A SecurityProgram whose
#   risk_management.open_high_risks is above zero is reported as a warning
#   with the count. An absent count is not assessed. No threshold.
# custom:
#   id: SG-PG-006
#   citation: 164.308(a)(1)(ii)(B)
#   safeguard: administrative
#   specification: required
#   severity: high
#   evidence: [SecurityProgram]
#   remediation: |
#     Give each open high risk a measure, an owner and a due date in the
#     risk management plan, close it, or record the documented decision to
#     accept it with compensating measures; then update open_high_risks.
package safeguard.rules.program.open_high_risks

import data.safeguard.lib

warn contains lib.finding_at(msg, plan, "open_high_risks") if {
	some program in input.security_programs
	plan := program.spec.risk_management
	plan.open_high_risks > 0
	msg := sprintf("Security program %s: risk_management.open_high_risks is %d; reduce each high risk to a reasonable and appropriate level", [program.metadata.name, plan.open_high_risks])
}
