package reports

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/defenseunicorns/go-oscal/src/pkg/validation"

	"github.com/safeguard-hipaa/safeguard/catalog"
)

func TestOSCALGolden(t *testing.T) {
	golden(t, "oscal", "fixture.json", render(t, "oscal", Options{}))
}

// validateOSCAL checks a document against the OSCAL JSON schema of the
// version in its metadata, with go-oscal's validator (the schema is
// embedded in the module; nothing is fetched).
func validateOSCAL(t *testing.T, doc []byte) {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(doc, &m); err != nil {
		t.Fatalf("parse oscal: %v", err)
	}
	v, err := validation.NewValidator(m)
	if err != nil {
		t.Fatalf("oscal validator: %v", err)
	}
	if got := v.GetSchemaVersion(); got != oscalVersion {
		t.Errorf("validated against OSCAL %s, want %s", got, oscalVersion)
	}
	if err := v.Validate(); err != nil {
		t.Fatalf("OSCAL %s schema rejects the document: %v", oscalVersion, err)
	}
}

// readOSCAL decodes the written document and its embedded plan.
func readOSCAL(t *testing.T, b []byte) (oscalDocument, []byte) {
	t.Helper()
	var doc oscalDocument
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("parse oscal: %v", err)
	}
	ar := doc.AssessmentResults
	if ar == nil || ar.BackMatter == nil {
		t.Fatalf("no assessment-results with back-matter")
	}
	var plan []byte
	for _, r := range ar.BackMatter.Resources {
		if "#"+r.UUID == ar.ImportAP.Href {
			if r.Base64 == nil {
				t.Fatalf("import-ap names resource %s, which embeds nothing", r.UUID)
			}
			var err error
			if plan, err = base64.StdEncoding.DecodeString(r.Base64.Value); err != nil {
				t.Fatalf("decode plan: %v", err)
			}
		}
	}
	if plan == nil {
		t.Fatalf("import-ap %q names no back-matter resource", ar.ImportAP.Href)
	}
	return doc, plan
}

func TestOSCALValidates(t *testing.T) {
	out := render(t, "oscal", Options{})
	validateOSCAL(t, out)
	_, plan := readOSCAL(t, out)
	validateOSCAL(t, plan)
}

// TestOSCALHostileValidates puts white space, controls and markup where
// evidence values go; the document must stay valid and the values inert.
func TestOSCALHostileValidates(t *testing.T) {
	payloads := []string{hostile, " lead and trail \n\t", "\x00\x1b\u202e", "a\nb\r\nc", "*[x](javascript:1)*"}
	for _, p := range payloads {
		t.Run(strings.ToValidUTF8(p[:min(len(p), 8)], "?"), func(t *testing.T) {
			a := fixture(t)
			for i := range a.Findings {
				a.Findings[i].Message = p
				a.Findings[i].Range.Filename = p
				a.Findings[i].Document, a.Findings[i].Path, a.Findings[i].Field = p, p, p
				a.Findings[i].Fingerprint = p
			}
			for i := range a.Files {
				a.Files[i].Path = p + a.Files[i].Path
				a.Files[i].SHA256 = p
			}
			for _, r := range a.Rules {
				r.Title, r.Description = p, p
			}
			a.Profile, a.Tool.Version, a.Tool.Name = p, p, p
			var buf bytes.Buffer
			if err := writeOSCAL(&buf, a, Options{}); err != nil {
				t.Fatal(err)
			}
			validateOSCAL(t, buf.Bytes())
			doc, plan := readOSCAL(t, buf.Bytes())
			validateOSCAL(t, plan)
			for _, o := range doc.AssessmentResults.Results[0].Observations {
				if o.Description != oscalMarkup(p) {
					t.Errorf("observation description = %q, want %q", o.Description, oscalMarkup(p))
				}
			}
		})
	}
}

var (
	uuidPattern  = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	tokenPattern = regexp.MustCompile(`^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$`)
)

// TestOSCALReferences checks what the schema cannot: every UUID is a
// UUIDv5 and unique, and every reference (import-ap, subjects,
// related-observations) resolves inside the document.
func TestOSCALReferences(t *testing.T) {
	a := fixture(t)
	doc, _ := readOSCAL(t, render(t, "oscal", Options{}))
	ar := doc.AssessmentResults
	res := ar.Results[0]
	uuids := map[string]bool{}
	add := func(u string) {
		if !uuidPattern.MatchString(u) {
			t.Errorf("%q is not a UUIDv5", u)
		}
		if uuids[u] {
			t.Errorf("UUID %s used twice", u)
		}
		uuids[u] = true
	}
	add(ar.UUID)
	add(res.UUID)
	resources := map[string]bool{}
	for _, r := range ar.BackMatter.Resources {
		add(r.UUID)
		resources[r.UUID] = true
	}
	observations := map[string]bool{}
	for _, o := range res.Observations {
		add(o.UUID)
		observations[o.UUID] = true
		for _, s := range o.Subjects {
			if s.Type != "resource" || !resources[s.SubjectUUID] {
				t.Errorf("observation %s subject %+v names no back-matter resource", o.UUID, s)
			}
		}
	}
	if len(res.Observations) != len(a.Findings) {
		t.Errorf("%d observations, want one per finding (%d)", len(res.Observations), len(a.Findings))
	}
	targets := map[string]oscalFinding{}
	for _, f := range res.Findings {
		add(f.UUID)
		if !tokenPattern.MatchString(f.Target.TargetID) {
			t.Errorf("target-id %q is not a token", f.Target.TargetID)
		}
		targets[f.Target.TargetID] = f
		for _, r := range f.RelatedObservations {
			if !observations[r.ObservationUUID] {
				t.Errorf("finding %s relates observation %s, which does not exist", f.Title, r.ObservationUUID)
			}
		}
	}
	for _, sel := range res.ReviewedControls.ControlSelections {
		for _, c := range sel.IncludeControls {
			if _, ok := targets[c.ControlID]; !ok {
				t.Errorf("reviewed control %s has no finding", c.ControlID)
			}
		}
	}
	tests := []struct{ token, state, reason string }{
		{"hipaa-164.312-a-2-i", "not-satisfied", "fail"},
		{"hipaa-164.312-a-2-iv", "satisfied", "other"},
		{"hipaa-164.308-b-3", "not-satisfied", "fail"},
	}
	for _, tt := range tests {
		f, ok := targets[tt.token]
		if !ok {
			t.Errorf("no finding for %s", tt.token)
			continue
		}
		if f.Target.Type != "objective-id" || f.Target.Status.State != tt.state || f.Target.Status.Reason != tt.reason {
			t.Errorf("%s target = %+v, want objective-id %s %s", tt.token, f.Target, tt.state, tt.reason)
		}
		if len(f.RelatedObservations) == 0 {
			t.Errorf("%s relates no observation", tt.token)
		}
		citation := ""
		for _, p := range f.Props {
			if p.Name == "citation" && p.NS == oscalNS {
				citation = p.Value
			}
		}
		if oscalToken(citation) != tt.token {
			t.Errorf("%s carries citation %q", tt.token, citation)
		}
	}
	if got, want := ar.Metadata.LastModified, "2026-11-01T00:00:00Z"; got != want || ar.Metadata.Published != want || res.Start != want {
		t.Errorf("times = %s %s %s, want the as-of date %s", got, ar.Metadata.Published, res.Start, want)
	}
}

// TestOSCALIdentityFollowsInputs: another as-of date is another assessment,
// with other UUIDs; the plan, which depends only on the checks, stays.
func TestOSCALIdentityFollowsInputs(t *testing.T) {
	a, b := fixture(t), fixture(t)
	b.AsOf = "2026-11-02"
	da, err := buildOSCAL(a)
	if err != nil {
		t.Fatal(err)
	}
	db, err := buildOSCAL(b)
	if err != nil {
		t.Fatal(err)
	}
	if da.AssessmentResults.UUID == db.AssessmentResults.UUID {
		t.Errorf("two as-of dates share the results UUID")
	}
	if da.AssessmentResults.ImportAP != db.AssessmentResults.ImportAP {
		t.Errorf("the plan changed with the as-of date: %v, %v", da.AssessmentResults.ImportAP, db.AssessmentResults.ImportAP)
	}
	b.AsOf = "01/11/2026"
	if _, err := buildOSCAL(b); err == nil {
		t.Errorf("a malformed as-of date was accepted")
	}
}

func TestUUIDv5(t *testing.T) {
	dns, _ := hex.DecodeString("6ba7b8109dad11d180b400c04fd430c8")
	urlNS, _ := hex.DecodeString("6ba7b8119dad11d180b400c04fd430c8")
	tests := []struct {
		ns   []byte
		name string
		want string
	}{
		// RFC 9562, Appendix A.4.
		{dns, "www.example.com", "2ed6657d-e927-568b-95e1-2665a8aea6a2"},
		// safeguard's namespace is derived, not made up.
		{urlNS, oscalNS, oscalNamespaceUUID},
	}
	for _, tt := range tests {
		if got := uuidV5(tt.ns, tt.name); got != tt.want {
			t.Errorf("uuidV5(%x, %q) = %s, want %s", tt.ns, tt.name, got, tt.want)
		}
	}
	if oscalUUID("a", "b") != oscalUUID("a", "b") || oscalUUID("a", "b") == oscalUUID("a", "c") {
		t.Errorf("oscalUUID is not a function of its names")
	}
}

func TestOSCALToken(t *testing.T) {
	tests := []struct{ in, want string }{
		{"164.312(a)(2)(iv)", "hipaa-164.312-a-2-iv"},
		{"164.308(a)(5)(ii)(A)", "hipaa-164.308-a-5-ii-A"},
		{"164.316(b)(2)(i)", "hipaa-164.316-b-2-i"},
		{"164.314", "hipaa-164.314"},
		{" 164.310 (d)(1) ", "hipaa-164.310-d-1"},
	}
	for _, tt := range tests {
		if got := oscalToken(tt.in); got != tt.want {
			t.Errorf("oscalToken(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Every entry of the catalog gets a token of its own.
	cat, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, e := range cat.Entries() {
		tok := oscalToken(e.Citation)
		if !tokenPattern.MatchString(tok) {
			t.Errorf("%s: %q is not a token", e.Citation, tok)
		}
		if prev, dup := seen[tok]; dup {
			t.Errorf("%s and %s share the token %s", prev, e.Citation, tok)
		}
		seen[tok] = e.Citation
	}
}

func TestOSCALMarkup(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain 164.312(a)", "plain 164.312(a)"},
		{"[x](javascript:1)", `\[x\](javascript:1)`},
		{"<b>&amp;</b>", `\<b\>\&amp;\</b\>`},
		{"*a* _b_ `c` ~d~ #e |f| !g \\h", "\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\#e \\|f\\| \\!g \\\\h"},
		{"one\ntwo", "one two"},
	}
	for _, tt := range tests {
		if got := oscalMarkup(tt.in); got != tt.want {
			t.Errorf("oscalMarkup(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOSCALValue(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  \n\t ", ""},
		{" a \n b\r\n", "a b"},
		{"\x1b[31m", "\x1b[31m"},
	}
	for _, tt := range tests {
		if got := oscalValue(tt.in); got != tt.want {
			t.Errorf("oscalValue(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOSCALHref(t *testing.T) {
	tests := []struct{ in, want string }{
		{"access/epic ehr.yaml", "access/epic%20ehr.yaml"},
		{"a:b/c.yaml", "./a:b/c.yaml"},
		{"x#y?.yaml", "x%23y%3F.yaml"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := oscalHref(tt.in); got != tt.want {
			t.Errorf("oscalHref(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
