# METADATA
# title: safeguard policy library
# description: |
#   What every check shares: the one shape of a finding, the thresholds with
#   their defaults (overridable in .safeguard.yaml), date arithmetic against
#   input.as_of, and the indexes that joins look things up in.
package safeguard.lib

# METADATA
# title: finding
# description: A finding about the evidence object at; the engine reports its file and line.
finding(msg, at) := {"msg": msg, "at": at}

# METADATA
# title: finding_at
# description: A finding about one field of at; it points at the field's line, or at at where the field is missing.
finding_at(msg, at, field) := {"msg": msg, "at": at, "field": field}

# METADATA
# title: param
# description: A threshold, from input.params (the organisation's .safeguard.yaml) or its default.
param(name) := object.get(object.get(input, "params", {}), name, data.safeguard.lib.params.defaults[name])

# METADATA
# title: as_of_ns
# description: The assessment date, in nanoseconds. Policies never read the clock.
as_of_ns := time.parse_ns("2006-01-02", input.as_of)

# METADATA
# title: days_before
# description: The date n days before as_of, as YYYY-MM-DD, to compare dates as strings.
days_before(n) := time.format([time.add_date(as_of_ns, 0, 0, 0 - n), "UTC", "2006-01-02"])

# METADATA
# title: days_after
# description: The date n days after the date d, as YYYY-MM-DD.
days_after(d, n) := time.format([time.add_date(time.parse_ns("2006-01-02", d), 0, 0, n), "UTC", "2006-01-02"])

# METADATA
# title: days_between
# description: Whole days from date a to date b (negative when b is earlier).
days_between(a, b) := round((time.parse_ns("2006-01-02", b) - time.parse_ns("2006-01-02", a)) / 86400000000000)

# METADATA
# title: older_than
# description: True when date d is more than n days before as_of.
older_than(d, n) if d < days_before(n)

# METADATA
# title: expired
# description: True when date d is before as_of.
expired(d) if d < input.as_of

# METADATA
# title: workforce_by_id
# description: TrainingRoster members by id (an index built once; joins look up, never nest loops).
workforce_by_id := wf if {
	wf := input.index.workforce
} else := {m.id: m | some r in input.training_rosters; some m in r.spec.workforce}

# METADATA
# title: vendors_by_id
# description: BusinessAssociates vendors by id.
vendors_by_id := v if {
	v := input.index.vendors
} else := {v.id: v | some b in input.business_associates; some v in b.spec.vendors}

# METADATA
# title: data_stores_by_name
# description: EncryptionConfig data stores by name.
data_stores_by_name := s if {
	s := input.index.data_stores
} else := {s.name: s | some c in input.encryption_configs; some s in c.spec.data_stores}

# METADATA
# title: records_by_type
# description: RetentionSchedule record types by type.
records_by_type := r if {
	r := input.index.records
} else := {r.type: r | some s in input.retention_schedules; some r in s.spec.records}

# METADATA
# title: has_roster
# description: True when the evidence holds a TrainingRoster, so links into it can be checked.
has_roster if count(input.training_rosters) > 0

# METADATA
# title: has_vendors
# description: True when the evidence holds a BusinessAssociates inventory.
has_vendors if count(input.business_associates) > 0

# METADATA
# title: has_encryption
# description: True when the evidence holds an EncryptionConfig.
has_encryption if count(input.encryption_configs) > 0

# METADATA
# title: has_retention
# description: True when the evidence holds a RetentionSchedule.
has_retention if count(input.retention_schedules) > 0
