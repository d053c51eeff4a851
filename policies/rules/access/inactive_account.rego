# METADATA
# title: Idle accounts are disabled
# description: |
#   Access that is no longer used is removed: an idle account is a way in
#   that nobody watches. An active user (status absent counts as active) of
#   an AccessMatrix for a system with ePHI (ephi absent counts as true)
#   whose last_login is more than the threshold before the assessment date
#   is a finding at last_login. Accounts with no last_login recorded
#   (service accounts, for instance) are not checked. Default threshold: 90
#   days, the common disable threshold (the rule sets no number); set
#   thresholds.inactive_account_days.
# custom:
#   id: SG-AC-017
#   citation: 164.308(a)(4)(ii)(C)
#   safeguard: administrative
#   specification: addressable
#   severity: low
#   evidence: [AccessMatrix]
#   remediation: |
#     Disable the account, and confirm with the holder's manager whether the
#     access is still needed before enabling it again. Disable idle accounts
#     automatically after the threshold.
package safeguard.rules.access.inactive_account

import data.safeguard.lib

_limit := lib.param("inactive_account_days")

deny contains lib.finding_at(msg, user, "last_login") if {
	some matrix in input.access_matrices
	object.get(matrix.spec, "ephi", true) == true
	some user in object.get(matrix.spec, "users", [])
	object.get(user, "status", "active") == "active"
	last := user.last_login
	lib.older_than(last, _limit)
	msg := sprintf("User %q in %s is active but last logged in on %s, %d days ago (threshold: %d days)", [user.id, matrix.metadata.name, last, lib.days_between(last, input.as_of), _limit])
}
