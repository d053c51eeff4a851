package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/safeguard-hipaa/safeguard/app"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

const asOf = "2026-11-01"

// run executes the CLI in-process and returns stdout, stderr and the exit
// status main would give.
func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	root := newRootCmd("test", &stdout, &stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	if err != nil && !isSilent(err) {
		stderr.WriteString("safeguard: " + err.Error() + "\n")
	}
	return stdout.String(), stderr.String(), app.Code(err)
}

func goldenFile(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("..", "..", "testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/safeguard -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test ./cmd/safeguard -update after checking the change)\n--- got:\n%.4000s", p, got)
	}
}

func TestScanExampleGolden(t *testing.T) {
	for _, format := range []string{"text", "json", "sarif"} {
		t.Run(format, func(t *testing.T) {
			out, stderr, code := run(t, "scan", "../../testdata/clinic", "--as-of", asOf, "--format", format)
			if code != app.ExitFindings {
				t.Fatalf("exit %d, want 1 (findings); stderr:\n%s", code, stderr)
			}
			goldenFile(t, "clinic."+format, []byte(out))
		})
	}
}

func TestScanFindsTheKnownGaps(t *testing.T) {
	out, stderr, code := run(t, "scan", "../../testdata/clinic", "--as-of", asOf, "--format", "json")
	if code != app.ExitFindings {
		t.Fatalf("exit %d, want 1; stderr:\n%s", code, stderr)
	}
	var rep struct {
		Findings []struct {
			RuleID string `json:"rule_id"`
			File   string `json:"file"`
			Line   int    `json:"line"`
			Column int    `json:"column"`
		} `json:"findings"`
		Diagnostics []any `json:"diagnostics"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	// Each known gap, at the line of the value that is wrong.
	want := []struct {
		rule, file string
		line       int
	}{
		{"SG-AC-001", "access/epic-ehr.yaml", lineOf(t, "clinic/access/epic-ehr.yaml", "shared: true")},
		{"SG-AC-004", "access/epic-ehr.yaml", lineOf(t, "clinic/access/epic-ehr.yaml", "session_timeout_minutes: 30")},
		{"SG-WF-001", "access/epic-ehr.yaml", lineOf(t, "clinic/access/epic-ehr.yaml", "roles: [biller]") + 2},
		{"SG-BA-001", "encryption.hcl", lineOf(t, "clinic/encryption.hcl", `hosted_by = "clearview-imaging"`)},
		{"SG-EN-002", "encryption.hcl", lineOf(t, "clinic/encryption.hcl", `"3DES"`)},
		{"SG-EN-007", "encryption.hcl", lineOf(t, "clinic/encryption.hcl", `"1.0"`)},
		{"SG-EN-012", "encryption.hcl", lineOf(t, "clinic/encryption.hcl", "full_disk_encryption = false")},
		{"SG-PG-002", "program.yaml", lineOf(t, "clinic/program.yaml", "risk_analysis:")},
		{"SG-RT-001", "program.yaml", lineOf(t, "clinic/program.yaml", "retention_years: 3")},
		{"SG-RT-002", "program.yaml", lineOf(t, "clinic/program.yaml", "method: delete, certificate: false}")},
		{"SG-WF-002", "training.yaml", lineOf(t, "clinic/training.yaml", "access_revoked: 2026-07-15")},
		{"SG-BA-003", "vendors.yaml", lineOf(t, "clinic/vendors.yaml", "expires: 2026-04-01")},
	}
	for _, w := range want {
		found := false
		for _, f := range rep.Findings {
			if f.RuleID == w.rule && f.File == w.file && f.Line == w.line {
				found = true
				if f.Column < 1 {
					t.Errorf("%s at %s:%d has column %d", w.rule, w.file, w.line, f.Column)
				}
			}
		}
		if !found {
			var got []string
			for _, f := range rep.Findings {
				if f.RuleID == w.rule {
					got = append(got, f.File+":"+strconv.Itoa(f.Line))
				}
			}
			t.Errorf("no %s finding at %s:%d (%s findings at: %v)", w.rule, w.file, w.line, w.rule, got)
		}
	}
	for _, f := range rep.Findings {
		if f.File == "" || f.Line < 1 || f.Column < 1 {
			t.Errorf("finding %s without file:line:column: %+v", f.RuleID, f)
		}
	}
	if len(rep.Diagnostics) != 0 {
		t.Errorf("the example should read without diagnostics, got %v", rep.Diagnostics)
	}
}

func TestScanMendedIsClean(t *testing.T) {
	out, stderr, code := run(t, "scan", "../../testdata/clinic-mended", "--as-of", asOf)
	if code != app.ExitOK {
		t.Fatalf("exit %d, want 0; stdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
	if !strings.Contains(out, "0 open findings") {
		t.Errorf("summary does not say 0 open findings:\n%s", out)
	}
}

func TestScanBrokenFilesExit2AndStillCheckTheRest(t *testing.T) {
	out, stderr, code := run(t, "scan", "../../testdata/broken", "--as-of", asOf, "--format", "json")
	if code != app.ExitUntrusted {
		t.Fatalf("exit %d, want 2; stderr:\n%s", code, stderr)
	}
	var rep struct {
		Findings []struct {
			RuleID string `json:"rule_id"`
			File   string `json:"file"`
		} `json:"findings"`
		Diagnostics []struct {
			Severity string `json:"severity"`
			Code     string `json:"code"`
			File     string `json:"file"`
			Line     int    `json:"line"`
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	type at struct {
		code, file string
		line       int
	}
	want := []at{
		{"SG1002", "types.yaml", 8},  // session_timeout_minutes: fifteen
		{"SG1002", "types.yaml", 9},  // mfa_required: "yes"
		{"SG1004", "types.yaml", 12}, // status: activ
		{"SG1003", "types.yaml", 13}, // last_login: 2026-13-45
		{"SG1006", "types.yaml", 17}, // retension_days
		{"SG1001", "syntax.yaml", 9},
		{"SG1009", "expressions.hcl", 4}, // var.vendor
		{"SG1009", "expressions.hcl", 7}, // upper(...)
		{"SG1001", "syntax.hcl", 0},      // any line
		{"SG1010", "unknown-kind.yaml", 2},
	}
	for _, w := range want {
		ok := false
		for _, d := range rep.Diagnostics {
			if d.Code == w.code && d.File == w.file && (w.line == 0 || d.Line == w.line) {
				ok = true
			}
			if d.Line < 1 {
				t.Errorf("diagnostic without a line: %+v", d)
			}
		}
		if !ok {
			t.Errorf("no %s diagnostic at %s:%d; got %+v", w.code, w.file, w.line, rep.Diagnostics)
		}
	}
	checked := false
	for _, f := range rep.Findings {
		if f.File == "good.yaml" && f.RuleID == "SG-PG-002" {
			checked = true
		}
	}
	if !checked {
		t.Errorf("good.yaml was not checked beside the broken files: findings %+v", rep.Findings)
	}
}

func TestScanFlagsRefusedAtParse(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown format", []string{"scan", "../../testdata/clinic", "--format", "xml"}, "want one of"},
		{"unknown fail-on", []string{"scan", "../../testdata/clinic", "--fail-on", "severe"}, "want one of"},
		{"bad as-of", []string{"scan", "../../testdata/clinic", "--as-of", "2026-02-30"}, "not a date"},
		{"bad report", []string{"scan", "../../testdata/clinic", "--report", "pdf=x.pdf"}, "unknown format"},
		{"missing path", []string{"scan", "../../testdata/nope"}, "nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := run(t, tt.args...)
			if code != app.ExitUntrusted {
				t.Errorf("exit %d, want 2", code)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q does not mention %q", stderr, tt.want)
			}
		})
	}
}

func TestScanFailOn(t *testing.T) {
	// The example has critical findings: --fail-on critical still fails.
	if _, _, code := run(t, "scan", "../../testdata/clinic", "--as-of", asOf, "--fail-on", "critical"); code != app.ExitFindings {
		t.Errorf("--fail-on critical: exit %d, want 1", code)
	}
}

func TestScanIsDeterministic(t *testing.T) {
	for _, format := range []string{"text", "json", "sarif"} {
		a, _, _ := run(t, "scan", "../../testdata/clinic", "--as-of", asOf, "--format", format)
		b, _, _ := run(t, "scan", "../../testdata/clinic", "--as-of", asOf, "--format", format)
		if a != b {
			t.Errorf("%s output differs between two runs", format)
		}
	}
}

func TestVersion(t *testing.T) {
	out, _, code := run(t, "version")
	if code != 0 || !strings.HasPrefix(out, "safeguard test") {
		t.Errorf("version: exit %d, output %q", code, out)
	}
}

func lineOf(t *testing.T, file, needle string) int {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(string(b), "\n") {
		if strings.Contains(l, needle) {
			return i + 1
		}
	}
	t.Fatalf("%q not in %s", needle, file)
	return 0
}

func TestInitScansClean(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "x")
	if _, stderr, code := run(t, "init", dir); code != 0 {
		t.Fatalf("init: exit %d\n%s", code, stderr)
	}
	out, stderr, code := run(t, "scan", dir)
	if code != app.ExitOK {
		t.Fatalf("scan of a fresh init: exit %d\n%s\n%s", code, out, stderr)
	}
	for _, f := range []string{".safeguard.yaml", ".github/workflows/safeguard.yml", "encryption.hcl"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("init did not write %s", f)
		}
	}
	if _, _, code := run(t, "init", dir); code != app.ExitUntrusted {
		t.Errorf("init over existing files: exit %d, want 2", code)
	}
}

func TestHelpHasExamples(t *testing.T) {
	root := newRootCmd("test", &bytes.Buffer{}, &bytes.Buffer{})
	for _, c := range root.Commands() {
		if c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		if c.Example == "" && c.Name() != "version" {
			t.Errorf("command %s has no examples in --help", c.Name())
		}
	}
}
