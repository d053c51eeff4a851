# METADATA
# title: ePHI at rest is encrypted with an approved algorithm
# description: |
#   Encryption only secures ePHI when the cipher and mode are approved. NIST
#   SP 800-131A Rev. 2 disallows 3DES (TDEA) for encryption after 2023, and
#   DES, RC4 and ECB mode are never acceptable; Blowfish is not an approved
#   algorithm. A data store holding ePHI (ephi absent counts as true) with
#   at_rest encryption enabled whose at_rest.algorithm contains 3DES, TDEA,
#   DES, RC4, ARCFOUR, Blowfish or ECB (case-insensitive) is a finding. No
#   threshold: the list is NIST's, not a convention. A store whose at_rest is
#   missing or off is reported by SG-EN-001 instead.
# custom:
#   id: SG-EN-002
#   citation: 164.312(a)(2)(iv)
#   safeguard: technical
#   specification: addressable
#   severity: high
#   evidence: [EncryptionConfig]
#   remediation: |
#     Re-encrypt the data store with AES (128, 192 or 256 bit, FIPS 197) in an
#     approved mode such as GCM, CBC or XTS, and retire the old keys.
package safeguard.rules.encryption.weak_algorithm

import data.safeguard.lib

# Upper-case substrings of cipher or mode names that NIST SP 800-131A Rev. 2
# disallows for encryption (DES also matches 3DES and Triple-DES).
_weak_terms := ["3DES", "TDEA", "DES", "RC4", "ARCFOUR", "BLOWFISH", "ECB"]

_weak(algorithm) if {
	some term in _weak_terms
	contains(upper(algorithm), term)
}

deny contains lib.finding_at(msg, at_rest, "algorithm") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	at_rest := store.at_rest
	at_rest.enabled == true
	_weak(at_rest.algorithm)
	msg := sprintf("Data store %q in %s encrypts ePHI at rest with %s, which NIST SP 800-131A Rev. 2 disallows (3DES/TDEA, DES, RC4, Blowfish, ECB mode); use AES in an approved mode", [store.name, config.metadata.name, at_rest.algorithm])
}
