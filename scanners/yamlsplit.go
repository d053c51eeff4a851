package scanners

import (
	"bytes"
	"errors"
	"io"
	"runtime"
	"sync"
	"sync/atomic"

	"gopkg.in/yaml.v3"

	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/evidence"
)

// A health system's roster is one YAML document of a million lines, nearly
// all of them one block sequence (spec.workforce). yaml.v3 decodes a whole
// document at once, on one core, and its Node tree of such a file is over
// half a gigabyte. So the reader cuts that sequence at its items into
// pieces, decodes the pieces on every core, converts each piece's items to
// evidence values and drops its nodes. The rest of the document (the
// skeleton: every other line, the sequence's lines left blank so line
// numbers hold) is decoded whole.
//
// Cutting is only sound for plain block YAML, so it is attempted only
// where the lines say so, and anything unexpected (a piece that does not
// parse, an alias, an item that is not a mapping, a limit reached, the
// sequence not where the lines put it) abandons the attempt: the file is
// then read whole, exactly as without cutting, diagnostics and all. The
// fuzz target FuzzReadYAML reads every input both ways and requires the
// same documents and diagnostics.

// splitPolicy says when and how finely a YAML file is cut.
type splitPolicy struct {
	minBytes   int // smaller files are read whole
	minItems   int // shorter sequences are read whole
	chunkBytes int // a piece holds whole items, about this many bytes
	workers    int // pieces decoded at once; 0 means GOMAXPROCS
}

// defaultSplit cuts only files where it pays: a few megabytes and up.
func defaultSplit() splitPolicy {
	return splitPolicy{minBytes: 1 << 20, minItems: 256, chunkBytes: 256 << 10}
}

// noSplit reads every file whole.
func noSplit() splitPolicy { return splitPolicy{minBytes: -1} }

// seqLines is a block sequence found by its lines: the "key:" line that
// holds it and the byte offset and line of each item ("- " at indent).
type seqLines struct {
	key       string
	keyLine   int // 1-based
	keyIndent int
	indent    int   // of the items' "-"
	starts    []int // byte offset of each item's first line
	lines     []int // 1-based line of each item
	end       int   // byte offset just past the sequence's last line
	endLine   int   // 1-based line after the sequence
}

// lineInfo describes one line for the search: its indent in spaces, and
// whether it is blank or only a comment, a "- " item, or a "key:" line
// with nothing after the colon.
type lineInfo struct {
	indent  int
	blank   bool
	item    bool
	key     []byte // into the line; copied only for a candidate
	hasKey  bool
	col0Doc bool // a document marker or directive at column 0
}

func describeLine(l []byte) lineInfo {
	l = bytes.TrimRight(l, "\r\n")
	var li lineInfo
	for li.indent < len(l) && l[li.indent] == ' ' {
		li.indent++
	}
	rest := l[li.indent:]
	if len(rest) == 0 || rest[0] == '#' {
		li.blank = true
		return li
	}
	if li.indent == 0 && (rest[0] == '%' || bytes.HasPrefix(rest, []byte("---")) || bytes.HasPrefix(rest, []byte("..."))) {
		li.col0Doc = true
	}
	if rest[0] == '-' && (len(rest) == 1 || rest[1] == ' ') {
		li.item = true
		return li
	}
	// A plain key of safe characters, a colon, then at most a comment.
	i := 0
	for i < len(rest) && (rest[i] >= 'a' && rest[i] <= 'z' || rest[i] >= 'A' && rest[i] <= 'Z' || rest[i] >= '0' && rest[i] <= '9' || rest[i] == '_' || rest[i] == '-') {
		i++
	}
	if i == 0 || i >= len(rest) || rest[i] != ':' {
		return li
	}
	after := bytes.TrimLeft(rest[i+1:], " ")
	if len(after) == 0 || (after[0] == '#' && len(after) < len(rest[i+1:])) {
		li.key, li.hasKey = rest[:i], true
	}
	return li
}

// longestSeq finds the block sequence with the most items in a single
// YAML document, by its lines alone. It returns false for streams of
// several documents or with directives, and when no sequence qualifies.
func longestSeq(src []byte) (best seqLines, ok bool) {
	var cur *seqLines
	var cand *seqLines // a "key:" line waiting for its first item
	markers := 0
	contentSeen := false
	finish := func(off, line int, valid bool) {
		if cur != nil && valid {
			cur.end, cur.endLine = off, line
			if len(cur.starts) > len(best.starts) {
				best, ok = *cur, true
			}
		}
		cur = nil
	}
	off, line := 0, 1
	for off < len(src) {
		nl := bytes.IndexByte(src[off:], '\n')
		next := len(src)
		if nl >= 0 {
			next = off + nl + 1
		}
		li := describeLine(src[off:next])
		if li.col0Doc {
			// One "---" before any content is a plain single document;
			// anything else (a second document, "...", a directive) is
			// read whole.
			markers++
			if contentSeen || markers > 1 || src[off] != '-' {
				return seqLines{}, false
			}
		} else if !li.blank {
			contentSeen = true
		}
		if cur != nil && !li.blank {
			switch {
			case li.indent == cur.indent && li.item:
				cur.starts = append(cur.starts, off)
				cur.lines = append(cur.lines, line)
			case li.indent > cur.indent:
			default:
				// The sequence ends at a line no deeper than its key; a
				// line between the key's indent and the items' is not
				// plain block YAML this reader cuts.
				finish(off, line, li.indent <= cur.keyIndent && !(li.indent == cur.keyIndent && li.item))
			}
		}
		if cur == nil && !li.blank && !li.col0Doc {
			switch {
			case cand != nil && li.item && li.indent >= cand.keyIndent:
				cand.indent = li.indent
				cand.starts = []int{off}
				cand.lines = []int{line}
				cur, cand = cand, nil
			case li.hasKey:
				cand = &seqLines{key: string(li.key), keyLine: line, keyIndent: li.indent}
			default:
				cand = nil
			}
		}
		off, line = next, line+1
	}
	finish(len(src), line, true)
	return best, ok
}

// skeleton is src with the sequence's lines emptied, so the rest decodes
// with its own line numbers and the key's value reads as null.
func skeleton(src []byte, s seqLines) []byte {
	n := s.endLine - s.lines[0]
	out := make([]byte, 0, s.starts[0]+n+len(src)-s.end)
	out = append(out, src[:s.starts[0]]...)
	out = append(out, bytes.Repeat([]byte{'\n'}, n)...)
	return append(out, src[s.end:]...)
}

// findHolder finds the null value of the key at the sequence's key line,
// in block mappings only, and its depth below top (top is 0).
func findHolder(top *yaml.Node, s seqLines) (*yaml.Node, int) {
	var walk func(n *yaml.Node, depth int) (*yaml.Node, int)
	walk = func(n *yaml.Node, depth int) (*yaml.Node, int) {
		if n.Style&yaml.FlowStyle != 0 || n.Kind == yaml.AliasNode {
			return nil, 0
		}
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				if k.Line == s.keyLine && k.Column == s.keyIndent+1 {
					if k.Kind == yaml.ScalarNode && k.Style == 0 && k.Value == s.key &&
						v.Kind == yaml.ScalarNode && v.Tag == "!!null" && v.Value == "" && v.Style == 0 && v.Anchor == "" {
						return v, depth + 1
					}
					return nil, 0
				}
				if h, d := walk(v, depth+1); h != nil {
					return h, d
				}
			}
		case yaml.SequenceNode:
			for _, c := range n.Content {
				if h, d := walk(c, depth+1); h != nil {
					return h, d
				}
			}
		}
		return nil, 0
	}
	return walk(top, 0)
}

// yamlSplit is one attempt at reading a document's longest sequence in
// pieces; the decoder reads it in place of the holder node.
type yamlSplit struct {
	file      string
	src       []byte
	seq       seqLines
	chunks    [][2]int // item index ranges [from, to)
	holder    *yaml.Node
	baseDepth int // depth of the sequence in the document
	literal   int // nodes in the skeleton
	workers   int
	limits    Limits
	// used is set when the decoder read the sequence; failed when a piece
	// was unexpected. Either way left unset, the file is read whole.
	used, failed bool
}

// chunkOut is one piece, converted.
type chunkOut struct {
	items   []*evidence.Value
	ends    []int // diags[ends[i-1]:ends[i]] came from item i
	diags   diag.Diagnostics
	secrets []evidence.Secret
	nodes   int // the decoder's count
	literal int // nodes as written
	ok      bool
}

// readYAMLSplit reads a single-document YAML file by cutting its longest
// sequence; ok is false when it did not, and the caller reads it whole.
func readYAMLSplit(file string, src []byte, limits Limits, pol splitPolicy) (doc *evidence.Document, diags diag.Diagnostics, ok bool) {
	if pol.minBytes < 0 || len(src) < pol.minBytes || limits.MaxDepth >= 9000 {
		// yaml.v3 refuses nesting past 10,000 levels; pieces nest less
		// than the whole, so a limit that high is left to the whole read.
		return nil, nil, false
	}
	seq, found := longestSeq(src)
	if !found || len(seq.starts) < max(pol.minItems, 1) {
		return nil, nil, false
	}
	dec := yaml.NewDecoder(bytes.NewReader(skeleton(src, seq)))
	var root, more yaml.Node
	if dec.Decode(&root) != nil || !errors.Is(dec.Decode(&more), io.EOF) || len(root.Content) == 0 {
		return nil, nil, false
	}
	top := root.Content[0]
	if !claimsEvidence(top) {
		return nil, nil, false
	}
	// Without aliases, checkYAMLShape's whole test is this one walk.
	count, alias, deep := literal(top, limits.MaxDepth)
	if alias != nil || deep != nil || count > limits.MaxNodes {
		return nil, nil, false
	}
	holder, depth := findHolder(top, seq)
	if holder == nil {
		return nil, nil, false
	}
	holder.Kind, holder.Tag, holder.Value = yaml.SequenceNode, "!!seq", ""
	holder.Line, holder.Column = seq.lines[0], seq.indent+1
	sp := &yamlSplit{file: file, src: src, seq: seq, holder: holder, baseDepth: depth, literal: count, workers: pol.workers, limits: limits}
	if sp.workers <= 0 {
		sp.workers = runtime.GOMAXPROCS(0)
	}
	from := 0
	for i := 1; i <= len(seq.starts); i++ {
		if i == len(seq.starts) || seq.starts[i]-seq.starts[from] >= pol.chunkBytes {
			sp.chunks = append(sp.chunks, [2]int{from, i})
			from = i
		}
	}
	doc, diags, isEvidence := readYAMLDoc(file, top, limits, sp)
	if !sp.used || sp.failed || !isEvidence {
		return nil, nil, false
	}
	return doc, diags, true
}

// is says whether n is the node the pieces stand in for.
func (sp *yamlSplit) is(n node) bool {
	y, ok := n.(yamlNode)
	return sp != nil && ok && y.n == sp.holder
}

// read decodes and converts every piece, on every core, as the items of a
// list of objects of schema f at depth; strict is the document's secret
// mode. The outputs come back in order.
func (sp *yamlSplit) read(f *evidence.FieldSchema, depth int, strict bool) []chunkOut {
	outs := make([]chunkOut, len(sp.chunks))
	var next atomic.Int64
	var stop atomic.Bool
	var wg sync.WaitGroup
	for w := 0; w < min(sp.workers, len(sp.chunks)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				c := int(next.Add(1) - 1)
				if c >= len(sp.chunks) || stop.Load() {
					return
				}
				outs[c] = sp.readChunk(c, f, depth, strict)
				if !outs[c].ok {
					stop.Store(true)
				}
			}
		}()
	}
	wg.Wait()
	return outs
}

// readChunk decodes one piece and converts its items. Its nodes are
// garbage once it returns.
func (sp *yamlSplit) readChunk(c int, f *evidence.FieldSchema, depth int, strict bool) chunkOut {
	from, to := sp.chunks[c][0], sp.chunks[c][1]
	start, end := sp.seq.starts[from], sp.seq.end
	if to < len(sp.seq.starts) {
		end = sp.seq.starts[to]
	}
	dec := yaml.NewDecoder(bytes.NewReader(sp.src[start:end]))
	var root, more yaml.Node
	if dec.Decode(&root) != nil || !errors.Is(dec.Decode(&more), io.EOF) || len(root.Content) != 1 {
		return chunkOut{}
	}
	seq := root.Content[0]
	if seq.Kind != yaml.SequenceNode || seq.Style&yaml.FlowStyle != 0 || seq.Anchor != "" || seq.Tag != "!!seq" ||
		seq.Column != sp.seq.indent+1 || len(seq.Content) != to-from {
		return chunkOut{}
	}
	// An alias, a node past the depth limit (the piece's sequence sits at
	// baseDepth in the document), or an item out of place ends the attempt.
	count, alias, deep := literal(seq, sp.limits.MaxDepth-sp.baseDepth)
	if alias != nil || deep != nil {
		return chunkOut{}
	}
	shiftLines(seq, sp.seq.lines[from]-1)
	out := chunkOut{ok: true, literal: count}
	for i, it := range seq.Content {
		if it.Kind != yaml.MappingNode || it.Line != sp.seq.lines[from+i] || it.Column <= sp.seq.indent+1 {
			return chunkOut{}
		}
	}
	d := &decoder{file: sp.file, limits: sp.limits, strictSecrets: strict}
	for i, it := range seq.Content {
		item := d.object(wrapYAML(it), f.Object, itemName(f.Block, from+i), depth+1)
		if d.stopped {
			return chunkOut{}
		}
		out.items = append(out.items, item)
		out.ends = append(out.ends, len(d.diags))
	}
	out.diags, out.secrets, out.nodes = d.diags, d.secrets, d.nodes
	return out
}

// shiftLines moves a piece's nodes to the file's line numbers.
func shiftLines(n *yaml.Node, by int) {
	n.Line += by
	for _, c := range n.Content {
		shiftLines(c, by)
	}
}

// objectsSplit is objects for the sequence read in pieces: the same
// values, diagnostics and secrets, in the same order.
func (d *decoder) objectsSplit(n node, f *evidence.FieldSchema, depth int) *evidence.Value {
	sp := d.split
	if !d.budget(n, depth) {
		return nil
	}
	outs := sp.read(f, depth, d.strictSecrets)
	literal := sp.literal
	for _, o := range outs {
		if !o.ok {
			sp.failed = true
			return nil
		}
		d.nodes += o.nodes
		literal += o.literal - 1 // the piece's sequence node is the holder
	}
	if d.nodes > d.limits.MaxNodes || literal > d.limits.MaxNodes {
		sp.failed = true
		return nil
	}
	sp.used = true
	v := &evidence.Value{Kind: evidence.List, Pos: n.pos()}
	ids := make(map[string]bool)
	for _, o := range outs {
		prev := 0
		for i, item := range o.items {
			d.diags = append(d.diags, o.diags[prev:o.ends[i]]...)
			prev = o.ends[i]
			d.addItem(v, item, f, ids)
		}
		d.secrets = append(d.secrets, o.secrets...)
	}
	return v
}
