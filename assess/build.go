package assess

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/safeguard-hipaa/safeguard/catalog"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/evidence"
	"github.com/safeguard-hipaa/safeguard/policies"
)

// Inputs is everything an assessment is built from.
type Inputs struct {
	Catalog  *catalog.Catalog
	Rules    []*policies.Rule // the rules active in the profile
	Findings []policies.Finding
	Set      *evidence.Set
	AsOf     string
	Profile  string
	Tool     Tool
	Waivers  []Waiver
	// Baseline holds the fingerprints of a previous report's findings; nil
	// when no baseline was given.
	Baseline     map[string]bool
	BaselinePath string
}

// Build joins findings to rules and the catalog, applies waivers and the
// baseline, and computes every control's status. It decides nothing about
// compliance that a rule did not: it only counts.
func Build(in Inputs) (*Assessment, error) {
	a := &Assessment{
		Tool:        in.Tool,
		AsOf:        in.AsOf,
		Profile:     in.Profile,
		Rules:       in.Rules,
		Files:       in.Set.Files,
		Documents:   map[string]int{},
		Diagnostics: append(diag.Diagnostics(nil), in.Set.Diagnostics...),
		Baseline:    in.BaselinePath,
	}
	a.Root = in.Set.Root
	a.Tool.EvidenceDigest = evidenceDigest(in.Set.Files)
	for _, d := range in.Set.Documents {
		a.Documents[d.Kind.Name]++
	}
	rules := make(map[string]*policies.Rule, len(in.Rules))
	for _, r := range in.Rules {
		rules[r.ID] = r
	}

	// Waivers: expired ones stop waiving and are reported; live ones match
	// by rule, and by entity and file where given.
	var live []*Waiver
	for i := range in.Waivers {
		w := in.Waivers[i]
		if w.Expires < in.AsOf {
			a.Expired = append(a.Expired, w)
			a.Diagnostics = append(a.Diagnostics, diag.Warnf(diag.CodeWaiverExpired, w.At, "Waiver expired",
				"The waiver of %s (%s) expired on %s; its findings count again. Renew it with a new review, or fix the finding.", w.Rule, w.Reason, w.Expires))
			continue
		}
		if _, ok := rules[w.Rule]; !ok {
			a.Diagnostics = append(a.Diagnostics, diag.Warnf(diag.CodeWaiverUnused, w.At, "Waiver names no active rule",
				"No rule %q runs in profile %s; check the id with `safeguard explain`.", w.Rule, in.Profile))
		}
		live = append(live, &w)
	}

	for _, pf := range in.Findings {
		f := Finding{Finding: pf, Rule: rules[pf.RuleID]}
		if f.Rule == nil {
			return nil, fmt.Errorf("build assessment: finding of unknown rule %s", pf.RuleID)
		}
		for _, w := range live {
			if w.matches(pf) {
				w.Matched++
				cp := *w
				f.Waiver = &cp
				break
			}
		}
		if in.Baseline != nil {
			f.New = !in.Baseline[pf.Fingerprint]
		}
		a.Findings = append(a.Findings, f)
	}
	for _, w := range live {
		if w.Matched == 0 {
			if _, ok := rules[w.Rule]; ok {
				a.Diagnostics = append(a.Diagnostics, diag.Warnf(diag.CodeWaiverUnused, w.At, "Waiver matches nothing",
					"The waiver of %s matches no finding; remove it, or check its entity and file.", w.Rule))
			}
		}
		a.Waivers = append(a.Waivers, *w)
	}
	// Matched counts live on the waivers; copy them onto findings' waivers.
	for i := range a.Findings {
		if w := a.Findings[i].Waiver; w != nil {
			for _, lw := range live {
				if lw.Rule == w.Rule && lw.At == w.At {
					w.Matched = lw.Matched
				}
			}
		}
	}
	if in.Baseline != nil {
		current := make(map[string]bool, len(a.Findings))
		for _, f := range a.Findings {
			current[f.Fingerprint] = true
		}
		for fp := range in.Baseline {
			if !current[fp] {
				a.Fixed++
			}
		}
	}
	a.Controls = controls(in.Catalog, in.Rules, a.Findings, a.Documents)
	a.Diagnostics.Sort()
	return a, nil
}

// matches reports whether the waiver covers the finding. Entity matches the
// document name, the object's id in its path ("jdoe" in
// spec.users[jdoe]), or the whole path; File is a path.Match pattern.
func (w *Waiver) matches(f policies.Finding) bool {
	if w.Rule != f.RuleID {
		return false
	}
	if w.File != "" {
		if ok, _ := path.Match(w.File, f.Range.Filename); !ok && w.File != f.Range.Filename {
			return false
		}
	}
	if w.Entity != "" {
		if w.Entity != f.Document && w.Entity != f.Path && !strings.Contains(f.Path, "["+w.Entity+"]") && w.Entity != f.Kind+"/"+f.Document {
			return false
		}
	}
	return true
}

func controls(cat *catalog.Catalog, rules []*policies.Rule, findings []Finding, docs map[string]int) []Control {
	byCitation := map[string][]*policies.Rule{}
	for _, r := range rules {
		e, ok := cat.Lookup(r.Citation)
		if !ok {
			continue
		}
		byCitation[e.Citation] = append(byCitation[e.Citation], r)
		if e.Standard != "" {
			byCitation[e.Standard] = append(byCitation[e.Standard], r)
		}
	}
	findingsByRule := map[string][]Finding{}
	for _, f := range findings {
		findingsByRule[f.RuleID] = append(findingsByRule[f.RuleID], f)
	}
	var out []Control
	for _, e := range cat.Entries() {
		c := Control{Entry: e}
		rs := byCitation[e.Citation]
		if len(rs) == 0 {
			c.Status = Manual
			out = append(out, c)
			continue
		}
		missing := map[string]bool{}
		assessable := 0
		for _, r := range rs {
			c.Rules = append(c.Rules, r.ID)
			ok := true
			for _, k := range r.Evidence {
				if docs[k] == 0 {
					missing[k] = true
					ok = false
				}
			}
			if ok {
				assessable++
			}
			for _, f := range findingsByRule[r.ID] {
				if f.Waiver != nil {
					c.Waived++
				} else {
					c.Findings++
				}
			}
		}
		sort.Strings(c.Rules)
		c.Rules = compact(c.Rules)
		switch {
		case c.Findings > 0:
			c.Status = Gap
		case c.Waived > 0:
			c.Status = Waived
		case assessable == 0:
			c.Status = NotAssessed
		default:
			c.Status = Satisfied
		}
		if assessable == 0 || c.Status == NotAssessed {
			for k := range missing {
				c.Missing = append(c.Missing, k)
			}
			sort.Strings(c.Missing)
		}
		out = append(out, c)
	}
	return out
}

func compact(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// evidenceDigest identifies the evidence read: each file's path and hash.
func evidenceDigest(files []evidence.FileInfo) string {
	h := sha256.New()
	for _, f := range files {
		fmt.Fprintf(h, "%s\x00%s\n", f.Path, f.SHA256)
	}
	return hex.EncodeToString(h.Sum(nil))
}
