package scanners

import (
	"strings"
	"testing"

	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/evidence"
)

// read is ReadBytes with the default limits.
func read(name, src string) ([]*evidence.Document, int, diag.Diagnostics) {
	return ReadBytes(name, []byte(src), Limits{})
}

func TestReadYAMLDocuments(t *testing.T) {
	src := `# two kinds and a manifest in one stream
apiVersion: safeguard/v1
kind: SecurityProgram
metadata:
  name: program
spec:
  risk_analysis: {last_completed: 2026-03-01, scope: enterprise}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
---
apiVersion: safeguard/v1
kind: TrainingRoster
metadata:
  name: staff
spec:
  workforce:
    - id: E1
      status: active
      terminated: null
`
	docs, skipped, ds := read("multi.yaml", src)
	if len(ds) != 0 {
		t.Fatalf("diagnostics: %v", ds)
	}
	if skipped != 1 {
		t.Errorf("skipped = %d, want 1", skipped)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	if docs[0].Kind != evidence.SecurityProgram || docs[0].Name != "program" || docs[0].Pos.Line != 2 {
		t.Errorf("first document: %s %q at line %d", docs[0].Kind.Name, docs[0].Name, docs[0].Pos.Line)
	}
	roster := docs[1]
	if roster.Pos.Line != 13 {
		t.Errorf("second document at line %d, want 13 (lines are absolute across the stream)", roster.Pos.Line)
	}
	member := roster.Spec.Get("workforce").Items()[0]
	if member.Pos.Line != 19 || member.Pos.Column != 7 {
		t.Errorf("member at %d:%d, want 19:7", member.Pos.Line, member.Pos.Column)
	}
	if p, ok := member.FieldPos("status"); !ok || p.Line != 20 {
		t.Errorf("status key at %v, want line 20", p)
	}
	if v := member.Get("terminated"); v == nil || v.Kind != evidence.Null {
		t.Errorf("terminated: null should read as a null value, got %+v", v)
	}
	ra := docs[0].Spec.Get("risk_analysis")
	if ra.Get("last_completed").Str != "2026-03-01" {
		t.Errorf("date read as %q", ra.Get("last_completed").Str)
	}
}

func TestReadHCL(t *testing.T) {
	src := `encryption_config "prod" {
  owner = "infra@example.org"
  data_store "ehr" {
    type      = "database"
    hosted_by = "acme"
    at_rest {
      enabled           = true
      key_rotation_days = 365
    }
    in_transit = { enabled = true, min_tls_version = "1.2" }
  }
  data_store "imaging" {
    type = "object_storage"
  }
  endpoint "laptops" {
    device_type = "laptop"
  }
}

training_roster "staff" {
  member "E1" {
    status = "active"
    completion {
      course    = "awareness"
      completed = "2026-01-01"
    }
  }
}
`
	docs, skipped, ds := read("evidence.hcl", src)
	if len(ds) != 0 {
		t.Fatalf("diagnostics: %v", ds)
	}
	if skipped != 0 || len(docs) != 2 {
		t.Fatalf("got %d documents, %d skipped", len(docs), skipped)
	}
	cfg := docs[0]
	if cfg.Kind != evidence.EncryptionConfig || cfg.Name != "prod" || cfg.Metadata.Get("owner").Str != "infra@example.org" {
		t.Errorf("config header: %s %q owner %v", cfg.Kind.Name, cfg.Name, cfg.Metadata.Get("owner"))
	}
	if cfg.Spec.Get("owner") != nil {
		t.Errorf("owner must be metadata, not spec")
	}
	stores := cfg.Spec.Get("data_stores")
	if stores == nil || len(stores.Items()) != 2 {
		t.Fatalf("data_stores: %+v", stores)
	}
	ehr := stores.Items()[0]
	if ehr.Get("name").Str != "ehr" || ehr.Pos.Line != 3 {
		t.Errorf("first store %q at line %d", ehr.Get("name").Str, ehr.Pos.Line)
	}
	if p, _ := ehr.FieldPos("hosted_by"); p.Line != 5 || p.Column != 5 {
		t.Errorf("hosted_by at %d:%d, want 5:5", p.Line, p.Column)
	}
	if v := ehr.Get("at_rest").Get("key_rotation_days"); v.Kind != evidence.Int || v.Int != 365 {
		t.Errorf("key_rotation_days = %+v", v)
	}
	if v := ehr.Get("in_transit").Get("min_tls_version"); v == nil || v.Str != "1.2" {
		t.Errorf("object attribute not read like a block: %+v", ehr.Get("in_transit"))
	}
	comp := docs[1].Spec.Get("workforce").Items()[0].Get("completions").Items()[0]
	if comp.Get("course").Str != "awareness" || comp.Get("completed").Str != "2026-01-01" {
		t.Errorf("completion: %+v", comp)
	}
}

func TestSkipsNonEvidence(t *testing.T) {
	tests := []struct {
		name, file, src string
	}{
		{"kubernetes manifest", "deploy.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n"},
		{"workflow", "ci.yml", "on: push\njobs: {}\n"},
		{"scalar document", "x.yaml", "just a string\n"},
		{"terraform", "main.hcl", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n"},
		{"deep CRD schema", "crd.yaml", "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec: " + strings.Repeat("{a: ", 100) + "x" + strings.Repeat("}", 100) + "\n"},
		{"manifest with many aliases", "ci.yml", "x: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nz: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nw: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\nv: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nu: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, skipped, ds := read(tt.file, tt.src)
			if len(docs) != 0 || skipped != 1 || len(ds) != 0 {
				t.Errorf("docs %d, skipped %d, diags %v; want 0, 1, none", len(docs), skipped, ds)
			}
		})
	}
}

func TestDiagnostics(t *testing.T) {
	head := "apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata:\n  name: ehr\nspec:\n"
	tests := []struct {
		name     string
		file     string
		src      string
		code     string
		severity diag.Severity
		line     int
		contains string
	}{
		{"wrong type", "a.yaml", head + "  session_timeout_minutes: fifteen\n", diag.CodeType, diag.Error, 6, "whole number"},
		{"string for bool", "a.yaml", head + "  mfa_required: \"yes\"\n", diag.CodeType, diag.Error, 6, "true or false"},
		{"yes is not a bool", "a.yaml", head + "  mfa_required: yes\n", diag.CodeType, diag.Error, 6, "true or false"},
		{"float for int", "a.yaml", head + "  session_timeout_minutes: 15.5\n", diag.CodeNumber, diag.Error, 6, "whole"},
		{"bad date", "a.yaml", head + "  access_review:\n    last_completed: 2026-02-30\n", diag.CodeDate, diag.Error, 7, "real days"},
		{"date with time", "a.yaml", head + "  access_review:\n    last_completed: 2026-02-03T10:00:00Z\n", diag.CodeDate, diag.Error, 7, "YYYY-MM-DD"},
		{"enum", "a.yaml", head + "  users:\n    - id: j\n      status: activ\n", diag.CodeEnum, diag.Error, 8, `Did you mean "active"?`},
		{"unknown field", "a.yaml", head + "  audit_logging:\n    retension_days: 10\n", diag.CodeUnknownField, diag.Warning, 7, `Did you mean "retention_days"?`},
		{"required id", "a.yaml", head + "  users:\n    - status: active\n", diag.CodeRequired, diag.Error, 7, `"id"`},
		{"duplicate id", "a.yaml", head + "  users:\n    - id: j\n    - id: j\n", diag.CodeDuplicateName, diag.Error, 8, "more than once"},
		{"duplicate key", "a.yaml", head + "  system: a\n  system: b\n", diag.CodeDuplicateKey, diag.Error, 7, "more than once"},
		{"object for list", "a.yaml", head + "  users: {id: j}\n", diag.CodeType, diag.Error, 6, "list of objects"},
		{"unknown kind", "a.yaml", "apiVersion: safeguard/v1\nkind: AccesMatrix\nmetadata: {name: x}\nspec: {}\n", diag.CodeUnknownKind, diag.Error, 2, `Did you mean "AccessMatrix"?`},
		{"missing name", "a.yaml", "apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata: {owner: x}\nspec: {}\n", diag.CodeRequired, diag.Error, 3, `"name"`},
		{"yaml syntax", "a.yaml", head + "  system: a\n   ephi: true\n", diag.CodeSyntax, diag.Error, 7, "could not be parsed"},
		{"hcl variable", "a.hcl", "access_matrix \"x\" {\n  system = var.name\n}\n", diag.CodeExpression, diag.Error, 2, "literal"},
		{"hcl function", "a.hcl", "access_matrix \"x\" {\n  system = upper(\"a\")\n}\n", diag.CodeExpression, diag.Error, 2, "literal"},
		{"hcl interpolation", "a.hcl", "access_matrix \"x\" {\n  system = \"${a}\"\n}\n", diag.CodeExpression, diag.Error, 2, "literal"},
		{"hcl syntax", "a.hcl", "access_matrix \"x\" {\n  system = \n}\n", diag.CodeSyntax, diag.Error, 0, "Invalid HCL"},
		{"hcl missing label", "a.hcl", "access_matrix {\n}\n", diag.CodeRequired, diag.Error, 1, "label"},
		{"hcl unknown block", "a.hcl", "access_matrix \"x\" {\n}\nacess_matrix \"y\" {\n}\n", diag.CodeUnknownKind, diag.Warning, 3, `Did you mean "access_matrix"?`},
		{"hcl unknown nested block", "a.hcl", "access_matrix \"x\" {\n  audit_loging {\n  }\n}\n", diag.CodeUnknownField, diag.Warning, 2, `Did you mean "audit_logging"?`},
		{"binary", "a.yaml", "apiVersion: safeguard/v1\n\x00\x01", diag.CodeNotText, diag.Error, 2, "binary"},
		{"invalid utf-8", "a.yaml", "apiVersion: safeguard/v1\nkind: \xff\n", diag.CodeNotText, diag.Error, 2, "UTF-8"},
		{"empty", "a.yaml", "  \n", diag.CodeEmpty, diag.Warning, 1, "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, ds := read(tt.file, tt.src)
			for _, d := range ds {
				if d.Code == tt.code {
					if d.Severity != tt.severity {
						t.Errorf("severity %s, want %s", d.Severity, tt.severity)
					}
					if tt.line != 0 && d.Subject.Start.Line != tt.line {
						t.Errorf("at line %d, want %d: %v", d.Subject.Start.Line, tt.line, d)
					}
					if d.Subject.Start.Line < 1 || d.Subject.Filename != tt.file {
						t.Errorf("diagnostic without file:line: %v", d)
					}
					if !strings.Contains(d.Error(), tt.contains) {
						t.Errorf("%q does not contain %q", d.Error(), tt.contains)
					}
					return
				}
			}
			t.Errorf("no %s diagnostic in %v", tt.code, ds)
		})
	}
}

func TestGoodValuesAfterABadOneAreStillRead(t *testing.T) {
	src := "apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata: {name: ehr}\nspec:\n  session_timeout_minutes: soon\n  mfa_required: true\n"
	docs, _, ds := read("a.yaml", src)
	if !ds.HasErrors() || len(docs) != 1 {
		t.Fatalf("want one document and an error, got %d docs, %v", len(docs), ds)
	}
	if v := docs[0].Spec.Get("mfa_required"); v == nil || !v.Bool {
		t.Errorf("mfa_required after the bad value was not read")
	}
	if docs[0].Spec.Get("session_timeout_minutes") != nil {
		t.Errorf("the bad value should be left out")
	}
}

func TestBOMAndCRLF(t *testing.T) {
	src := "\xef\xbb\xbfapiVersion: safeguard/v1\r\nkind: SecurityProgram\r\nmetadata:\r\n  name: p\r\nspec:\r\n  evaluation: {last_completed: 2026-02-01}\r\n"
	docs, _, ds := read("p.yaml", src)
	if len(ds) != 0 || len(docs) != 1 {
		t.Fatalf("docs %d diags %v", len(docs), ds)
	}
	if p, _ := docs[0].Spec.FieldPos("evaluation"); p.Line != 6 {
		t.Errorf("evaluation at line %d, want 6", p.Line)
	}
}

func TestAliasExpansionIsBounded(t *testing.T) {
	// Each alias use is decoded again; the node budget stops a document that
	// expands past it, with one clear error.
	var b strings.Builder
	b.WriteString("apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata: {name: x}\nspec:\n  roles:\n    - &r {name: r, job_function: clinical, permissions: [{resource: a, actions: [read, write, export, print]}, {resource: b, actions: [read]}]}\n")
	for i := 0; i < 500; i++ {
		b.WriteString("    - *r\n")
	}
	_, _, ds := ReadBytes("bomb.yaml", []byte(b.String()), Limits{MaxDepth: 64, MaxNodes: 1000})
	n := 0
	for _, d := range ds {
		if d.Code == diag.CodeAlias {
			n++
			if d.Subject.Start.Line < 1 {
				t.Errorf("no line: %v", d)
			}
		}
	}
	if n != 1 {
		t.Errorf("want exactly one %s diagnostic, got %v", diag.CodeAlias, ds)
	}
}

func TestKeyMaterialIsRedacted(t *testing.T) {
	pem := "-----BEGIN RSA PRIVATE KEY-----\\nMIIEow...\\n-----END RSA PRIVATE KEY-----"
	tests := []struct {
		name, file, src string
		field           string
	}{
		{"pem in a known field", "a.yaml", "apiVersion: safeguard/v1\nkind: EncryptionConfig\nmetadata: {name: prod}\nspec:\n  data_stores:\n    - name: ehr\n      at_rest:\n        algorithm: \"" + pem + "\"\n", "algorithm"},
		{"hex key in an unknown field", "a.yaml", "apiVersion: safeguard/v1\nkind: EncryptionConfig\nmetadata: {name: prod}\nspec:\n  data_stores:\n    - name: ehr\n      at_rest:\n        enabled: true\n        data_key: 8f14e45fceea167a5a36dedd4bea2543b7c1e9f0a4d2c6e8\n", "data_key"},
		{"pem in hcl", "a.hcl", "encryption_config \"prod\" {\n  data_store \"ehr\" {\n    at_rest {\n      private_key = \"" + pem + "\"\n    }\n  }\n}\n", "private_key"},
		{"aws key in an access matrix", "a.yaml", "apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata: {name: ehr}\nspec:\n  system: AKIAIOSFODNN7EXAMPLE\n", "system"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, _, ds := read(tt.file, tt.src)
			if len(docs) != 1 {
				t.Fatalf("docs %d, diags %v", len(docs), ds)
			}
			if len(docs[0].Secrets) != 1 || docs[0].Secrets[0].Field != tt.field {
				t.Fatalf("secrets %+v, want one in %q", docs[0].Secrets, tt.field)
			}
			for _, d := range ds {
				if strings.Contains(d.Error(), "BEGIN RSA") || strings.Contains(d.Error(), "8f14e45f") || strings.Contains(d.Error(), "AKIA") {
					t.Errorf("a diagnostic repeats the key: %v", d)
				}
			}
			in := (&evidence.Set{Documents: docs}).ToInput("2026-11-01", nil)
			if s := in.Value.String(); strings.Contains(s, "BEGIN RSA") || strings.Contains(s, "8f14e45f") || strings.Contains(s, "AKIA") {
				t.Errorf("the policy input holds the key: %s", s)
			}
		})
	}
	// Digests and ids outside encryption configs are not keys.
	docs, _, _ := read("b.yaml", "apiVersion: safeguard/v1\nkind: BusinessAssociates\nmetadata: {name: v}\nspec:\n  vendors:\n    - id: acme\n      baa:\n        document: contracts/8f14e45fceea167a5a36dedd4bea2543b7c1e9f0a4d2c6e8.pdf\n")
	if len(docs) != 1 || len(docs[0].Secrets) != 0 {
		t.Errorf("a document path with a digest was taken for a key: %+v", docs)
	}
}
