# METADATA
# title: ePHI at rest is encrypted with FIPS validated modules
# description: |
#   HHS guidance treats ePHI as secured when it is encrypted with FIPS 140
#   validated cryptographic modules. A data store holding ePHI (ephi absent
#   counts as true) with at_rest encryption enabled whose
#   at_rest.fips_validated is not true is reported as a warning. NIST's CMVP
#   moved the remaining FIPS 140-2 certificates to the Historical list on
#   2026-09-21: existing deployments may continue, new ones should use FIPS
#   140-3 validated modules. No threshold. A store whose at_rest is missing or
#   off is reported by SG-EN-001 instead.
# custom:
#   id: SG-EN-005
#   citation: 164.312(a)(2)(iv)
#   safeguard: technical
#   specification: addressable
#   severity: medium
#   evidence: [EncryptionConfig]
#   remediation: |
#     Use the FIPS endpoint or mode of the storage or key service (a FIPS
#     140-3 validated module for anything deployed now), confirm its CMVP
#     certificate, and set at_rest.fips_validated to true.
package safeguard.rules.encryption.fips_not_validated

import data.safeguard.lib

warn contains lib.finding_at(msg, at_rest, "fips_validated") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	at_rest := store.at_rest
	at_rest.enabled == true
	object.get(at_rest, "fips_validated", false) != true
	msg := sprintf("Data store %q in %s encrypts ePHI at rest with fips_validated %v; use a FIPS 140-3 validated module (CMVP moved FIPS 140-2 certificates to the Historical list on 2026-09-21)", [store.name, config.metadata.name, object.get(at_rest, "fips_validated", "not set")])
}
