package reports

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/policies"
)

// SARIF 2.1.0 as GitHub code scanning ingests it. The document is built from
// the types below, not from github.com/owenrumney/go-sarif/v3: its generated
// structs tag run.originalUriBaseIds as "originalURIBaseIds", which the
// official schema (additionalProperties: false) rejects, and they fill in
// defaults (ruleIndex -1, kind, language, newlineSequences) that we would
// have to undo. The tests read the output back with go-sarif, validate it
// against the OASIS schema and run Microsoft's SARIF multitool over it.
const (
	sarifVersion = "2.1.0"
	// sarifSchema is the final 2.1.0 schema; the multitool flags drafts.
	sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"
	// sarifInfoURI is where the tool is documented.
	sarifInfoURI = "https://github.com/safeguard-hipaa/safeguard"
	// sarifSrcRoot is the base every artifact URI is relative to: the root
	// of the checkout the scan ran in.
	sarifSrcRoot = "%SRCROOT%"
	// sarifFingerprint keys the finding's semantic fingerprint (rule,
	// document, object path, field): it survives edits that move lines.
	sarifFingerprint = "safeguardFingerprint/v1"
	// ecfrSection is the eCFR page of a Security Rule section; the section
	// number ("164.312") follows.
	ecfrSection = "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C/section-"
	// sarifTaxonomyName names the Security Rule taxonomy.
	sarifTaxonomyName = "HIPAA Security Rule"
	// sarifMaxTags is GitHub's limit on a rule's tags.
	sarifMaxTags = 20
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                   `json:"tool"`
	AutomationDetails  sarifAutomation             `json:"automationDetails"`
	OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds"`
	Invocations        []sarifInvocation           `json:"invocations"`
	Results            []sarifResult               `json:"results"`
	Taxonomies         []sarifTaxonomy             `json:"taxonomies,omitempty"`
	Properties         map[string]any              `json:"properties,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	InformationURI  string      `json:"informationUri"`
	Rules           []sarifRule `json:"rules"`
	// SupportedTaxonomies names the Security Rule taxonomy the rules
	// relate to.
	SupportedTaxonomies []sarifComponentRef `json:"supportedTaxonomies,omitempty"`
}

// sarifTaxonomy is the Security Rule as a SARIF taxonomy: a taxon per
// standard or implementation specification a rule cites.
type sarifTaxonomy struct {
	Name             string           `json:"name"`
	FullName         string           `json:"fullName"`
	Organization     string           `json:"organization"`
	InformationURI   string           `json:"informationUri"`
	ShortDescription sarifMultiformat `json:"shortDescription"`
	Taxa             []sarifTaxon     `json:"taxa"`
}

type sarifTaxon struct {
	ID               string           `json:"id"`
	Name             string           `json:"name"`
	ShortDescription sarifMultiformat `json:"shortDescription"`
	HelpURI          string           `json:"helpUri,omitempty"`
	Properties       sarifTaxonProps  `json:"properties"`
}

type sarifTaxonProps struct {
	Level         string   `json:"level"`
	Standard      string   `json:"standard,omitempty"`
	Safeguard     string   `json:"safeguard"`
	Specification string   `json:"specification"`
	NIST          []string `json:"nist_800_53,omitempty"`
}

type sarifComponentRef struct {
	Name  string `json:"name"`
	Index int    `json:"index"`
}

type sarifRelationship struct {
	Target sarifDescriptorRef `json:"target"`
	Kinds  []string           `json:"kinds"`
}

type sarifDescriptorRef struct {
	ID            string            `json:"id"`
	Index         int               `json:"index"`
	ToolComponent sarifComponentRef `json:"toolComponent"`
}

type sarifAutomation struct {
	ID string `json:"id"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifMultiformat struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string              `json:"id"`
	Name                 string              `json:"name"`
	ShortDescription     sarifMultiformat    `json:"shortDescription"`
	FullDescription      sarifMultiformat    `json:"fullDescription"`
	HelpURI              string              `json:"helpUri,omitempty"`
	Help                 sarifMultiformat    `json:"help"`
	DefaultConfiguration sarifRuleConfig     `json:"defaultConfiguration"`
	Relationships        []sarifRelationship `json:"relationships,omitempty"`
	Properties           sarifRuleProps      `json:"properties"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

// sarifRuleProps are the rule properties GitHub reads (tags,
// security-severity, precision) and the regulation's facts.
type sarifRuleProps struct {
	Tags             []string `json:"tags"`
	SecuritySeverity string   `json:"security-severity"`
	Precision        string   `json:"precision"`
	Severity         string   `json:"severity"`
	Citation         string   `json:"citation"`
	Safeguard        string   `json:"safeguard"`
	Specification    string   `json:"specification"`
	Evidence         []string `json:"evidence,omitempty"`
	NIST             []string `json:"nist_800_53,omitempty"`
	Custom           bool     `json:"custom,omitempty"`
	Proposed         bool     `json:"proposed,omitempty"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifMessage       `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	BaselineState       string             `json:"baselineState,omitempty"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Properties          sarifResultProps   `json:"properties"`
}

type sarifResultProps struct {
	Severity string `json:"severity"`
	Citation string `json:"citation"`
	Kind     string `json:"evidenceKind,omitempty"`
	Document string `json:"document,omitempty"`
	Path     string `json:"path,omitempty"`
	Field    string `json:"field,omitempty"`
}

type sarifSuppression struct {
	Kind          string                `json:"kind"`
	Status        string                `json:"status"`
	Justification string                `json:"justification"`
	Location      *sarifLocation        `json:"location,omitempty"`
	Properties    sarifSuppressionProps `json:"properties"`
}

type sarifSuppressionProps struct {
	ApprovedBy  string `json:"approvedBy"`
	Expires     string `json:"expires"`
	Alternative string `json:"alternative,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           *sarifRegion     `json:"region,omitempty"`
}

type sarifArtifactLoc struct {
	URI         string        `json:"uri,omitempty"`
	URIBaseID   string        `json:"uriBaseId,omitempty"`
	Description *sarifMessage `json:"description,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
}

type sarifNotification struct {
	Level      string          `json:"level"`
	Message    sarifMessage    `json:"message"`
	Locations  []sarifLocation `json:"locations,omitempty"`
	Properties sarifDiagProps  `json:"properties"`
}

type sarifDiagProps struct {
	Code    string `json:"code"`
	Summary string `json:"summary"`
}

// writeSARIF writes the assessment as one SARIF run: a rule for every check
// that ran (not only those with findings), a result for every open finding,
// and the evidence diagnostics as tool execution notifications.
func writeSARIF(w io.Writer, a *assess.Assessment, o Options) error {
	doc, err := buildSARIF(a, o)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write sarif: %w", err)
	}
	return nil
}

func buildSARIF(a *assess.Assessment, o Options) (sarifLog, error) {
	name := a.Tool.Name
	if name == "" {
		name = "safeguard"
	}
	version := a.Tool.Version
	if version == "" {
		version = "dev"
	}
	profile := a.Profile
	if profile == "" {
		profile = "default"
	}
	base := sarifBase(a.Root)

	rules := append([]*policies.Rule(nil), a.Rules...)
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	taxonomy, taxa := sarifTaxonomyOf(a, rules)
	index := make(map[string]int, len(rules))
	sRules := make([]sarifRule, 0, len(rules))
	for _, r := range rules {
		if _, dup := index[r.ID]; dup {
			return sarifLog{}, fmt.Errorf("write sarif: rule id %s listed twice", r.ID)
		}
		index[r.ID] = len(sRules)
		c := controlOf(a, r.Citation)
		sr := sarifRuleOf(r, c)
		if c != nil {
			if ti, ok := taxa[c.Citation]; ok {
				sr.Relationships = []sarifRelationship{{
					Target: sarifDescriptorRef{ID: c.Citation, Index: ti, ToolComponent: sarifComponentRef{Name: sarifTaxonomyName, Index: 0}},
					Kinds:  []string{"superset"},
				}}
			}
		}
		sRules = append(sRules, sr)
	}

	findings := append([]assess.Finding(nil), a.Findings...)
	sort.SliceStable(findings, func(i, j int) bool {
		x, y := findings[i], findings[j]
		if x.Range.Filename != y.Range.Filename {
			return x.Range.Filename < y.Range.Filename
		}
		if x.Range.Start.Line != y.Range.Start.Line {
			return x.Range.Start.Line < y.Range.Start.Line
		}
		if x.Range.Start.Column != y.Range.Start.Column {
			return x.Range.Start.Column < y.Range.Start.Column
		}
		if x.RuleID != y.RuleID {
			return x.RuleID < y.RuleID
		}
		return x.Fingerprint < y.Fingerprint
	})
	results := []sarifResult{}
	for _, f := range findings {
		if f.Waiver != nil && !o.IncludeWaived {
			continue
		}
		i, ok := index[f.RuleID]
		if !ok {
			return sarifLog{}, fmt.Errorf("write sarif: finding of rule %s, which the assessment does not list", f.RuleID)
		}
		loc, ok := sarifLocationOf(base, f.Range)
		if !ok {
			return sarifLog{}, fmt.Errorf("write sarif: finding of rule %s in %s/%s has no file", f.RuleID, f.Kind, f.Document)
		}
		citation := ""
		if f.Rule != nil {
			citation = f.Rule.Citation
		}
		res := sarifResult{
			RuleID:              f.RuleID,
			RuleIndex:           i,
			Level:               sarifLevel(f.Severity),
			Message:             sarifMessage{Text: sentence(f.Message)},
			Locations:           []sarifLocation{loc},
			PartialFingerprints: map[string]string{sarifFingerprint: f.Fingerprint},
			Properties: sarifResultProps{
				Severity: f.Severity.String(), Citation: citation,
				Kind: f.Kind, Document: f.Document, Path: f.Path, Field: f.Field,
			},
		}
		if a.Baseline != "" {
			res.BaselineState = "unchanged"
			if f.New {
				res.BaselineState = "new"
			}
		}
		if w := f.Waiver; w != nil {
			s := sarifSuppression{
				Kind: "external", Status: "accepted", Justification: w.Reason,
				Properties: sarifSuppressionProps{ApprovedBy: w.ApprovedBy, Expires: w.Expires, Alternative: w.Alternative},
			}
			if wl, ok := sarifLocationOf(base, w.At); ok {
				s.Location = &wl
			}
			res.Suppressions = []sarifSuppression{s}
		}
		results = append(results, res)
	}

	notes := []sarifNotification{}
	for _, d := range a.Diagnostics {
		n := sarifNotification{
			Level:      sarifDiagLevel(d.Severity),
			Message:    sarifMessage{Text: diagText(d)},
			Properties: sarifDiagProps{Code: d.Code, Summary: d.Summary},
		}
		if loc, ok := sarifLocationOf(base, d.Subject); ok {
			n.Locations = []sarifLocation{loc}
		}
		notes = append(notes, n)
	}

	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name: name, Version: version, SemanticVersion: semanticVersion(version),
			InformationURI: sarifInfoURI, Rules: sRules,
		}},
		Taxonomies:        taxonomy,
		AutomationDetails: sarifAutomation{ID: "safeguard/" + profile + "/"},
		OriginalURIBaseIDs: map[string]sarifArtifactLoc{
			sarifSrcRoot: {Description: &sarifMessage{Text: "The root of the checkout the evidence was scanned in."}},
		},
		Invocations: []sarifInvocation{{ExecutionSuccessful: true, ToolExecutionNotifications: notes}},
		Results:     results,
		Properties: map[string]any{
			"asOf":           a.AsOf,
			"profile":        a.Profile,
			"policyDigest":   a.Tool.PolicyDigest,
			"evidenceDigest": a.Tool.EvidenceDigest,
		},
	}
	if len(taxonomy) > 0 {
		run.Tool.Driver.SupportedTaxonomies = []sarifComponentRef{{Name: sarifTaxonomyName, Index: 0}}
	}
	return sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}, nil
}

// sarifTaxonomyOf is the taxonomy of the catalog entries the rules cite, in
// regulation order, and each entry's index in it; nil when no rule cites an
// entry the assessment has.
func sarifTaxonomyOf(a *assess.Assessment, rules []*policies.Rule) ([]sarifTaxonomy, map[string]int) {
	cited := map[string]bool{}
	for _, r := range rules {
		if c := controlOf(a, r.Citation); c != nil {
			cited[c.Citation] = true
		}
	}
	idx := map[string]int{}
	var taxa []sarifTaxon
	for _, c := range a.Controls {
		if _, seen := idx[c.Citation]; !cited[c.Citation] || seen {
			continue
		}
		idx[c.Citation] = len(taxa)
		taxa = append(taxa, sarifTaxon{
			ID:               c.Citation,
			Name:             pascalName(c.Title, c.Citation),
			ShortDescription: sarifMultiformat{Text: firstNonEmpty(c.Title, c.Citation)},
			HelpURI:          ecfrLink(c.Citation),
			Properties: sarifTaxonProps{
				Level: c.Level, Standard: c.Standard, Safeguard: c.Safeguard, Specification: c.Spec, NIST: c.NIST,
			},
		})
	}
	if len(taxa) == 0 {
		return nil, idx
	}
	return []sarifTaxonomy{{
		Name:             sarifTaxonomyName,
		FullName:         "HIPAA Security Rule, 45 CFR Part 164 Subpart C",
		Organization:     "U.S. Department of Health and Human Services",
		InformationURI:   strings.TrimSuffix(ecfrSection, "/section-"),
		ShortDescription: sarifMultiformat{Text: "The standards and implementation specifications of the HIPAA Security Rule."},
		Taxa:             taxa,
	}}, idx
}

// controlOf returns the catalog entry the citation names, if the assessment
// has it.
func controlOf(a *assess.Assessment, citation string) *assess.Control {
	for i := range a.Controls {
		c := &a.Controls[i]
		if c.Citation == citation {
			return c
		}
		for _, al := range c.Aliases {
			if al == citation {
				return c
			}
		}
	}
	return nil
}

func sarifRuleOf(r *policies.Rule, c *assess.Control) sarifRule {
	short := firstNonEmpty(r.Title, r.ID)
	full := firstNonEmpty(r.Description, short)
	link := ecfrLink(r.Citation)
	props := sarifRuleProps{
		Tags:             sarifTags(r),
		SecuritySeverity: securitySeverity(r.Severity),
		Precision:        "very-high",
		Severity:         r.Severity.String(),
		Citation:         r.Citation,
		Safeguard:        r.Safeguard,
		Specification:    r.Spec,
		Evidence:         r.Evidence,
		Custom:           r.Custom,
		Proposed:         r.Proposed,
	}
	if c != nil && len(c.NIST) > 0 {
		props.NIST = c.NIST
	}
	return sarifRule{
		ID:                   r.ID,
		Name:                 pascalName(r.Title, r.ID),
		ShortDescription:     sarifMultiformat{Text: short},
		FullDescription:      sarifMultiformat{Text: full},
		HelpURI:              link,
		Help:                 sarifHelp(r, c, link),
		DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(r.Severity)},
		Properties:           props,
	}
}

// sarifHelp is the rule's help: the citation, why it matters and what to
// do, with a link to the regulation's text.
func sarifHelp(r *policies.Rule, c *assess.Control, link string) sarifMultiformat {
	cite := "45 CFR " + r.Citation
	if c != nil && c.Title != "" {
		cite += " (" + c.Title + ")"
	}
	spec := specName(r.Spec)
	var text, md strings.Builder
	fmt.Fprintf(&text, "%s\n\nCitation: %s, %s safeguard, %s.\n", firstNonEmpty(r.Title, r.ID), cite, r.Safeguard, spec)
	fmt.Fprintf(&md, "**%s** (`%s`)\n\n", firstNonEmpty(r.Title, r.ID), r.ID)
	if link != "" {
		fmt.Fprintf(&md, "**Citation:** [%s](%s), %s safeguard, %s.\n", cite, link, r.Safeguard, spec)
		fmt.Fprintf(&text, "Regulation text: %s\n", link)
	} else {
		fmt.Fprintf(&md, "**Citation:** %s, %s safeguard, %s.\n", cite, r.Safeguard, spec)
	}
	why := firstNonEmpty(r.Description, r.Title)
	fmt.Fprintf(&text, "\nWhy it matters: %s\n", why)
	fmt.Fprintf(&md, "\n**Why it matters:** %s\n", why)
	if r.Spec == "addressable" {
		const addr = "Addressable does not mean optional: implement the specification, or document why it is not reasonable and appropriate and the equivalent measure taken instead (45 CFR 164.306(d)(3))."
		fmt.Fprintf(&text, "\n%s\n", addr)
		fmt.Fprintf(&md, "\n%s\n", addr)
	}
	if r.Remediation != "" {
		fmt.Fprintf(&text, "\nRemediation: %s\n", r.Remediation)
		fmt.Fprintf(&md, "\n**Remediation:** %s\n", r.Remediation)
	}
	if len(r.Evidence) > 0 {
		fmt.Fprintf(&text, "\nEvidence read: %s.\n", strings.Join(r.Evidence, ", "))
		fmt.Fprintf(&md, "\n**Evidence read:** %s\n", "`"+strings.Join(r.Evidence, "`, `")+"`")
	}
	if c != nil && len(c.NIST) > 0 {
		fmt.Fprintf(&text, "\nNIST SP 800-53 Rev. 5: %s.\n", strings.Join(c.NIST, ", "))
		fmt.Fprintf(&md, "\n**NIST SP 800-53 Rev. 5:** %s\n", strings.Join(c.NIST, ", "))
	}
	fmt.Fprintf(&text, "\nExplain it locally with: safeguard explain %s\n", r.ID)
	fmt.Fprintf(&md, "\nExplain it locally with `safeguard explain %s`.\n", r.ID)
	return sarifMultiformat{Text: text.String(), Markdown: md.String()}
}

func specName(spec string) string {
	switch spec {
	case "required":
		return "Required implementation specification"
	case "addressable":
		return "Addressable implementation specification"
	default:
		return "standard"
	}
}

var (
	ecfrSectionRe = regexp.MustCompile(`^164\.3\d\d$`)
	ecfrParaRe    = regexp.MustCompile(`^(\([0-9A-Za-z]+\))+$`)
)

// ecfrLink points at the citation's paragraph on eCFR, or is empty for a
// citation outside the Security Rule.
func ecfrLink(citation string) string {
	c := strings.TrimSpace(citation)
	section, rest, _ := strings.Cut(c, "(")
	if !ecfrSectionRe.MatchString(section) {
		return ""
	}
	u := ecfrSection + section
	if rest != "" && ecfrParaRe.MatchString("("+rest) {
		// eCFR anchors each paragraph as p-164.312(a)(2)(iv).
		u += "#p-" + c
	}
	return u
}

// sarifTags are the rule's tags: "security" (GitHub shows security-severity
// only for it), "hipaa", the safeguard, the specification, the citation and
// the evidence kinds; unique, at most sarifMaxTags.
func sarifTags(r *policies.Rule) []string {
	cand := []string{"security", "hipaa", "compliance", r.Safeguard, r.Spec}
	if r.Citation != "" {
		cand = append(cand, "45-cfr-"+r.Citation)
	}
	for _, k := range r.Evidence {
		cand = append(cand, strings.ToLower(k))
	}
	if r.Proposed {
		cand = append(cand, "proposed-rule")
	}
	seen := map[string]bool{}
	tags := []string{}
	for _, t := range cand {
		t = strings.TrimSpace(t)
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		tags = append(tags, t)
		if len(tags) == sarifMaxTags {
			break
		}
	}
	return tags
}

// securitySeverity is the CVSS-like score GitHub maps to its severity
// buckets: over 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, under 4 low.
func securitySeverity(s policies.Severity) string {
	switch s {
	case policies.Critical:
		return "9.5"
	case policies.High:
		return "8.0"
	case policies.Medium:
		return "5.5"
	case policies.Low:
		return "3.0"
	default:
		return "1.0"
	}
}

func sarifLevel(s policies.Severity) string {
	switch {
	case s >= policies.High:
		return "error"
	case s == policies.Medium:
		return "warning"
	default:
		return "note"
	}
}

func sarifDiagLevel(s diag.Severity) string {
	if s == diag.Error {
		return "error"
	}
	return "warning"
}

func diagText(d diag.Diagnostic) string {
	msg := d.Code + ": " + sentence(d.Summary)
	if d.Detail != "" {
		msg += " " + sentence(d.Detail)
	}
	return msg
}

// sentence ends a message with a full stop, as SARIF asks of plain-text
// messages, without touching the text before it.
func sentence(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return s
	}
	return s + "."
}

// sarifBase is the scanned root as a prefix of artifact URIs: a relative
// root inside the working directory is where the files sit in the checkout
// (safeguard scan evidence/ in a GitHub Action); any other root gives URIs
// relative to itself.
func sarifBase(root string) string {
	if root == "" || filepath.IsAbs(root) {
		return ""
	}
	r := path.Clean(filepath.ToSlash(root))
	if r == "." || r == ".." || strings.HasPrefix(r, "../") || strings.HasPrefix(r, "/") {
		return ""
	}
	return r
}

// sarifURI percent-encodes each segment of a relative path ("access/epic
// ehr.yaml" becomes "access/epic%20ehr.yaml"), keeping the separators. A
// colon is encoded too, so no segment reads as a URI scheme.
func sarifURI(base, file string) string {
	p := strings.TrimPrefix(path.Clean(filepath.ToSlash(file)), "/")
	if base != "" {
		// Clean again: a --config beside the root is "../x.yaml".
		p = path.Clean(base + "/" + p)
	}
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = strings.ReplaceAll(url.PathEscape(s), ":", "%3A")
	}
	return strings.Join(segs, "/")
}

// sarifLocationOf is the range as a SARIF location; false when it names no
// file. Lines and columns are 1-based, and both are always given; an end is
// given only when it lies after the start.
func sarifLocationOf(base string, r diag.Range) (sarifLocation, bool) {
	if r.Filename == "" {
		return sarifLocation{}, false
	}
	// Both starts are clamped to 1, as golangci-lint does: a consumer that
	// reads a missing or zero column as "before the line" misplaces the
	// alert.
	reg := &sarifRegion{StartLine: max(r.Start.Line, 1), StartColumn: max(r.Start.Column, 1)}
	if r.Start.Line >= 1 && r.Start.Column >= 1 && r.End.Line >= 1 && r.End.Column >= 1 &&
		(r.End.Line > r.Start.Line || (r.End.Line == r.Start.Line && r.End.Column > r.Start.Column)) {
		reg.EndLine, reg.EndColumn = r.End.Line, r.End.Column
	}
	return sarifLocation{PhysicalLocation: sarifPhysical{
		ArtifactLocation: sarifArtifactLoc{URI: sarifURI(base, r.Filename), URIBaseID: sarifSrcRoot},
		Region:           reg,
	}}, true
}

var semverRe = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)

// semanticVersion is the version in Semantic Versioning 2.0 form, or empty
// for a build that has none ("dev").
func semanticVersion(v string) string {
	v = strings.TrimPrefix(v, "v")
	if semverRe.MatchString(v) {
		return v
	}
	return ""
}

// pascalName turns a title into a rule name: "No shared logins for people"
// becomes "NoSharedLoginsForPeople".
func pascalName(title, id string) string {
	var b strings.Builder
	for _, word := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		rs := []rune(word)
		b.WriteRune(unicode.ToUpper(rs[0]))
		b.WriteString(string(rs[1:]))
	}
	if b.Len() == 0 {
		return strings.ReplaceAll(id, "-", "")
	}
	return b.String()
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}
