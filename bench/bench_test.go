package bench

import (
	"context"
	"flag"
	"io"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/safeguard-hipaa/safeguard/gen"
	"github.com/safeguard-hipaa/safeguard/pipeline"
	"github.com/safeguard-hipaa/safeguard/policies"
	"github.com/safeguard-hipaa/safeguard/reports"
	"github.com/safeguard-hipaa/safeguard/scanners"
)

// benchN sizes the benchmarks' organisation: moderate by default, so that
// `go test -bench . -benchtime 1x ./bench` stays short; -bench.n 100000 for
// the health-system size.
var benchN = flag.Int("bench.n", 10000, "workforce size of the benchmarks' generated organisation")

const asOf = "2026-11-01"

func org(b *testing.B) string {
	b.Helper()
	dir := b.TempDir()
	if _, err := gen.Write(dir, gen.Options{Workforce: *benchN, Seed: 1, AsOf: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkScan is reading: walking, decoding YAML and HCL, checking the
// schema, with positions.
func BenchmarkScan(b *testing.B) {
	dir := org(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		set, err := scanners.Scan(ctx, dir, scanners.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(set.Diagnostics) > 0 {
			b.Fatalf("diagnostics: %v", set.Diagnostics)
		}
	}
}

// engineInput loads the built-in engine and reads the organisation into
// the input the pipeline gives it (thresholds at their defaults).
func engineInput(b *testing.B) (*policies.Engine, map[string]*ast.Term) {
	b.Helper()
	ctx := context.Background()
	e, err := policies.Load(ctx, policies.BuiltinSource())
	if err != nil {
		b.Fatal(err)
	}
	return e, defaultExtra(b, e)
}

// defaultExtra is the input's params and profile as the pipeline gives
// them when no configuration overrides a threshold.
func defaultExtra(tb testing.TB, e *policies.Engine) map[string]*ast.Term {
	tb.Helper()
	defaults, _, err := e.Params(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	params, err := ast.InterfaceToValue(defaults)
	if err != nil {
		tb.Fatal(err)
	}
	return map[string]*ast.Term{"params": ast.NewTerm(params), "profile": ast.StringTerm("hipaa")}
}

// BenchmarkToInput is the conversion of the read evidence to the Rego
// input (ast values, the index).
func BenchmarkToInput(b *testing.B) {
	dir := org(b)
	_, extra := engineInput(b)
	set, err := scanners.Scan(context.Background(), dir, scanners.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = set.ToInput(asOf, extra)
	}
}

// BenchmarkEvaluate is evaluating: the full built-in policy set, one
// query, over the whole organisation.
func BenchmarkEvaluate(b *testing.B) {
	dir := org(b)
	e, extra := engineInput(b)
	ctx := context.Background()
	set, err := scanners.Scan(ctx, dir, scanners.Options{})
	if err != nil {
		b.Fatal(err)
	}
	in := set.ToInput(asOf, extra)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fs, err := e.Evaluate(ctx, in, "hipaa")
		if err != nil {
			b.Fatal(err)
		}
		if len(fs) == 0 {
			b.Fatal("no findings; the organisation has gaps")
		}
	}
}

// BenchmarkReports is reporting: each of the formats the scale targets
// name, written from one assessment.
func BenchmarkReports(b *testing.B) {
	dir := org(b)
	res, err := pipeline.Run(context.Background(), pipeline.Options{Path: dir, AsOf: asOf})
	if err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{"json", "sarif", "html"} {
		f, err := reports.Lookup(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := f.Write(io.Discard, res.Assessment, reports.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPipeline is the whole run short of writing: read, evaluate,
// assess.
func BenchmarkPipeline(b *testing.B) {
	dir := org(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := pipeline.Run(context.Background(), pipeline.Options{Path: dir, AsOf: asOf}); err != nil {
			b.Fatal(err)
		}
	}
}
