package evidence

import (
	"strings"
	"testing"
)

// TestPiecesKeepSecrets converts a list whose items hold key material one
// item at a time and whole: input.secrets must point at the same objects.
func TestPiecesKeepSecrets(t *testing.T) {
	for _, par := range []int{0, 1, 2, 3} {
		set, items := secretSet()
		in := set.toInput("2026-11-01", nil, false, par)
		got := in.Value.String()
		if n := strings.Count(got, `"field": "key"`); n != len(items) {
			t.Errorf("par %d: %d secrets in the input, want %d:\n%s", par, n, len(items), got)
		}
		want, _ := secretSet()
		if w := want.toInput("2026-11-01", nil, false, 0); w.Value.Compare(in.Value) != 0 {
			t.Errorf("par %d: the input differs from one converted whole:\n%v\n%v", par, w.Value, in.Value)
		}
	}
}

func secretSet() (*Set, []*Value) {
	list := &Value{Kind: List}
	var items []*Value
	doc := &Document{Kind: Kinds[0], Name: "m", File: "f.yaml"}
	for i := 0; i < 5; i++ {
		it := &Value{Kind: Map, Pos: Pos{Line: int32(i + 2), Column: 3}}
		it.AddField(Field{Key: "id", KeyPos: Pos{Line: int32(i + 2), Column: 3}, Value: &Value{Kind: String, Str: string(rune('a' + i))}})
		it.AddUnread(Field{Key: "key", KeyPos: Pos{Line: int32(i + 2), Column: 9}})
		list.AddItem(it)
		items = append(items, it)
		doc.Secrets = append(doc.Secrets, Secret{Object: it, Field: "key", Kind: "a PEM key block", Pos: Pos{Line: int32(i + 2), Column: 9}})
	}
	spec := &Value{Kind: Map}
	spec.AddField(Field{Key: "users", Value: list})
	doc.Spec = spec
	return &Set{Documents: []*Document{doc}}, items
}
