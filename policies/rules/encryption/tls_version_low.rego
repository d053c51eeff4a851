# METADATA
# title: ePHI data stores refuse old TLS versions
# description: |
#   TLS 1.0 and 1.1 have known weaknesses; NIST SP 800-52 Rev. 2 requires TLS
#   1.2 and support for TLS 1.3. A data store holding ePHI (ephi absent counts
#   as true) with in_transit encryption enabled whose
#   in_transit.min_tls_version is missing (so any version may be accepted)
#   or below the threshold is a finding. Versions are compared by their
#   order in the enum 1.0 < 1.1 < 1.2 < 1.3, not as strings. Default
#   threshold: TLS 1.2, NIST SP 800-52 Rev. 2; set
#   thresholds.min_tls_version. A store whose in_transit is missing or off
#   is reported by SG-EN-006 instead.
# custom:
#   id: SG-EN-007
#   citation: 164.312(e)(2)(ii)
#   safeguard: technical
#   specification: addressable
#   severity: high
#   evidence: [EncryptionConfig]
#   remediation: |
#     Set the minimum TLS version of the data store (and of its clients and
#     load balancers) to 1.2 or later, prefer 1.3, and record it as
#     in_transit.min_tls_version.
package safeguard.rules.encryption.tls_version_low

import data.safeguard.lib

# The order of the TLS versions of the evidence enum.
_rank := {"1.0": 10, "1.1": 11, "1.2": 12, "1.3": 13}

_floor := sprintf("%v", [lib.param("min_tls_version")])

deny contains lib.finding_at(msg, in_transit, "min_tls_version") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	in_transit := store.in_transit
	in_transit.enabled == true
	not in_transit.min_tls_version
	msg := sprintf("Data store %q in %s sets no min_tls_version for ePHI in transit; require TLS %s or later", [store.name, config.metadata.name, _floor])
}

deny contains lib.finding_at(msg, in_transit, "min_tls_version") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	in_transit := store.in_transit
	in_transit.enabled == true
	_rank[in_transit.min_tls_version] < _rank[_floor]
	msg := sprintf("Data store %q in %s accepts TLS %s for ePHI in transit, below the minimum TLS %s (NIST SP 800-52 Rev. 2)", [store.name, config.metadata.name, in_transit.min_tls_version, _floor])
}
