package scanners_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safeguard-hipaa/safeguard/pipeline"
	"github.com/safeguard-hipaa/safeguard/reports"
	"github.com/safeguard-hipaa/safeguard/scanners"
)

const secretsFixture = "../testdata/hostile/secrets"

// TestKeyMaterialNeverReachesAReport scans evidence that holds PEM private
// keys (in a known field, an unknown one, a date, an enum list, HCL
// heredoc), a long hex key, a base64 key and a cloud access key id, and
// renders every report format: each is a finding at its file:line, and no
// byte of any key appears in any report or diagnostic.
func TestKeyMaterialNeverReachesAReport(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(secretsFixture, "needles.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var evidence []byte
	for _, f := range []string{"encryption.yaml", "edge.hcl", "access.yaml"} {
		b, err := os.ReadFile(filepath.Join(secretsFixture, f))
		if err != nil {
			t.Fatal(err)
		}
		evidence = append(evidence, b...)
	}
	needles := strings.Fields(string(raw))
	for _, n := range needles {
		if !bytes.Contains(evidence, []byte(n)) {
			t.Fatalf("needle %q is not in the fixture; the test would prove nothing", n)
		}
	}

	res, err := pipeline.Run(context.Background(), pipeline.Options{Path: secretsFixture, AsOf: "2026-11-01", Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{ // file:line of each key's field
		"encryption.yaml:16": true, "encryption.yaml:33": true, "encryption.yaml:40": true,
		"edge.hcl:8":    true,
		"access.yaml:6": true, "access.yaml:8": true, "access.yaml:14": true,
	}
	got := map[string]bool{}
	for _, f := range res.Assessment.Findings {
		if f.RuleID == "SG-SC-001" {
			got[f.Range.Filename+":"+itoa(f.Range.Start.Line)] = true
		}
	}
	for at := range want {
		if !got[at] {
			t.Errorf("no SG-SC-001 finding at %s; got %v", at, got)
		}
	}

	outputs := map[string][]byte{}
	for _, f := range reports.All() {
		var b bytes.Buffer
		if err := f.Write(&b, res.Assessment, reports.Options{Color: true, IncludeWaived: true}); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		outputs[f.Name] = b.Bytes()
	}
	for _, name := range []string{"text", "json", "sarif", "html", "markdown", "junit", "csv", "oscal", "github"} {
		if len(outputs[name]) == 0 {
			t.Errorf("format %s was not rendered", name)
		}
	}
	for _, d := range res.Assessment.Diagnostics {
		outputs["diagnostic "+d.Code] = append(outputs["diagnostic "+d.Code], d.Error()...)
	}
	// The pipeline lets the values go once converted; read again for the
	// input the policies saw.
	set, err := scanners.Scan(context.Background(), secretsFixture, scanners.Options{})
	if err != nil {
		t.Fatal(err)
	}
	outputs["policy input"] = []byte(set.ToInput("2026-11-01", nil).Value.String())
	for name, out := range outputs {
		for _, n := range needles {
			if bytes.Contains(out, []byte(n)) {
				t.Errorf("%s repeats key material %q", name, n)
			}
		}
		if bytes.Contains(out, []byte("PRIVATE KEY-----\n")) || bytes.Contains(out, []byte(`PRIVATE KEY-----\n`)) {
			t.Errorf("%s holds a PEM block", name)
		}
	}
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}
