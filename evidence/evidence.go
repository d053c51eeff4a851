// Package evidence is the model of what safeguard reads: documents of the six
// kinds of the evidence format (docs/evidence.md), each a tree of values that
// keeps the line and column it came from, and its conversion to the one Rego
// input the policies evaluate.
package evidence

import (
	"sort"

	"github.com/safeguard-hipaa/safeguard/diag"
)

// ValueKind is the kind of a Value.
type ValueKind uint8

const (
	Null ValueKind = iota
	String
	Int
	Bool
	List
	Map
)

// Pos is a compact line and column; the file is the Document's.
type Pos struct {
	Line, Column int32
}

// Value is one node of a document, checked against the schema. Objects keep
// their fields in source order; scalars keep their typed value.
type Value struct {
	Kind ValueKind
	Bool bool // Bool
	Pos  Pos
	Str  string // String (and dates, kept as YYYY-MM-DD)
	Int  int64  // Int
	// kids are a List's items or a Map's fields, behind a pointer so that
	// a scalar, most of what is read, takes 48 bytes rather than 128: at a
	// health system's size that was a fifth of the reading's memory.
	kids *kids
}

type kids struct {
	items  []*Value
	fields []Field
	unread []Field
}

// Items returns a List's items.
func (v *Value) Items() []*Value {
	if v == nil || v.kids == nil {
		return nil
	}
	return v.kids.items
}

// Fields returns a Map's fields, in source order.
func (v *Value) Fields() []Field {
	if v == nil || v.kids == nil {
		return nil
	}
	return v.kids.fields
}

// Unread returns the fields given in the source but left out of Fields
// (an unknown field, a value of the wrong type) that a finding may still
// be about, such as key material; they are kept for their key positions.
func (v *Value) Unread() []Field {
	if v == nil || v.kids == nil {
		return nil
	}
	return v.kids.unread
}

// AddItem appends an item to a List.
func (v *Value) AddItem(it *Value) { k := v.kidsFor(); k.items = append(k.items, it) }

// AddField appends a field to a Map.
func (v *Value) AddField(f Field) { k := v.kidsFor(); k.fields = append(k.fields, f) }

// AddUnread records a field left out of Fields, for its key position.
func (v *Value) AddUnread(f Field) { k := v.kidsFor(); k.unread = append(k.unread, f) }

func (v *Value) kidsFor() *kids {
	if v.kids == nil {
		v.kids = &kids{}
	}
	return v.kids
}

// Field is one key of an object: its name, where the key is, and its value.
type Field struct {
	Key    string
	KeyPos Pos
	Value  *Value
}

// Get returns the value of the field with the key, or nil.
func (v *Value) Get(key string) *Value {
	if v == nil {
		return nil
	}
	fields := v.Fields()
	for i := range fields {
		if fields[i].Key == key {
			return fields[i].Value
		}
	}
	return nil
}

// FieldPos returns where the field's key is, and false where the object has
// no such field.
func (v *Value) FieldPos(key string) (Pos, bool) {
	if v == nil {
		return Pos{}, false
	}
	for _, fs := range [][]Field{v.Fields(), v.Unread()} {
		for i := range fs {
			if fs[i].Key == key {
				return fs[i].KeyPos, true
			}
		}
	}
	return Pos{}, false
}

// Document is one evidence document: a YAML document with apiVersion
// safeguard/v1, or one top-level HCL block.
type Document struct {
	Kind     *Kind
	Name     string
	File     string // relative to the scanned root, '/' separators
	Format   string // "yaml" or "hcl"
	Pos      Pos    // the document's first line (YAML) or its block (HCL)
	Metadata *Value
	Spec     *Value
	// Secrets is the key material found in the document; each value is
	// already redacted.
	Secrets []Secret
}

// Secret is key material committed in evidence: where it is, and what it
// looked like. The value itself is never kept.
type Secret struct {
	Object *Value // the object holding the field
	Field  string
	Kind   string // "a PEM key block", ...
	Pos    Pos
}

// Range returns the range of a position in the document's file.
func (d *Document) Range(p Pos) diag.Range {
	at := diag.Pos{Line: int(p.Line), Column: int(p.Column), Byte: -1}
	return diag.Range{Filename: d.File, Start: at, End: at}
}

// FileInfo records one file the scanner looked at.
type FileInfo struct {
	Path      string   `json:"path"`
	Format    string   `json:"format"`
	Kinds     []string `json:"kinds,omitempty"`
	Documents int      `json:"documents"`
	Skipped   int      `json:"skipped"` // documents or files that are not evidence
	SHA256    string   `json:"sha256"`
	Size      int64    `json:"size"`
}

// Set is everything read from one scan: the documents, the files, and the
// diagnostics met while reading.
type Set struct {
	Root        string
	Documents   []*Document
	Files       []FileInfo
	Diagnostics diag.Diagnostics
}

// Sort orders documents, files and diagnostics so that the output of a scan
// does not depend on the order files were read in.
func (s *Set) Sort() {
	sort.SliceStable(s.Documents, func(i, j int) bool {
		a, b := s.Documents[i], s.Documents[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Pos.Line < b.Pos.Line
	})
	sort.SliceStable(s.Files, func(i, j int) bool { return s.Files[i].Path < s.Files[j].Path })
	s.Diagnostics.Sort()
}

// Skipped returns how many files or documents were skipped as not evidence.
func (s *Set) Skipped() int {
	n := 0
	for _, f := range s.Files {
		n += f.Skipped
	}
	return n
}

// ByKind returns the documents of a kind, in Set order.
func (s *Set) ByKind(k *Kind) []*Document {
	var out []*Document
	for _, d := range s.Documents {
		if d.Kind == k {
			out = append(out, d)
		}
	}
	return out
}
