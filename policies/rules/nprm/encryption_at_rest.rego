# METADATA
# title: ePHI is encrypted at rest, without exception (proposed)
# description: |
#   The January 2025 proposed rule (90 FR 898) would make encryption of
#   ePHI at rest mandatory, with narrow exceptions, removing the addressable
#   choice of 164.312(a)(2)(iv). An EncryptionConfig data store holding ePHI
#   (ephi absent counts as true) without at_rest, or whose at_rest.enabled
#   is not true, is a finding under the proposal, whatever alternative
#   measure is documented. No threshold.
# custom:
#   id: SG-NP-007
#   citation: 164.312(a)(2)(iv)
#   safeguard: technical
#   specification: addressable
#   severity: high
#   evidence: [EncryptionConfig]
#   profiles: [hipaa-2025-nprm]
#   proposed: true
#   remediation: |
#     Turn on encryption at rest for the data store (AES with keys in a KMS
#     or HSM), or move the data to a store that has it.
package safeguard.rules.nprm.encryption_at_rest

import data.safeguard.lib

deny contains lib.finding_at(msg, store, "at_rest") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	not store.at_rest
	msg := sprintf("Data store %q in %s holds ePHI with no at_rest encryption; the proposed rule requires encryption at rest with no addressable exception", [store.name, config.metadata.name])
}

deny contains lib.finding_at(msg, at_rest, "enabled") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	at_rest := store.at_rest
	object.get(at_rest, "enabled", false) != true
	msg := sprintf("Data store %q in %s holds ePHI and at_rest encryption is not enabled; the proposed rule requires encryption at rest with no addressable exception", [store.name, config.metadata.name])
}
