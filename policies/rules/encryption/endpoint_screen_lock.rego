# METADATA
# title: Endpoints lock their screens when idle
# description: |
#   A workstation left logged in shows ePHI to whoever walks by; automatic
#   logoff ends or locks an idle session. An EncryptionConfig endpoint
#   (removable media excepted, they have no screen) whose
#   screen_lock_minutes is missing or above the threshold is a finding.
#   Default threshold: 15 minutes, the common convention (the rule sets no
#   number); set thresholds.screen_lock_minutes.
# custom:
#   id: SG-EN-014
#   citation: 164.312(a)(2)(iii)
#   safeguard: technical
#   specification: addressable
#   severity: medium
#   evidence: [EncryptionConfig]
#   remediation: |
#     Enforce an idle screen lock of at most 15 minutes through device
#     management or group policy (shorter in public areas), and record it as
#     screen_lock_minutes.
package safeguard.rules.encryption.endpoint_screen_lock

import data.safeguard.lib

_limit := lib.param("screen_lock_minutes")

deny contains lib.finding_at(msg, endpoint, "screen_lock_minutes") if {
	some config in input.encryption_configs
	some endpoint in config.spec.endpoints
	object.get(endpoint, "device_type", "") != "removable_media"
	not endpoint.screen_lock_minutes
	msg := sprintf("Endpoint %q in %s sets no screen_lock_minutes; lock idle screens within %d minutes", [endpoint.name, config.metadata.name, _limit])
}

deny contains lib.finding_at(msg, endpoint, "screen_lock_minutes") if {
	some config in input.encryption_configs
	some endpoint in config.spec.endpoints
	object.get(endpoint, "device_type", "") != "removable_media"
	endpoint.screen_lock_minutes > _limit
	msg := sprintf("Endpoint %q in %s locks idle screens after %d minutes, more than %d minutes", [endpoint.name, config.metadata.name, endpoint.screen_lock_minutes, _limit])
}
