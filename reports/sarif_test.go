package reports

import (
	"bytes"
	"encoding/json"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	gosarif "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/policies"
)

func TestSARIFGolden(t *testing.T) {
	golden(t, "sarif", "fixture.sarif", render(t, "sarif", Options{}))
	golden(t, "sarif", "fixture-waived.sarif", render(t, "sarif", Options{IncludeWaived: true}))
}

// The shapes a SARIF consumer reads, declared apart from the writer's so
// the tests read the JSON, not the writer's structs.
type (
	readLog struct {
		Schema  string    `json:"$schema"`
		Version string    `json:"version"`
		Runs    []readRun `json:"runs"`
	}
	readRun struct {
		Tool struct {
			Driver struct {
				Name            string     `json:"name"`
				Version         string     `json:"version"`
				SemanticVersion string     `json:"semanticVersion"`
				InformationURI  string     `json:"informationUri"`
				Rules           []readRule `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		AutomationDetails struct {
			ID string `json:"id"`
		} `json:"automationDetails"`
		OriginalURIBaseIDs map[string]json.RawMessage `json:"originalUriBaseIds"`
		Invocations        []struct {
			ExecutionSuccessful        *bool      `json:"executionSuccessful"`
			ToolExecutionNotifications []readNote `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		Results []readResult `json:"results"`
	}
	readRule struct {
		ID               string   `json:"id"`
		Name             string   `json:"name"`
		ShortDescription readText `json:"shortDescription"`
		FullDescription  readText `json:"fullDescription"`
		Help             readText `json:"help"`
		HelpURI          string   `json:"helpUri"`
		Default          struct {
			Level string `json:"level"`
		} `json:"defaultConfiguration"`
		Properties struct {
			Tags             []string `json:"tags"`
			SecuritySeverity any      `json:"security-severity"`
			Citation         string   `json:"citation"`
			Safeguard        string   `json:"safeguard"`
			Specification    string   `json:"specification"`
		} `json:"properties"`
	}
	readText struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown"`
	}
	readResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           *int              `json:"ruleIndex"`
		Kind                string            `json:"kind"`
		Level               string            `json:"level"`
		Message             readMessage       `json:"message"`
		Locations           []readLocation    `json:"locations"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
		Suppressions        []struct {
			Kind          string `json:"kind"`
			Justification string `json:"justification"`
		} `json:"suppressions"`
	}
	// readMessage is a message as text, or as the multitool writes it:
	// a message id with arguments.
	readMessage struct {
		Text      string   `json:"text"`
		ID        string   `json:"id"`
		Arguments []string `json:"arguments"`
	}
	readNote struct {
		Level     string         `json:"level"`
		Message   readText       `json:"message"`
		Locations []readLocation `json:"locations"`
	}
	readLocation struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI       string `json:"uri"`
				URIBaseID string `json:"uriBaseId"`
			} `json:"artifactLocation"`
			Region *struct {
				StartLine   int `json:"startLine"`
				StartColumn int `json:"startColumn"`
				EndLine     int `json:"endLine"`
				EndColumn   int `json:"endColumn"`
			} `json:"region"`
		} `json:"physicalLocation"`
	}
)

func parseSARIF(t *testing.T, b []byte) readLog {
	t.Helper()
	var doc readLog
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("parse sarif: %v\n%.2000s", err, b)
	}
	if len(doc.Runs) != 1 {
		t.Fatalf("want one run, got %d", len(doc.Runs))
	}
	return doc
}

func writeSARIFOf(t *testing.T, a *assess.Assessment, o Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := writeSARIF(&buf, a, o); err != nil {
		t.Fatalf("write sarif: %v", err)
	}
	return buf.Bytes()
}

// TestSARIFInvariants checks what the SARIF schema cannot: what GitHub code
// scanning and the SARIF spec's prose require of the values.
func TestSARIFInvariants(t *testing.T) {
	a := fixture(t)
	checks := []struct {
		name  string
		check func(t *testing.T, o Options, run readRun)
	}{
		{"tool driver", func(t *testing.T, _ Options, run readRun) {
			d := run.Tool.Driver
			if d.Name != "safeguard" || d.Version != "1.0.0-test" || d.SemanticVersion != "1.0.0-test" {
				t.Errorf("driver name/version = %q %q %q", d.Name, d.Version, d.SemanticVersion)
			}
			if u, err := url.Parse(d.InformationURI); err != nil || !u.IsAbs() {
				t.Errorf("informationUri %q is not absolute", d.InformationURI)
			}
		}},
		{"automation id", func(t *testing.T, _ Options, run readRun) {
			if run.AutomationDetails.ID != "safeguard/hipaa/" {
				t.Errorf("automationDetails.id = %q, want safeguard/hipaa/", run.AutomationDetails.ID)
			}
		}},
		{"a rule for every check, ids unique", func(t *testing.T, _ Options, run readRun) {
			rules := run.Tool.Driver.Rules
			if len(rules) != len(a.Rules) {
				t.Errorf("%d rules, want one per check (%d), findings or not", len(rules), len(a.Rules))
			}
			seen := map[string]bool{}
			for _, r := range rules {
				if r.ID == "" || seen[r.ID] {
					t.Errorf("rule id %q empty or repeated", r.ID)
				}
				seen[r.ID] = true
			}
			for _, r := range a.Rules {
				if !seen[r.ID] {
					t.Errorf("check %s has no rule", r.ID)
				}
			}
		}},
		{"rule metadata", func(t *testing.T, _ Options, run readRun) {
			for _, r := range run.Tool.Driver.Rules {
				if r.Name == "" || strings.ContainsAny(r.Name, " -") || r.Name == r.ID {
					t.Errorf("%s: name %q is not a PascalCase name", r.ID, r.Name)
				}
				if r.ShortDescription.Text == "" || r.FullDescription.Text == "" || r.Help.Text == "" || r.Help.Markdown == "" {
					t.Errorf("%s: empty description or help", r.ID)
				}
				if r.Properties.Citation == "" || r.Properties.Safeguard == "" || r.Properties.Specification == "" {
					t.Errorf("%s: citation, safeguard or specification missing from properties", r.ID)
				}
				for _, want := range []string{r.Properties.Citation, "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C/section-164.3", "Why it matters", "Remediation"} {
					if !strings.Contains(r.Help.Markdown, want) {
						t.Errorf("%s: help markdown lacks %q", r.ID, want)
					}
				}
				switch r.Default.Level {
				case "error", "warning", "note":
				default:
					t.Errorf("%s: defaultConfiguration.level %q", r.ID, r.Default.Level)
				}
			}
		}},
		{"tags at most 20, security and hipaa among them", func(t *testing.T, _ Options, run readRun) {
			for _, r := range run.Tool.Driver.Rules {
				tags := r.Properties.Tags
				if len(tags) > sarifMaxTags {
					t.Errorf("%s: %d tags", r.ID, len(tags))
				}
				seen := map[string]bool{}
				for _, tag := range tags {
					if seen[tag] {
						t.Errorf("%s: tag %q repeated", r.ID, tag)
					}
					seen[tag] = true
				}
				if !seen["security"] || !seen["hipaa"] {
					t.Errorf("%s: tags %v lack security or hipaa", r.ID, tags)
				}
			}
		}},
		{"security-severity is a numeric string", func(t *testing.T, _ Options, run readRun) {
			for _, r := range run.Tool.Driver.Rules {
				s, ok := r.Properties.SecuritySeverity.(string)
				if !ok {
					t.Errorf("%s: security-severity %v is not a string", r.ID, r.Properties.SecuritySeverity)
					continue
				}
				if f, err := strconv.ParseFloat(s, 64); err != nil || f < 0 || f > 10 {
					t.Errorf("%s: security-severity %q is not a score in 0-10", r.ID, s)
				}
			}
		}},
		{"ruleIndex points at the rule", func(t *testing.T, _ Options, run readRun) {
			rules := run.Tool.Driver.Rules
			for _, res := range run.Results {
				if res.RuleIndex == nil || *res.RuleIndex < 0 || *res.RuleIndex >= len(rules) || rules[*res.RuleIndex].ID != res.RuleID {
					t.Errorf("result of %s: ruleIndex %v does not point at it", res.RuleID, res.RuleIndex)
				}
			}
		}},
		{"every result located, lines and columns from 1", func(t *testing.T, _ Options, run readRun) {
			for _, res := range run.Results {
				if len(res.Locations) != 1 {
					t.Errorf("result of %s has %d locations", res.RuleID, len(res.Locations))
					continue
				}
				checkLocation(t, run, res.RuleID, res.Locations[0])
			}
		}},
		{"uris are percent-encoded relative paths", func(t *testing.T, _ Options, run readRun) {
			var found bool
			for _, res := range run.Results {
				u := res.Locations[0].PhysicalLocation.ArtifactLocation.URI
				if res.RuleID == "SG-AC-001" {
					found = true
					if u != "testdata/fixture/access/epic%20ehr.yaml" {
						t.Errorf("uri of a file with a space = %q", u)
					}
				}
			}
			if !found {
				t.Error("no result of SG-AC-001")
			}
		}},
		{"messages and fingerprints", func(t *testing.T, _ Options, run readRun) {
			byFP := map[string]assess.Finding{}
			for _, f := range a.Findings {
				byFP[f.Fingerprint] = f
			}
			for _, res := range run.Results {
				fp := res.PartialFingerprints[sarifFingerprint]
				f, ok := byFP[fp]
				if !ok {
					t.Errorf("result of %s: partial fingerprint %q is no finding's fingerprint", res.RuleID, fp)
					continue
				}
				if !strings.HasPrefix(res.Message.Text, f.Message) {
					t.Errorf("result of %s: message %q does not carry %q", res.RuleID, res.Message.Text, f.Message)
				}
				switch res.Level {
				case "error", "warning", "note":
				default:
					t.Errorf("result of %s: level %q", res.RuleID, res.Level)
				}
			}
		}},
		{"hostile string survives as data", func(t *testing.T, _ Options, run readRun) {
			var n int
			for _, res := range run.Results {
				if strings.Contains(res.Message.Text, hostile) {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d result messages carry the hostile string intact, want 1", n)
			}
		}},
		{"sorted by file, line, column, rule", func(t *testing.T, _ Options, run readRun) {
			less := func(i, j int) bool {
				x, y := run.Results[i], run.Results[j]
				xl, yl := x.Locations[0].PhysicalLocation, y.Locations[0].PhysicalLocation
				if xl.ArtifactLocation.URI != yl.ArtifactLocation.URI {
					return xl.ArtifactLocation.URI < yl.ArtifactLocation.URI
				}
				if xl.Region.StartLine != yl.Region.StartLine {
					return xl.Region.StartLine < yl.Region.StartLine
				}
				if xl.Region.StartColumn != yl.Region.StartColumn {
					return xl.Region.StartColumn < yl.Region.StartColumn
				}
				return x.RuleID < y.RuleID
			}
			if !sort.SliceIsSorted(run.Results, less) {
				t.Error("results are not sorted by file, line, column and rule")
			}
		}},
		{"waived findings", func(t *testing.T, o Options, run readRun) {
			var waived []readResult
			for _, res := range run.Results {
				if res.PartialFingerprints[sarifFingerprint] == "2a1b2c3d4e5f60718293a4b5c6d7e8f9" {
					waived = append(waived, res)
				} else if len(res.Suppressions) > 0 {
					t.Errorf("result of %s is suppressed but not waived", res.RuleID)
				}
			}
			if !o.IncludeWaived {
				if len(waived) != 0 {
					t.Error("a waived finding is in the SARIF without IncludeWaived")
				}
				if len(run.Results) != 4 {
					t.Errorf("%d results, want the 4 open findings", len(run.Results))
				}
				return
			}
			if len(waived) != 1 || len(waived[0].Suppressions) != 1 {
				t.Fatalf("want the waived finding with one suppression, got %+v", waived)
			}
			s := waived[0].Suppressions[0]
			if s.Kind != "external" || s.Justification != "Read-only archive on an isolated network; decommissioned in Q1" {
				t.Errorf("suppression = %+v", s)
			}
		}},
		{"diagnostics as notifications", func(t *testing.T, _ Options, run readRun) {
			if len(run.Invocations) != 1 || run.Invocations[0].ExecutionSuccessful == nil || !*run.Invocations[0].ExecutionSuccessful {
				t.Fatalf("want one invocation with executionSuccessful true, got %+v", run.Invocations)
			}
			notes := run.Invocations[0].ToolExecutionNotifications
			if len(notes) != len(a.Diagnostics) {
				t.Fatalf("%d notifications, want one per diagnostic (%d)", len(notes), len(a.Diagnostics))
			}
			for i, n := range notes {
				d := a.Diagnostics[i]
				if n.Level != sarifDiagLevel(d.Severity) || !strings.HasPrefix(n.Message.Text, d.Code+": ") {
					t.Errorf("notification %d = %+v, from %+v", i, n, d)
				}
				if len(n.Locations) != 1 {
					t.Errorf("notification %d has %d locations", i, len(n.Locations))
					continue
				}
				checkLocation(t, run, d.Code, n.Locations[0])
			}
		}},
	}
	for _, o := range []Options{{}, {IncludeWaived: true}} {
		raw := writeSARIFOf(t, a, o)
		// The encoder escapes markup and control characters; none reach
		// the file raw.
		if bytes.Contains(raw, []byte("<script>")) || bytes.ContainsRune(raw, '\x1b') {
			t.Errorf("IncludeWaived=%v: markup or an escape character reached the file unescaped", o.IncludeWaived)
		}
		run := parseSARIF(t, raw).Runs[0]
		for _, c := range checks {
			t.Run(c.name+"/waived="+strconv.FormatBool(o.IncludeWaived), func(t *testing.T) { c.check(t, o, run) })
		}
	}
}

func checkLocation(t *testing.T, run readRun, who string, l readLocation) {
	t.Helper()
	al := l.PhysicalLocation.ArtifactLocation
	u, err := url.Parse(al.URI)
	if err != nil || u.IsAbs() || strings.HasPrefix(al.URI, "/") || al.URI == "" {
		t.Errorf("%s: uri %q is not a relative reference (%v)", who, al.URI, err)
	}
	if _, ok := run.OriginalURIBaseIDs[al.URIBaseID]; !ok || al.URIBaseID != sarifSrcRoot {
		t.Errorf("%s: uriBaseId %q is not %s, defined in originalUriBaseIds", who, al.URIBaseID, sarifSrcRoot)
	}
	r := l.PhysicalLocation.Region
	if r == nil {
		t.Errorf("%s: no region", who)
		return
	}
	if r.StartLine < 1 || r.StartColumn < 1 || (r.EndLine != 0 && r.EndLine < r.StartLine) || r.EndColumn < 0 {
		t.Errorf("%s: region %+v", who, *r)
	}
}

// TestSARIFRegions covers ranges the fixture lacks: an end after the start,
// a range without line or column, and a finding without a file.
func TestSARIFRegions(t *testing.T) {
	pos := func(l, c int) diag.Pos { return diag.Pos{Line: l, Column: c, Byte: -1} }
	tests := []struct {
		name                 string
		r                    diag.Range
		line, col, eLn, eCol int
	}{
		{"point", diag.Range{Filename: "a.yaml", Start: pos(3, 5), End: pos(3, 5)}, 3, 5, 0, 0},
		{"span", diag.Range{Filename: "a.yaml", Start: pos(3, 5), End: pos(4, 2)}, 3, 5, 4, 2},
		{"span on one line", diag.Range{Filename: "a.yaml", Start: pos(3, 5), End: pos(3, 9)}, 3, 5, 3, 9},
		{"end before start", diag.Range{Filename: "a.yaml", Start: pos(3, 5), End: pos(2, 9)}, 3, 5, 0, 0},
		{"no position", diag.Range{Filename: "a.yaml"}, 1, 1, 0, 0},
		{"line only", diag.Range{Filename: "a.yaml", Start: pos(7, 0), End: pos(9, 0)}, 7, 1, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc, ok := sarifLocationOf("", tt.r)
			if !ok {
				t.Fatal("no location")
			}
			r := loc.PhysicalLocation.Region
			if r.StartLine != tt.line || r.StartColumn != tt.col || r.EndLine != tt.eLn || r.EndColumn != tt.eCol {
				t.Errorf("region = %+v, want %d:%d-%d:%d", *r, tt.line, tt.col, tt.eLn, tt.eCol)
			}
		})
	}
	t.Run("finding without a file", func(t *testing.T) {
		a := fixture(t)
		a.Findings[0].Range = diag.Range{}
		if err := writeSARIF(&bytes.Buffer{}, a, Options{}); err == nil {
			t.Error("a finding without a file was written without a location")
		}
	})
}

func TestSARIFURI(t *testing.T) {
	tests := []struct{ base, file, want string }{
		{"", "access/epic ehr.yaml", "access/epic%20ehr.yaml"},
		{"", "vendors/acme #2 (old).yaml", "vendors/acme%20%232%20%28old%29.yaml"},
		{"", "a?b;c,d%e.hcl", "a%3Fb%3Bc%2Cd%25e.hcl"},
		{"", "c:drive/x:y.yaml", "c%3Adrive/x%3Ay.yaml"},
		{"", "ünïcødé/🔒.yaml", "%C3%BCn%C3%AFc%C3%B8d%C3%A9/%F0%9F%94%92.yaml"},
		{"evidence", "training.yaml", "evidence/training.yaml"},
		{sarifBase("./compliance evidence/"), "x#y.yaml", "compliance%20evidence/x%23y.yaml"},
		{sarifBase("/abs/path"), "a.yaml", "a.yaml"},
		{sarifBase("../outside"), "a.yaml", "a.yaml"},
		{sarifBase("."), "a.yaml", "a.yaml"},
	}
	for _, tt := range tests {
		got := sarifURI(tt.base, tt.file)
		if got != tt.want {
			t.Errorf("sarifURI(%q, %q) = %q, want %q", tt.base, tt.file, got, tt.want)
		}
		// A consumer decoding the URI gets the path back.
		if dec, err := url.PathUnescape(got); err != nil || !strings.HasSuffix(dec, tt.file) {
			t.Errorf("%q decodes to %q (%v), not ending in %q", got, dec, err, tt.file)
		}
	}
}

func TestSARIFHelpers(t *testing.T) {
	links := []struct{ citation, want string }{
		{"164.312(a)(2)(iv)", ecfrSection + "164.312#p-164.312(a)(2)(iv)"},
		{"164.308(b)(3)", ecfrSection + "164.308#p-164.308(b)(3)"},
		{"164.316", ecfrSection + "164.316"},
		{"164.530(c)", ""},
		{"", ""},
		{"164.312(a) x", ecfrSection + "164.312"},
	}
	for _, tt := range links {
		if got := ecfrLink(tt.citation); got != tt.want {
			t.Errorf("ecfrLink(%q) = %q, want %q", tt.citation, got, tt.want)
		}
	}
	names := []struct{ title, id, want string }{
		{"No shared logins for people", "SG-AC-001", "NoSharedLoginsForPeople"},
		{"ePHI data stores are encrypted at rest", "SG-EN-001", "EPHIDataStoresAreEncryptedAtRest"},
		{"", "SG-X-1", "SGX1"},
		{"BAA: 60-day notice", "SG-BA-003", "BAA60DayNotice"},
	}
	for _, tt := range names {
		if got := pascalName(tt.title, tt.id); got != tt.want {
			t.Errorf("pascalName(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
	versions := []struct{ in, want string }{
		{"1.2.3", "1.2.3"}, {"v1.2.3", "1.2.3"}, {"1.0.0-test", "1.0.0-test"}, {"1.0.0+build.5", "1.0.0+build.5"},
		{"dev", ""}, {"1.2", ""}, {"01.2.3", ""},
	}
	for _, tt := range versions {
		if got := semanticVersion(tt.in); got != tt.want {
			t.Errorf("semanticVersion(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	scores := []struct {
		sev  policies.Severity
		want string
	}{{policies.Critical, "9.5"}, {policies.High, "8.0"}, {policies.Medium, "5.5"}, {policies.Low, "3.0"}, {policies.Info, "1.0"}}
	for _, tt := range scores {
		if got := securitySeverity(tt.sev); got != tt.want {
			t.Errorf("securitySeverity(%s) = %q, want %q", tt.sev, got, tt.want)
		}
	}
}

// TestSARIFSchema validates the fixture's SARIF against the OASIS SARIF
// 2.1.0 schema kept in shared/schemas.
func TestSARIFSchema(t *testing.T) {
	sch := compileSchemaFile(t, sharedSchema(t, "sarif-schema-2.1.0.json"))
	for _, o := range []Options{{}, {IncludeWaived: true}} {
		validateJSON(t, sch, "sarif", render(t, "sarif", o))
	}
}

// TestSARIFGoSarif reads the report back with go-sarif, the Go SARIF
// library other tools consume it with.
func TestSARIFGoSarif(t *testing.T) {
	rep, err := gosarif.FromBytes(render(t, "sarif", Options{}))
	if err != nil {
		t.Fatalf("go-sarif cannot read the report: %v", err)
	}
	if len(rep.Runs) != 1 || len(rep.Runs[0].Results) != 4 {
		t.Fatalf("go-sarif reads %d runs, want 1 with 4 results", len(rep.Runs))
	}
}

// TestSARIFMultitool runs Microsoft's SARIF multitool over the fixture's
// SARIF with the SARIF and GitHub rule sets, and fails on any error or
// warning it reports.
func TestSARIFMultitool(t *testing.T) {
	// The package's bin.js runs the tool through a shell, which splits
	// "Sarif;Gh" at the semicolon; the native binary takes it as one word.
	tool := requireTool(t, filepath.Join("..", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool"),
		"npm ci in the repository root (see .ci/run) for @microsoft/sarif-multitool")
	dir := t.TempDir()
	for _, o := range []Options{{}, {IncludeWaived: true}} {
		name := "fixture.sarif"
		if o.IncludeWaived {
			name = "fixture-waived.sarif"
		}
		in := filepath.Join(dir, name)
		if err := os.WriteFile(in, render(t, "sarif", o), 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "validation-"+name)
		cmd := exec.Command(tool, "validate", "--rule-kind", "Sarif;Gh", "--output", out, in)
		cmd.Dir = dir
		msg, runErr := cmd.CombinedOutput()
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatalf("multitool wrote no validation log (%v; %v):\n%s", err, runErr, msg)
		}
		for _, p := range multitoolProblems(t, b) {
			t.Errorf("%s: %s", name, p)
		}
		if runErr != nil && !t.Failed() {
			t.Errorf("multitool exited with %v though it logged no problem:\n%s", runErr, msg)
		}
	}
}

// multitoolProblems lists the errors and warnings in a multitool
// validation log, and any failure of the run itself.
func multitoolProblems(t *testing.T, b []byte) []string {
	t.Helper()
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID      string `json:"id"`
						Default struct {
							Level string `json:"level"`
						} `json:"defaultConfiguration"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Invocations []struct {
				ExecutionSuccessful        bool       `json:"executionSuccessful"`
				ToolExecutionNotifications []readNote `json:"toolExecutionNotifications"`
			} `json:"invocations"`
			Results []readResult `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b, &log); err != nil {
		t.Fatalf("parse multitool log: %v\n%.2000s", err, b)
	}
	var out []string
	for _, run := range log.Runs {
		defaults := map[string]string{}
		for _, r := range run.Tool.Driver.Rules {
			defaults[r.ID] = r.Default.Level
		}
		for _, inv := range run.Invocations {
			if !inv.ExecutionSuccessful {
				out = append(out, "the multitool run did not succeed")
			}
			for _, n := range inv.ToolExecutionNotifications {
				if n.Level == "error" {
					out = append(out, "tool error: "+n.Message.Text)
				}
			}
		}
		for _, res := range run.Results {
			if res.Kind != "" && res.Kind != "fail" {
				continue
			}
			level := res.Level
			if level == "" {
				level = defaults[res.RuleID]
			}
			if level == "" {
				level = "warning"
			}
			if level == "error" || level == "warning" {
				out = append(out, level+" "+res.RuleID+": "+multitoolMessage(res))
			}
		}
	}
	return out
}

// multitoolMessage says what a multitool result is about: its text, or its
// message id and arguments (the first names the offending JSON path).
func multitoolMessage(res readResult) string {
	if res.Message.Text != "" {
		return res.Message.Text
	}
	return res.Message.ID + " " + strings.Join(res.Message.Arguments, "; ")
}

// TestSARIFMultitoolProblems runs the log parser over a validation log the
// multitool wrote for a SARIF broken by hand (a result without locations,
// a rule without a short description, an absolute URI under a uriBaseId),
// so TestSARIFMultitool cannot pass by reading nothing. The multitool exits
// 0 on such a file: only its log says what is wrong.
func TestSARIFMultitoolProblems(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "sarif", "multitool-broken.log.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	got := multitoolProblems(t, b)
	want := []string{
		"error GH1015: Error_MissingLocationsArray runs[0].results[0]; GitHub Advanced Security",
		"error GH1017: Error_MissingLocationsArray runs[0].results[0]; GitHub Advanced Security",
		"error GH2012: Error_MissingLocationsArray runs[0].results[0]; GitHub Advanced Security",
		"error GH2012: Error_MissingShortDescription runs[0].tool.driver.rules[1]; GitHub Advanced Security",
		"error SARIF1004: Error_UriBaseIdRequiresRelativeUri runs[0].results[1].locations[0].physicalLocation.artifactLocation; %SRCROOT%; file:///abs/x y.yaml",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSARIFFingerprintSurvivesLineMove moves every finding down the file:
// the regions follow, the partial fingerprints do not change, so code
// scanning keeps each alert's history.
func TestSARIFFingerprintSurvivesLineMove(t *testing.T) {
	a, b := fixture(t), fixture(t)
	for i := range b.Findings {
		b.Findings[i].Range.Start.Line += 17
		b.Findings[i].Range.End.Line += 17
	}
	ra, rb := parseSARIF(t, writeSARIFOf(t, a, Options{})).Runs[0], parseSARIF(t, writeSARIFOf(t, b, Options{})).Runs[0]
	if len(ra.Results) != len(rb.Results) || len(ra.Results) == 0 {
		t.Fatalf("%d and %d results", len(ra.Results), len(rb.Results))
	}
	for i := range ra.Results {
		x, y := ra.Results[i], rb.Results[i]
		if fx, fy := x.PartialFingerprints[sarifFingerprint], y.PartialFingerprints[sarifFingerprint]; fx == "" || fx != fy {
			t.Errorf("result of %s: fingerprint %q became %q when its line moved", x.RuleID, fx, fy)
		}
		if ly, lx := y.Locations[0].PhysicalLocation.Region.StartLine, x.Locations[0].PhysicalLocation.Region.StartLine; ly != lx+17 {
			t.Errorf("result of %s: line %d moved to %d, want %d", x.RuleID, lx, ly, lx+17)
		}
	}
}

// A file beside the scanned root (a --config in the parent folder) is named
// "../x.yaml"; joined to the root it must be the file's path in the
// checkout, not "evidence/../x.yaml", which code scanning cannot place.
func TestSARIFURICleansParent(t *testing.T) {
	if got := sarifURI("evidence", "../.safeguard.yaml"); got != ".safeguard.yaml" {
		t.Errorf("sarifURI = %q, want .safeguard.yaml", got)
	}
	if got := sarifURI("org/evidence", "../waivers.yaml"); got != "org/waivers.yaml" {
		t.Errorf("sarifURI = %q, want org/waivers.yaml", got)
	}
}
