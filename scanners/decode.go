package scanners

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/evidence"
)

// nodeKind is the shape of a source node, whatever its format.
type nodeKind int

const (
	nScalar nodeKind = iota + 1
	nList
	nMap
	nNull
)

// scalarKind is the type the source format gave a scalar.
type scalarKind int

const (
	sString scalarKind = iota + 1
	sInt
	sFloat
	sBool
	sDate // a YAML timestamp
)

func (k scalarKind) String() string {
	switch k {
	case sString:
		return "string"
	case sInt:
		return "whole number"
	case sFloat:
		return "number"
	case sBool:
		return "boolean"
	case sDate:
		return "date"
	}
	return "value"
}

// node is a source node of either format. The YAML and HCL adapters implement
// it, so one decoder checks both against the schema and both give the same
// evidence.Value shape.
type node interface {
	pos() evidence.Pos
	kind() nodeKind
	scalar() (text string, k scalarKind)
	items() []node
	// fields lists the keys of a map node. HCL needs the schema to map block
	// types to fields (role → roles); YAML ignores it.
	fields(o *evidence.Object) []nodeField
}

// nodeField is one key of a map node.
type nodeField struct {
	key    string
	keyPos evidence.Pos
	value  node
	// block is the HCL block type where the field came from repeated blocks,
	// so messages name what the author wrote.
	block string
}

// Limits bound what one file may make the reader do.
type Limits struct {
	// MaxDepth is the deepest nesting of objects and lists accepted.
	MaxDepth int
	// MaxNodes is how many nodes one document may expand to (YAML aliases
	// included), so an alias bomb is refused instead of expanded.
	MaxNodes int
	// MaxAliasNodes is how many values YAML aliases may add to one document
	// beyond what is written out. Literal values cost memory in proportion
	// to the file (which --max-file-size bounds); aliases multiply, so they
	// get a budget of their own.
	MaxAliasNodes int
}

// DefaultLimits are generous for real evidence and small for attacks.
var DefaultLimits = Limits{MaxDepth: 64, MaxNodes: 20_000_000, MaxAliasNodes: 100_000}

// withDefaults fills each unset limit from DefaultLimits.
func (l Limits) withDefaults() Limits {
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultLimits.MaxDepth
	}
	if l.MaxNodes <= 0 {
		l.MaxNodes = DefaultLimits.MaxNodes
	}
	if l.MaxAliasNodes <= 0 {
		l.MaxAliasNodes = DefaultLimits.MaxAliasNodes
	}
	return l
}

// decoder checks one document's nodes against the schema.
type decoder struct {
	file   string
	limits Limits
	nodes  int
	diags  diag.Diagnostics
	// stopped is set when a limit was hit, so one bomb gives one diagnostic.
	stopped bool
	// strictSecrets also flags long hex and base64 values as keys (in an
	// EncryptionConfig, where keys are configured).
	strictSecrets bool
	// secrets are the key material found, already redacted in the values.
	secrets []evidence.Secret
	// split, when set, is the document's longest sequence, read in pieces
	// (yamlsplit.go).
	split *yamlSplit
}

func (d *decoder) rng(p evidence.Pos) diag.Range {
	at := diag.Pos{Line: int(p.Line), Column: int(p.Column), Byte: -1}
	return diag.Range{Filename: d.file, Start: at, End: at}
}

func (d *decoder) errorf(code string, p evidence.Pos, summary, detail string, args ...any) {
	d.diags = append(d.diags, diag.Errorf(code, d.rng(p), summary, detail, args...))
}

func (d *decoder) warnf(code string, p evidence.Pos, summary, detail string, args ...any) {
	d.diags = append(d.diags, diag.Warnf(code, d.rng(p), summary, detail, args...))
}

// budget counts a node against the limits; false means stop descending.
func (d *decoder) budget(n node, depth int) bool {
	if d.stopped {
		return false
	}
	d.nodes++
	if depth > d.limits.MaxDepth {
		d.stopped = true
		d.errorf(diag.CodeDepth, n.pos(), "Nesting too deep", "Values nest more than %d levels deep here; the evidence format never needs more than a few.", d.limits.MaxDepth)
		return false
	}
	if d.nodes > d.limits.MaxNodes {
		d.stopped = true
		d.errorf(diag.CodeAlias, n.pos(), "Document too large", "The document expands to more than %d values (YAML aliases count each time they are used); it was not read further.", d.limits.MaxNodes)
		return false
	}
	return true
}

// object decodes a map node against an object schema. what names the object
// in messages ("spec", "role \"physician\"").
func (d *decoder) object(n node, o *evidence.Object, what string, depth int) *evidence.Value {
	if !d.budget(n, depth) {
		return nil
	}
	switch n.kind() {
	case nNull:
		return &evidence.Value{Kind: evidence.Null, Pos: n.pos()}
	case nMap:
	default:
		d.errorf(diag.CodeType, n.pos(), "Wrong type", "%s must be an object (a mapping of fields), not %s.", what, describe(n))
		return nil
	}
	v := &evidence.Value{Kind: evidence.Map, Pos: n.pos()}
	// The fields read so far; a schema has a dozen at most, so a scan of a
	// slice on the stack beats a map per object.
	var seenBuf [16]*evidence.FieldSchema
	seen := seenBuf[:0]
	for _, nf := range n.fields(o) {
		f := o.Lookup(nf.key)
		if f == nil {
			name := nf.key
			if nf.block != "" {
				name = nf.block
			}
			d.warnf(diag.CodeUnknownField, nf.keyPos, "Unknown field", "%q is not a field of %s.%s", name, what, diag.DidYouMean(name, o.Names()))
			if kind := d.scanSecrets(nf.value, 0); kind != "" {
				d.secrets = append(d.secrets, evidence.Secret{Object: v, Field: nf.key, Kind: kind, Pos: nf.keyPos})
				v.AddUnread(evidence.Field{Key: nf.key, KeyPos: nf.keyPos})
			}
			continue
		}
		if slices.Contains(seen, f) {
			d.errorf(diag.CodeDuplicateKey, nf.keyPos, "Duplicate field", "%q is given more than once in %s; only the first is read.", nf.key, what)
			continue
		}
		seen = append(seen, f)
		// Key material is a finding whatever the field's type, even where
		// the value is wrong for the field (a PEM block as a status), and
		// in a list of strings as in a single one.
		secret := d.secretIn(nf.value)
		if secret != "" {
			d.secrets = append(d.secrets, evidence.Secret{Object: v, Field: nf.key, Kind: secret, Pos: nf.keyPos})
		}
		val := d.field(nf.value, f, what, depth+1)
		if val == nil {
			if secret != "" {
				v.AddUnread(evidence.Field{Key: nf.key, KeyPos: nf.keyPos})
			}
			continue
		}
		d.redact(val)
		v.AddField(evidence.Field{Key: nf.key, KeyPos: nf.keyPos, Value: val})
	}
	for _, f := range o.Fields {
		if f.Required && !slices.Contains(seen, f) {
			d.errorf(diag.CodeRequired, n.pos(), "Missing required field", "%s has no %q; it is required.", what, f.Name)
		}
	}
	return v
}

// field decodes one field's value; nil means the value was wrong and an
// error was recorded, so the field is left out.
func (d *decoder) field(n node, f *evidence.FieldSchema, parent string, depth int) *evidence.Value {
	if n.kind() == nNull {
		// Null means absent: `terminated: null` and `expires:` read the same.
		return &evidence.Value{Kind: evidence.Null, Pos: n.pos()}
	}
	switch f.Type {
	case evidence.TObject:
		return d.object(n, f.Object, fieldName{f.Name, parent, false}.String(), depth)
	case evidence.TObjects:
		return d.objects(n, f, parent, depth)
	case evidence.TStrings:
		return d.strings(n, f, parent, depth)
	default:
		if !d.budget(n, depth) {
			return nil
		}
		return d.scalar(n, f, fieldName{f.Name, parent, false})
	}
}

// fieldName names a field in messages: "\"status\" in workforce #3". It is
// put together only when a message needs it: at a health system's size,
// naming every field up front was a good part of the reading.
type fieldName struct {
	field, parent string
	// item is set for an item of a list of strings: "an item of ...".
	item bool
}

func (w fieldName) String() string {
	s := strconv.Quote(w.field) + " in " + w.parent
	if w.item {
		return "an item of " + s
	}
	return s
}

func (d *decoder) objects(n node, f *evidence.FieldSchema, parent string, depth int) *evidence.Value {
	if d.split.is(n) {
		return d.objectsSplit(n, f, depth)
	}
	if !d.budget(n, depth) {
		return nil
	}
	if n.kind() != nList {
		d.errorf(diag.CodeType, n.pos(), "Wrong type", "%q in %s must be a list of objects, not %s.", f.Name, parent, describe(n))
		return nil
	}
	v := &evidence.Value{Kind: evidence.List, Pos: n.pos()}
	ids := make(map[string]bool)
	for i, it := range n.items() {
		d.addItem(v, d.object(it, f.Object, itemName(f.Block, i), depth+1), f, ids)
	}
	return v
}

// itemName names the i'th (0-based) item of a list in messages.
func itemName(singular string, i int) string { return singular + " #" + strconv.Itoa(i+1) }

// addItem appends a decoded item to the list v, unless it did not decode,
// and reports an id that ids already holds.
func (d *decoder) addItem(v, item *evidence.Value, f *evidence.FieldSchema, ids map[string]bool) {
	if item == nil || item.Kind != evidence.Map {
		return
	}
	if f.Object.Label != "" {
		if id := item.Get(f.Object.Label); id != nil && id.Kind == evidence.String {
			if ids[id.Str] {
				d.errorf(diag.CodeDuplicateName, id.Pos, "Duplicate id", "%s %q appears more than once in %q; each must be unique.", f.Block, id.Str, f.Name)
			}
			ids[id.Str] = true
		}
	}
	v.AddItem(item)
}

func (d *decoder) strings(n node, f *evidence.FieldSchema, parent string, depth int) *evidence.Value {
	if !d.budget(n, depth) {
		return nil
	}
	if n.kind() != nList {
		d.errorf(diag.CodeType, n.pos(), "Wrong type", "%s must be a list of strings, not %s.", fieldName{f.Name, parent, false}, describe(n))
		return nil
	}
	v := &evidence.Value{Kind: evidence.List, Pos: n.pos()}
	elem := &evidence.FieldSchema{Name: f.Name, Type: evidence.TString, Enum: f.Enum}
	for _, it := range n.items() {
		if !d.budget(it, depth+1) {
			return nil
		}
		if it.kind() == nNull {
			continue
		}
		if s := d.scalar(it, elem, fieldName{f.Name, parent, true}); s != nil {
			v.AddItem(s)
		}
	}
	return v
}

func (d *decoder) scalar(n node, f *evidence.FieldSchema, what fieldName) *evidence.Value {
	p := n.pos()
	if n.kind() != nScalar {
		d.errorf(diag.CodeType, p, "Wrong type", "%s must be a %s, not %s.", what, f.Type, describe(n))
		return nil
	}
	text, sk := n.scalar()
	switch f.Type {
	case evidence.TString, evidence.TNullableS:
		if sk == sBool {
			d.errorf(diag.CodeType, p, "Wrong type", "%s must be a string, not the boolean %s.", what, text)
			return nil
		}
		if len(f.Enum) > 0 && !contains(f.Enum, text) {
			d.errorf(diag.CodeEnum, p, "Value not allowed", "%s is %s; it must be one of %s.%s", what, quoteValue(text), strings.Join(f.Enum, ", "), diag.DidYouMean(text, f.Enum))
			return nil
		}
		return &evidence.Value{Kind: evidence.String, Str: text, Pos: p}
	case evidence.TInt:
		switch sk {
		case sInt:
			i, err := strconv.ParseInt(strings.ReplaceAll(text, "_", ""), 0, 64)
			if err != nil || i < -1<<40 || i > 1<<40 {
				d.errorf(diag.CodeNumber, p, "Number out of range", "%s is %s, which is not a whole number this field can hold.", what, quoteValue(text))
				return nil
			}
			return &evidence.Value{Kind: evidence.Int, Int: i, Pos: p}
		case sFloat:
			d.errorf(diag.CodeNumber, p, "Not a whole number", "%s is %s; the field counts whole units (the unit is in its name).", what, quoteValue(text))
			return nil
		default:
			d.errorf(diag.CodeType, p, "Wrong type", "%s must be a whole number, not the %s %s.", what, sk, quoteValue(text))
			return nil
		}
	case evidence.TBool:
		if sk != sBool {
			d.errorf(diag.CodeType, p, "Wrong type", "%s must be true or false, not the %s %s.", what, sk, quoteValue(text))
			return nil
		}
		return &evidence.Value{Kind: evidence.Bool, Bool: text == "true", Pos: p}
	case evidence.TDate:
		if sk != sString && sk != sDate {
			d.errorf(diag.CodeType, p, "Wrong type", "%s must be a date (YYYY-MM-DD), not the %s %s.", what, sk, quoteValue(text))
			return nil
		}
		if _, err := time.Parse("2006-01-02", text); err != nil || len(text) != 10 {
			d.errorf(diag.CodeDate, p, "Bad date", "%s is %s; dates are written YYYY-MM-DD and must be real days.", what, quoteValue(text))
			return nil
		}
		return &evidence.Value{Kind: evidence.String, Str: text, Pos: p}
	}
	d.errorf(diag.CodeType, p, "Wrong type", "%s has a type the reader does not know.", what)
	return nil
}

func describe(n node) string {
	switch n.kind() {
	case nList:
		return "a list"
	case nMap:
		return "an object"
	case nNull:
		return "null"
	}
	text, k := n.scalar()
	if secretKind(text, true) != "" {
		return "a value that looks like key material (" + Redacted + ")"
	}
	if len(text) > 40 {
		text = text[:40] + "…"
	}
	return fmt.Sprintf("the %s %q", k, text)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
