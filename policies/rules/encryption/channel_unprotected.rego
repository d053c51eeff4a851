# METADATA
# title: Channels that carry ePHI are protected
# description: |
#   ePHI sent over an electronic communications network (email, file
#   transfer, a patient portal) is guarded against unauthorized access in
#   transit. An EncryptionConfig channel carrying ePHI (ephi absent counts as
#   true) whose protection is missing or none is a finding; enforced-tls,
#   s-mime, pgp and portal all count as protection. No threshold.
# custom:
#   id: SG-EN-015
#   citation: 164.312(e)(1)
#   safeguard: technical
#   specification: required
#   severity: high
#   evidence: [EncryptionConfig]
#   remediation: |
#     Send ePHI on this channel only with protection: enforce TLS to the
#     recipient's server, use S/MIME or PGP end to end, or deliver through a
#     secure portal; record it as protection.
package safeguard.rules.encryption.channel_unprotected

import data.safeguard.lib

deny contains lib.finding_at(msg, channel, "protection") if {
	some config in input.encryption_configs
	some channel in config.spec.channels
	object.get(channel, "ephi", true) == true
	object.get(channel, "protection", "none") == "none"
	msg := sprintf("Channel %q in %s carries ePHI with protection %s", [channel.name, config.metadata.name, object.get(channel, "protection", "not set")])
}
