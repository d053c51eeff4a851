package reports

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/evidence"
	"github.com/safeguard-hipaa/safeguard/policies"
)

// The report is one file: the template, its CSS and its script are embedded
// and inlined, so it opens from file:// and fetches nothing.
var (
	//go:embed html/report.html.tmpl
	htmlTemplate string
	//go:embed html/report.css
	htmlCSS string
	//go:embed html/report.js
	htmlJS string
)

// reportTemplate is parsed once; html/template escapes every value for the
// context it lands in, so evidence text stays text.
var reportTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"join":   strings.Join,
	"plural": plural,
	"title":  htmlTitle,
}).Parse(htmlTemplate))

// Safeguards in the order of the regulation.
var htmlSafeguards = []string{"administrative", "physical", "technical", "organizational", "documentation"}

// htmlSeverities lists severities highest first, as reports show them.
var htmlSeverities = []policies.Severity{policies.Critical, policies.High, policies.Medium, policies.Low, policies.Info}

var htmlStatusLabels = map[assess.Status]string{
	assess.Satisfied:   "Satisfied",
	assess.Gap:         "Gap",
	assess.Waived:      "Waived",
	assess.NotAssessed: "Not assessed",
	assess.Manual:      "Manual",
}

// htmlView is what the template renders: the assessment reshaped, sorted and
// counted in Go so the template only prints.
type htmlView struct {
	A         *assess.Assessment
	S         assess.Summary
	CSS       template.CSS
	JS        template.JS
	Statuses  []htmlCount
	Severity  []htmlCount
	Safeguard []htmlCount
	Charts    []htmlChart
	Risks     []Risk
	Groups    []htmlGroup
	Total     int
	Matrix    []htmlControl
	Waived    []htmlFinding
	Expired   []htmlWaiver
	Unused    []htmlWaiver
	NotAssess []assess.Control
	Manual    []assess.Control
	Files     []evidence.FileInfo
	Documents []htmlCount
	Diags     []htmlDiag
	Baseline  *htmlBaseline
}

type htmlCount struct {
	Key   string // machine name, for classes and data attributes
	Label string
	N     int
}

type htmlBaseline struct {
	Path              string
	New, Still, Fixed int
}

type htmlGroup struct {
	Citation, Title, Safeguard, Spec string
	Status                           string
	StatusLabel                      string
	Rules                            []htmlRule
	Rows                             []htmlFinding
	// Count is the group's findings; Rows holds the first htmlMaxRows of
	// them, most severe first, and Omitted counts the rest by severity.
	Count   int
	Omitted []htmlCount
}

// htmlMaxRows caps the rows listed under one control: past a few hundred a
// table is no longer read, only scrolled, and the file grows past what a
// browser opens comfortably. The counts stay whole; the JSON and SARIF
// reports list every finding.
const htmlMaxRows = 200

type htmlRule struct {
	ID, Title, Severity, Remediation string
}

type htmlFinding struct {
	Severity string
	State    string // open or waived
	New      bool
	Rule     string
	Citation string
	At       string
	Kind     string
	Document string
	Path     string
	Message  string
	Waiver   *assess.Waiver
	// rng orders rows by place: file, then line and column as numbers.
	rng diag.Range
}

type htmlControl struct {
	assess.Control
	StatusLabel string
}

type htmlWaiver struct {
	assess.Waiver
	At string
}

type htmlDiag struct {
	Severity, Code, At, Summary, Detail string
}

// htmlChart is a horizontal bar htmlChart, stacked where a row has several
// segments, drawn as inline SVG with its numbers also given as text.
type htmlChart struct {
	ID, Title, Desc string
	Width, Height   int
	Rows            []htmlChartRow
	Legend          []htmlLegend
	// Columns heads the text alternative's table: the row label, then one
	// column per series.
	Columns []string
}

type htmlChartRow struct {
	Label string
	Y     int
	TextY int
	Total int
	TotX  int
	Segs  []htmlChartSeg
	Cells []int // the row's values, for the text alternative
}

type htmlChartSeg struct {
	X, Y, W, H int
	Fill       string
	Tip        string
}

type htmlLegend struct {
	X, Y         int
	TextX, TextY int
	Fill         string
	Label        string
}

// htmlFill gives each series its colour as an SVG presentation attribute
// (not CSS, so validators that do not know SVG properties have nothing to
// say). Colours keep 4.5:1 contrast with white; labels carry the meaning.
var htmlFill = map[string]string{
	"st-gap": "#b3261e", "st-waived": "#7a4f01", "st-not_assessed": "#5f6368", "st-manual": "#1a5fb4", "st-satisfied": "#1e7b34",
	"sev-critical": "#6a1b9a", "sev-high": "#b3261e", "sev-medium": "#8a5300", "sev-low": "#1a5fb4", "sev-info": "#5f6368",
	"bl-new": "#b3261e", "bl-still": "#8a5300", "bl-fixed": "#1e7b34",
}

func writeHTML(w io.Writer, a *assess.Assessment, _ Options) error {
	var buf bytes.Buffer
	if err := reportTemplate.Execute(&buf, buildHTML(a)); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	if _, err := io.WriteString(w, htmlCodePoints(buf.String())); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	return nil
}

// htmlCodePoints makes the rendered page valid where html/template leaves
// evidence bytes alone: HTML forbids control characters other than
// whitespace and the Unicode noncharacters, so those are shown escaped
// (\x1b), and bytes that are not UTF-8 become U+FFFD. Everything the
// template itself writes is untouched.
func htmlCodePoints(s string) string {
	if utf8.ValidString(s) && strings.IndexFunc(s, forbiddenInHTML) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s { // an invalid byte comes out as utf8.RuneError
		switch {
		case !forbiddenInHTML(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, "\\x%02x", r)
		default:
			fmt.Fprintf(&b, "\\u%04x", r)
		}
	}
	return b.String()
}

// forbiddenInHTML reports a code point the HTML parser treats as an error:
// controls other than tab, line feed, form feed and carriage return, and
// noncharacters.
func forbiddenInHTML(r rune) bool {
	switch r {
	case '\t', '\n', '\f', '\r':
		return false
	}
	if unicode.IsControl(r) {
		return true
	}
	return (r >= 0xfdd0 && r <= 0xfdef) || r&0xfffe == 0xfffe
}

func buildHTML(a *assess.Assessment) htmlView {
	v := htmlView{A: a, S: a.Summarize(), CSS: template.CSS(htmlCSS), JS: template.JS(htmlJS), Risks: RiskRegister(a)}
	for _, st := range []assess.Status{assess.Satisfied, assess.Gap, assess.NotAssessed, assess.Manual, assess.Waived} {
		v.Statuses = append(v.Statuses, htmlCount{string(st), htmlStatusLabels[st], v.S.Controls[st]})
	}
	for _, sev := range htmlSeverities {
		v.Severity = append(v.Severity, htmlCount{sev.String(), htmlTitle(sev.String()), v.S.BySeverity[sev.String()]})
	}
	openBySafeguard := map[string]int{}
	for _, f := range a.Findings {
		if f.Open() && f.Rule != nil {
			openBySafeguard[f.Rule.Safeguard]++
		}
	}
	for _, sg := range htmlSafeguardList(a, openBySafeguard) {
		v.Safeguard = append(v.Safeguard, htmlCount{sg, htmlTitle(sg), openBySafeguard[sg]})
	}
	if a.Baseline != "" {
		v.Baseline = &htmlBaseline{Path: a.Baseline, New: v.S.New, Still: v.S.Findings - v.S.New, Fixed: a.Fixed}
	}
	v.Charts = htmlCharts(a, v)

	v.Groups, v.Total = htmlGroups(a)
	for _, c := range a.Controls {
		v.Matrix = append(v.Matrix, htmlControl{Control: c, StatusLabel: htmlStatusLabels[c.Status]})
		switch c.Status {
		case assess.NotAssessed:
			v.NotAssess = append(v.NotAssess, c)
		case assess.Manual:
			v.Manual = append(v.Manual, c)
		}
	}
	// Waived findings come from the assessment, not the groups' rows, so a
	// capped group cannot hide one; the waived count is bounded by the
	// waivers written.
	for _, g := range htmlAllGroups(a) {
		for _, r := range g.Rows {
			if r.Waiver != nil {
				v.Waived = append(v.Waived, r)
			}
		}
	}
	for _, x := range a.Expired {
		v.Expired = append(v.Expired, htmlWaiver{Waiver: x, At: x.At.String()})
	}
	for _, x := range a.Waivers {
		if x.Matched == 0 {
			v.Unused = append(v.Unused, htmlWaiver{Waiver: x, At: x.At.String()})
		}
	}
	v.Files = append([]evidence.FileInfo(nil), a.Files...)
	sort.SliceStable(v.Files, func(i, j int) bool { return v.Files[i].Path < v.Files[j].Path })
	kinds := make([]string, 0, len(a.Documents))
	for k := range a.Documents {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		v.Documents = append(v.Documents, htmlCount{k, k, a.Documents[k]})
	}
	for _, d := range a.Diagnostics {
		v.Diags = append(v.Diags, htmlDiag{Severity: d.Severity.String(), Code: d.Code, At: d.Subject.String(), Summary: d.Summary, Detail: d.Detail})
	}
	return v
}

// htmlSafeguardList lists the regulation's safeguards, then any other a
// custom rule names, sorted.
func htmlSafeguardList(a *assess.Assessment, extra map[string]int) []string {
	known := map[string]bool{}
	out := append([]string(nil), htmlSafeguards...)
	for _, s := range out {
		known[s] = true
	}
	var more []string
	add := func(s string) {
		if s != "" && !known[s] {
			known[s] = true
			more = append(more, s)
		}
	}
	for _, c := range a.Controls {
		add(c.Safeguard)
	}
	for s := range extra {
		add(s)
	}
	sort.Strings(more)
	return append(out, more...)
}

// htmlGroups groups findings under the control their rule cites, in the
// catalog's order; a rule citing nothing in the catalog goes last. A group
// lists its first htmlMaxRows findings and counts the rest; the int is the
// number of rows listed.
func htmlGroups(a *assess.Assessment) ([]htmlGroup, int) {
	groups := htmlAllGroups(a)
	listed := 0
	for gi := range groups {
		g := &groups[gi]
		if len(g.Rows) > htmlMaxRows {
			left := map[string]int{}
			for _, r := range g.Rows[htmlMaxRows:] {
				left[r.Severity]++
			}
			for _, sev := range htmlSeverities {
				if n := left[sev.String()]; n > 0 {
					g.Omitted = append(g.Omitted, htmlCount{sev.String(), sev.String(), n})
				}
			}
			g.Rows = g.Rows[:htmlMaxRows]
		}
		listed += len(g.Rows)
	}
	return groups, listed
}

// htmlAllGroups is htmlGroups with every row.
func htmlAllGroups(a *assess.Assessment) []htmlGroup {
	index := map[string]int{}
	var groups []htmlGroup
	for _, f := range a.Findings {
		if f.Rule == nil {
			continue
		}
		c, ok := lookupControl(a, f.Rule.Citation)
		if !ok {
			c = assess.Control{}
			c.Citation, c.Title, c.Safeguard, c.Spec, c.Status = f.Rule.Citation, "Not in the catalog", f.Rule.Safeguard, f.Rule.Spec, assess.Gap
		}
		i, seen := index[c.Citation]
		if !seen {
			i = len(groups)
			index[c.Citation] = i
			groups = append(groups, htmlGroup{Citation: c.Citation, Title: c.Title, Safeguard: c.Safeguard, Spec: c.Spec, Status: string(c.Status), StatusLabel: htmlStatusLabels[c.Status]})
		}
		g := &groups[i]
		g.Count++
		state := "open"
		if !f.Open() {
			state = "waived"
		}
		g.Rows = append(g.Rows, htmlFinding{
			Severity: f.Severity.String(), State: state, New: f.New, Rule: f.RuleID, Citation: f.Rule.Citation,
			At: f.Range.String(), Kind: f.Kind, Document: f.Document, Path: f.Path, Message: f.Message, Waiver: f.Waiver,
			rng: f.Range,
		})
		known := false
		for _, r := range g.Rules {
			known = known || r.ID == f.RuleID
		}
		if !known {
			g.Rules = append(g.Rules, htmlRule{ID: f.RuleID, Title: f.Rule.Title, Severity: f.Rule.Severity.String(), Remediation: f.Rule.Remediation})
		}
	}
	order := map[string]int{}
	for i, c := range a.Controls {
		order[c.Citation] = i
	}
	rank := func(g htmlGroup) int {
		if i, ok := order[g.Citation]; ok {
			return i
		}
		return len(order)
	}
	sort.SliceStable(groups, func(i, j int) bool {
		if ri, rj := rank(groups[i]), rank(groups[j]); ri != rj {
			return ri < rj
		}
		return groups[i].Citation < groups[j].Citation
	})
	for gi := range groups {
		g := &groups[gi]
		sort.Slice(g.Rules, func(i, j int) bool { return g.Rules[i].ID < g.Rules[j].ID })
		sort.SliceStable(g.Rows, func(i, j int) bool {
			x, y := g.Rows[i], g.Rows[j]
			if x.Severity != y.Severity {
				return htmlSeverityRank(x.Severity) > htmlSeverityRank(y.Severity)
			}
			// Compare places as ranges: as strings, line 12 sorts
			// before line 9.
			if x.rng.Less(y.rng) || y.rng.Less(x.rng) {
				return x.rng.Less(y.rng)
			}
			return x.Rule < y.Rule
		})
	}
	return groups
}

func htmlSeverityRank(name string) int {
	s, err := policies.ParseSeverity(name)
	if err != nil {
		return 0
	}
	return int(s)
}

// Chart geometry, in SVG user units.
const (
	htmlChartWidth  = 640
	htmlChartLabelW = 140
	htmlChartBarW   = 400
	htmlChartRowH   = 28
	htmlChartBarH   = 18
	htmlChartTop    = 8
)

func htmlCharts(a *assess.Assessment, v htmlView) []htmlChart {
	// Control status by safeguard: one stacked bar per safeguard.
	statuses := assess.Statuses
	bySafeguard := map[string]map[assess.Status]int{}
	for _, c := range a.Controls {
		if bySafeguard[c.Safeguard] == nil {
			bySafeguard[c.Safeguard] = map[assess.Status]int{}
		}
		bySafeguard[c.Safeguard][c.Status]++
	}
	status := htmlChart{ID: "chart-status", Title: "Control status by safeguard", Columns: []string{"Safeguard"}}
	for _, st := range statuses {
		status.Columns = append(status.Columns, htmlStatusLabels[st])
	}
	var rows [][]int
	var labels []string
	var descParts []string
	for _, sg := range htmlSafeguardList(a, nil) {
		m := bySafeguard[sg]
		if len(m) == 0 {
			continue
		}
		var cells []int
		var parts []string
		for _, st := range statuses {
			cells = append(cells, m[st])
			if m[st] > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", m[st], strings.ToLower(htmlStatusLabels[st])))
			}
		}
		rows = append(rows, cells)
		labels = append(labels, htmlTitle(sg))
		descParts = append(descParts, fmt.Sprintf("%s: %s", htmlTitle(sg), strings.Join(parts, ", ")))
	}
	classes := make([]string, len(statuses))
	names := make([]string, len(statuses))
	for i, st := range statuses {
		classes[i], names[i] = "st-"+string(st), htmlStatusLabels[st]
	}
	status.Desc = "Catalog entries per safeguard, by status. " + strings.Join(descParts, ". ") + "."
	layoutStacked(&status, labels, rows, classes, names)

	// Open findings by severity.
	sev := htmlChart{ID: "chart-severity", Title: "Open findings by severity", Columns: []string{"Severity", "Open findings"}}
	rows, labels, descParts = nil, nil, nil
	for _, c := range v.Severity {
		rows = append(rows, []int{c.N})
		labels = append(labels, c.Label)
		descParts = append(descParts, fmt.Sprintf("%s %d", c.Label, c.N))
	}
	sev.Desc = "Open findings per severity: " + strings.Join(descParts, ", ") + "."
	layoutPerRow(&sev, labels, rows, func(i int) string { return "sev-" + v.Severity[i].Key })
	charts := []htmlChart{status, sev}

	if b := v.Baseline; b != nil {
		base := htmlChart{ID: "chart-baseline", Title: "Change against the baseline", Columns: []string{"Findings", "Count"}}
		labels = []string{"New", "Still present", "Fixed"}
		rows = [][]int{{b.New}, {b.Still}, {b.Fixed}}
		base.Desc = fmt.Sprintf("Compared with the baseline: %d new finding%s, %d still present, %d fixed.", b.New, plural(b.New), b.Still, b.Fixed)
		keys := []string{"bl-new", "bl-still", "bl-fixed"}
		layoutPerRow(&base, labels, rows, func(i int) string { return keys[i] })
		charts = append(charts, base)
	}
	return charts
}

// layoutStacked places stacked bars scaled to the largest row total, and a legend
// under them.
func layoutStacked(c *htmlChart, labels []string, rows [][]int, classes, names []string) {
	maxTotal := 0
	for _, r := range rows {
		t := 0
		for _, n := range r {
			t += n
		}
		if t > maxTotal {
			maxTotal = t
		}
	}
	c.Width = htmlChartWidth
	for i, r := range rows {
		row := htmlChartRow{Label: labels[i], Y: htmlChartTop + i*htmlChartRowH, Cells: r}
		row.TextY = row.Y + htmlChartBarH - 4
		x := htmlChartLabelW
		for j, n := range r {
			row.Total += n
			if n == 0 || maxTotal == 0 {
				continue
			}
			w := n * htmlChartBarW / maxTotal
			if w < 2 {
				w = 2
			}
			row.Segs = append(row.Segs, htmlChartSeg{X: x, Y: row.Y, W: w, H: htmlChartBarH, Fill: htmlFill[classes[j]], Tip: fmt.Sprintf("%s, %s: %d", labels[i], names[j], n)})
			x += w
		}
		row.TotX = x + 6
		c.Rows = append(c.Rows, row)
	}
	y := htmlChartTop + len(rows)*htmlChartRowH + 8
	x := htmlChartLabelW
	for j := range classes {
		c.Legend = append(c.Legend, htmlLegend{X: x, Y: y, TextX: x + 16, TextY: y + 11, Fill: htmlFill[classes[j]], Label: names[j]})
		x += 16 + 8*len(names[j]) + 16
	}
	c.Height = y + 20
}

// layoutPerRow places single bars, each row in its own colour.
func layoutPerRow(c *htmlChart, labels []string, rows [][]int, class func(int) string) {
	maxN := 0
	for _, r := range rows {
		if r[0] > maxN {
			maxN = r[0]
		}
	}
	c.Width = htmlChartWidth
	for i, r := range rows {
		row := htmlChartRow{Label: labels[i], Y: htmlChartTop + i*htmlChartRowH, Total: r[0], Cells: r}
		row.TextY = row.Y + htmlChartBarH - 4
		row.TotX = htmlChartLabelW + 6
		if r[0] > 0 && maxN > 0 {
			w := r[0] * htmlChartBarW / maxN
			if w < 2 {
				w = 2
			}
			row.Segs = []htmlChartSeg{{X: htmlChartLabelW, Y: row.Y, W: w, H: htmlChartBarH, Fill: htmlFill[class(i)], Tip: fmt.Sprintf("%s: %d", labels[i], r[0])}}
			row.TotX = htmlChartLabelW + w + 6
		}
		c.Rows = append(c.Rows, row)
	}
	c.Height = htmlChartTop + len(rows)*htmlChartRowH + 4
}

// htmlTitle capitalises the first letter ("not_assessed" -> "Not assessed").
func htmlTitle(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
