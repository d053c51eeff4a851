package evidence

import "sort"

// Type is the type a field's value must have.
type Type int

const (
	TString Type = iota + 1
	TInt
	TBool
	TDate      // YYYY-MM-DD, kept as its string
	TStrings   // a list of strings
	TObject    // a nested object (an HCL block given once)
	TObjects   // a list of objects (a repeated HCL block)
	TNullableS // a string that may be null (null means absent)
)

func (t Type) String() string {
	switch t {
	case TString, TNullableS:
		return "string"
	case TInt:
		return "whole number"
	case TBool:
		return "boolean"
	case TDate:
		return "date (YYYY-MM-DD)"
	case TStrings:
		return "list of strings"
	case TObject:
		return "object"
	case TObjects:
		return "list of objects"
	}
	return "unknown"
}

// FieldSchema describes one field of an object.
type FieldSchema struct {
	Name     string
	Type     Type
	Enum     []string // allowed values (for TString and the items of TStrings)
	Required bool
	// Object is the schema of a TObject value or of each item of a TObjects list.
	Object *Object
	// Block is the HCL block type of a TObjects list ("role" for roles); the
	// block's label becomes the object's Object.Label field.
	Block string
}

// Object is the schema of an object: its fields in contract order.
type Object struct {
	Fields []*FieldSchema
	// Label is the field an HCL block label fills ("name" for a role); empty
	// for blocks without a label (permission, completion).
	Label  string
	byName map[string]*FieldSchema
	names  []string
}

// Lookup returns the field with the name, or nil.
func (o *Object) Lookup(name string) *FieldSchema { return o.byName[name] }

// Names returns the field names, sorted, for suggestions.
func (o *Object) Names() []string { return o.names }

// Kind is one of the six evidence kinds.
type Kind struct {
	// Name is the YAML kind ("AccessMatrix").
	Name string
	// Block is the HCL top-level block type ("access_matrix").
	Block string
	// InputKey is the key of the policy input that lists documents of the kind.
	InputKey string
	Spec     *Object
}

func obj(label string, fields ...*FieldSchema) *Object {
	o := &Object{Fields: fields, Label: label, byName: make(map[string]*FieldSchema, len(fields))}
	for _, f := range fields {
		o.byName[f.Name] = f
		o.names = append(o.names, f.Name)
	}
	sort.Strings(o.names)
	return o
}

func str(name string, enum ...string) *FieldSchema {
	return &FieldSchema{Name: name, Type: TString, Enum: enum}
}
func nstr(name string) *FieldSchema    { return &FieldSchema{Name: name, Type: TNullableS} }
func integer(name string) *FieldSchema { return &FieldSchema{Name: name, Type: TInt} }
func boolean(name string) *FieldSchema { return &FieldSchema{Name: name, Type: TBool} }
func date(name string) *FieldSchema    { return &FieldSchema{Name: name, Type: TDate} }
func strs(name string, enum ...string) *FieldSchema {
	return &FieldSchema{Name: name, Type: TStrings, Enum: enum}
}
func object(name string, o *Object) *FieldSchema {
	return &FieldSchema{Name: name, Type: TObject, Object: o}
}
func required(f *FieldSchema) *FieldSchema { f.Required = true; return f }
func objects(name, block string, o *Object) *FieldSchema {
	return &FieldSchema{Name: name, Type: TObjects, Object: o, Block: block}
}

// Enumerations of the contract (shared/spec/evidence-format.md).
var (
	jobFunctions = []string{"clinical", "nursing", "billing", "records", "research", "it_admin", "front_desk", "executive", "vendor"}
	actions      = []string{"read", "write", "delete", "export", "print", "admin"}
)

// Metadata is the schema of every document's metadata.
var Metadata = obj("", required(str("name")), str("owner"))

// The six kinds, in the contract's order.
var (
	AccessMatrix = &Kind{Name: "AccessMatrix", Block: "access_matrix", InputKey: "access_matrices", Spec: obj("",
		str("system"),
		boolean("ephi"),
		integer("session_timeout_minutes"),
		boolean("mfa_required"),
		object("audit_logging", obj("",
			boolean("enabled"),
			strs("events"),
			integer("retention_days"),
			date("last_reviewed"),
		)),
		object("access_review", obj("",
			integer("frequency_days"),
			date("last_completed"),
		)),
		objects("roles", "role", obj("name",
			required(str("name")),
			str("job_function", jobFunctions...),
			objects("permissions", "permission", obj("",
				required(str("resource")),
				strs("actions", actions...),
			)),
		)),
		objects("users", "user", obj("id",
			required(str("id")),
			nstr("workforce_id"),
			strs("roles"),
			str("type", "human", "service", "emergency"),
			str("status", "active", "disabled"),
			boolean("mfa"),
			boolean("shared"),
			date("last_login"),
		)),
		objects("emergency_access", "emergency_access", obj("account",
			required(str("account")),
			integer("max_duration_hours"),
			boolean("post_use_review"),
		)),
	)}

	BusinessAssociates = &Kind{Name: "BusinessAssociates", Block: "business_associates", InputKey: "business_associates", Spec: obj("",
		objects("vendors", "vendor", obj("id",
			required(str("id")),
			str("name"),
			strs("services"),
			boolean("ephi_access"),
			nstr("subcontractor_of"),
			object("baa", obj("",
				str("status", "executed", "pending", "none", "terminated"),
				date("signed"),
				date("expires"),
				date("last_reviewed"),
				str("document"),
				integer("breach_notice_days"),
				object("clauses", obj("",
					boolean("safeguards"),
					boolean("subcontractors"),
					boolean("incident_reporting"),
					boolean("return_or_destroy"),
					boolean("termination_for_violation"),
					boolean("hhs_access"),
				)),
			)),
			object("attestation", obj("",
				str("type", "soc2-type2", "hitrust", "iso27001", "questionnaire", "none"),
				date("date"),
			)),
		)),
	)}

	RetentionSchedule = &Kind{Name: "RetentionSchedule", Block: "retention_schedule", InputKey: "retention_schedules", Spec: obj("",
		str("jurisdiction"),
		objects("records", "record", obj("type",
			required(str("type")),
			str("category", "medical_record", "billing", "hipaa_documentation", "audit_log", "training_record", "contract", "incident", "risk_assessment", "other"),
			boolean("ephi"),
			integer("retention_years"),
			integer("minors_after_majority_years"),
			strs("stores"),
			object("disposal", obj("",
				str("method", "nist-800-88-clear", "nist-800-88-purge", "nist-800-88-destroy", "crosscut-shred", "pulverize", "incinerate", "delete", "none"),
				boolean("certificate"),
			)),
			boolean("legal_hold"),
		)),
	)}

	EncryptionConfig = &Kind{Name: "EncryptionConfig", Block: "encryption_config", InputKey: "encryption_configs", Spec: obj("",
		objects("data_stores", "data_store", obj("name",
			required(str("name")),
			str("type", "database", "object_storage", "file_share", "backup", "queue", "cache", "log", "warehouse"),
			boolean("ephi"),
			str("hosted_by"),
			object("at_rest", obj("",
				boolean("enabled"),
				str("algorithm"),
				str("key_management", "kms", "hsm", "provider", "application", "none"),
				integer("key_rotation_days"),
				boolean("fips_validated"),
			)),
			object("in_transit", obj("",
				boolean("enabled"),
				str("min_tls_version", "1.0", "1.1", "1.2", "1.3"),
			)),
			object("backup", obj("",
				boolean("enabled"),
				boolean("encrypted"),
				boolean("immutable"),
				date("last_restore_test"),
			)),
		)),
		objects("endpoints", "endpoint", obj("name",
			required(str("name")),
			str("device_type", "laptop", "desktop", "mobile", "tablet", "removable_media"),
			boolean("full_disk_encryption"),
			boolean("remote_wipe"),
			integer("screen_lock_minutes"),
		)),
		objects("channels", "channel", obj("name",
			required(str("name")),
			boolean("ephi"),
			str("protection", "enforced-tls", "s-mime", "pgp", "portal", "none"),
		)),
	)}

	TrainingRoster = &Kind{Name: "TrainingRoster", Block: "training_roster", InputKey: "training_rosters", Spec: obj("",
		objects("courses", "course", obj("id",
			required(str("id")),
			integer("frequency_days"),
			strs("required_for", append([]string{"all"}, jobFunctions...)...),
		)),
		objects("workforce", "member", obj("id",
			required(str("id")),
			str("name"),
			str("job_function", jobFunctions...),
			str("status", "active", "leave", "terminated"),
			date("hired"),
			date("ephi_access_granted"),
			date("terminated"),
			date("access_revoked"),
			objects("completions", "completion", obj("",
				required(str("course")),
				date("completed"),
				boolean("acknowledged"),
			)),
		)),
	)}

	SecurityProgram = &Kind{Name: "SecurityProgram", Block: "security_program", InputKey: "security_programs", Spec: obj("",
		object("security_official", obj("", str("name"), date("appointed"))),
		object("privacy_official", obj("", str("name"), date("appointed"))),
		object("risk_analysis", obj("", date("last_completed"), str("scope"))),
		object("risk_management", obj("", date("plan_updated"), integer("open_high_risks"))),
		object("sanction_policy", obj("", boolean("documented"), date("last_reviewed"))),
		object("incident_response", obj("", boolean("documented"), date("last_tested"))),
		object("contingency_plan", obj("",
			boolean("data_backup"),
			boolean("disaster_recovery"),
			boolean("emergency_mode"),
			boolean("criticality_analysis"),
			date("last_tested"),
			integer("restore_objective_hours"),
		)),
		object("evaluation", obj("", date("last_completed"))),
		object("policies", obj("", date("last_reviewed"), integer("retention_years"))),
		object("asset_inventory", obj("", date("last_updated"), boolean("network_map"))),
		object("vulnerability_scanning", obj("", integer("frequency_days"), date("last_completed"))),
		object("penetration_test", obj("", date("last_completed"))),
		object("facility", obj("", boolean("access_control"), boolean("visitor_log"), boolean("maintenance_records"))),
		object("workstations", obj("", boolean("use_policy"), boolean("physical_safeguards"))),
		object("media", obj("", boolean("disposal_procedure"), boolean("reuse_procedure"), boolean("accountability_log"))),
	)}
)

// Kinds lists the six kinds in the contract's order.
var Kinds = []*Kind{AccessMatrix, BusinessAssociates, RetentionSchedule, EncryptionConfig, TrainingRoster, SecurityProgram}

// KindByName returns the kind with the YAML name, or nil.
func KindByName(name string) *Kind {
	for _, k := range Kinds {
		if k.Name == name {
			return k
		}
	}
	return nil
}

// KindByBlock returns the kind with the HCL block type, or nil.
func KindByBlock(block string) *Kind {
	for _, k := range Kinds {
		if k.Block == block {
			return k
		}
	}
	return nil
}

// KindNames returns the YAML kind names, for messages and suggestions.
func KindNames() []string {
	out := make([]string, len(Kinds))
	for i, k := range Kinds {
		out[i] = k.Name
	}
	return out
}
