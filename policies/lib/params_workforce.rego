package safeguard.lib.params

# Proposed rule (Jan 2025): business associates verify their technical
# safeguards in writing at least every 12 months.
defaults["ba_verification_days"] := 365
