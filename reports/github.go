package reports

import (
	"bufio"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/policies"
)

// AnnotationCap is how many annotations of one level a step may show:
// GitHub displays about ten of a kind per step and drops the rest.
const AnnotationCap = 10

// writeGitHub writes GitHub Actions workflow commands: an annotation per
// open finding and per diagnostic, most severe first, at most AnnotationCap
// of each level, and one notice that counts what was left out.
func writeGitHub(w io.Writer, a *assess.Assessment, _ Options) error {
	type ann struct {
		level string // error|warning|notice
		sev   int
		file  string
		line  int
		col   int
		title string
		msg   string
	}
	// GitHub places an annotation by the file's path in the checkout; the
	// scan names files relative to the scanned folder.
	base := sarifBase(a.Root)
	checkout := func(file string) string {
		if file == "" || base == "" || path.IsAbs(file) {
			return file
		}
		return path.Clean(base + "/" + file) // "../waivers.yaml" beside the root
	}
	var anns []ann
	for _, f := range a.Findings {
		if f.Waiver != nil {
			continue
		}
		level := "notice"
		switch {
		case f.Severity >= policies.High:
			level = "error"
		case f.Severity == policies.Medium:
			level = "warning"
		}
		title := fmt.Sprintf("%s %s (45 CFR %s)", f.RuleID, f.Rule.Title, f.Rule.Citation)
		if f.New {
			title += " [new]"
		}
		anns = append(anns, ann{level, int(f.Severity), checkout(f.Range.Filename), f.Range.Start.Line, f.Range.Start.Column, title, f.Message})
	}
	for _, d := range a.Diagnostics {
		level, sev := "warning", 2
		if d.Severity == diag.Error {
			level, sev = "error", 10
		}
		anns = append(anns, ann{level, sev, checkout(d.Subject.Filename), d.Subject.Start.Line, d.Subject.Start.Column, d.Code + " " + d.Summary, d.Detail})
	}
	sort.SliceStable(anns, func(i, j int) bool {
		if anns[i].sev != anns[j].sev {
			return anns[i].sev > anns[j].sev
		}
		if anns[i].file != anns[j].file {
			return anns[i].file < anns[j].file
		}
		return anns[i].line < anns[j].line
	})
	bw := bufio.NewWriter(w)
	total := map[string]int{}
	for _, x := range anns {
		total[x.level]++
	}
	limit := map[string]int{"error": AnnotationCap, "warning": AnnotationCap, "notice": AnnotationCap}
	if total["error"] > AnnotationCap || total["warning"] > AnnotationCap || total["notice"] > AnnotationCap {
		// The notice that counts the rest is a notice too: keep it a place
		// among the ten GitHub shows.
		limit["notice"]--
	}
	shown := map[string]int{}
	left := map[string]int{}
	for _, x := range anns {
		if shown[x.level] >= limit[x.level] {
			left[x.level]++
			continue
		}
		shown[x.level]++
		fmt.Fprintf(bw, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", x.level, workflowProperty(x.file), max(x.line, 1), max(x.col, 1), workflowProperty(x.title), workflowData(x.msg))
	}
	var parts []string
	for _, level := range []string{"error", "warning", "notice"} {
		if left[level] > 0 {
			parts = append(parts, fmt.Sprintf("%d more %s%s", left[level], level, plural(left[level])))
		}
	}
	if len(parts) > 0 {
		fmt.Fprintf(bw, "::notice title=safeguard::%s not shown as annotations (GitHub shows about %d of a kind per step); see the job summary and the reports.\n", workflowData(strings.Join(parts, ", ")), AnnotationCap)
	}
	return bw.Flush()
}

// workflowData escapes a workflow command's message, so an evidence value
// cannot end the command or start another.
func workflowData(s string) string {
	r := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	return r.Replace(Terminal(s))
}

// workflowProperty escapes a workflow command's property value.
func workflowProperty(s string) string {
	r := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
	return r.Replace(Terminal(s))
}
