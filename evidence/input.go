package evidence

import (
	"sort"
	"strconv"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// RefKey is the one reserved key of the policy input. Every object the input
// holds carries it, as a number that the Locator turns back into a file and
// line; policies pass objects around and never read or write it. Keys that
// begin with "__" are not part of the evidence format, so it cannot collide.
const RefKey = "__ref"

// Ref is what a RefKey number stands for: the document, and the object inside
// it (nil for the document itself). Parent and Step give the object's path in
// its document, for messages and for fingerprints that survive line moves.
type Ref struct {
	Doc    *Document
	Value  *Value
	Parent int    // the RefKey number of the enclosing object; -1 for the document
	Step   string // "spec", "audit_logging", "users[jdoe]"
}

// Path returns the object's path in its document, as "spec.users[jdoe]".
func (l *Locator) Path(n int) string {
	var steps []string
	for i := 0; i < 64; i++ {
		r, ok := l.Lookup(n)
		if !ok || r.Parent < 0 {
			break
		}
		steps = append(steps, r.Step)
		n = r.Parent
	}
	for i, j := 0, len(steps)-1; i < j; i, j = i+1, j-1 {
		steps[i], steps[j] = steps[j], steps[i]
	}
	return strings.Join(steps, ".")
}

// Locator turns the RefKey numbers of an evaluation's input back into
// positions.
type Locator struct {
	refs []Ref
	// terms collects the converted terms of the objects that hold secrets,
	// for input.secrets; only during ToInput.
	terms map[*Value]*ast.Term
}

// Lookup returns the ref for a RefKey number.
func (l *Locator) Lookup(n int) (Ref, bool) {
	if l == nil || n < 0 || n >= len(l.refs) {
		return Ref{}, false
	}
	return l.refs[n], true
}

// Len returns how many objects the input holds.
func (l *Locator) Len() int { return len(l.refs) }

// Input is the policy input for a Set, and the Locator for its references.
type Input struct {
	Value   ast.Value
	Locator *Locator
}

// ToInput converts the set to the policy input of the evidence contract:
// {"as_of": ..., "access_matrices": [...], ...}, each document as
// {"metadata": {...}, "spec": {...}}, whichever format it came from, plus
// "index" (objects by id for joins, see index.go). extra
// holds further top-level keys (params, profile) and may be nil.
func (s *Set) ToInput(asOf string, extra map[string]*ast.Term) Input {
	loc := &Locator{refs: make([]Ref, 0, 1024), terms: map[*Value]*ast.Term{}}
	byKey := make(map[string][]*ast.Term, len(Kinds))
	for _, d := range s.Documents {
		for _, sec := range d.Secrets {
			loc.terms[sec.Object] = nil
		}
		byKey[d.Kind.InputKey] = append(byKey[d.Kind.InputKey], docTerm(loc, d))
	}
	// input.secrets: key material the reader found (and redacted), each at
	// the object that held it, for the check that reports it.
	var secrets []*ast.Term
	for _, d := range s.Documents {
		for _, sec := range d.Secrets {
			at := loc.terms[sec.Object]
			if at == nil {
				continue
			}
			secrets = append(secrets, ast.ObjectTerm(
				ast.Item(ast.StringTerm("at"), at),
				ast.Item(ast.StringTerm("field"), ast.StringTerm(sec.Field)),
				ast.Item(ast.StringTerm("kind"), ast.StringTerm(sec.Kind)),
				ast.Item(ast.StringTerm("document"), ast.StringTerm(d.Name)),
				ast.Item(ast.StringTerm("document_kind"), ast.StringTerm(d.Kind.Name)),
			))
		}
	}
	loc.terms = nil
	items := make([][2]*ast.Term, 0, len(Kinds)+2+len(extra))
	items = append(items, ast.Item(ast.StringTerm("as_of"), ast.StringTerm(asOf)))
	for _, k := range Kinds {
		items = append(items, ast.Item(ast.StringTerm(k.InputKey), ast.ArrayTerm(byKey[k.InputKey]...)))
	}
	items = append(items, ast.Item(ast.StringTerm("index"), indexTerm(byKey)))
	items = append(items, ast.Item(ast.StringTerm("secrets"), ast.ArrayTerm(secrets...)))
	keys := make([]string, 0, len(extra))
	for k := range extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		items = append(items, ast.Item(ast.StringTerm(k), extra[k]))
	}
	return Input{Value: ast.NewObject(items...), Locator: loc}
}

func docTerm(loc *Locator, d *Document) *ast.Term {
	id := len(loc.refs)
	loc.refs = append(loc.refs, Ref{Doc: d, Parent: -1})
	meta := d.Metadata
	if meta == nil {
		meta = &Value{Kind: Map, Pos: d.Pos}
	}
	spec := d.Spec
	if spec == nil {
		spec = &Value{Kind: Map, Pos: d.Pos}
	}
	return ast.ObjectTerm(
		ast.Item(ast.StringTerm(RefKey), ast.IntNumberTerm(id)),
		ast.Item(ast.StringTerm("kind"), ast.StringTerm(d.Kind.Name)),
		ast.Item(ast.StringTerm("metadata"), valueTerm(loc, d, meta, Metadata, id, "metadata")),
		ast.Item(ast.StringTerm("spec"), valueTerm(loc, d, spec, d.Kind.Spec, id, "spec")),
	)
}

// valueTerm converts a value. Null values are left out of objects: the
// contract treats null as absent, and Rego's `not x.f` reads it so.
func valueTerm(loc *Locator, d *Document, v *Value, sch *Object, parent int, step string) *ast.Term {
	switch v.Kind {
	case String:
		return ast.StringTerm(v.Str)
	case Int:
		return ast.IntNumberTerm(int(v.Int))
	case Bool:
		return ast.BooleanTerm(v.Bool)
	case List:
		terms := make([]*ast.Term, 0, len(v.Items))
		for i, it := range v.Items {
			if it.Kind == Null {
				continue
			}
			s := step + "[" + strconv.Itoa(i) + "]"
			if sch != nil && sch.Label != "" {
				if id := it.Get(sch.Label); id != nil && id.Kind == String {
					s = step + "[" + id.Str + "]"
				}
			}
			terms = append(terms, valueTerm(loc, d, it, sch, parent, s))
		}
		return ast.ArrayTerm(terms...)
	case Map:
		id := len(loc.refs)
		loc.refs = append(loc.refs, Ref{Doc: d, Value: v, Parent: parent, Step: step})
		items := make([][2]*ast.Term, 0, len(v.Fields)+1)
		items = append(items, ast.Item(ast.StringTerm(RefKey), ast.IntNumberTerm(id)))
		for _, f := range v.Fields {
			if f.Value.Kind == Null {
				continue
			}
			var fs *Object
			if sch != nil {
				if sf := sch.Lookup(f.Key); sf != nil {
					fs = sf.Object
				}
			}
			items = append(items, ast.Item(ast.StringTerm(f.Key), valueTerm(loc, d, f.Value, fs, id, f.Key)))
		}
		t := ast.ObjectTerm(items...)
		if _, want := loc.terms[v]; want {
			loc.terms[v] = t
		}
		return t
	default:
		return ast.NullTerm()
	}
}
