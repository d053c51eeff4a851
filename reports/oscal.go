package reports

import (
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/policies"
)

const (
	// oscalVersion is the OSCAL release the document conforms to; the
	// tests validate it against that release's JSON schema.
	oscalVersion = "1.1.2"
	// oscalNS qualifies safeguard's own property names.
	oscalNS = "https://safeguard.dev/ns/oscal"
	// oscalNamespaceUUID is UUIDv5(NameSpace_URL, oscalNS): the namespace
	// every UUID of the document is derived in.
	oscalNamespaceUUID = "dd6b90b3-f222-5492-a857-341e5265da88"
	// oscalPlanFile names the embedded assessment plan.
	oscalPlanFile = "assessment-plan.json"
)

// The OSCAL document, written with the fields in the order the OSCAL
// reference shows them; only what safeguard fills in is declared.
type (
	oscalDocument struct {
		AssessmentResults *oscalResults `json:"assessment-results,omitempty"`
		AssessmentPlan    *oscalPlan    `json:"assessment-plan,omitempty"`
	}
	oscalResults struct {
		UUID       string           `json:"uuid"`
		Metadata   oscalMetadata    `json:"metadata"`
		ImportAP   oscalImport      `json:"import-ap"`
		Results    []oscalResult    `json:"results"`
		BackMatter *oscalBackMatter `json:"back-matter,omitempty"`
	}
	oscalPlan struct {
		UUID             string                `json:"uuid"`
		Metadata         oscalMetadata         `json:"metadata"`
		ImportSSP        oscalImport           `json:"import-ssp"`
		LocalDefinitions *oscalPlanLocal       `json:"local-definitions,omitempty"`
		ReviewedControls oscalReviewedControls `json:"reviewed-controls"`
		BackMatter       *oscalBackMatter      `json:"back-matter,omitempty"`
	}
	oscalPlanLocal struct {
		Activities []oscalActivity `json:"activities,omitempty"`
	}
	oscalActivity struct {
		UUID            string                 `json:"uuid"`
		Title           string                 `json:"title,omitempty"`
		Description     string                 `json:"description"`
		Props           []oscalProp            `json:"props,omitempty"`
		RelatedControls *oscalReviewedControls `json:"related-controls,omitempty"`
	}
	oscalMetadata struct {
		Title        string      `json:"title"`
		Published    string      `json:"published,omitempty"`
		LastModified string      `json:"last-modified"`
		Version      string      `json:"version"`
		OSCALVersion string      `json:"oscal-version"`
		Props        []oscalProp `json:"props,omitempty"`
		Remarks      string      `json:"remarks,omitempty"`
	}
	oscalImport struct {
		Href    string `json:"href"`
		Remarks string `json:"remarks,omitempty"`
	}
	oscalProp struct {
		Name  string `json:"name"`
		NS    string `json:"ns,omitempty"`
		Value string `json:"value"`
	}
	oscalResult struct {
		UUID             string                `json:"uuid"`
		Title            string                `json:"title"`
		Description      string                `json:"description"`
		Start            string                `json:"start"`
		End              string                `json:"end,omitempty"`
		Props            []oscalProp           `json:"props,omitempty"`
		ReviewedControls oscalReviewedControls `json:"reviewed-controls"`
		Observations     []oscalObservation    `json:"observations,omitempty"`
		Findings         []oscalFinding        `json:"findings,omitempty"`
		Remarks          string                `json:"remarks,omitempty"`
	}
	oscalReviewedControls struct {
		Description       string                  `json:"description,omitempty"`
		ControlSelections []oscalControlSelection `json:"control-selections"`
	}
	oscalControlSelection struct {
		Description     string               `json:"description,omitempty"`
		IncludeAll      *struct{}            `json:"include-all,omitempty"`
		IncludeControls []oscalSelectControl `json:"include-controls,omitempty"`
	}
	oscalSelectControl struct {
		ControlID string `json:"control-id"`
	}
	oscalObservation struct {
		UUID             string          `json:"uuid"`
		Title            string          `json:"title,omitempty"`
		Description      string          `json:"description"`
		Props            []oscalProp     `json:"props,omitempty"`
		Methods          []string        `json:"methods"`
		Types            []string        `json:"types,omitempty"`
		Subjects         []oscalSubject  `json:"subjects,omitempty"`
		RelevantEvidence []oscalEvidence `json:"relevant-evidence,omitempty"`
		Collected        string          `json:"collected"`
		Remarks          string          `json:"remarks,omitempty"`
	}
	oscalSubject struct {
		SubjectUUID string `json:"subject-uuid"`
		Type        string `json:"type"`
		Title       string `json:"title,omitempty"`
	}
	oscalEvidence struct {
		Href        string      `json:"href,omitempty"`
		Description string      `json:"description"`
		Props       []oscalProp `json:"props,omitempty"`
	}
	oscalFinding struct {
		UUID                string                    `json:"uuid"`
		Title               string                    `json:"title"`
		Description         string                    `json:"description"`
		Props               []oscalProp               `json:"props,omitempty"`
		Target              oscalTarget               `json:"target"`
		RelatedObservations []oscalRelatedObservation `json:"related-observations,omitempty"`
	}
	oscalTarget struct {
		Type     string      `json:"type"`
		TargetID string      `json:"target-id"`
		Title    string      `json:"title,omitempty"`
		Status   oscalStatus `json:"status"`
	}
	oscalStatus struct {
		State   string `json:"state"`
		Reason  string `json:"reason,omitempty"`
		Remarks string `json:"remarks,omitempty"`
	}
	oscalRelatedObservation struct {
		ObservationUUID string `json:"observation-uuid"`
	}
	oscalBackMatter struct {
		Resources []oscalResource `json:"resources"`
	}
	oscalResource struct {
		UUID        string       `json:"uuid"`
		Title       string       `json:"title,omitempty"`
		Description string       `json:"description,omitempty"`
		Props       []oscalProp  `json:"props,omitempty"`
		RLinks      []oscalRLink `json:"rlinks,omitempty"`
		Base64      *oscalBase64 `json:"base64,omitempty"`
	}
	oscalRLink struct {
		Href      string      `json:"href"`
		MediaType string      `json:"media-type,omitempty"`
		Hashes    []oscalHash `json:"hashes,omitempty"`
	}
	oscalHash struct {
		Algorithm string `json:"algorithm"`
		Value     string `json:"value"`
	}
	oscalBase64 struct {
		Filename  string `json:"filename,omitempty"`
		MediaType string `json:"media-type,omitempty"`
		Value     string `json:"value"`
	}
)

// writeOSCAL writes OSCAL 1.1.2 assessment results: one result as of the
// assessment's date, an observation per finding, and a finding per assessed
// control of the Security Rule. The assessment plan the results import is
// embedded in the back matter (import-ap points at it by "#uuid"), so the
// file stands alone. Every UUID is a UUIDv5 of stable names and every time
// is the as-of date at midnight UTC: the same assessment gives the same
// bytes.
func writeOSCAL(w io.Writer, a *assess.Assessment, _ Options) error {
	doc, err := buildOSCAL(a)
	if err != nil {
		return fmt.Errorf("write oscal: %w", err)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write oscal: %w", err)
	}
	return nil
}

func buildOSCAL(a *assess.Assessment) (oscalDocument, error) {
	day, err := time.Parse("2006-01-02", a.AsOf)
	if err != nil {
		return oscalDocument{}, fmt.Errorf("as-of date %q: %w", a.AsOf, err)
	}
	at := day.UTC().Format(time.RFC3339)
	version := oscalValue(a.Tool.Version)
	if version == "" {
		version = "unversioned"
	}
	arUUID := oscalUUID("assessment-results", a.Profile, a.AsOf, a.Tool.Version, a.Tool.PolicyDigest, a.Tool.EvidenceDigest)
	result := oscalResult{
		UUID:  oscalUUID(arUUID, "result"),
		Title: "HIPAA Security Rule assessment as of " + oscalMarkup(a.AsOf),
		Description: "Checks of profile " + oscalMarkup(a.Profile) + " run over the evidence kept as code. " +
			"Each observation is one finding of one check, at its file and line; each finding is the status " +
			"of one standard or implementation specification of 45 CFR 164 Subpart C.",
		Start:            at,
		End:              at,
		Props:            oscalResultProps(a),
		ReviewedControls: oscalReviewed(a),
	}
	s := a.Summarize()
	if s.Errors > 0 {
		result.Remarks = fmt.Sprintf("%d evidence error%s: some evidence could not be read, so these results may be incomplete.", s.Errors, plural(s.Errors))
	}

	files := newOSCALFiles(a)
	obsByRule := map[string][]string{}
	seen := map[string]int{}
	for _, f := range a.Findings {
		key := f.Fingerprint + "|" + f.Range.String()
		seen[key]++
		if n := seen[key]; n > 1 {
			key += "|" + strconv.Itoa(n)
		}
		o := oscalObserve(arUUID, key, f, files, at)
		obsByRule[f.RuleID] = append(obsByRule[f.RuleID], o.UUID)
		result.Observations = append(result.Observations, o)
	}
	for _, c := range a.Controls {
		if c.Status == assess.Manual {
			continue
		}
		result.Findings = append(result.Findings, oscalControlFinding(arUUID, c, obsByRule))
	}

	plan, err := buildOSCALPlan(a, at, version)
	if err != nil {
		return oscalDocument{}, err
	}
	planJSON, err := json.Marshal(oscalDocument{AssessmentPlan: &plan})
	if err != nil {
		return oscalDocument{}, fmt.Errorf("assessment plan: %w", err)
	}
	planResource := oscalResource{
		UUID:  oscalUUID(plan.UUID, "resource"),
		Title: "Assessment plan",
		Description: "The assessment plan these results import: the checks of profile " + oscalMarkup(a.Profile) +
			" as activities, and the controls they assess.",
		Base64: &oscalBase64{Filename: oscalPlanFile, MediaType: "application/oscal.ap+json", Value: base64.StdEncoding.EncodeToString(planJSON)},
	}

	doc := &oscalResults{
		UUID: arUUID,
		Metadata: oscalMetadata{
			Title:        "HIPAA Security Rule assessment results",
			Published:    at,
			LastModified: at,
			Version:      version,
			OSCALVersion: oscalVersion,
			Props:        oscalProps(oscalProp{Name: "tool", NS: oscalNS, Value: oscalValue(a.Tool.Name)}),
			Remarks:      "Written by safeguard from HIPAA evidence kept as code. Times are the assessment's as-of date, so the same evidence gives the same document.",
		},
		ImportAP:   oscalImport{Href: "#" + planResource.UUID, Remarks: "Embedded in the back matter as " + oscalPlanFile + "."},
		Results:    []oscalResult{result},
		BackMatter: &oscalBackMatter{Resources: append([]oscalResource{planResource}, files.resources()...)},
	}
	return oscalDocument{AssessmentResults: doc}, nil
}

// buildOSCALPlan is the minimal assessment plan: the controls to assess and
// a test activity per check. Its UUID depends only on the profile and the
// policies, so every run of the same checks imports the same plan.
func buildOSCALPlan(a *assess.Assessment, at, version string) (oscalPlan, error) {
	planUUID := oscalUUID("assessment-plan", a.Profile, a.Tool.Version, a.Tool.PolicyDigest)
	system := oscalResource{
		UUID:  oscalUUID(planUUID, "system"),
		Title: "Evidence repository",
		Description: "No OSCAL system security plan is imported: the system is described by the evidence files " +
			"(access matrices, business associates, encryption, retention, training, security program) that the results list.",
	}
	plan := oscalPlan{
		UUID: planUUID,
		Metadata: oscalMetadata{
			Title:        "HIPAA Security Rule assessment plan, profile " + oscalMarkup(a.Profile),
			LastModified: at,
			Version:      version,
			OSCALVersion: oscalVersion,
		},
		ImportSSP:        oscalImport{Href: "#" + system.UUID},
		ReviewedControls: oscalReviewed(a),
		BackMatter:       &oscalBackMatter{Resources: []oscalResource{system}},
	}
	rules := append([]*policies.Rule(nil), a.Rules...)
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	var acts []oscalActivity
	for _, r := range rules {
		desc := r.Description
		if desc == "" {
			desc = r.Title
		}
		act := oscalActivity{
			UUID:        oscalUUID(planUUID, "activity", r.ID),
			Title:       oscalMarkup(r.ID + " " + r.Title),
			Description: oscalMarkup(desc),
			Props: oscalProps(
				oscalProp{Name: "method", Value: "TEST"},
				oscalProp{Name: "rule-id", NS: oscalNS, Value: oscalValue(r.ID)},
				oscalProp{Name: "citation", NS: oscalNS, Value: oscalValue(r.Citation)},
				oscalProp{Name: "severity", NS: oscalNS, Value: r.Severity.String()},
			),
		}
		citation := r.Citation
		if c, ok := lookupControl(a, r.Citation); ok {
			citation = c.Citation
		}
		act.RelatedControls = &oscalReviewedControls{ControlSelections: []oscalControlSelection{{
			IncludeControls: []oscalSelectControl{{ControlID: oscalToken(citation)}},
		}}}
		acts = append(acts, act)
	}
	if len(acts) > 0 {
		plan.LocalDefinitions = &oscalPlanLocal{Activities: acts}
	}
	return plan, nil
}

func oscalResultProps(a *assess.Assessment) []oscalProp {
	s := a.Summarize()
	return oscalProps(
		oscalProp{Name: "as-of", NS: oscalNS, Value: oscalValue(a.AsOf)},
		oscalProp{Name: "profile", NS: oscalNS, Value: oscalValue(a.Profile)},
		oscalProp{Name: "tool-version", NS: oscalNS, Value: oscalValue(a.Tool.Version)},
		oscalProp{Name: "policy-digest", NS: oscalNS, Value: oscalValue(a.Tool.PolicyDigest)},
		oscalProp{Name: "evidence-digest", NS: oscalNS, Value: oscalValue(a.Tool.EvidenceDigest)},
		oscalProp{Name: "open-findings", NS: oscalNS, Value: strconv.Itoa(s.Open)},
		oscalProp{Name: "waived-findings", NS: oscalNS, Value: strconv.Itoa(s.Waived)},
		oscalProp{Name: "evidence-errors", NS: oscalNS, Value: strconv.Itoa(s.Errors)},
	)
}

// oscalReviewed selects the controls some check assesses; those that only
// an auditor can decide (status manual) are not reviewed here.
func oscalReviewed(a *assess.Assessment) oscalReviewedControls {
	sel := oscalControlSelection{Description: "Standards and implementation specifications of 45 CFR 164.308-164.316 that a check assesses."}
	for _, c := range a.Controls {
		if c.Status != assess.Manual {
			sel.IncludeControls = append(sel.IncludeControls, oscalSelectControl{ControlID: oscalToken(c.Citation)})
		}
	}
	if len(sel.IncludeControls) == 0 {
		sel.IncludeAll = &struct{}{}
	}
	return oscalReviewedControls{ControlSelections: []oscalControlSelection{sel}}
}

// oscalObserve is the observation of one finding.
func oscalObserve(arUUID, key string, f assess.Finding, files *oscalFiles, at string) oscalObservation {
	title, citation := f.RuleID, ""
	if f.Rule != nil {
		title += " " + f.Rule.Title
		citation = f.Rule.Citation
	}
	status := "open"
	if !f.Open() {
		status = "waived"
	}
	props := []oscalProp{
		{Name: "rule-id", NS: oscalNS, Value: oscalValue(f.RuleID)},
		{Name: "citation", NS: oscalNS, Value: oscalValue(citation)},
		{Name: "severity", NS: oscalNS, Value: f.Severity.String()},
		{Name: "finding-status", NS: oscalNS, Value: status},
		{Name: "fingerprint", NS: oscalNS, Value: oscalValue(f.Fingerprint)},
	}
	if f.New {
		props = append(props, oscalProp{Name: "new", NS: oscalNS, Value: "true"})
	}
	o := oscalObservation{
		UUID:        oscalUUID(arUUID, "observation", key),
		Title:       oscalMarkup(title),
		Description: oscalMarkup(f.Message),
		Props:       oscalProps(props...),
		Methods:     []string{"TEST"},
		Types:       []string{"finding"},
		Collected:   at,
	}
	file := f.Range.Filename
	what := f.Kind
	if f.Document != "" {
		what += " " + f.Document
	}
	if file != "" {
		o.Subjects = []oscalSubject{{SubjectUUID: files.uuid(file), Type: "resource", Title: oscalMarkup(strings.TrimSpace(what))}}
	}
	desc := strings.TrimSpace(what)
	if f.Path != "" {
		desc += ", " + f.Path
	}
	o.RelevantEvidence = []oscalEvidence{{
		Href:        oscalHref(file),
		Description: oscalMarkup(desc),
		Props: oscalProps(
			oscalProp{Name: "file", NS: oscalNS, Value: oscalValue(file)},
			oscalProp{Name: "line", NS: oscalNS, Value: oscalLine(f.Range.Start.Line)},
			oscalProp{Name: "column", NS: oscalNS, Value: oscalLine(f.Range.Start.Column)},
			oscalProp{Name: "path", NS: oscalNS, Value: oscalValue(f.Path)},
			oscalProp{Name: "field", NS: oscalNS, Value: oscalValue(f.Field)},
		),
	}}
	if w := f.Waiver; w != nil {
		r := fmt.Sprintf("Waived until %s by %s: %s", w.Expires, w.ApprovedBy, w.Reason)
		if w.Alternative != "" {
			r += " Alternative measure: " + w.Alternative
		}
		o.Remarks = oscalMarkup(r)
	}
	return o
}

// oscalControlFinding is the status of one control: not satisfied with open
// findings or without the evidence to decide, satisfied when its checks
// found nothing open (a waiver accepts a finding, with its reason in the
// remarks).
func oscalControlFinding(arUUID string, c assess.Control, obsByRule map[string][]string) oscalFinding {
	token := oscalToken(c.Citation)
	checks := strings.Join(c.Rules, ", ")
	st := oscalStatus{State: "satisfied", Reason: "pass"}
	var desc string
	switch c.Status {
	case assess.Gap:
		st = oscalStatus{State: "not-satisfied", Reason: "fail"}
		desc = fmt.Sprintf("%d open finding%s of %s.", c.Findings, plural(c.Findings), checks)
	case assess.Waived:
		st = oscalStatus{State: "satisfied", Reason: "other", Remarks: fmt.Sprintf("%d finding%s waived with a reason, an approver and an expiry date.", c.Waived, plural(c.Waived))}
		desc = fmt.Sprintf("Every finding of %s is waived.", checks)
	case assess.NotAssessed:
		st = oscalStatus{State: "not-satisfied", Reason: "other", Remarks: "Not assessed: the evidence its checks read is absent."}
		desc = fmt.Sprintf("Not assessed: no %s evidence for %s.", strings.Join(c.Missing, ", "), checks)
	default:
		desc = fmt.Sprintf("%s found nothing open.", checks)
	}
	props := []oscalProp{
		{Name: "citation", NS: oscalNS, Value: oscalValue(c.Citation)},
		{Name: "level", NS: oscalNS, Value: oscalValue(c.Level)},
		{Name: "safeguard", NS: oscalNS, Value: oscalValue(c.Safeguard)},
		{Name: "specification", NS: oscalNS, Value: oscalValue(c.Spec)},
		{Name: "status", NS: oscalNS, Value: string(c.Status)},
	}
	for _, n := range c.NIST {
		props = append(props, oscalProp{Name: "nist-800-53", NS: oscalNS, Value: oscalValue(n)})
	}
	f := oscalFinding{
		UUID:        oscalUUID(arUUID, "finding", token),
		Title:       oscalMarkup("45 CFR " + c.Citation + " " + c.Title),
		Description: oscalMarkup(desc),
		Props:       oscalProps(props...),
		Target:      oscalTarget{Type: "objective-id", TargetID: token, Title: oscalMarkup(c.Title), Status: st},
	}
	for _, id := range c.Rules {
		for _, u := range obsByRule[id] {
			f.RelatedObservations = append(f.RelatedObservations, oscalRelatedObservation{ObservationUUID: u})
		}
	}
	return f
}

// oscalFiles are the evidence files as back-matter resources, which
// observations name as their subjects.
type oscalFiles struct {
	byPath map[string]oscalResource
}

func newOSCALFiles(a *assess.Assessment) *oscalFiles {
	fs := &oscalFiles{byPath: map[string]oscalResource{}}
	for _, f := range a.Files {
		if f.Documents == 0 {
			continue
		}
		r := oscalResource{
			UUID:  oscalUUID("evidence-file", f.Path, f.SHA256),
			Title: oscalMarkup(f.Path),
			Props: oscalProps(oscalProp{Name: "format", NS: oscalNS, Value: oscalValue(f.Format)},
				oscalProp{Name: "documents", NS: oscalNS, Value: strconv.Itoa(f.Documents)}),
		}
		link := oscalRLink{Href: oscalHref(f.Path), MediaType: oscalMediaType(f.Format)}
		if v := oscalValue(f.SHA256); v != "" {
			link.Hashes = []oscalHash{{Algorithm: "SHA-256", Value: v}}
		}
		r.RLinks = []oscalRLink{link}
		fs.byPath[f.Path] = r
	}
	return fs
}

// uuid returns the resource of a file, adding one for a file the findings
// name but the evidence list does not.
func (fs *oscalFiles) uuid(path string) string {
	r, ok := fs.byPath[path]
	if !ok {
		r = oscalResource{UUID: oscalUUID("evidence-file", path), Title: oscalMarkup(path), RLinks: []oscalRLink{{Href: oscalHref(path)}}}
		fs.byPath[path] = r
	}
	return r.UUID
}

func (fs *oscalFiles) resources() []oscalResource {
	paths := make([]string, 0, len(fs.byPath))
	for p := range fs.byPath {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	out := make([]oscalResource, 0, len(paths))
	for _, p := range paths {
		out = append(out, fs.byPath[p])
	}
	return out
}

func oscalMediaType(format string) string {
	switch format {
	case "yaml":
		return "application/yaml"
	case "hcl":
		return "text/plain"
	}
	return ""
}

// oscalToken turns a citation into an OSCAL token (an XML NCName):
// 164.312(a)(2)(iv) becomes hipaa-164.312-a-2-iv. The citation itself is
// carried in a "citation" property beside it.
func oscalToken(citation string) string {
	parts := strings.FieldsFunc(citation, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '_')
	})
	return strings.Join(append([]string{"hipaa"}, parts...), "-")
}

// oscalHref is a file path as a relative URI reference, relative to the
// scanned folder: spaces and the like percent-encoded.
func oscalHref(path string) string {
	if path == "" {
		return ""
	}
	return (&url.URL{Path: path}).String()
}

// oscalValue fits a value to OSCAL's string type, which has no leading,
// trailing or repeated line-breaking white space: runs of white space
// become one space. An empty result drops the property.
func oscalValue(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func oscalLine(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// oscalProps drops properties without a value (OSCAL requires one).
func oscalProps(ps ...oscalProp) []oscalProp {
	var out []oscalProp
	for _, p := range ps {
		if p.Value != "" {
			out = append(out, p)
		}
	}
	return out
}

// oscalMarkup escapes an evidence value for OSCAL's markup fields (titles,
// descriptions, remarks), which are Markdown: a value is shown as text,
// never read as a link, emphasis, code or HTML, and stays on one line.
func oscalMarkup(s string) string {
	var b strings.Builder
	for _, r := range oneLine(s) {
		if strings.ContainsRune("\\`*_[]<>&!|~#", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// oscalUUID is a UUIDv5 (RFC 9562, section 5.5) in safeguard's namespace of
// the parts joined by "/": stable names give stable identifiers, and no
// random source is read.
func oscalUUID(parts ...string) string {
	ns, _ := hex.DecodeString(strings.ReplaceAll(oscalNamespaceUUID, "-", ""))
	return uuidV5(ns, strings.Join(parts, "/"))
}

// uuidV5 hashes the namespace's 16 bytes and the name with SHA-1 and sets
// the version (5) and variant (10) bits.
func uuidV5(namespace []byte, name string) string {
	h := sha1.New()
	h.Write(namespace)
	h.Write([]byte(name))
	u := h.Sum(nil)[:16]
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	x := hex.EncodeToString(u)
	return x[0:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:32]
}
