package policies

import (
	"context"
	"reflect"
	"testing"

	"github.com/safeguard-hipaa/safeguard/scanners"
)

// The rules are evaluated by several workers at once; however many there
// are, the findings are the same, in the same order.
func TestWorkersDoNotChangeFindings(t *testing.T) {
	ctx := context.Background()
	e, err := Load(ctx, BuiltinSource())
	if err != nil {
		t.Fatal(err)
	}
	set, err := scanners.Scan(ctx, "../testdata/clinic", scanners.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := set.ToInput("2026-11-01", nil)
	var want []Finding
	for _, n := range []int{1, 2, 3, 7} {
		e.workers = n
		for _, profile := range ProfileNames() {
			got, err := e.Evaluate(ctx, in, profile)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 {
				t.Fatalf("%d workers, profile %s: no findings on the clinic", n, profile)
			}
			if profile != "hipaa" {
				continue
			}
			if want == nil {
				want = got
			} else if !reflect.DeepEqual(got, want) {
				t.Errorf("%d workers give other findings than one", n)
			}
		}
	}
}
