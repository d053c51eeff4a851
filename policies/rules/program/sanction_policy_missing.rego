# METADATA
# title: Sanction policy is documented
# description: |
#   Appropriate sanctions are applied to workforce members who fail to
#   comply with the security policies and procedures. A SecurityProgram
#   without sanction_policy, or whose documented is false or not recorded,
#   is a finding. No threshold.
# custom:
#   id: SG-PG-007
#   citation: 164.308(a)(1)(ii)(C)
#   safeguard: administrative
#   specification: required
#   severity: high
#   evidence: [SecurityProgram]
#   remediation: |
#     Write a sanction policy that sets graded sanctions for violations of
#     the security policies, have the workforce acknowledge it, apply it
#     consistently and keep records of the sanctions applied.
package safeguard.rules.program.sanction_policy_missing

import data.safeguard.lib

deny contains lib.finding_at(msg, program.spec, "sanction_policy") if {
	some program in input.security_programs
	not program.spec.sanction_policy
	msg := sprintf("Security program %s: no sanction_policy is recorded, so sanction_policy.documented is not true; a documented sanction policy for workforce members who violate security policies is required", [program.metadata.name])
}

deny contains lib.finding_at(msg, policy, "documented") if {
	some program in input.security_programs
	policy := program.spec.sanction_policy
	object.get(policy, "documented", false) != true
	msg := sprintf("Security program %s: sanction_policy.documented %s; a documented sanction policy for workforce members who violate security policies is required", [program.metadata.name, _state(policy, "documented")])
}

_state(section, key) := "is false" if section[key] == false

else := "is not recorded"
