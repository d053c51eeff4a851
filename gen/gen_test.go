package gen_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/safeguard-hipaa/safeguard/gen"
	"github.com/safeguard-hipaa/safeguard/pipeline"
	"github.com/safeguard-hipaa/safeguard/scanners"
)

const asOf = "2026-11-01"

var day = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

func write(t *testing.T, o gen.Options) (string, gen.Stats) {
	t.Helper()
	dir := t.TempDir()
	if o.AsOf.IsZero() {
		o.AsOf = day
	}
	st, err := gen.Write(dir, o)
	if err != nil {
		t.Fatal(err)
	}
	return dir, st
}

func scan(t *testing.T, dir string) *pipeline.Result {
	t.Helper()
	res, err := pipeline.Run(context.Background(), pipeline.Options{Path: dir, AsOf: asOf})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestOutputScansClean: the generated evidence follows the contract (no
// diagnostic of any severity), and every finding is one of the gaps the
// generator planted, by rule.
func TestOutputScansClean(t *testing.T) {
	dir, st := write(t, gen.Options{Workforce: 2000, Seed: 1})
	res := scan(t, dir)
	for _, d := range res.Assessment.Diagnostics {
		t.Errorf("diagnostic: %s", d.Error())
	}
	// The rule each kind of planted gap trips (see the writers in gen.go).
	planted := map[string]string{
		"SG-RT-004": "record",     // retention_years 1
		"SG-TR-002": "member",     // training overdue
		"SG-AC-001": "account",    // shared login
		"SG-BA-002": "vendor",     // BAA pending
		"SG-BA-001": "vendor",     // a store hosted by that vendor
		"SG-EN-007": "data_store", // TLS 1.0
	}
	found := map[string]int{}
	for _, f := range res.Assessment.Findings {
		kind, ok := planted[f.RuleID]
		if !ok {
			t.Errorf("finding not planted by the generator: %s %s: %s", f.RuleID, f.Range, f.Message)
			continue
		}
		if f.RuleID != "SG-BA-001" {
			found[kind]++
		}
	}
	for kind, n := range st.GapsByKind {
		if found[kind] != n {
			t.Errorf("%s gaps: planted %d, found %d", kind, n, found[kind])
		}
	}
	if st.Gaps == 0 {
		t.Error("no gaps planted at the default rate")
	}
}

// TestCleanOrganisation: with no gaps, the full built-in policy set finds
// nothing, so every finding of a gapped organisation is a planted one.
func TestCleanOrganisation(t *testing.T) {
	dir, st := write(t, gen.Options{Workforce: 2000, Seed: 3, GapRate: -1})
	if st.Gaps != 0 {
		t.Fatalf("Gaps = %d with a negative rate", st.Gaps)
	}
	res := scan(t, dir)
	for _, d := range res.Assessment.Diagnostics {
		t.Errorf("diagnostic: %s", d.Error())
	}
	for _, f := range res.Assessment.Findings {
		t.Errorf("finding in a clean organisation: %s %s: %s", f.RuleID, f.Range, f.Message)
	}
}

func TestDeterministic(t *testing.T) {
	a, _ := write(t, gen.Options{Workforce: 1000, Seed: 7})
	b, _ := write(t, gen.Options{Workforce: 1000, Seed: 7})
	c, _ := write(t, gen.Options{Workforce: 1000, Seed: 8})
	names, err := os.ReadDir(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 6 {
		t.Fatalf("wrote %d files, want 6", len(names))
	}
	differs := false
	for _, n := range names {
		x := readFile(t, filepath.Join(a, n.Name()))
		if y := readFile(t, filepath.Join(b, n.Name())); !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with seed 7", n.Name())
		}
		differs = differs || !bytes.Equal(x, readFile(t, filepath.Join(c, n.Name())))
	}
	if !differs {
		t.Error("seeds 7 and 8 wrote the same files")
	}
}

func readFile(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSizes counts the entries in what was read, not what the generator
// says it wrote.
func TestSizes(t *testing.T) {
	for _, n := range []int{1000, 2000, 2345} {
		dir, st := write(t, gen.Options{Workforce: n, Seed: 1})
		// The reader's values; the pipeline lets them go once converted.
		set, err := scanners.Scan(context.Background(), dir, scanners.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		systems := 0
		for _, d := range set.Documents {
			switch d.Kind.Name {
			case "TrainingRoster":
				got["workforce"] += len(d.Spec.Get("workforce").Items())
			case "AccessMatrix":
				systems++
				got["accounts"] += len(d.Spec.Get("users").Items())
			case "BusinessAssociates":
				got["vendors"] += len(d.Spec.Get("vendors").Items())
			case "EncryptionConfig":
				got["data_stores"] += len(d.Spec.Get("data_stores").Items())
			case "RetentionSchedule":
				got["records"] += len(d.Spec.Get("records").Items())
			}
		}
		want := map[string]int{"workforce": n, "accounts": n / 2, "vendors": n / 50, "data_stores": n / 20, "records": 300}
		for k, w := range want {
			if got[k] != w {
				t.Errorf("N=%d: %d %s, want %d", n, got[k], k, w)
			}
		}
		stats := map[string]int{"workforce": st.Members, "accounts": st.Accounts, "vendors": st.Vendors, "data_stores": st.DataStores, "records": st.RecordTypes}
		for k, w := range want {
			if stats[k] != w {
				t.Errorf("N=%d: Stats say %d %s, want %d", n, stats[k], k, w)
			}
		}
		if systems < 10 {
			t.Errorf("N=%d: %d access matrices, want a dozen or so", n, systems)
		}
	}
}

// TestGapRate: about 1% of the entries carry a gap, over several seeds and
// a size large enough for the share to settle.
func TestGapRate(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		_, st := write(t, gen.Options{Workforce: 20000, Seed: seed})
		want := st.Members + st.Accounts - st.Systems + st.Vendors + st.DataStores + st.RecordTypes // breakglass accounts carry none
		if st.Entries != want {
			t.Errorf("seed %d: %d entries could carry a gap, want %d", seed, st.Entries, want)
		}
		rate := float64(st.Gaps) / float64(st.Entries)
		if rate < 0.008 || rate > 0.012 {
			t.Errorf("seed %d: gap rate %.4f (%d of %d), want about 0.01", seed, rate, st.Gaps, st.Entries)
		}
		sum := 0
		for _, n := range st.GapsByKind {
			sum += n
		}
		if sum != st.Gaps {
			t.Errorf("seed %d: GapsByKind sums to %d, Gaps %d", seed, sum, st.Gaps)
		}
	}
}
