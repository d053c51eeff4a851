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

	// Waivers. Matched counts are final before any finding takes a copy of
	// its waiver, so every copy agrees with the waiver list.
	ws := append([]Waiver(nil), in.Waivers...)
	cover := make([]int, len(in.Findings)) // the live waiver covering each finding, or -1
	for i := range ws {
		ws[i].Matched = 0
	}
	for j, pf := range in.Findings {
		cover[j] = -1
		for i := range ws {
			if ws[i].Live(in.AsOf) && ws[i].matches(pf) {
				ws[i].Matched++
				cover[j] = i
				break
			}
		}
	}
	// An expired waiver counts the findings it would cover: they are the
	// ones that count again.
	for _, pf := range in.Findings {
		for i := range ws {
			if !ws[i].Live(in.AsOf) && ws[i].matches(pf) {
				ws[i].Matched++
			}
		}
	}
	for _, w := range ws {
		if !w.Live(in.AsOf) {
			a.Expired = append(a.Expired, w)
			a.Diagnostics = append(a.Diagnostics, diag.Warnf(diag.CodeWaiverExpired, w.At, "Waiver expired",
				"The waiver of %s (%s) was in force through %s; as of %s it no longer waives, and the %d finding%s it covered count again. Renew it with a new review, or fix the finding.",
				w.Rule, w.Reason, w.Expires, in.AsOf, w.Matched, plural(w.Matched)))
			continue
		}
		switch _, active := rules[w.Rule]; {
		case !active:
			a.Diagnostics = append(a.Diagnostics, diag.Warnf(diag.CodeWaiverUnused, w.At, "Waiver names no active rule",
				"No rule %q runs in profile %s; check the id with `safeguard explain`.", w.Rule, in.Profile))
		case w.Matched == 0:
			a.Diagnostics = append(a.Diagnostics, diag.Warnf(diag.CodeWaiverUnused, w.At, "Waiver matches nothing",
				"The waiver of %s matches no finding; remove it, or check its entity and file.", w.Rule))
		}
		a.Waivers = append(a.Waivers, w)
	}

	for j, pf := range in.Findings {
		f := Finding{Finding: pf, Rule: rules[pf.RuleID]}
		if f.Rule == nil {
			return nil, fmt.Errorf("build assessment: finding of unknown rule %s", pf.RuleID)
		}
		if i := cover[j]; i >= 0 {
			cp := ws[i]
			f.Waiver = &cp
		}
		if in.Baseline != nil {
			f.New = !in.Baseline[pf.Fingerprint]
		}
		a.Findings = append(a.Findings, f)
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

// Live reports whether the waiver still waives on the as-of date. A waiver
// is in force through its expiry date and expired from the day after, as a
// BAA's expires date is (lib.expired); dates are YYYY-MM-DD, so they compare
// as strings.
func (w *Waiver) Live(asOf string) bool { return w.Expires != "" && w.Expires >= asOf }

// matches reports whether the waiver covers the finding. Entity matches the
// document name (or Kind/name), the object's id in its path ("jdoe" in
// spec.users[jdoe].mfa), or the path or a prefix of it that ends at an
// object ("spec.users[jdoe]"). File is the file's path relative to the
// scanned root, a path.Match glob, or a folder holding it.
func (w *Waiver) matches(f policies.Finding) bool {
	if w.Rule != f.RuleID {
		return false
	}
	if w.File != "" && !matchFile(w.File, f.Range.Filename) {
		return false
	}
	if w.Entity != "" && !matchEntity(w.Entity, f) {
		return false
	}
	return true
}

func matchFile(pattern, file string) bool {
	pattern = strings.TrimPrefix(pattern, "./")
	if pattern == file {
		return true
	}
	if ok, _ := path.Match(pattern, file); ok {
		return true
	}
	dir := strings.TrimSuffix(pattern, "/")
	return dir != "" && strings.HasPrefix(file, dir+"/")
}

func matchEntity(e string, f policies.Finding) bool {
	switch {
	case e == f.Document, e == f.Kind+"/"+f.Document, e == f.Path:
		return true
	case strings.HasPrefix(f.Path, e+".") || strings.HasPrefix(f.Path, e+"["):
		return true
	}
	return strings.Contains(f.Path, "["+e+"]")
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
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
