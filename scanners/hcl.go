package scanners

import (
	"bytes"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/evidence"
)

func hclPos(p hcl.Pos) evidence.Pos {
	return evidence.Pos{Line: int32(p.Line), Column: int32(p.Column)}
}

// hclBody adapts an HCL block body (attributes and nested blocks) to a map
// node. label, when set, is the block's label, given as the schema's label
// field (role "physician" → name = "physician").
type hclBody struct {
	body     *hclsyntax.Body
	at       hcl.Pos
	label    *nodeField
	skipAttr string // the top block's owner, which is metadata, not spec
	d        *decoder
}

func (b hclBody) pos() evidence.Pos            { return hclPos(b.at) }
func (b hclBody) kind() nodeKind               { return nMap }
func (b hclBody) scalar() (string, scalarKind) { return "", 0 }
func (b hclBody) items() []node                { return nil }

func (b hclBody) fields(o *evidence.Object) []nodeField {
	var out []nodeField
	if b.label != nil {
		out = append(out, *b.label)
	}
	// Attributes come from a map; order them by position for stable output.
	attrs := make([]*hclsyntax.Attribute, 0, len(b.body.Attributes))
	for _, a := range b.body.Attributes {
		if a.Name != b.skipAttr {
			attrs = append(attrs, a)
		}
	}
	sort.Slice(attrs, func(i, j int) bool { return attrs[i].SrcRange.Start.Byte < attrs[j].SrcRange.Start.Byte })
	for _, a := range attrs {
		out = append(out, nodeField{key: a.Name, keyPos: hclPos(a.NameRange.Start), value: b.d.expr(a.Expr)})
	}
	// Repeated blocks of a list field gather into one list node, at the
	// first block; a block given once is an object field.
	lists := map[string]*hclList{}
	for _, blk := range b.body.Blocks {
		var listField *evidence.FieldSchema
		for _, f := range o.Fields {
			if f.Type == evidence.TObjects && f.Block == blk.Type {
				listField = f
				break
			}
		}
		if listField == nil {
			if len(blk.Labels) > 0 {
				b.d.errorf(diag.CodeType, hclPos(blk.LabelRanges[0].Start), "Unexpected block label", "The %q block takes no label.", blk.Type)
			}
			out = append(out, nodeField{key: blk.Type, keyPos: hclPos(blk.TypeRange.Start), value: hclBody{body: blk.Body, at: blk.TypeRange.Start, d: b.d}})
			continue
		}
		l := lists[listField.Name]
		if l == nil {
			l = &hclList{at: blk.TypeRange.Start}
			lists[listField.Name] = l
			out = append(out, nodeField{key: listField.Name, keyPos: hclPos(blk.TypeRange.Start), value: l, block: blk.Type})
		}
		item := hclBody{body: blk.Body, at: blk.TypeRange.Start, d: b.d}
		label := listField.Object.Label
		switch {
		case label == "" && len(blk.Labels) > 0:
			b.d.errorf(diag.CodeType, hclPos(blk.LabelRanges[0].Start), "Unexpected block label", "The %q block takes no label.", blk.Type)
		case label != "" && len(blk.Labels) != 1:
			b.d.errorf(diag.CodeRequired, hclPos(blk.TypeRange.Start), "Missing block label", "A %q block needs exactly one label, its %s: %s \"...\" { }.", blk.Type, label, blk.Type)
			continue
		case label != "":
			item.label = &nodeField{key: label, keyPos: hclPos(blk.LabelRanges[0].Start), value: hclScalar{text: blk.Labels[0], k: sString, at: blk.LabelRanges[0].Start}}
		}
		l.list = append(l.list, item)
	}
	return out
}

// hclList is the list node of repeated blocks.
type hclList struct {
	at   hcl.Pos
	list []node
}

func (l *hclList) pos() evidence.Pos                   { return hclPos(l.at) }
func (l *hclList) kind() nodeKind                      { return nList }
func (l *hclList) scalar() (string, scalarKind)        { return "", 0 }
func (l *hclList) items() []node                       { return l.list }
func (l *hclList) fields(*evidence.Object) []nodeField { return nil }

// hclScalar is a literal value.
type hclScalar struct {
	text string
	k    scalarKind
	null bool
	at   hcl.Pos
}

func (s hclScalar) pos() evidence.Pos { return hclPos(s.at) }
func (s hclScalar) kind() nodeKind {
	if s.null {
		return nNull
	}
	return nScalar
}
func (s hclScalar) scalar() (string, scalarKind)        { return s.text, s.k }
func (s hclScalar) items() []node                       { return nil }
func (s hclScalar) fields(*evidence.Object) []nodeField { return nil }

// hclExprList is a tuple literal.
type hclExprList struct {
	at   hcl.Pos
	list []node
}

func (l hclExprList) pos() evidence.Pos                   { return hclPos(l.at) }
func (l hclExprList) kind() nodeKind                      { return nList }
func (l hclExprList) scalar() (string, scalarKind)        { return "", 0 }
func (l hclExprList) items() []node                       { return l.list }
func (l hclExprList) fields(*evidence.Object) []nodeField { return nil }

// hclExprMap is an object literal, the same as a block.
type hclExprMap struct {
	at   hcl.Pos
	list []nodeField
}

func (m hclExprMap) pos() evidence.Pos                   { return hclPos(m.at) }
func (m hclExprMap) kind() nodeKind                      { return nMap }
func (m hclExprMap) scalar() (string, scalarKind)        { return "", 0 }
func (m hclExprMap) items() []node                       { return nil }
func (m hclExprMap) fields(*evidence.Object) []nodeField { return m.list }

// expr turns a literal expression into a node. Anything that is not a
// literal (a variable, a function call, an interpolation) is an error at its
// range and reads as null.
func (d *decoder) expr(e hclsyntax.Expression) node {
	at := e.Range().Start
	switch x := e.(type) {
	case *hclsyntax.TupleConsExpr:
		l := hclExprList{at: at}
		for _, it := range x.Exprs {
			l.list = append(l.list, d.expr(it))
		}
		return l
	case *hclsyntax.ObjectConsExpr:
		m := hclExprMap{at: at}
		for _, it := range x.Items {
			kv, diags := it.KeyExpr.Value(nil)
			if diags.HasErrors() || !kv.IsKnown() || kv.IsNull() || kv.Type() != cty.String {
				d.errorf(diag.CodeExpression, hclPos(it.KeyExpr.Range().Start), "Not a literal key", "Object keys in evidence must be literal names or strings.")
				continue
			}
			m.list = append(m.list, nodeField{key: kv.AsString(), keyPos: hclPos(it.KeyExpr.Range().Start), value: d.expr(it.ValueExpr)})
		}
		return m
	case *hclsyntax.ParenthesesExpr:
		return d.expr(x.Expression)
	}
	v, diags := e.Value(nil)
	if diags.HasErrors() {
		detail := "Evidence holds literal values only (strings, numbers, booleans, lists, objects)."
		if len(diags) > 0 && diags[0].Summary != "" {
			detail = fmt.Sprintf("%s: %s", strings.TrimSuffix(diags[0].Summary, "."), detail)
		}
		d.errorf(diag.CodeExpression, hclPos(at), "Not a literal value", "%s", detail)
		return hclScalar{null: true, at: at}
	}
	return d.literal(v, at)
}

func (d *decoder) literal(v cty.Value, at hcl.Pos) node {
	if v.IsNull() {
		return hclScalar{null: true, at: at}
	}
	if !v.IsKnown() {
		d.errorf(diag.CodeExpression, hclPos(at), "Not a literal value", "Evidence holds literal values only.")
		return hclScalar{null: true, at: at}
	}
	switch ty := v.Type(); {
	case ty == cty.String:
		return hclScalar{text: v.AsString(), k: sString, at: at}
	case ty == cty.Bool:
		return hclScalar{text: fmt.Sprint(v.True()), k: sBool, at: at}
	case ty == cty.Number:
		f := v.AsBigFloat()
		if f.IsInt() {
			i, _ := f.Int(new(big.Int))
			return hclScalar{text: i.String(), k: sInt, at: at}
		}
		return hclScalar{text: f.Text('g', -1), k: sFloat, at: at}
	case ty.IsTupleType() || ty.IsListType() || ty.IsSetType():
		l := hclExprList{at: at}
		for it := v.ElementIterator(); it.Next(); {
			_, ev := it.Element()
			l.list = append(l.list, d.literal(ev, at))
		}
		return l
	case ty.IsObjectType() || ty.IsMapType():
		// An object value from an expression the walker does not descend
		// (rare: literals are walked as syntax), keyed in sorted order.
		m := hclExprMap{at: at}
		vals := map[string]cty.Value{}
		var keys []string
		for it := v.ElementIterator(); it.Next(); {
			k, ev := it.Element()
			keys = append(keys, k.AsString())
			vals[k.AsString()] = ev
		}
		sort.Strings(keys)
		for _, k := range keys {
			m.list = append(m.list, nodeField{key: k, keyPos: hclPos(at), value: d.literal(vals[k], at)})
		}
		return m
	}
	d.errorf(diag.CodeExpression, hclPos(at), "Not a literal value", "Evidence holds literal values only.")
	return hclScalar{null: true, at: at}
}

// ReadHCL reads the evidence blocks of one HCL file. A file none of whose
// top-level blocks is an evidence kind is not evidence (skipped = 1); in an
// evidence file, an unknown top-level block is a warning with a suggestion.
func ReadHCL(file string, src []byte, limits Limits) (docs []*evidence.Document, skipped int, diags diag.Diagnostics) {
	limits = limits.withDefaults()
	if at, deep := hclTooDeep(file, src, limits.MaxDepth); deep {
		return nil, 0, diag.Diagnostics{diag.Errorf(diag.CodeDepth, pointRange(file, at.Line, at.Column), "Nesting too deep", "Brackets, braces and templates nest more than %d levels deep here; the evidence format never needs more than a few. The file was not read.", limits.MaxDepth)}
	}
	f, hd := hclsyntax.ParseConfig(src, file, hcl.Pos{Line: 1, Column: 1, Byte: 0})
	if hd.HasErrors() {
		for _, x := range hd {
			if x.Severity != hcl.DiagError {
				continue
			}
			r := diag.Range{Filename: file}
			if x.Subject != nil {
				r.Start = diag.Pos{Line: x.Subject.Start.Line, Column: x.Subject.Start.Column, Byte: x.Subject.Start.Byte}
				r.End = diag.Pos{Line: x.Subject.End.Line, Column: x.Subject.End.Column, Byte: x.Subject.End.Byte}
			} else {
				r = pointRange(file, 1, 1)
			}
			diags = append(diags, diag.Diagnostic{Severity: diag.Error, Code: diag.CodeSyntax, Summary: "Invalid HCL", Detail: fmt.Sprintf("%s: %s", x.Summary, x.Detail), Subject: r})
		}
		return nil, 0, diags
	}
	body, ok := f.Body.(*hclsyntax.Body)
	if !ok {
		return nil, 1, nil
	}
	known := 0
	for _, blk := range body.Blocks {
		if evidence.KindByBlock(blk.Type) != nil {
			known++
		}
	}
	if known == 0 {
		return nil, 1, nil
	}
	blockNames := make([]string, len(evidence.Kinds))
	for i, k := range evidence.Kinds {
		blockNames[i] = k.Block
	}
	for _, a := range body.Attributes {
		diags = append(diags, diag.Warnf(diag.CodeUnknownField, pointRange(file, a.NameRange.Start.Line, a.NameRange.Start.Column), "Unknown field", "Top-level attribute %q is not part of the evidence format; evidence files hold blocks of %s.", a.Name, strings.Join(blockNames, ", ")))
	}
	for _, blk := range body.Blocks {
		k := evidence.KindByBlock(blk.Type)
		at := blk.TypeRange.Start
		if k == nil {
			diags = append(diags, diag.Warnf(diag.CodeUnknownKind, pointRange(file, at.Line, at.Column), "Unknown block", "%q is not an evidence kind; the block was not read.%s", blk.Type, diag.DidYouMean(blk.Type, blockNames)))
			continue
		}
		d := &decoder{file: file, limits: limits}
		if len(blk.Labels) != 1 {
			d.errorf(diag.CodeRequired, hclPos(at), "Missing block label", "A %s block needs exactly one label, its name: %s \"name\" { }.", blk.Type, blk.Type)
			diags = append(diags, d.diags...)
			continue
		}
		if strings.TrimSpace(blk.Labels[0]) == "" {
			d.errorf(diag.CodeRequired, hclPos(blk.LabelRanges[0].Start), "Empty name", "The %s block's label, its name, is empty; every %s needs a name, unique per kind. The block was not read.", blk.Type, k.Name)
			diags = append(diags, d.diags...)
			continue
		}
		doc := &evidence.Document{Kind: k, File: file, Format: "hcl", Pos: hclPos(at), Name: blk.Labels[0]}
		d.strictSecrets = k == evidence.EncryptionConfig
		meta := hclExprMap{at: at, list: []nodeField{{key: "name", keyPos: hclPos(blk.LabelRanges[0].Start), value: hclScalar{text: blk.Labels[0], k: sString, at: blk.LabelRanges[0].Start}}}}
		if owner, ok := blk.Body.Attributes["owner"]; ok {
			meta.list = append(meta.list, nodeField{key: "owner", keyPos: hclPos(owner.NameRange.Start), value: d.expr(owner.Expr)})
		}
		doc.Metadata = d.object(meta, evidence.Metadata, "metadata", 1)
		doc.Spec = d.object(hclBody{body: blk.Body, at: at, skipAttr: "owner", d: d}, k.Spec, fmt.Sprintf("%s %q", blk.Type, doc.Name), 1)
		diags = append(diags, d.diags...)
		doc.Secrets = d.secrets
		if doc.Spec != nil && doc.Metadata != nil {
			docs = append(docs, doc)
		}
	}
	return docs, 0, diags
}

// hclTooDeep finds where src nests deeper than maxDepth, counting brackets,
// braces, parentheses, quotes and template sequences in the token stream.
// The HCL parser recurses once per level with no limit of its own, so a few
// hundred thousand "[" would overflow the stack and kill the process; the
// lexer does not recurse, so it is safe to run first.
func hclTooDeep(file string, src []byte, maxDepth int) (hcl.Pos, bool) {
	// Lexing a large file allocates many times its size; a file without
	// templates or heredocs is measured from its bytes instead.
	if d, ok := bracketDepth(src); ok && d <= maxDepth {
		return hcl.Pos{}, false
	}
	toks, _ := hclsyntax.LexConfig(src, file, hcl.Pos{Line: 1, Column: 1})
	depth := 0
	for _, t := range toks {
		switch t.Type {
		case hclsyntax.TokenOBrace, hclsyntax.TokenOBrack, hclsyntax.TokenOParen,
			hclsyntax.TokenOQuote, hclsyntax.TokenOHeredoc,
			hclsyntax.TokenTemplateInterp, hclsyntax.TokenTemplateControl:
			depth++
			if depth > maxDepth {
				return t.Range.Start, true
			}
		case hclsyntax.TokenCBrace, hclsyntax.TokenCBrack, hclsyntax.TokenCParen,
			hclsyntax.TokenCQuote, hclsyntax.TokenCHeredoc, hclsyntax.TokenTemplateSeqEnd:
			if depth > 0 {
				depth--
			}
		}
	}
	return hcl.Pos{}, false
}

// bracketDepth is the deepest nesting of braces, brackets and parentheses
// in src outside strings and comments, and false where src has a template
// sequence or a heredoc, whose nesting only the lexer can tell. Evidence
// has neither, so this answers for nearly every file.
func bracketDepth(src []byte) (int, bool) {
	depth, deepest := 0, 0
	for i := 0; i < len(src); i++ {
		switch b := src[i]; {
		case b == '"':
			for i++; i < len(src) && src[i] != '"'; i++ {
				switch {
				case src[i] == '\\':
					i++
				case (src[i] == '$' || src[i] == '%') && i+1 < len(src) && src[i+1] == '{':
					return 0, false
				}
			}
		case b == '#' || (b == '/' && i+1 < len(src) && src[i+1] == '/'):
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case b == '/' && i+1 < len(src) && src[i+1] == '*':
			end := bytes.Index(src[i+2:], []byte("*/"))
			if end < 0 {
				return deepest, true
			}
			i += end + 3
		case b == '<' && i+1 < len(src) && src[i+1] == '<':
			return 0, false
		case b == '{' || b == '[' || b == '(':
			depth++
			deepest = max(deepest, depth)
		case (b == '}' || b == ']' || b == ')') && depth > 0:
			// A stray closer must not hide the openers that follow it.
			depth--
		}
	}
	return deepest, true
}
