package evidence

import (
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

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
	Pos    Pos    // where the object is; the document's position for the document
	Parent int    // the RefKey number of the enclosing object; -1 for the document
	Step   string // "spec", "audit_logging", "users[jdoe]"
	// keys are the object's keys (read, then unread) in Locator.keys; the
	// Locator keeps positions only, so the values can go once converted.
	keys [2]int32
}

// keyPos is where one key of an object is; the key is its number in
// Locator.names. Without pointers, the collector need not look inside the
// million of them a health system has.
type keyPos struct {
	name int32
	pos  Pos
}

// FieldPos returns where the key of the object with RefKey number n is: a
// field read from the source, or one left out of the input (unknown, of the
// wrong type) that a finding may still be about.
func (l *Locator) FieldPos(n int, key string) (Pos, bool) {
	r, ok := l.Lookup(n)
	if !ok {
		return Pos{}, false
	}
	for _, k := range l.keys[r.keys[0]:r.keys[1]] {
		if l.names[k.name] == key {
			return k.pos, true
		}
	}
	return Pos{}, false
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
	refs  []Ref
	keys  []keyPos
	names []string // the distinct keys
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
	return s.toInput(asOf, extra, false, parallelMin)
}

// TakeInput is ToInput for a set that is read once: it lets each value go
// as soon as it is converted, so the evidence is never held twice, and
// leaves the documents without their values (kind, name and place stay).
// The Locator keeps every position a finding needs.
func (s *Set) TakeInput(asOf string, extra map[string]*ast.Term) Input {
	return s.toInput(asOf, extra, true, parallelMin)
}

// parallelMin is the length from which a list's items are converted in
// pieces on every core: a roster's workforce, a matrix's users.
const parallelMin = 4096

// toInput converts; lists of par items or more are converted in pieces at
// once (0: never).
func (s *Set) toInput(asOf string, extra map[string]*ast.Term, take bool, par int) Input {
	loc := &Locator{refs: make([]Ref, 0, 1024), terms: map[*Value]*ast.Term{}}
	c := newConverter(loc, take)
	c.par = par
	byKey := make(map[string][]*ast.Term, len(Kinds))
	for _, d := range s.Documents {
		for _, sec := range d.Secrets {
			loc.terms[sec.Object] = nil
		}
	}
	c.secrets = len(loc.terms) > 0
	for _, d := range s.Documents {
		byKey[d.Kind.InputKey] = append(byKey[d.Kind.InputKey], c.docTerm(d))
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
	// Kept for the whole run: no room to spare from growing them.
	loc.refs, loc.keys, loc.names = slices.Clip(slices.Clone(loc.refs)), slices.Clip(slices.Clone(c.keys)), c.nameList
	if take {
		for _, d := range s.Documents {
			d.Secrets = nil
		}
	}
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

// converter turns documents into terms. Equal strings share one term: a
// roster repeats its keys, dates, statuses and course ids on every member,
// and a term apiece was most of the input's memory. Sharing is safe because
// evaluation never changes an input term (OPA shares its own interned terms
// the same way).
type converter struct {
	loc  *Locator
	strs map[string]*ast.Term
	// keys are the key positions of the objects converted, and nameList
	// the distinct keys they number; the Locator's once done.
	keys     []keyPos
	names    map[string]int32
	nameList []string
	secrets  bool // some object holds a secret: look objects up in loc.terms
	take     bool // let each value go once converted (TakeInput)
	par      int  // convert lists this long in pieces (0: never)
	// items is scratch space for objects' key-value pairs, one slice per
	// depth; ast.NewObject copies what it is given.
	items [][][2]*ast.Term
	// piece is set on a converter of one piece of a list: its references
	// go into a window of loc.refs reserved for it, from number next.
	piece *piece
}

// piece is where one piece of a list puts what it converts.
type piece struct {
	next, base int
	refs       []Ref                // loc.refs[base:...], reserved
	found      map[*Value]*ast.Term // the terms of objects that hold secrets
}

func newConverter(loc *Locator, take bool) *converter {
	return &converter{loc: loc, strs: map[string]*ast.Term{}, names: map[string]int32{}, take: take}
}

// name numbers a key for the Locator.
func (c *converter) name(key string) int32 {
	if n, ok := c.names[key]; ok {
		return n
	}
	n := int32(len(c.nameList))
	c.nameList = append(c.nameList, key)
	c.names[key] = n
	return n
}

// addRef records an object's reference and returns its RefKey number.
func (c *converter) addRef(r Ref) int {
	if p := c.piece; p != nil {
		id := p.next
		p.refs[id-p.base] = r
		p.next++
		return id
	}
	c.loc.refs = append(c.loc.refs, r)
	return len(c.loc.refs) - 1
}

func (c *converter) str(s string) *ast.Term {
	if t, ok := c.strs[s]; ok {
		return t
	}
	t := ast.StringTerm(s)
	c.strs[s] = t
	return t
}

// ref records an object's position and its keys' positions.
func (c *converter) ref(d *Document, v *Value, parent int, step string) Ref {
	k0 := len(c.keys)
	for _, fs := range [][]Field{v.Fields(), v.Unread()} {
		for _, f := range fs {
			c.keys = append(c.keys, keyPos{name: c.name(f.Key), pos: f.KeyPos})
		}
	}
	return Ref{Doc: d, Pos: v.Pos, Parent: parent, Step: step, keys: [2]int32{int32(k0), int32(len(c.keys))}}
}

func (c *converter) docTerm(d *Document) *ast.Term {
	id := c.addRef(Ref{Doc: d, Pos: d.Pos, Parent: -1})
	meta := d.Metadata
	if meta == nil {
		meta = &Value{Kind: Map, Pos: d.Pos}
	}
	spec := d.Spec
	if spec == nil {
		spec = &Value{Kind: Map, Pos: d.Pos}
	}
	t := ast.ObjectTerm(
		ast.Item(c.str(RefKey), ast.IntNumberTerm(id)),
		ast.Item(c.str("kind"), c.str(d.Kind.Name)),
		ast.Item(c.str("metadata"), c.valueTerm(d, meta, Metadata, id, "metadata", 0)),
		ast.Item(c.str("spec"), c.valueTerm(d, spec, d.Kind.Spec, id, "spec", 0)),
	)
	if c.take {
		d.Metadata, d.Spec = nil, nil
	}
	return t
}

// valueTerm converts a value. Null values are left out of objects: the
// contract treats null as absent, and Rego's `not x.f` reads it so.
func (c *converter) valueTerm(d *Document, v *Value, sch *Object, parent int, step string, depth int) *ast.Term {
	switch v.Kind {
	case String:
		return c.str(v.Str)
	case Int:
		return ast.InternedTerm(int(v.Int))
	case Bool:
		return ast.InternedTerm(v.Bool)
	case List:
		items := v.Items()
		var terms []*ast.Term
		if c.par > 0 && len(items) >= c.par && c.piece == nil {
			terms = c.pieces(d, items, sch, parent, step, depth)
		} else {
			terms = make([]*ast.Term, 0, len(items))
			for i := range items {
				if t := c.item(d, items, i, sch, parent, step, depth); t != nil {
					terms = append(terms, t)
				}
			}
		}
		if c.take {
			v.kids = nil
		}
		return ast.ArrayTerm(terms...)
	case Map:
		id := c.addRef(c.ref(d, v, parent, step))
		for len(c.items) <= depth {
			c.items = append(c.items, nil)
		}
		items := append(c.items[depth][:0], ast.Item(c.str(RefKey), ast.IntNumberTerm(id)))
		for _, f := range v.Fields() {
			if f.Value.Kind == Null {
				continue
			}
			var fs *Object
			if sch != nil {
				if sf := sch.Lookup(f.Key); sf != nil {
					fs = sf.Object
				}
			}
			items = append(items, ast.Item(c.str(f.Key), c.valueTerm(d, f.Value, fs, id, f.Key, depth+1)))
		}
		c.items[depth] = items
		if c.take {
			v.kids = nil
		}
		t := ast.ObjectTerm(items...)
		if c.secrets {
			if _, want := c.loc.terms[v]; want {
				if c.piece != nil {
					c.piece.found[v] = t
				} else {
					c.loc.terms[v] = t
				}
			}
		}
		return t
	default:
		return ast.NullTerm()
	}
}

// item converts a list's i'th item; nil for a null one, which is left out.
func (c *converter) item(d *Document, items []*Value, i int, sch *Object, parent int, step string, depth int) *ast.Term {
	it := items[i]
	if it.Kind == Null {
		return nil
	}
	s := step + "[" + strconv.Itoa(i) + "]"
	if sch != nil && sch.Label != "" {
		if id := it.Get(sch.Label); id != nil && id.Kind == String {
			s = step + "[" + id.Str + "]"
		}
	}
	t := c.valueTerm(d, it, sch, parent, s, depth+1)
	if c.take {
		items[i] = nil
	}
	return t
}

// pieces converts a long list's items in pieces, on every core. RefKey
// numbers stay those of a one-by-one conversion: each piece's objects are
// counted first and the piece is given the numbers from where the pieces
// before it end; its key positions are joined in order afterwards.
func (c *converter) pieces(d *Document, items []*Value, sch *Object, parent int, step string, depth int) []*ast.Term {
	workers := runtime.GOMAXPROCS(0)
	n := min(len(items), 4*workers)
	starts := make([]int, n+1) // piece k is items[starts[k]:starts[k+1]]
	for k := range starts {
		starts[k] = k * len(items) / n
	}
	base := len(c.loc.refs)
	firsts := make([]int, n+1) // piece k's first RefKey number
	firsts[0] = base
	for k := 0; k < n; k++ {
		objs := 0
		for _, it := range items[starts[k]:starts[k+1]] {
			objs += countMaps(it)
		}
		firsts[k+1] = firsts[k] + objs
	}
	c.loc.refs = slices.Grow(c.loc.refs, firsts[n]-base)[:firsts[n]]
	terms := make([]*ast.Term, len(items))
	convs := make([]*converter, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(workers, n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1)) - 1
				if k >= n {
					return
				}
				pc := newConverter(c.loc, c.take)
				pc.secrets = c.secrets
				pc.piece = &piece{next: firsts[k], base: firsts[k], refs: c.loc.refs[firsts[k]:firsts[k+1]], found: map[*Value]*ast.Term{}}
				for i := starts[k]; i < starts[k+1]; i++ {
					terms[i] = pc.item(d, items, i, sch, parent, step, depth)
				}
				convs[k] = pc
			}
		}()
	}
	wg.Wait()
	for k, pc := range convs {
		off := int32(len(c.keys))
		for i := range pc.piece.refs {
			pc.piece.refs[i].keys[0] += off
			pc.piece.refs[i].keys[1] += off
		}
		for _, kp := range pc.keys {
			c.keys = append(c.keys, keyPos{name: c.name(pc.nameList[kp.name]), pos: kp.pos})
		}
		for v, t := range pc.piece.found {
			c.loc.terms[v] = t
		}
		convs[k] = nil
	}
	return slices.DeleteFunc(terms, func(t *ast.Term) bool { return t == nil })
}

// countMaps counts the objects under v, v included: the references its
// conversion makes.
func countMaps(v *Value) int {
	n := 0
	if v.Kind == Map {
		n = 1
	}
	for _, it := range v.Items() {
		n += countMaps(it)
	}
	for _, f := range v.Fields() {
		n += countMaps(f.Value)
	}
	return n
}
