package reports

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/pipeline"
)

// reportSchema is the JSON report's schema, relative to this package.
var reportSchema = filepath.Join("..", "docs", "json-schema", "report.schema.json")

// sharedSchema returns the path of a schema kept in shared/schemas beside
// the repository. A checkout without shared/ skips, except under CI=true,
// where CI has it and its absence is a failure.
func sharedSchema(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join("..", "..", "shared", "schemas", name)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("schema %s is missing: %v", p, err)
		}
		t.Skipf("schema %s is missing (it lives in shared/schemas beside the repository): %v", p, err)
	}
	return p
}

// compileSchemaFile compiles a JSON schema file under the URL its own id
// ($id, or id in draft 4) gives, so its references resolve inside it; it
// fetches nothing. Format keywords are asserted.
func compileSchemaFile(t *testing.T, p string) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("parse schema %s: %v", p, err)
	}
	id := "file:///" + filepath.ToSlash(filepath.Base(p))
	if m, ok := doc.(map[string]any); ok {
		for _, k := range []string{"$id", "id"} {
			if s, ok := m[k].(string); ok && s != "" {
				id = strings.TrimSuffix(s, "#")
				break
			}
		}
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(id, doc); err != nil {
		t.Fatalf("add schema %s: %v", p, err)
	}
	sch, err := c.Compile(id)
	if err != nil {
		t.Fatalf("compile schema %s: %v", p, err)
	}
	return sch
}

func validateJSON(t *testing.T, sch *jsonschema.Schema, what string, b []byte) {
	t.Helper()
	if err := validateErr(sch, b); err != nil {
		t.Errorf("%s does not validate: %v", what, err)
	}
}

func validateErr(sch *jsonschema.Schema, b []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return err
	}
	return sch.Validate(inst)
}

// TestJSONReportSchema validates the JSON report of the fixture (with and
// without a baseline) and of the example clinics against
// docs/json-schema/report.schema.json.
func TestJSONReportSchema(t *testing.T) {
	sch := compileSchemaFile(t, reportSchema)
	t.Run("fixture", func(t *testing.T) {
		validateJSON(t, sch, "the fixture's JSON report", render(t, "json", Options{}))
	})
	t.Run("fixture without baseline", func(t *testing.T) {
		a := fixture(t)
		a.Baseline = ""
		for i := range a.Findings {
			a.Findings[i].New = false
		}
		validateJSON(t, sch, "the JSON report without a baseline", writeJSONOf(t, a))
	})
	t.Run("empty", func(t *testing.T) {
		a := &assess.Assessment{Tool: assess.Tool{Name: "safeguard", Version: "dev"}, AsOf: "2026-11-01", Profile: "hipaa", Documents: map[string]int{}}
		validateJSON(t, sch, "the JSON report of an empty assessment", writeJSONOf(t, a))
	})
	for _, dir := range []string{"clinic", "clinic-mended"} {
		t.Run(dir, func(t *testing.T) {
			res, err := pipeline.Run(context.Background(), pipeline.Options{
				Path: filepath.Join("..", "testdata", dir), AsOf: "2026-11-01", Version: "1.0.0-test",
			})
			if err != nil {
				t.Fatalf("scan %s: %v", dir, err)
			}
			validateJSON(t, sch, dir+"'s JSON report", writeJSONOf(t, res.Assessment))
			// The clinic's SARIF goes through the same schema check as the
			// fixture's.
			var buf bytes.Buffer
			if err := writeSARIF(&buf, res.Assessment, Options{IncludeWaived: true}); err != nil {
				t.Fatal(err)
			}
			if p := filepath.Join("..", "..", "shared", "schemas", "sarif-schema-2.1.0.json"); fileExists(p) {
				validateJSON(t, compileSchemaFile(t, p), dir+"'s SARIF", buf.Bytes())
			}
		})
	}
}

// TestJSONReportSchemaRejects proves the schema is not vacuous: each
// mutation of a valid report must fail it.
func TestJSONReportSchemaRejects(t *testing.T) {
	sch := compileSchemaFile(t, reportSchema)
	good := render(t, "json", Options{})
	tests := []struct {
		name   string
		mutate func(m map[string]any)
	}{
		{"unknown top-level field", func(m map[string]any) { m["extra"] = true }},
		{"missing schema_version", func(m map[string]any) { delete(m, "schema_version") }},
		{"other schema_version", func(m map[string]any) { m["schema_version"] = "2.0.0" }},
		{"bad as_of", func(m map[string]any) { m["as_of"] = "1 Nov 2026" }},
		{"bad finding severity", func(m map[string]any) { first(m, "findings")["severity"] = "severe" }},
		{"finding without fingerprint", func(m map[string]any) { delete(first(m, "findings"), "fingerprint") }},
		{"negative line", func(m map[string]any) { first(m, "findings")["line"] = -1 }},
		{"bad control status", func(m map[string]any) { first(m, "controls")["status"] = "compliant" }},
		{"bad diagnostic code", func(m map[string]any) { first(m, "diagnostics")["code"] = "E1" }},
		{"unknown evidence kind", func(m map[string]any) {
			m["evidence"].(map[string]any)["documents"].(map[string]any)["Spreadsheet"] = 1
		}},
		{"waiver without reason", func(m map[string]any) { delete(first(m, "waivers"), "reason") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m map[string]any
			if err := json.Unmarshal(good, &m); err != nil {
				t.Fatal(err)
			}
			tt.mutate(m)
			b, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			if validateErr(sch, b) == nil {
				t.Error("the schema accepts it")
			}
		})
	}
}

// TestJSONReportSchemaVersion holds the schema's $id and schema_version to
// assess.SchemaVersion.
func TestJSONReportSchemaVersion(t *testing.T) {
	b, err := os.ReadFile(reportSchema)
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Schema     string `json:"$schema"`
		ID         string `json:"$id"`
		Properties struct {
			SchemaVersion struct {
				Const string `json:"const"`
			} `json:"schema_version"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	if s.Schema != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %q, want draft 2020-12", s.Schema)
	}
	major, _, _ := strings.Cut(assess.SchemaVersion, ".")
	if !strings.Contains(s.ID, "/v"+major+"/") {
		t.Errorf("$id %q does not carry the major version v%s", s.ID, major)
	}
	if s.Properties.SchemaVersion.Const != assess.SchemaVersion {
		t.Errorf("schema_version const = %q, assess.SchemaVersion = %q", s.Properties.SchemaVersion.Const, assess.SchemaVersion)
	}
}

func writeJSONOf(t *testing.T, a *assess.Assessment) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := writeJSON(&buf, a, Options{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// first returns the first object of an array field.
func first(m map[string]any, key string) map[string]any {
	return m[key].([]any)[0].(map[string]any)
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func TestJSONGolden(t *testing.T) {
	golden(t, "json", "fixture.json", render(t, "json", Options{}))
}

// TestJSONWithoutRule writes a finding whose rule the assessment lacks (a
// custom policy's, say) and a rule without evidence kinds: no panic, and
// the report still validates.
func TestJSONWithoutRule(t *testing.T) {
	a := fixture(t)
	a.Findings[0].Rule = nil
	a.Rules[0].Evidence = nil
	validateJSON(t, compileSchemaFile(t, reportSchema), "the JSON report", writeJSONOf(t, a))
}
