package catalog

import (
	"bufio"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// evidenceKinds are the six evidence kinds (evidence.KindNames; not imported
// so this package stays standard library only).
var evidenceKinds = []string{"AccessMatrix", "BusinessAssociates", "RetentionSchedule", "EncryptionConfig", "TrainingRoster", "SecurityProgram"}

// citationPattern is the shape of a paragraph of 164.308-164.316, with up to
// four designators: lowercase letters, numbers, roman numerals and the
// uppercase letters of 164.308(a)(1)(ii)(A). Rules cite catalog entries, so
// a rule's citation check must accept every citation and alias here.
var citationPattern = regexp.MustCompile(`^164\.3(0[68]|1[0246])(\([a-zA-Z0-9]+\)){1,4}$`)

// nistPattern is an SP 800-53 control or enhancement: "AC-2", "CP-9(1)".
var nistPattern = regexp.MustCompile(`^[A-Z]{2}-[0-9]{1,2}(\([0-9]{1,2}\))?$`)

// sections maps a section of Subpart C to its safeguard.
var sections = map[string]string{
	"164.308": "administrative",
	"164.310": "physical",
	"164.312": "technical",
	"164.314": "organizational",
	"164.316": "documentation",
}

func load(t *testing.T) *Catalog {
	t.Helper()
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// appendixA reports whether an entry is in the matrix of Appendix A to
// Subpart C, which covers 164.308, 164.310 and 164.312 only.
func appendixA(e Entry) bool {
	switch e.Safeguard {
	case "administrative", "physical", "technical":
		return true
	}
	return false
}

func TestCounts(t *testing.T) {
	c := load(t)
	count := func(keep func(Entry) bool) int {
		n := 0
		for _, e := range c.Entries() {
			if keep(e) {
				n++
			}
		}
		return n
	}
	std := func(e Entry) bool { return e.Level == "standard" }
	impl := func(e Entry) bool { return e.Level == "implementation" }
	tests := []struct {
		name string
		keep func(Entry) bool
		want int
	}{
		{"entries", func(Entry) bool { return true }, 65},
		{"standards", std, 22},
		{"implementation specifications", impl, 43},
		{"Appendix A standards", func(e Entry) bool { return std(e) && appendixA(e) }, 18},
		{"Appendix A specifications", func(e Entry) bool { return impl(e) && appendixA(e) }, 36},
		{"Appendix A required", func(e Entry) bool { return impl(e) && appendixA(e) && e.Spec == "required" }, 14},
		{"Appendix A addressable", func(e Entry) bool { return impl(e) && appendixA(e) && e.Spec == "addressable" }, 22},
		{"specifications outside Appendix A", func(e Entry) bool { return impl(e) && !appendixA(e) }, 7},
		{"addressable outside Appendix A", func(e Entry) bool { return !appendixA(e) && e.Spec == "addressable" }, 0},
		{"addressable standards", func(e Entry) bool { return std(e) && e.Spec != "required" }, 0},
		{"standards without specifications", func(e Entry) bool { return std(e) && len(c.Children(e.Citation)) == 0 }, 7},
		{"Appendix A standards without specifications", func(e Entry) bool { return std(e) && appendixA(e) && len(c.Children(e.Citation)) == 0 }, 6},
		{"administrative standards", func(e Entry) bool { return std(e) && e.Safeguard == "administrative" }, 9},
		{"physical standards", func(e Entry) bool { return std(e) && e.Safeguard == "physical" }, 4},
		{"technical standards", func(e Entry) bool { return std(e) && e.Safeguard == "technical" }, 5},
		{"organizational standards", func(e Entry) bool { return std(e) && e.Safeguard == "organizational" }, 2},
		{"documentation standards", func(e Entry) bool { return std(e) && e.Safeguard == "documentation" }, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := count(tt.keep); got != tt.want {
				t.Errorf("%d %s, want %d", got, tt.name, tt.want)
			}
		})
	}
}

func TestEntries(t *testing.T) {
	c := load(t)
	seen := map[string]string{}
	for _, e := range c.Entries() {
		t.Run(e.Citation, func(t *testing.T) {
			for _, k := range append([]string{e.Citation}, e.Aliases...) {
				if prev, dup := seen[k]; dup {
					t.Errorf("%s is listed by %s and %s", k, prev, e.Citation)
				}
				seen[k] = e.Citation
				if !citationPattern.MatchString(k) {
					t.Errorf("citation %q has not the shape of a 164.3xx paragraph", k)
				}
				if sg := sections[k[:min(len(k), 7)]]; sg != e.Safeguard {
					t.Errorf("%s: safeguard %q, want %q for its section", k, e.Safeguard, sg)
				}
			}
			if strings.TrimSpace(e.Title) == "" {
				t.Error("no title")
			}
			if strings.TrimSpace(e.Manual) == "" {
				t.Error("no manual text")
			}
			if len(e.NIST) == 0 {
				t.Error("no NIST SP 800-53 controls")
			}
			for _, n := range e.NIST {
				if !nistPattern.MatchString(n) {
					t.Errorf("NIST control %q is not like AC-2 or CP-9(1)", n)
				}
			}
			if n := len(e.Activities); n < 2 || n > 4 {
				t.Errorf("%d key activities, want 2 to 4", n)
			}
			if e.Spec != "required" && e.Spec != "addressable" {
				t.Errorf("specification %q, want required or addressable", e.Spec)
			}
			for i, k := range e.Evidence {
				if !slices.Contains(evidenceKinds, k) {
					t.Errorf("evidence %q is not one of %s", k, strings.Join(evidenceKinds, ", "))
				}
				if slices.Contains(e.Evidence[:i], k) {
					t.Errorf("evidence %q listed twice", k)
				}
			}
			switch e.Level {
			case "standard":
				if e.Standard != "" {
					t.Errorf("standard names a parent standard %s", e.Standard)
				}
			case "implementation":
				checkSpec(t, c, e)
			default:
				t.Errorf("level %q, want standard or implementation", e.Level)
			}
		})
	}
}

// checkSpec holds an implementation specification to its standard.
func checkSpec(t *testing.T, c *Catalog, e Entry) {
	t.Helper()
	std, ok := c.Lookup(e.Standard)
	switch {
	case !ok:
		t.Fatalf("standard %q is not in the catalog", e.Standard)
	case std.Citation != e.Standard:
		t.Fatalf("standard %q is an alias of %s; name the citation", e.Standard, std.Citation)
	case std.Level != "standard":
		t.Fatalf("standard %s is a %s", std.Citation, std.Level)
	}
	if std.Safeguard != e.Safeguard {
		t.Errorf("safeguard %s, its standard %s is %s", e.Safeguard, std.Citation, std.Safeguard)
	}
	if !paragraphOf(c, e.Citation, std.Citation) {
		t.Errorf("citation is not a paragraph of its standard %s", std.Citation)
	}
	for _, n := range e.NIST {
		if !slices.Contains(std.NIST, n) {
			t.Errorf("NIST control %s is not in its standard's union %v", n, std.NIST)
		}
	}
	for _, k := range e.Evidence {
		if !slices.Contains(std.Evidence, k) {
			t.Errorf("evidence %s is not among its standard's %v", k, std.Evidence)
		}
	}
}

// paragraphOf reports whether spec sits under standard: below it
// (164.308(a)(1)(ii)(A) under 164.308(a)(1)), or beside a standard at (1)
// (164.310(a)(2)(i) beside 164.310(a)(1)) when no other standard is above it.
func paragraphOf(c *Catalog, spec, standard string) bool {
	if strings.HasPrefix(spec, standard+"(") {
		return true
	}
	parent, ok := strings.CutSuffix(standard, "(1)")
	if !ok || !strings.HasPrefix(spec, parent+"(") {
		return false
	}
	for _, e := range c.Entries() {
		if e.Level == "standard" && strings.HasPrefix(spec, e.Citation+"(") {
			return false
		}
	}
	return true
}

// TestOrder checks regulation order: sections ascend, and each standard is
// followed by its own specifications and nothing else.
func TestOrder(t *testing.T) {
	c := load(t)
	var std Entry
	section := ""
	for _, e := range c.Entries() {
		if s := e.Citation[:7]; s != section {
			if s < section {
				t.Errorf("%s comes after section %s", e.Citation, section)
			}
			section = s
		}
		if e.Level == "standard" {
			std = e
			continue
		}
		if e.Standard != std.Citation {
			t.Errorf("%s (of %s) follows standard %s", e.Citation, e.Standard, std.Citation)
		}
	}
}

func TestLookup(t *testing.T) {
	c := load(t)
	tests := []struct {
		cite     string
		citation string
		title    string
		level    string
		spec     string
	}{
		{"164.310(a)", "164.310(a)(1)", "Facility access controls", "standard", "required"},
		{"164.310(a)(1)", "164.310(a)(1)", "Facility access controls", "standard", "required"},
		{"164.308(a)(3)(ii)(B)", "164.308(a)(3)(ii)(B)", "Workforce clearance procedure", "implementation", "addressable"},
		{"164.312(d)", "164.312(d)", "Person or entity authentication", "standard", "required"},
		{"164.312(a)(2)(iv)", "164.312(a)(2)(iv)", "Encryption and decryption", "implementation", "addressable"},
		{"164.312(e)(2)(i)", "164.312(e)(2)(i)", "Integrity controls", "implementation", "addressable"},
		{"164.308(a)(1)(ii)(D)", "164.308(a)(1)(ii)(D)", "Information system activity review", "implementation", "required"},
		{"164.308(a)(4)(ii)(A)", "164.308(a)(4)(ii)(A)", "Isolating health care clearinghouse functions", "implementation", "required"},
		{"164.308(a)(5)(i)", "164.308(a)(5)", "Security awareness and training", "standard", "required"},
		// Appendix A's form of the written contract is the standard's own
		// citation, so it finds the standard, not the specification.
		{"164.308(b)(1)", "164.308(b)(1)", "Business associate contracts and other arrangements", "standard", "required"},
		{"164.308(b)(3)", "164.308(b)(3)", "Written contract or other arrangement", "implementation", "required"},
		{"164.314(a)", "164.314(a)(1)", "Business associate contracts or other arrangements", "standard", "required"},
		{"164.314(a)(2)(i)(C)", "164.314(a)(2)(i)", "Business associate contracts", "implementation", "required"},
		{"164.314(a)(2)(iii)", "164.314(a)(2)(iii)", "Business associate contracts with subcontractors", "implementation", "required"},
		{"164.314(b)(2)(iv)", "164.314(b)(2)", "Plan documents", "implementation", "required"},
		{"164.316(a)", "164.316(a)", "Policies and procedures", "standard", "required"},
		{"164.316(b)", "164.316(b)(1)", "Documentation", "standard", "required"},
		{"164.316(b)(2)(i)", "164.316(b)(2)(i)", "Time limit", "implementation", "required"},
		{" 164.312(b) ", "164.312(b)", "Audit controls", "standard", "required"},
	}
	for _, tt := range tests {
		t.Run(tt.cite, func(t *testing.T) {
			e, ok := c.Lookup(tt.cite)
			if !ok {
				t.Fatalf("Lookup(%q) found nothing", tt.cite)
			}
			if e.Citation != tt.citation || e.Title != tt.title || e.Level != tt.level || e.Spec != tt.spec {
				t.Errorf("Lookup(%q) = %s %q %s %s, want %s %q %s %s", tt.cite, e.Citation, e.Title, e.Level, e.Spec, tt.citation, tt.title, tt.level, tt.spec)
			}
		})
	}
	for _, cite := range []string{"164.308(a)", "164.312(a)(2)(v)", "164.306(a)", "164.308(a)(1)(ii)", "164.316(b)(2)", ""} {
		if e, ok := c.Lookup(cite); ok {
			t.Errorf("Lookup(%q) = %s, want nothing", cite, e.Citation)
		}
	}
}

func TestChildren(t *testing.T) {
	c := load(t)
	tests := []struct {
		standard string
		want     int
	}{
		{"164.308(a)(1)", 4}, {"164.308(a)(2)", 0}, {"164.308(a)(3)", 3}, {"164.308(a)(4)", 3},
		{"164.308(a)(5)", 4}, {"164.308(a)(6)", 1}, {"164.308(a)(7)", 5}, {"164.308(a)(8)", 0},
		{"164.308(b)(1)", 1},
		{"164.310(a)(1)", 4}, {"164.310(b)", 0}, {"164.310(c)", 0}, {"164.310(d)(1)", 4},
		{"164.312(a)(1)", 4}, {"164.312(b)", 0}, {"164.312(c)(1)", 1}, {"164.312(d)", 0}, {"164.312(e)(1)", 2},
		{"164.314(a)(1)", 3}, {"164.314(b)(1)", 1},
		{"164.316(a)", 0}, {"164.316(b)(1)", 3},
	}
	total := 0
	for _, tt := range tests {
		t.Run(tt.standard, func(t *testing.T) {
			e, ok := c.Lookup(tt.standard)
			if !ok || e.Level != "standard" {
				t.Fatalf("%s is not a standard of the catalog", tt.standard)
			}
			if got := len(c.Children(tt.standard)); got != tt.want {
				t.Errorf("Children(%s) has %d entries, want %d", tt.standard, got, tt.want)
			}
		})
		total += tt.want
	}
	if total != 43 {
		t.Errorf("the table counts %d specifications, want 43", total)
	}
}

// ruleLine finds the METADATA fields of a rule that the catalog must agree
// with: "#   citation: 164.312(a)(1)".
var ruleLine = regexp.MustCompile(`^#\s*(citation|safeguard|specification):\s*"?([^"\s]*)"?\s*$`)

type ruleMeta struct {
	file, citation, safeguard, spec string
	line                            int
}

// ruleMetadata reads every METADATA block with a citation from the rules
// under dir, test files aside.
func ruleMetadata(t *testing.T, dir string) []ruleMeta {
	t.Helper()
	var out []ruleMeta
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".rego") || strings.HasSuffix(path, "_test.rego") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		var cur *ruleMeta
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if line == "# METADATA" || !strings.HasPrefix(line, "#") {
				if cur != nil && cur.citation != "" {
					out = append(out, *cur)
				}
				cur = nil
				if line == "# METADATA" {
					cur = &ruleMeta{file: path}
				}
				continue
			}
			m := ruleLine.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			if cur == nil { // a citation outside a METADATA block
				cur = &ruleMeta{file: path}
			}
			switch m[1] {
			case "citation":
				cur.citation, cur.line = m[2], n
			case "safeguard":
				cur.safeguard = m[2]
			case "specification":
				cur.spec = m[2]
			}
		}
		if cur != nil && cur.citation != "" {
			out = append(out, *cur)
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatalf("read rules: %v", err)
	}
	return out
}

// TestRuleCitations holds the shipped rules to the catalog: a misspelt or
// invented citation, or a safeguard or specification that disagrees with the
// catalog, fails here rather than at run time.
func TestRuleCitations(t *testing.T) {
	c := load(t)
	rules := ruleMetadata(t, filepath.Join("..", "policies", "rules"))
	if len(rules) == 0 {
		t.Fatal("no citations found under ../policies/rules")
	}
	for _, r := range rules {
		e, ok := c.Lookup(r.citation)
		if !ok {
			t.Errorf("%s:%d cites %s, which is no citation or alias of the catalog", r.file, r.line, r.citation)
			continue
		}
		if r.safeguard != "" && r.safeguard != e.Safeguard {
			t.Errorf("%s:%d: safeguard %s, but %s is %s", r.file, r.line, r.safeguard, e.Citation, e.Safeguard)
		}
		if r.spec != "" && r.spec != e.Spec {
			t.Errorf("%s:%d: specification %s, but %s (%s) is %s", r.file, r.line, r.spec, e.Citation, e.Title, e.Spec)
		}
	}
	t.Logf("%d rule citations checked", len(rules))
}

// TestRuleMetadataReader pins the reader TestRuleCitations relies on: it
// finds each block's fields, skips _test.rego files and lines outside
// comments, and so would report a misspelt citation.
func TestRuleMetadataReader(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a/one.rego":      "# METADATA\n# title: One\n# custom:\n#   id: SG-X-001\n#   citation: 164.312(a)(2)(iv)\n#   safeguard: technical\n#   specification: addressable\npackage safeguard.rules.a.one\n",
		"a/two.rego":      "# METADATA\n# custom:\n#   citation: \"164.312(a)(2)(v)\"\npackage safeguard.rules.a.two\n\n# METADATA\n# title: helper\n#   citation: 164.308(a)(8)\nx := 1\n",
		"a/one_test.rego": "# METADATA\n#   citation: 999\npackage safeguard.rules.a.one_test\n",
		"a/notes.md":      "#   citation: 999\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := ruleMetadata(t, dir)
	want := []ruleMeta{
		{file: filepath.Join(dir, "a", "one.rego"), citation: "164.312(a)(2)(iv)", safeguard: "technical", spec: "addressable", line: 5},
		{file: filepath.Join(dir, "a", "two.rego"), citation: "164.312(a)(2)(v)", line: 3},
		{file: filepath.Join(dir, "a", "two.rego"), citation: "164.308(a)(8)", line: 8},
	}
	if !slices.Equal(got, want) {
		t.Fatalf("ruleMetadata =\n%+v\nwant\n%+v", got, want)
	}
	c := load(t)
	if _, ok := c.Lookup(got[1].citation); ok {
		t.Errorf("the misspelt citation %s is in the catalog", got[1].citation)
	}
}

// TestNoCheckReasons keeps the list of entries no check can decide honest:
// an entry that no built-in rule cites (directly, or as a standard through
// one of its specifications) must say why in no_check, and an entry with a
// no_check reason must not be cited by any rule.
func TestNoCheckReasons(t *testing.T) {
	c := load(t)
	cited := map[string]bool{}
	for _, r := range ruleMetadata(t, filepath.Join("..", "policies", "rules")) {
		if e, ok := c.Lookup(r.citation); ok {
			cited[e.Citation] = true
			cited[e.Standard] = true
		}
	}
	for _, e := range c.Entries() {
		switch {
		case !cited[e.Citation] && strings.TrimSpace(e.NoCheck) == "":
			t.Errorf("%s (%s) has no check and no no_check reason", e.Citation, e.Title)
		case cited[e.Citation] && e.NoCheck != "":
			t.Errorf("%s (%s) is checked by a rule but says no_check: %q", e.Citation, e.Title, e.NoCheck)
		}
	}
}
