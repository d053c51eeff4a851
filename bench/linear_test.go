package bench

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/topdown"

	"github.com/safeguard-hipaa/safeguard/gen"
	"github.com/safeguard-hipaa/safeguard/policies"
	"github.com/safeguard-hipaa/safeguard/scanners"
)

// The linearity guard: no rule may join two lists by nested iteration. It
// counts evaluation steps, not time, so it is deterministic and cannot be
// thrown by a busy machine: the built-in rules are evaluated over generated
// organisations of N and 4N workforce members with a tracer that counts
// OPA's trace events (each expression evaluated, each rule entered) by the
// policy file they belong to. A linear rule costs about 4 times as much at
// 4N; a quadratic one about 16 times.
const (
	smallN = 500
	bigN   = 4 * smallN
	// maxRatio sits well above 4 (linear, plus what does not grow) and
	// well below 16 (quadratic).
	maxRatio = 5.5
	// minEvents ignores files whose whole cost at 4N is too small to
	// matter (a rule over the one SecurityProgram).
	minEvents = 2000
)

// eventCounter is a topdown.QueryTracer that counts events by the file of
// their location.
type eventCounter struct {
	byFile map[string]int
	total  int
}

func (c *eventCounter) Enabled() bool               { return true }
func (c *eventCounter) Config() topdown.TraceConfig { return topdown.TraceConfig{} }
func (c *eventCounter) TraceEvent(ev topdown.Event) {
	c.total++
	file := "(query)"
	if ev.Location != nil && ev.Location.File != "" {
		file = ev.Location.File
	}
	c.byFile[file]++
}

// countEvents evaluates query (every rule package under it, whatever its
// profile) over an organisation of n members.
func countEvents(t *testing.T, e *policies.Engine, query string, n int) *eventCounter {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := gen.Write(dir, gen.Options{Workforce: n, Seed: 1, AsOf: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	set, err := scanners.Scan(ctx, dir, scanners.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := set.ToInput(asOf, defaultExtra(t, e))
	c := &eventCounter{byFile: map[string]int{}}
	rs, err := rego.New(rego.Query(query), rego.Compiler(e.Compiler()),
		rego.ParsedInput(in.Value), rego.QueryTracer(c)).Eval(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) == 0 {
		t.Fatalf("%s is undefined", query)
	}
	return c
}

// superlinear returns the files whose cost grew more than maxRatio times
// from small to big, worst first, as "file: small -> big (ratio)".
func superlinear(small, big *eventCounter) []string {
	type row struct {
		file  string
		ratio float64
		s, b  int
	}
	var rows []row
	for f, b := range big.byFile {
		s := small.byFile[f]
		if b < minEvents {
			continue
		}
		r := float64(b) / float64(max(s, 1))
		if r > maxRatio {
			rows = append(rows, row{f, r, s, b})
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].ratio > rows[j].ratio })
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = fmt.Sprintf("%s: %d -> %d events (%.1fx)", r.file, r.s, r.b, r.ratio)
	}
	return out
}

func TestBuiltinRulesAreLinear(t *testing.T) {
	e, err := policies.Load(context.Background(), policies.BuiltinSource())
	if err != nil {
		t.Fatal(err)
	}
	const all = "data.safeguard.rules"
	small, big := countEvents(t, e, all, smallN), countEvents(t, e, all, bigN)
	if r := float64(big.total) / float64(small.total); r > maxRatio {
		t.Errorf("4x the evidence costs %.1fx the evaluation steps (%d -> %d), want at most %.1fx", r, small.total, big.total, maxRatio)
	}
	for _, s := range superlinear(small, big) {
		t.Errorf("rule grows faster than the evidence (join lists through input.index, not nested loops): %s", s)
	}
	t.Logf("evaluation events: %d at N=%d, %d at N=%d (%.2fx)", small.total, smallN, big.total, bigN, float64(big.total)/float64(small.total))
	// The costliest files, for whoever makes evaluation faster.
	files := make([]string, 0, len(big.byFile))
	for f := range big.byFile {
		files = append(files, f)
	}
	sort.Slice(files, func(i, j int) bool { return big.byFile[files[i]] > big.byFile[files[j]] })
	for _, f := range files[:min(8, len(files))] {
		t.Logf("  %-60s %8d events at N=%d (%.1f%%)", f, big.byFile[f], bigN, 100*float64(big.byFile[f])/float64(big.total))
	}
}

// TestGuardCatchesNestedJoin shows the guard fails on the rule it is for: a
// join of accounts to workforce members by nested iteration.
func TestGuardCatchesNestedJoin(t *testing.T) {
	const file = "quadratic.rego"
	src := `# METADATA
# title: A nested join
# description: Joins accounts to members by nested iteration, for the guard's test.
# custom:
#   id: SG-XX-999
#   citation: 164.308(a)(3)(ii)(C)
#   safeguard: administrative
#   specification: addressable
#   severity: low
#   evidence: [AccessMatrix, TrainingRoster]
#   remediation: Use input.index.workforce.
package safeguard.rules.test.quadratic

deny contains {"msg": "joined", "at": user} if {
	some matrix in input.access_matrices
	some user in matrix.spec.users
	some roster in input.training_rosters
	some member in roster.spec.workforce
	member.id == user.workforce_id
	member.status == "terminated"
}
`
	custom := policies.Source{FS: fstest.MapFS{file: {Data: []byte(src)}}, Name: "custom", Custom: true}
	e, err := policies.Load(context.Background(), policies.BuiltinSource(), custom)
	if err != nil {
		t.Fatal(err)
	}
	const pkg = "data.safeguard.rules.test"
	// The smallest organisations do: a nested join is costly to trace.
	bad := superlinear(countEvents(t, e, pkg, 100), countEvents(t, e, pkg, 400))
	if len(bad) != 1 || !strings.HasPrefix(bad[0], "custom/"+file+":") {
		t.Fatalf("the guard did not name the nested join first; flagged %q", bad)
	}
	t.Logf("flagged: %s", bad)
}
