# METADATA
# title: Technology asset inventory and network map are current (proposed)
# description: |
#   The January 2025 proposed rule (90 FR 898) would require a written
#   inventory of technology assets and a network map showing how ePHI moves
#   through them, both reviewed at least every 12 months, as part of the
#   risk analysis. A SecurityProgram without asset_inventory, with a
#   last_updated date missing or older than the threshold, or without
#   network_map true is a finding under the proposal. Default threshold: 365
#   days, the proposal's 12 months; set thresholds.asset_inventory_days.
# custom:
#   id: SG-NP-001
#   citation: 164.308(a)(1)(ii)(A)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [SecurityProgram]
#   profiles: [hipaa-2025-nprm]
#   proposed: true
#   remediation: |
#     Keep a written inventory of every system, device and application that
#     creates, receives, keeps or sends ePHI, and a network map of the flows
#     between them; review both at least yearly and after changes, and feed
#     them into the risk analysis.
package safeguard.rules.nprm.asset_inventory

import data.safeguard.lib

_days := lib.param("asset_inventory_days")

_cutoff := lib.days_before(_days)

deny contains lib.finding_at(msg, program.spec, "asset_inventory") if {
	some program in input.security_programs
	not program.spec.asset_inventory
	msg := sprintf("Security program %s has no asset_inventory; the proposed rule requires a written technology asset inventory and network map, reviewed at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, inventory, "last_updated") if {
	some program in input.security_programs
	inventory := program.spec.asset_inventory
	not inventory.last_updated
	msg := sprintf("Asset inventory of security program %s has no last_updated date; the proposed rule requires a review at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, inventory, "last_updated") if {
	some program in input.security_programs
	inventory := program.spec.asset_inventory
	inventory.last_updated < _cutoff
	msg := sprintf("Asset inventory of security program %s was last updated on %s, more than %d days ago; the proposed rule requires a review at least every %d days", [program.metadata.name, inventory.last_updated, _days, _days])
}

deny contains lib.finding_at(msg, inventory, "network_map") if {
	some program in input.security_programs
	inventory := program.spec.asset_inventory
	object.get(inventory, "network_map", false) != true
	msg := sprintf("Asset inventory of security program %s has no network map; the proposed rule requires one", [program.metadata.name])
}
