# METADATA
# title: Applications and data criticality analysis
# description: |
#   The relative criticality of applications and data is assessed in
#   support of the other contingency plan components (addressable:
#   implement it, or document why not and an equivalent measure). A
#   SecurityProgram without contingency_plan, or whose
#   criticality_analysis is false or not recorded, is a finding. No
#   threshold.
# custom:
#   id: SG-PG-015
#   citation: 164.308(a)(7)(ii)(E)
#   safeguard: administrative
#   specification: addressable
#   severity: medium
#   evidence: [SecurityProgram]
#   remediation: |
#     Rank the applications and data that hold ePHI by how critical they
#     are to patient care and operations, use the ranking to order
#     restoration in the disaster recovery plan, and set
#     contingency_plan.criticality_analysis to true.
package safeguard.rules.program.criticality_analysis

import data.safeguard.lib

deny contains lib.finding_at(msg, program.spec, "contingency_plan") if {
	some program in input.security_programs
	not program.spec.contingency_plan
	msg := sprintf("Security program %s: no contingency_plan is recorded, so contingency_plan.criticality_analysis is not true; assess the relative criticality of applications and data, or document why not and the equivalent measure", [program.metadata.name])
}

deny contains lib.finding_at(msg, plan, "criticality_analysis") if {
	some program in input.security_programs
	plan := program.spec.contingency_plan
	object.get(plan, "criticality_analysis", false) != true
	msg := sprintf("Security program %s: contingency_plan.criticality_analysis %s; assess the relative criticality of applications and data, or document why not and the equivalent measure", [program.metadata.name, _state(plan, "criticality_analysis")])
}

_state(section, key) := "is false" if section[key] == false

else := "is not recorded"
