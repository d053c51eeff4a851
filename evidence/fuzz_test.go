package evidence

import (
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

// FuzzToInput builds value trees from fuzz bytes and converts them: the
// conversion must be total, and every object must get a reference the
// locator resolves, with a path; converting twice gives the same input, and
// TakeInput gives it too, with the same positions, and lets the values go.
func FuzzToInput(f *testing.F) {
	f.Add([]byte{3, 1, 4, 1, 5, 9, 2, 6}, "jdoe")
	f.Add([]byte{0, 0, 0}, "")
	f.Add([]byte{5, 3, 5, 0, 4, 2, 5, 3, 4, 1, 3, 0, 7}, "__ref")
	f.Add([]byte{4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 4, 3}, "-----BEGIN PRIVATE KEY-----")
	f.Fuzz(func(t *testing.T, shape []byte, s string) {
		if len(shape) > 256 {
			shape = shape[:256]
		}
		i := 0
		next := func() byte {
			if i >= len(shape) {
				return 0
			}
			i++
			return shape[i-1]
		}
		var build func(depth int) *Value
		build = func(depth int) *Value {
			k := ValueKind(next() % 6)
			if depth > 6 && (k == List || k == Map) {
				k = String
			}
			v := &Value{Kind: k, Pos: Pos{Line: int32(next()) + 1, Column: 1}}
			switch k {
			case String:
				v.Str = s
			case Int:
				v.Int = int64(next()) - 128
			case Bool:
				v.Bool = next()%2 == 0
			case List:
				for n := int(next() % 4); n > 0; n-- {
					v.AddItem(build(depth + 1))
				}
			case Map:
				keys := []string{"id", "name", s, "spec", RefKey}
				for n := int(next() % 4); n > 0; n-- {
					v.AddField(Field{Key: keys[int(next())%len(keys)], KeyPos: Pos{Line: int32(next()) + 1, Column: 2}, Value: build(depth + 1)})
				}
			}
			return v
		}
		spec := build(0)
		if spec.Kind != Map {
			users := &Value{Kind: List}
			users.AddItem(spec)
			spec = &Value{Kind: Map}
			spec.AddField(Field{Key: "users", Value: users})
		}
		doc := &Document{Kind: Kinds[int(next())%len(Kinds)], Name: s, File: "f.yaml", Spec: spec}
		set := &Set{Documents: []*Document{doc}}
		in := set.ToInput("2026-11-01", nil)
		obj, ok := in.Value.(ast.Object)
		if !ok {
			t.Fatalf("input is %T", in.Value)
		}
		if obj.Get(ast.StringTerm("as_of")) == nil {
			t.Fatal("no as_of")
		}
		if again := set.ToInput("2026-11-01", nil); again.Value.Compare(in.Value) != 0 || again.Locator.Len() != in.Locator.Len() {
			t.Fatalf("converting twice differs:\n%v\n%v", in.Value, again.Value)
		}
		for n := 0; n < in.Locator.Len(); n++ {
			r, ok := in.Locator.Lookup(n)
			if !ok || r.Doc != doc {
				t.Fatalf("reference %d does not resolve", n)
			}
			_ = in.Locator.Path(n)
		}
		// Converting every list in pieces, one item each, must give the same
		// input and the same references.
		if cut := set.toInput("2026-11-01", nil, false, 1); cut.Value.Compare(in.Value) != 0 || cut.Locator.Len() != in.Locator.Len() {
			t.Fatalf("converting in pieces differs:\n%v\n%v", in.Value, cut.Value)
		} else {
			sameRefs(t, in.Locator, cut.Locator, []string{"id", "name", s, "spec", RefKey})
		}
		taken := set.TakeInput("2026-11-01", nil)
		if taken.Value.Compare(in.Value) != 0 || taken.Locator.Len() != in.Locator.Len() {
			t.Fatalf("TakeInput differs from ToInput:\n%v\n%v", in.Value, taken.Value)
		}
		sameRefs(t, in.Locator, taken.Locator, []string{"id", "name", s, "spec", RefKey})
		if doc.Spec != nil || doc.Metadata != nil {
			t.Fatal("TakeInput kept the document's values")
		}
	})
}

// sameRefs fails unless the two locators hold the same references, with the
// same paths and key positions.
func sameRefs(t *testing.T, a, b *Locator, keys []string) {
	t.Helper()
	for n := 0; n < a.Len(); n++ {
		ra, _ := a.Lookup(n)
		rb, _ := b.Lookup(n)
		if ra.Doc != rb.Doc || ra.Pos != rb.Pos || ra.Parent != rb.Parent || ra.Step != rb.Step || a.Path(n) != b.Path(n) {
			t.Fatalf("reference %d: %+v, then %+v", n, ra, rb)
		}
		for _, key := range keys {
			pa, oka := a.FieldPos(n, key)
			pb, okb := b.FieldPos(n, key)
			if pa != pb || oka != okb {
				t.Fatalf("reference %d key %q: %v %v, then %v %v", n, key, pa, oka, pb, okb)
			}
		}
	}
}
