package evidence

import (
	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/safeguard-hipaa/safeguard/diag"
)

// indexes are the lookups joins need, built once in Go so that no policy
// nests two loops over lists (which is quadratic at a health system's size).
// This is plain indexing by id, never a compliance decision.
var indexes = []struct {
	name, inputKey, list, key string
}{
	{"workforce", "training_rosters", "workforce", "id"},
	{"vendors", "business_associates", "vendors", "id"},
	{"data_stores", "encryption_configs", "data_stores", "name"},
	{"records", "retention_schedules", "records", "type"},
}

// indexTerm builds input.index from the converted documents: for each
// index, an object from id to the object. The first object with an id wins;
// the scanner reports duplicates.
func indexTerm(byKey map[string][]*ast.Term) *ast.Term {
	items := make([][2]*ast.Term, 0, len(indexes))
	for _, ix := range indexes {
		obj := ast.NewObject()
		for _, doc := range byKey[ix.inputKey] {
			spec := doc.Get(ast.StringTerm("spec"))
			if spec == nil {
				continue
			}
			list := spec.Get(ast.StringTerm(ix.list))
			if list == nil {
				continue
			}
			arr, ok := list.Value.(*ast.Array)
			if !ok {
				continue
			}
			arr.Foreach(func(item *ast.Term) {
				id := item.Get(ast.StringTerm(ix.key))
				if id == nil || obj.Get(id) != nil {
					return
				}
				obj.Insert(id, item)
			})
		}
		items = append(items, ast.Item(ast.StringTerm(ix.name), ast.NewTerm(obj)))
	}
	return ast.ObjectTerm(items...)
}

// DuplicateIDs reports an id that two documents of one kind both define
// (the same workforce member in two rosters, one vendor in two
// inventories): joins would see only the first. Duplicates inside one list
// are reported by the reader.
func (s *Set) DuplicateIDs() diag.Diagnostics {
	var out diag.Diagnostics
	for _, ix := range indexes {
		type first struct {
			doc *Document
			pos Pos
		}
		seen := map[string]first{}
		for _, d := range s.Documents {
			if d.Kind.InputKey != ix.inputKey {
				continue
			}
			list := d.Spec.Get(ix.list)
			if list == nil {
				continue
			}
			local := map[string]bool{}
			for _, item := range list.Items() {
				id := item.Get(ix.key)
				if id == nil || id.Kind != String || local[id.Str] {
					continue
				}
				local[id.Str] = true
				if f, ok := seen[id.Str]; ok {
					out = append(out, diag.Errorf(diag.CodeDuplicateName, d.Range(id.Pos), "Duplicate id across documents",
						"%s %q is also defined in %s %q at %s; joins use the first, so this one is not checked against other evidence.",
						ix.key, id.Str, f.doc.Kind.Name, f.doc.Name, f.doc.Range(f.pos)))
					continue
				}
				seen[id.Str] = first{d, id.Pos}
			}
		}
	}
	return out
}
