package scanners

import (
	"gopkg.in/yaml.v3"

	"github.com/safeguard-hipaa/safeguard/diag"
)

// yamlShape is what one pass over a document's node tree learns before any
// value is decoded: how many values it expands to with every alias used, and
// how deep it nests. Each node is measured once (anchors are memoized), so an
// alias bomb costs the size of its text, not of its expansion.
type yamlShape struct {
	limit   int // sizes saturate just above this, so sums cannot overflow
	size    map[*yaml.Node]int
	height  map[*yaml.Node]int
	onStack map[*yaml.Node]bool
	cycle   *yaml.Node // an alias that refers to a node that contains it
}

func newYAMLShape(limit int) *yamlShape {
	return &yamlShape{limit: limit, size: map[*yaml.Node]int{}, height: map[*yaml.Node]int{}, onStack: map[*yaml.Node]bool{}}
}

// measure returns the expanded size and height of n, aliases followed.
func (s *yamlShape) measure(n *yaml.Node) (size, height int) {
	if sz, ok := s.size[n]; ok {
		return sz, s.height[n]
	}
	if s.onStack[n] {
		return s.limit + 1, s.limit + 1
	}
	s.onStack[n] = true
	defer delete(s.onStack, n)
	if n.Kind == yaml.AliasNode {
		if n.Alias == nil {
			size, height = 1, 1
		} else {
			if s.onStack[n.Alias] && s.cycle == nil {
				s.cycle = n
			}
			size, height = s.measure(n.Alias)
		}
	} else {
		size = 1
		for _, c := range n.Content {
			cs, ch := s.measure(c)
			size = min(size+cs, s.limit+1)
			height = max(height, ch)
		}
		height = min(height+1, s.limit+1)
	}
	s.size[n], s.height[n] = size, height
	return size, height
}

// literal walks n as written, aliases not followed: how many nodes, the
// first alias, and the first node deeper than maxDepth (top is depth 0).
func literal(n *yaml.Node, maxDepth int) (count int, firstAlias, tooDeep *yaml.Node) {
	type item struct {
		n     *yaml.Node
		depth int
	}
	stack := []item{{n, 0}}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		count++
		if x.n.Kind == yaml.AliasNode && firstAlias == nil {
			firstAlias = x.n
		}
		if x.depth > maxDepth && tooDeep == nil {
			tooDeep = x.n
		}
		for i := len(x.n.Content) - 1; i >= 0; i-- {
			stack = append(stack, item{x.n.Content[i], x.depth + 1})
		}
	}
	return count, firstAlias, tooDeep
}

// checkYAMLShape refuses a document that expands past the limits (an alias
// bomb, an alias that contains itself) or nests deeper than they allow,
// before any value is decoded. It returns nil when the document is fine.
func checkYAMLShape(file string, top *yaml.Node, limits Limits) diag.Diagnostics {
	at := func(n *yaml.Node) diag.Range { return pointRange(file, max(n.Line, 1), max(n.Column, 1)) }
	lit, alias, deep := literal(top, limits.MaxDepth)
	tooDeep := func(n *yaml.Node) diag.Diagnostics {
		return diag.Diagnostics{diag.Errorf(diag.CodeDepth, at(n), "Nesting too deep", "Values nest more than %d levels deep here; the evidence format never needs more than a few. The document was not read.", limits.MaxDepth)}
	}
	switch {
	case deep != nil:
		return tooDeep(deep)
	case lit > limits.MaxNodes:
		return diag.Diagnostics{diag.Errorf(diag.CodeAlias, at(top), "Document too large", "The document holds more than %d values; it was not read.", limits.MaxNodes)}
	case alias == nil:
		return nil
	}
	s := newYAMLShape(max(limits.MaxNodes, lit+limits.MaxAliasNodes))
	size, height := s.measure(top)
	switch {
	case s.cycle != nil:
		return diag.Diagnostics{diag.Errorf(diag.CodeAlias, at(s.cycle), "Alias refers to itself", "The alias *%s is used inside the value it names, so the document never ends; it was not read.", s.cycle.Value)}
	case size-lit > limits.MaxAliasNodes:
		return diag.Diagnostics{diag.Errorf(diag.CodeAlias, at(alias), "Aliases expand too far", "YAML aliases in this document (the first is here) add more than %d values to the %d written out, as an alias bomb does; it was not read.", limits.MaxAliasNodes, lit)}
	case size > limits.MaxNodes:
		return diag.Diagnostics{diag.Errorf(diag.CodeAlias, at(alias), "Document too large", "The document expands to more than %d values (YAML aliases count each time they are used); it was not read.", limits.MaxNodes)}
	case height > limits.MaxDepth+1:
		// Walk down the deepest branch to the node past the limit.
		n, depth := top, 0
		for depth <= limits.MaxDepth {
			next := n
			if n.Kind == yaml.AliasNode && n.Alias != nil {
				next = n.Alias
			}
			var deepest *yaml.Node
			for _, c := range next.Content {
				if _, ch := s.measure(c); deepest == nil || ch > s.height[deepest] {
					deepest = c
				}
			}
			if deepest == nil {
				break
			}
			n, depth = deepest, depth+1
		}
		return tooDeep(n)
	}
	return nil
}
