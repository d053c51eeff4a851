package scanners

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/evidence"
)

// APIVersion is the apiVersion of every evidence document.
const APIVersion = "safeguard/v1"

// yamlNode adapts a yaml.v3 node to the decoder. Aliases are followed where
// they are used; the decoder's node budget bounds how far.
type yamlNode struct{ n *yaml.Node }

func wrapYAML(n *yaml.Node) yamlNode {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 100; i++ {
		n = n.Alias
	}
	return yamlNode{n}
}

func (y yamlNode) pos() evidence.Pos {
	return evidence.Pos{Line: int32(y.n.Line), Column: int32(y.n.Column)}
}

func (y yamlNode) kind() nodeKind {
	switch y.n.Kind {
	case yaml.MappingNode:
		return nMap
	case yaml.SequenceNode:
		return nList
	case yaml.ScalarNode:
		if y.n.ShortTag() == "!!null" {
			return nNull
		}
		return nScalar
	}
	return nNull
}

func (y yamlNode) scalar() (string, scalarKind) {
	switch y.n.ShortTag() {
	case "!!int":
		return y.n.Value, sInt
	case "!!float":
		return y.n.Value, sFloat
	case "!!bool":
		// yaml.v3 reads only true/false (any case) as booleans.
		return strings.ToLower(y.n.Value), sBool
	case "!!timestamp":
		return y.n.Value, sDate
	}
	return y.n.Value, sString
}

func (y yamlNode) items() []node {
	out := make([]node, len(y.n.Content))
	for i, c := range y.n.Content {
		out[i] = wrapYAML(c)
	}
	return out
}

func (y yamlNode) fields(*evidence.Object) []nodeField {
	c := y.n.Content
	out := make([]nodeField, 0, len(c)/2)
	for i := 0; i+1 < len(c); i += 2 {
		k := c[i]
		out = append(out, nodeField{
			key:    k.Value,
			keyPos: evidence.Pos{Line: int32(k.Line), Column: int32(k.Column)},
			value:  wrapYAML(c[i+1]),
		})
	}
	return out
}

// yamlLine finds the line in a yaml.v3 error message ("yaml: line 7: ...").
var yamlLine = regexp.MustCompile(`line (\d+)`)

// ReadYAML reads the evidence documents of one YAML stream. Documents that
// are not evidence (no apiVersion safeguard/v1) are counted in skipped. A
// syntax error ends the stream at its line; the documents before it are kept.
func ReadYAML(file string, src []byte, limits Limits) (docs []*evidence.Document, skipped int, diags diag.Diagnostics) {
	return readYAML(file, src, limits, defaultSplit())
}

// readYAML is ReadYAML with the policy for cutting a long sequence.
func readYAML(file string, src []byte, limits Limits, pol splitPolicy) (docs []*evidence.Document, skipped int, diags diag.Diagnostics) {
	if doc, ds, ok := readYAMLSplit(file, src, limits, pol); ok {
		if doc != nil {
			docs = append(docs, doc)
		}
		return docs, 0, ds
	}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var root yaml.Node
		err := dec.Decode(&root)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line := 0
			if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
				line, _ = strconv.Atoi(m[1])
			}
			if line == 0 {
				line = lastLine(src)
			}
			msg := strings.TrimPrefix(err.Error(), "yaml: ")
			msg = yamlLine.ReplaceAllString(msg, "")
			msg = strings.TrimLeft(msg, ": ")
			detail := fmt.Sprintf("The YAML could not be parsed: %s. Nothing after this point in the file was read.", msg)
			if at := problemLine(src, line, err.Error()); at > line {
				detail = fmt.Sprintf("The YAML could not be parsed: %s (in the block that starts at line %d). Nothing after this point in the file was read.", msg, line)
				line = at
			}
			code, summary := diag.CodeSyntax, "Invalid YAML"
			if strings.Contains(msg, "exceeded max depth") {
				// yaml.v3 stops its parser at 10,000 levels.
				code, summary = diag.CodeDepth, "Nesting too deep"
			}
			if lineIndentHasTab(src, line) {
				detail += " The line is indented with a tab; YAML indents with spaces only."
			}
			diags = append(diags, diag.Diagnostic{
				Severity: diag.Error, Code: code, Summary: summary,
				Detail:  detail,
				Subject: pointRange(file, line, 1),
			})
			return docs, skipped, diags
		}
		if len(root.Content) == 0 {
			continue
		}
		if top := root.Content[0]; top.Kind == yaml.ScalarNode && top.Tag == "!!null" && top.Value == "" && top.Style == 0 {
			// "---" with nothing after it: say so rather than count it as
			// a skipped non-evidence document.
			diags = append(diags, diag.Warnf(diag.CodeEmpty, pointRange(file, max(root.Line, 1), 1), "Empty document", "The YAML document that starts here is empty; it holds no evidence."))
			continue
		}
		if claimsEvidence(root.Content[0]) {
			// Measured before decoding; other documents (a deep CRD
			// schema) are skipped unread, so their shape is theirs.
			if ds := checkYAMLShape(file, root.Content[0], limits); ds != nil {
				diags = append(diags, ds...)
				continue
			}
		}
		doc, ds, isEvidence := readYAMLDoc(file, root.Content[0], limits, nil)
		diags = append(diags, ds...)
		if !isEvidence {
			skipped++
			continue
		}
		if doc != nil {
			docs = append(docs, doc)
		}
	}
	return docs, skipped, diags
}

func readYAMLDoc(file string, top *yaml.Node, limits Limits, split *yamlSplit) (*evidence.Document, diag.Diagnostics, bool) {
	if top.Kind != yaml.MappingNode {
		return nil, nil, false
	}
	var apiVersion, kind, meta, spec *yaml.Node
	type extra struct {
		key string
		pos evidence.Pos
	}
	var extras, dupes []extra
	first := func(slot **yaml.Node, k, v *yaml.Node) {
		if *slot != nil {
			dupes = append(dupes, extra{k.Value, evidence.Pos{Line: int32(k.Line), Column: int32(k.Column)}})
			return
		}
		*slot = v
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		switch k.Value {
		case "apiVersion":
			first(&apiVersion, k, v)
		case "kind":
			first(&kind, k, v)
		case "metadata":
			first(&meta, k, v)
		case "spec":
			first(&spec, k, v)
		default:
			extras = append(extras, extra{k.Value, evidence.Pos{Line: int32(k.Line), Column: int32(k.Column)}})
		}
	}
	if apiVersion == nil || apiVersion.Kind != yaml.ScalarNode {
		return nil, nil, false
	}
	d := &decoder{file: file, limits: limits, split: split}
	at := evidence.Pos{Line: int32(top.Line), Column: int32(top.Column)}
	if apiVersion.Value == APIVersion {
		for _, e := range dupes {
			d.errorf(diag.CodeDuplicateKey, e.pos, "Duplicate field", "%q is given more than once at the top of the document; only the first is read.", e.key)
		}
	}
	if apiVersion.Value != APIVersion {
		if strings.HasPrefix(apiVersion.Value, "safeguard/") {
			d.errorf(diag.CodeUnknownKind, yamlNode{apiVersion}.pos(), "Unsupported apiVersion", "apiVersion is %q; this safeguard reads %q.", apiVersion.Value, APIVersion)
			return nil, d.diags, true
		}
		return nil, nil, false
	}
	if kind == nil || kind.Kind != yaml.ScalarNode {
		d.errorf(diag.CodeRequired, at, "Missing kind", "An evidence document needs a kind, one of %s.", strings.Join(evidence.KindNames(), ", "))
		return nil, d.diags, true
	}
	k := evidence.KindByName(kind.Value)
	if k == nil {
		d.errorf(diag.CodeUnknownKind, yamlNode{kind}.pos(), "Unknown kind", "kind is %q; it must be one of %s.%s", kind.Value, strings.Join(evidence.KindNames(), ", "), diag.DidYouMean(kind.Value, evidence.KindNames()))
		return nil, d.diags, true
	}
	for _, e := range extras {
		d.warnf(diag.CodeUnknownField, e.pos, "Unknown field", "%q is not a top-level field of an evidence document.%s", e.key, diag.DidYouMean(e.key, []string{"apiVersion", "kind", "metadata", "spec"}))
	}
	doc := &evidence.Document{Kind: k, File: file, Format: "yaml", Pos: at}
	d.strictSecrets = k == evidence.EncryptionConfig
	if meta == nil {
		d.errorf(diag.CodeRequired, at, "Missing metadata", "The %s document has no metadata; metadata.name is required.", k.Name)
		return nil, d.diags, true
	}
	doc.Metadata = d.object(wrapYAML(meta), evidence.Metadata, "metadata", 1)
	if doc.Metadata == nil || doc.Metadata.Kind != evidence.Map {
		return nil, d.diags, true
	}
	if name := doc.Metadata.Get("name"); name != nil {
		doc.Name = name.Str
	}
	if spec == nil {
		d.errorf(diag.CodeRequired, at, "Missing spec", "The %s %q has no spec.", k.Name, doc.Name)
		return nil, d.diags, true
	}
	doc.Spec = d.object(wrapYAML(spec), k.Spec, fmt.Sprintf("the spec of %s %q", k.Name, doc.Name), 1)
	if doc.Spec == nil || doc.Spec.Kind != evidence.Map {
		return nil, d.diags, true
	}
	if doc.Name == "" {
		// A missing name is reported by the schema; `name: ""` and
		// `name: null` are there but empty, and must not vanish silently.
		if p, ok := doc.Metadata.FieldPos("name"); ok {
			d.errorf(diag.CodeRequired, p, "Empty name", "metadata.name is empty; every %s needs a name, unique per kind. The document was not read.", k.Name)
		}
		return nil, d.diags, true
	}
	doc.Secrets = d.secrets
	return doc, d.diags, true
}

// problemLineWindow bounds how many lines past the reported one
// problemLine tries, so a broken file costs a few parses, never a quadratic
// number.
const problemLineWindow = 64

// problemLine finds the line a YAML syntax error is really at. yaml.v3
// reports the line where the enclosing block starts (its context mark), not
// the offending line, so this parses the stream cut after each following
// line: the first cut that fails with the same message ends on the line at
// fault. It returns 0 when no cut within the window does.
func problemLine(src []byte, from int, want string) int {
	ends := lineEnds(src)
	for line := from; line <= len(ends) && line < from+problemLineWindow; line++ {
		dec := yaml.NewDecoder(bytes.NewReader(src[:ends[line-1]]))
		for {
			var n yaml.Node
			err := dec.Decode(&n)
			if err == nil {
				continue
			}
			if !errors.Is(err, io.EOF) && err.Error() == want {
				return line
			}
			break
		}
	}
	return 0
}

// lineEnds returns the byte offset just past each line of src.
func lineEnds(src []byte) []int {
	var ends []int
	for i, b := range src {
		if b == '\n' {
			ends = append(ends, i+1)
		}
	}
	if len(src) > 0 && src[len(src)-1] != '\n' {
		ends = append(ends, len(src))
	}
	return ends
}

func pointRange(file string, line, col int) diag.Range {
	p := diag.Pos{Line: line, Column: col, Byte: -1}
	return diag.Range{Filename: file, Start: p, End: p}
}

func lastLine(src []byte) int {
	return bytes.Count(src, []byte("\n")) + 1
}

// lineIndentHasTab says whether the leading white space of a 1-based line
// holds a tab, the usual cause of "found character that cannot start any
// token".
func lineIndentHasTab(src []byte, line int) bool {
	for i := 1; i < line; i++ {
		j := bytes.IndexByte(src, '\n')
		if j < 0 {
			return false
		}
		src = src[j+1:]
	}
	for _, b := range src {
		switch b {
		case '\t':
			return true
		case ' ':
			continue
		}
		return false
	}
	return false
}

// claimsEvidence says whether a document's top has an apiVersion in the
// safeguard/ group, the only documents the reader decodes.
func claimsEvidence(top *yaml.Node) bool {
	if top.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		if k, v := top.Content[i], top.Content[i+1]; k.Value == "apiVersion" && v.Kind == yaml.ScalarNode {
			return strings.HasPrefix(v.Value, "safeguard/")
		}
	}
	return false
}
