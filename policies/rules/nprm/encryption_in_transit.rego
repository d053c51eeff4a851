# METADATA
# title: ePHI is encrypted in transit, without exception (proposed)
# description: |
#   The January 2025 proposed rule (90 FR 898) would make encryption of
#   ePHI in transit mandatory, with narrow exceptions, removing the
#   addressable choice of 164.312(e)(2)(ii). An EncryptionConfig data store
#   holding ePHI (ephi absent counts as true) without in_transit, or whose
#   in_transit.enabled is not true, and a channel carrying ePHI (ephi absent
#   counts as true) whose protection is missing or none, are findings under
#   the proposal, whatever alternative measure is documented. No threshold.
# custom:
#   id: SG-NP-010
#   citation: 164.312(e)(2)(ii)
#   safeguard: technical
#   specification: addressable
#   severity: high
#   evidence: [EncryptionConfig]
#   profiles: [hipaa-2025-nprm]
#   proposed: true
#   remediation: |
#     Require TLS 1.2 or later (or an encrypted VPN) on every connection to
#     the data store, and send ePHI on every channel only with enforced TLS,
#     S/MIME, PGP or a secure portal.
package safeguard.rules.nprm.encryption_in_transit

import data.safeguard.lib

deny contains lib.finding_at(msg, store, "in_transit") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	not store.in_transit
	msg := sprintf("Data store %q in %s holds ePHI with no in_transit encryption; the proposed rule requires encryption in transit with no addressable exception", [store.name, config.metadata.name])
}

deny contains lib.finding_at(msg, in_transit, "enabled") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	in_transit := store.in_transit
	object.get(in_transit, "enabled", false) != true
	msg := sprintf("Data store %q in %s holds ePHI and in_transit encryption is not enabled; the proposed rule requires encryption in transit with no addressable exception", [store.name, config.metadata.name])
}

deny contains lib.finding_at(msg, channel, "protection") if {
	some config in input.encryption_configs
	some channel in object.get(config.spec, "channels", [])
	object.get(channel, "ephi", true) == true
	object.get(channel, "protection", "none") == "none"
	msg := sprintf("Channel %q in %s carries ePHI without encryption; the proposed rule requires encryption in transit with no addressable exception", [channel.name, config.metadata.name])
}
