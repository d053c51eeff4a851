// Command sggen writes a synthetic organisation's evidence for benchmarks:
//
//	go run ./cmd/sggen -n 100000 -seed 1 -o bench/out/org-100k
//
// See gen and docs/performance.md.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/safeguard-hipaa/safeguard/gen"
)

func main() {
	n := flag.Int("n", 10000, "workforce size (accounts N/2, vendors N/50, data stores N/20)")
	seed := flag.Uint64("seed", 1, "seed; the same seed and size give the same files")
	out := flag.String("o", "", "folder to write (required)")
	asOf := flag.String("as-of", "2026-11-01", "the date the evidence's dates are relative to")
	gapRate := flag.Float64("gap-rate", 0, "share of entries given a gap; 0 means 0.01, negative none")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "sggen: -o FOLDER is required")
		os.Exit(2)
	}
	day, err := time.Parse("2006-01-02", *asOf)
	if err != nil {
		fmt.Fprintf(os.Stderr, "sggen: -as-of: %v\n", err)
		os.Exit(2)
	}
	st, err := gen.Write(*out, gen.Options{Workforce: *n, Seed: *seed, AsOf: day, GapRate: *gapRate})
	if err != nil {
		fmt.Fprintf(os.Stderr, "sggen: %v\n", err)
		os.Exit(2)
	}
	fmt.Printf("wrote %s: %d members, %d accounts in %d systems, %d vendors, %d data stores, %d record types, %d gaps\n",
		*out, st.Members, st.Accounts, st.Systems, st.Vendors, st.DataStores, st.RecordTypes, st.Gaps)
}
