// Package catalog is the HIPAA Security Rule matrix (45 CFR 164.308-164.316,
// Appendix A to Subpart C): every standard and implementation
// specification, Required or Addressable, with the NIST SP 800-53 Rev. 5
// controls NIST SP 800-66r2 maps it to. It is data, embedded in the binary;
// the checks that assess each entry come from the policies' METADATA, not
// from here.
package catalog

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
)

//go:embed security_rule.json
var data []byte

// Entry is one standard or implementation specification.
type Entry struct {
	// Citation is the paragraph, e.g. "164.312(a)(2)(iv)".
	Citation string `json:"citation"`
	// Aliases are other citations for the same entry: the Appendix A form
	// 164.308(b)(1) of the written contract specification, now (b)(3), and
	// NIST's forms without a trailing (1).
	Aliases []string `json:"aliases,omitempty"`
	Title   string   `json:"title"`
	// Level is "standard" or "implementation".
	Level string `json:"level"`
	// Standard is the citation of the standard an implementation
	// specification belongs to; empty for a standard.
	Standard  string `json:"standard,omitempty"`
	Safeguard string `json:"safeguard"` // administrative|physical|technical|organizational|documentation
	// Spec is "required" or "addressable".
	Spec string `json:"specification"`
	// NIST lists SP 800-53 Rev. 5 controls (informative mapping).
	NIST []string `json:"nist_800_53"`
	// Evidence lists the evidence kinds that can speak to the entry.
	Evidence []string `json:"evidence,omitempty"`
	// Manual says what an auditor should ask for where no check can decide.
	Manual string `json:"manual,omitempty"`
	// NoCheck says, for an entry no check can decide, why not: what the
	// evidence kinds do not record.
	NoCheck string `json:"no_check,omitempty"`
	// Activities are NIST SP 800-66r2's key activities: what good looks like.
	Activities []string `json:"activities,omitempty"`
}

// Catalog is the loaded matrix.
type Catalog struct {
	entries []Entry
	index   map[string]int
}

// Load reads the embedded matrix.
func Load() (*Catalog, error) {
	var entries []Entry
	if err := json.Unmarshal(data, &entries); err != nil {
		return nil, fmt.Errorf("load catalog: %w", err)
	}
	c := &Catalog{entries: entries, index: make(map[string]int, len(entries)*2)}
	for i, e := range entries {
		for _, k := range append([]string{e.Citation}, e.Aliases...) {
			if _, dup := c.index[k]; dup {
				return nil, fmt.Errorf("load catalog: citation %s listed twice", k)
			}
			c.index[k] = i
		}
	}
	return c, nil
}

// Entries returns the entries in regulation order.
func (c *Catalog) Entries() []Entry { return c.entries }

// Lookup finds an entry by its citation or an alias.
func (c *Catalog) Lookup(citation string) (Entry, bool) {
	i, ok := c.index[strings.TrimSpace(citation)]
	if !ok {
		return Entry{}, false
	}
	return c.entries[i], true
}

// Children returns the implementation specifications of a standard.
func (c *Catalog) Children(standard string) []Entry {
	var out []Entry
	for _, e := range c.entries {
		if e.Standard == standard {
			out = append(out, e)
		}
	}
	return out
}
