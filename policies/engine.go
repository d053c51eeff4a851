// Package policies holds safeguard's built-in Rego checks, embedded in the
// binary, and the engine that compiles them once, with any custom policies,
// evaluates them over the whole evidence set as one input, and turns what
// they return into findings at file:line.
package policies

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/evidence"
)

//go:embed lib rules
var builtin embed.FS

// Builtin returns the embedded policy files.
func Builtin() fs.FS { return builtin }

// RulePrefix is the package prefix every check lives under.
const RulePrefix = "safeguard.rules."

// Source is a set of Rego files: the built-in ones or a --policy folder.
type Source struct {
	FS     fs.FS
	Name   string // shown in positions: "builtin" or the folder as given
	Custom bool
}

// BuiltinSource is the embedded policy set.
func BuiltinSource() Source { return Source{FS: builtin, Name: "builtin"} }

// DirSource is a custom policy folder.
func DirSource(dir string) Source {
	return Source{FS: os.DirFS(dir), Name: filepath.ToSlash(dir), Custom: true}
}

// Engine is a compiled policy set, ready to evaluate.
type Engine struct {
	rules    []*Rule
	byID     map[string]*Rule
	compiler *ast.Compiler
	modules  map[string]*ast.Module
	tests    map[string]*ast.Module
	// queries are the prepared queries, one per rule, binding its deny and
	// warn sets; workers evaluate them at once, one per core.
	queries []ruleQuery
	workers int
	digest  string
}

// ruleQuery is one rule's prepared query.
type ruleQuery struct {
	rule     *Rule
	prepared rego.PreparedEvalQuery
}

// Error is a problem with a policy file: a parse or compile error or a bad
// METADATA block, at its place.
type Error struct {
	Diags diag.Diagnostics
}

func (e *Error) Error() string { return "policies: " + e.Diags.Error() }

// Load parses, checks and compiles the sources, and prepares one query per
// rule. Nothing is compiled again per scan.
func Load(ctx context.Context, sources ...Source) (*Engine, error) {
	e := &Engine{byID: map[string]*Rule{}, modules: map[string]*ast.Module{}, tests: map[string]*ast.Module{}}
	var diags diag.Diagnostics
	h := sha256.New()
	for _, src := range sources {
		files, err := regoFiles(src.FS)
		if err != nil {
			return nil, fmt.Errorf("load policies from %s: %w", src.Name, err)
		}
		for _, name := range files {
			b, err := fs.ReadFile(src.FS, name)
			if err != nil {
				return nil, fmt.Errorf("load policies from %s: %w", src.Name, err)
			}
			display := path.Join(src.Name, name)
			fmt.Fprintf(h, "%s\x00%d\x00", display, len(b))
			h.Write(b)
			m, err := ast.ParseModuleWithOpts(display, string(b), ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
			if err != nil {
				diags = append(diags, astDiags(err, display)...)
				continue
			}
			if strings.HasSuffix(name, "_test.rego") {
				// A rule whose file name happens to end in _test.rego
				// (penetration_test.rego) would load as a test and never run.
				if line, ok := ruleInTestFile(m); ok {
					diags = append(diags, diag.Errorf(diag.CodePolicy, policyRange(display, line), "Rule in a test file",
						"Package %s has a rule's METADATA (custom.id), but its file name ends in _test.rego, so it is read as a test and would never run; rename the file.", strings.TrimPrefix(m.Package.Path.String(), "data.")))
				}
				e.tests[display] = m
				continue
			}
			e.modules[display] = m
			r, ds := ruleFromModule(m, display, src.Custom)
			diags = append(diags, ds...)
			if r == nil {
				continue
			}
			if prev, ok := e.byID[r.ID]; ok {
				diags = append(diags, diag.Errorf(diag.CodePolicy, policyRange(display, r.Line), "Duplicate rule id", "Rule id %q is already used by %s:%d; ids must be unique.", r.ID, prev.File, prev.Line))
				continue
			}
			e.byID[r.ID] = r
			e.rules = append(e.rules, r)
		}
	}
	if len(diags) > 0 {
		diags.Sort()
		return nil, &Error{Diags: diags}
	}
	e.digest = hex.EncodeToString(h.Sum(nil))[:16]
	sort.Slice(e.rules, func(i, j int) bool { return e.rules[i].ID < e.rules[j].ID })

	all := make(map[string]*ast.Module, len(e.modules))
	for k, m := range e.modules {
		all[k] = m
	}
	c := ast.NewCompiler().WithCapabilities(capabilities()).WithEnablePrintStatements(false)
	if c.Compile(all); c.Failed() {
		return nil, &Error{Diags: astDiags(c.Errors, "")}
	}
	e.compiler = c
	for _, r := range e.rules {
		r.hasDeny = len(c.GetRulesExact(ast.MustParseRef("data."+r.Package+".deny"))) > 0
		r.hasWarn = len(c.GetRulesExact(ast.MustParseRef("data."+r.Package+".warn"))) > 0
		if !r.hasDeny && !r.hasWarn {
			diags = append(diags, diag.Errorf(diag.CodeMetadata, policyRange(r.File, r.Line), "Rule without findings",
				"Package %s has METADATA but no deny or warn rule, so it can never report a finding.", r.Package))
		}
	}
	if len(diags) > 0 {
		return nil, &Error{Diags: diags}
	}
	if err := e.prepare(ctx); err != nil {
		return nil, err
	}
	e.workers = min(max(runtime.GOMAXPROCS(0), 1), maxWorkers)
	return e, nil
}

// prepare builds one query per rule, binding its deny and warn sets (a
// package may define only one; binding the missing one would make the
// whole query undefined). A prepared query may be evaluated concurrently,
// and the input is only read.
func (e *Engine) prepare(ctx context.Context) error {
	e.queries = make([]ruleQuery, len(e.rules))
	for i, r := range e.rules {
		var body ast.Body
		if r.hasDeny {
			body = append(body, ast.Assign.Expr(ast.VarTerm("deny"), ast.NewTerm(ast.MustParseRef("data."+r.Package+".deny"))))
		}
		if r.hasWarn {
			body = append(body, ast.Assign.Expr(ast.VarTerm("warn"), ast.NewTerm(ast.MustParseRef("data."+r.Package+".warn"))))
		}
		pq, err := rego.New(
			rego.ParsedQuery(body),
			rego.Compiler(e.compiler),
			rego.StrictBuiltinErrors(true),
		).PrepareForEval(ctx)
		if err != nil {
			return fmt.Errorf("prepare the query of rule %s (%s:%d): %w", r.ID, r.File, r.Line, err)
		}
		e.queries[i] = ruleQuery{rule: r, prepared: pq}
	}
	return nil
}

// maxWorkers bounds the concurrent evaluations: past a few, each only adds
// its working set to the peak memory.
const maxWorkers = 4

// Rules returns every loaded rule, sorted by id.
func (e *Engine) Rules() []*Rule { return e.rules }

// Rule returns the rule with the id, or nil.
func (e *Engine) Rule(id string) *Rule { return e.byID[id] }

// Digest identifies the policy set (its files and their bytes).
func (e *Engine) Digest() string { return e.digest }

// Compiler returns the compiled policy set, for the tester.
func (e *Engine) Compiler() *ast.Compiler { return e.compiler }

// Modules returns the parsed policy and test modules, for the tester.
func (e *Engine) Modules() (policies, tests map[string]*ast.Module) { return e.modules, e.tests }

// Finding is one thing a rule found wrong, at the evidence it is about.
type Finding struct {
	RuleID   string     `json:"rule_id"`
	Severity Severity   `json:"severity"`
	Message  string     `json:"message"`
	Range    diag.Range `json:"range"`
	// Kind and Document name the evidence document; Path the object in it
	// ("spec.users[jdoe]") and Field the attribute, where the rule gave one.
	Kind     string `json:"kind"`
	Document string `json:"document"`
	Path     string `json:"path"`
	Field    string `json:"field,omitempty"`
	// Fingerprint identifies the finding across edits that move lines: the
	// rule, the document and the object's path, and the field.
	Fingerprint string `json:"fingerprint"`
}

// Evaluate runs every rule active in the profile over the input and returns
// the findings sorted by file, line, column and rule.
func (e *Engine) Evaluate(ctx context.Context, in evidence.Input, profile string) ([]Finding, error) {
	var active []int // indexes into e.queries
	for i, q := range e.queries {
		if q.rule.InProfile(profile) {
			active = append(active, i)
		}
	}
	// Workers take the rules that read the most objects first, so that a
	// heavy rule does not start last and leave the other cores idle. The
	// order only schedules: findings are gathered in rule order below.
	load := objectsByKind(in.Locator)
	cost := func(r *Rule) int {
		n := 0
		for _, k := range r.Evidence {
			n += load[k]
		}
		return n
	}
	order := slices.Clone(active)
	sort.SliceStable(order, func(a, b int) bool { return cost(e.queries[order[a]].rule) > cost(e.queries[order[b]].rule) })

	results := make([]rego.ResultSet, len(e.queries))
	errs := make([]error, len(e.queries))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(e.workers, len(order)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1)) - 1
				if k >= len(order) {
					return
				}
				i := order[k]
				results[i], errs[i] = e.queries[i].prepared.Eval(ctx, rego.EvalParsedInput(in.Value))
				if errs[i] != nil {
					next.Store(int64(len(order))) // the run has failed; stop taking rules
				}
			}
		}()
	}
	wg.Wait()
	for _, i := range active {
		err := errs[i]
		if err == nil {
			continue
		}
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("evaluate policies: timed out (raise --timeout, or look for a slow custom policy): %w", err)
		}
		return nil, fmt.Errorf("evaluate policies: %w", err)
	}
	// Findings are read in rule id order, deny before warn, so which of two
	// duplicates is kept does not depend on which rule finished first.
	var out []Finding
	seen := map[string]bool{}
	for _, i := range active {
		if len(results[i]) == 0 {
			continue
		}
		for _, warn := range []bool{false, true} {
			v := queryVar{rule: e.queries[i].rule, warn: warn}
			raw, ok := results[i][0].Bindings[leaf(v)].([]any)
			if !ok {
				continue
			}
			for _, item := range raw {
				f, err := e.finding(v, item, in.Locator)
				if err != nil {
					return nil, err
				}
				key := f.Fingerprint + "\x00" + f.Message
				if seen[key] {
					continue
				}
				seen[key] = true
				out = append(out, f)
			}
		}
	}
	SortFindings(out)
	return out, nil
}

// queryVar is one of a rule's two sets: deny, or warn (a severity lower).
type queryVar struct {
	rule *Rule
	warn bool
}

// objectsByKind counts the input's objects by the kind of their document.
func objectsByKind(loc *evidence.Locator) map[string]int {
	out := map[string]int{}
	for n := 0; n < loc.Len(); n++ {
		if r, ok := loc.Lookup(n); ok {
			out[r.Doc.Kind.Name]++
		}
	}
	return out
}

// SortFindings orders findings by file, line, column, rule and message.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Range != b.Range {
			return a.Range.Less(b.Range)
		}
		if a.RuleID != b.RuleID {
			return a.RuleID < b.RuleID
		}
		return a.Message < b.Message
	})
}

func (e *Engine) finding(v queryVar, item any, loc *evidence.Locator) (Finding, error) {
	obj, ok := item.(map[string]any)
	if !ok {
		return Finding{}, fmt.Errorf("rule %s (%s:%d): %s yields %T; it must yield {\"msg\": ..., \"at\": ...}", v.rule.ID, v.rule.File, v.rule.Line, leaf(v), item)
	}
	msg, _ := obj["msg"].(string)
	if msg == "" {
		return Finding{}, fmt.Errorf("rule %s (%s:%d): a finding has no \"msg\" string", v.rule.ID, v.rule.File, v.rule.Line)
	}
	field, _ := obj["field"].(string)
	at, _ := obj["at"].(map[string]any)
	refNum, ok := at[evidence.RefKey].(json.Number)
	if !ok {
		return Finding{}, fmt.Errorf("rule %s (%s:%d): finding %q has no \"at\" object taken from input; the engine needs it to report a file and line", v.rule.ID, v.rule.File, v.rule.Line, msg)
	}
	n, err := refNum.Int64()
	if err != nil {
		return Finding{}, fmt.Errorf("rule %s: bad reference in finding %q: %w", v.rule.ID, msg, err)
	}
	ref, ok := loc.Lookup(int(n))
	if !ok {
		return Finding{}, fmt.Errorf("rule %s: finding %q points at an object that is not in the input", v.rule.ID, msg)
	}
	sev := v.rule.Severity
	if v.warn {
		sev = sev.Lower()
	}
	p := ref.Pos
	if fp, ok := loc.FieldPos(int(n), field); ok && field != "" {
		p = fp
	}
	path := loc.Path(int(n))
	if field != "" {
		path += "." + field
	}
	sum := sha256.Sum256([]byte(strings.Join([]string{v.rule.ID, ref.Doc.Kind.Name, ref.Doc.Name, path}, "\x00")))
	return Finding{
		RuleID:      v.rule.ID,
		Severity:    sev,
		Message:     msg,
		Range:       ref.Doc.Range(p),
		Kind:        ref.Doc.Kind.Name,
		Document:    ref.Doc.Name,
		Path:        path,
		Field:       field,
		Fingerprint: hex.EncodeToString(sum[:])[:32],
	}, nil
}

func leaf(v queryVar) string {
	if v.warn {
		return "warn"
	}
	return "deny"
}

func regoFiles(fsys fs.FS) ([]string, error) {
	var out []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".rego") {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

func policyRange(file string, line int) diag.Range {
	p := diag.Pos{Line: line, Column: 1, Byte: -1}
	return diag.Range{Filename: file, Start: p, End: p}
}

// astDiags turns OPA's parse and compile errors into diagnostics at their
// locations.
func astDiags(err error, file string) diag.Diagnostics {
	var errs ast.Errors
	if !errors.As(err, &errs) {
		return diag.Diagnostics{diag.Errorf(diag.CodePolicy, policyRange(file, 1), "Policy error", "%v", err)}
	}
	var out diag.Diagnostics
	for _, x := range errs {
		r := policyRange(file, 1)
		if x.Location != nil {
			r = diag.Range{Filename: x.Location.File, Start: diag.Pos{Line: x.Location.Row, Column: x.Location.Col, Byte: -1}}
			r.End = r.Start
		}
		out = append(out, diag.Errorf(diag.CodePolicy, r, "Policy error", "%s (%s)", x.Message, x.Code))
	}
	return out
}
