// Package pipeline runs a scan from end to end: configuration, evidence,
// policies, assessment. Commands call Run; it knows no report format.
package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/catalog"
	"github.com/safeguard-hipaa/safeguard/config"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/evidence"
	"github.com/safeguard-hipaa/safeguard/policies"
	"github.com/safeguard-hipaa/safeguard/scanners"
)

// Options are the inputs of one scan. Zero values take the defaults.
type Options struct {
	Path         string
	AsOf         string // YYYY-MM-DD; default today, UTC
	Profile      string // default from config, else "hipaa"
	ConfigPath   string // default PATH/.safeguard.yaml when it exists
	PolicyDirs   []string
	WaiversPath  string
	BaselinePath string
	Timeout      time.Duration
	MaxFileSize  int64
	Version      string
	// Now is the clock for the default as-of date; nil means time.Now.
	Now func() time.Time
	// Progress, when set, is told the phase and how far it is.
	Progress func(phase string, done, total int)
}

// Result is a finished scan.
type Result struct {
	Assessment *assess.Assessment
	// Set is what was read, without the documents' values (TakeInput).
	Set    *evidence.Set
	Config *config.Config
	// FailOn is the config's fail_on, for commands whose flag was not set.
	FailOn string
}

// UsageError is a problem with the options (bad date, unknown profile);
// commands exit 2 on it like on any error.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Run scans opts.Path and builds the assessment. It returns an error when
// the run cannot start or cannot be trusted as a whole (bad options, bad
// configuration, a policy that does not compile, a policy that fails at
// evaluation). Problems with individual evidence files are diagnostics in
// the assessment, and the rest of the evidence is still assessed.
func Run(ctx context.Context, opts Options) (*Result, error) {
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	if opts.AsOf == "" {
		opts.AsOf = now().UTC().Format("2006-01-02")
	}
	if t, err := time.Parse("2006-01-02", opts.AsOf); err != nil || t.Format("2006-01-02") != opts.AsOf {
		return nil, &UsageError{Msg: fmt.Sprintf("--as-of %q is not a date written YYYY-MM-DD", opts.AsOf)}
	}
	if _, err := os.Stat(opts.Path); err != nil {
		return nil, fmt.Errorf("scan %s: %w", opts.Path, errors.Unwrap(err))
	}

	cfg, cfgDiags, err := loadConfig(opts)
	if err != nil {
		return nil, err
	}
	if opts.Profile == "" {
		opts.Profile = cfg.Profile
	}
	if opts.Profile == "" {
		opts.Profile = "hipaa"
	}
	if !policies.ValidProfile(opts.Profile) {
		return nil, &UsageError{Msg: fmt.Sprintf("unknown profile %q (want one of %v)", opts.Profile, policies.ProfileNames())}
	}

	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	sources := []policies.Source{policies.BuiltinSource()}
	for _, d := range opts.PolicyDirs {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			return nil, &UsageError{Msg: fmt.Sprintf("--policy %s: not a folder", d)}
		}
		sources = append(sources, policies.DirSource(d))
	}
	engine, err := policies.Load(ctx, sources...)
	if err != nil {
		return nil, err
	}
	cat, err := catalog.Load()
	if err != nil {
		return nil, err
	}
	if err := checkCitations(engine, cat); err != nil {
		return nil, err
	}

	params, paramDiags, err := thresholds(ctx, engine, cfg)
	if err != nil {
		return nil, err
	}

	progress := opts.Progress
	if progress == nil {
		progress = func(string, int, int) {}
	}
	progress("reading evidence", 0, 0)
	set, err := scanners.Scan(ctx, opts.Path, scanners.Options{MaxFileSize: opts.MaxFileSize, Exclude: cfg.Exclude,
		Progress: func(done, total int) { progress("reading evidence", done, total) }})
	if err != nil {
		return nil, err
	}
	set.Diagnostics = append(set.Diagnostics, cfgDiags...)
	set.Diagnostics = append(set.Diagnostics, paramDiags...)

	waivers := cfg.Waivers
	if opts.WaiversPath != "" {
		ws, ds, err := config.LoadWaivers(opts.WaiversPath, displayName(rootDir(opts.Path), opts.WaiversPath))
		if err != nil {
			return nil, err
		}
		waivers = append(waivers, ws...)
		set.Diagnostics = append(set.Diagnostics, ds...)
	}
	var baseline map[string]bool
	if opts.BaselinePath != "" {
		if baseline, err = LoadBaseline(opts.BaselinePath); err != nil {
			return nil, err
		}
	}

	progress("evaluating policies", 0, 0)
	// TakeInput lets each value go once converted: holding the evidence
	// twice was a health system's peak memory.
	in := set.TakeInput(opts.AsOf, map[string]*ast.Term{
		"params":  params,
		"profile": ast.StringTerm(opts.Profile),
	})
	findings, err := engine.Evaluate(ctx, in, opts.Profile)
	if err != nil {
		return nil, err
	}
	progress("assessing", 0, 0)
	a, err := assess.Build(assess.Inputs{
		Catalog:      cat,
		Rules:        engine.ActiveRules(opts.Profile),
		Findings:     findings,
		Set:          set,
		AsOf:         opts.AsOf,
		Profile:      opts.Profile,
		Tool:         assess.Tool{Name: "safeguard", Version: opts.Version, PolicyDigest: engine.Digest()},
		Waivers:      waivers,
		Baseline:     baseline,
		BaselinePath: opts.BaselinePath,
	})
	if err != nil {
		return nil, err
	}
	return &Result{Assessment: a, Set: set, Config: cfg, FailOn: cfg.FailOn}, nil
}

// rootDir is the folder positions are relative to: PATH, or the folder of
// a PATH that is a file.
func rootDir(p string) string {
	if st, err := os.Stat(p); err == nil && !st.IsDir() {
		return filepath.Dir(p)
	}
	return p
}

// displayName names a --config or --waivers file in positions like the
// evidence: relative to the scanned root ("../org/waivers.yaml" for one
// beside it), so that reports that place files in the checkout (SARIF, the
// GitHub annotations) find it. An absolute path stays absolute.
func displayName(root, p string) string {
	if filepath.IsAbs(p) {
		return filepath.ToSlash(p)
	}
	if rel, err := filepath.Rel(root, p); err == nil {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(p)
}

func loadConfig(opts Options) (*config.Config, diag.Diagnostics, error) {
	p := opts.ConfigPath
	root := rootDir(opts.Path)
	display := displayName(root, p)
	if p == "" {
		p = filepath.Join(root, config.FileName)
		display = config.FileName
		if !config.Exists(p) {
			return &config.Config{}, nil, nil
		}
	}
	// config.Load checks the profile and fail_on values, at their lines.
	return config.Load(p, display)
}

// thresholds merges the config's thresholds over the policies' defaults and
// checks each name and type.
func thresholds(ctx context.Context, e *policies.Engine, cfg *config.Config) (*ast.Term, diag.Diagnostics, error) {
	defaults, names, err := e.Params(ctx)
	if err != nil {
		return nil, nil, err
	}
	var ds diag.Diagnostics
	merged := map[string]any{}
	for k, v := range defaults {
		merged[k] = v
	}
	keys := make([]string, 0, len(cfg.Thresholds))
	for k := range cfg.Thresholds {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := cfg.Thresholds[k]
		def, ok := defaults[k]
		if !ok {
			ds = append(ds, diag.Warnf(diag.CodeUnknownField, cfg.ThresholdAt[k], "Unknown threshold", "%q is not a threshold any rule reads; it was ignored.%s", k, diag.DidYouMean(k, names)))
			continue
		}
		_, defIsString := def.(string)
		_, isString := v.(string)
		if defIsString != isString {
			ds = append(ds, diag.Errorf(diag.CodeConfig, cfg.ThresholdAt[k], "Wrong threshold type", "Threshold %q takes a %s, like its default %v.", k, map[bool]string{true: "string", false: "whole number"}[defIsString], def))
			continue
		}
		merged[k] = v
	}
	b, err := json.Marshal(merged)
	if err != nil {
		return nil, nil, fmt.Errorf("thresholds: %w", err)
	}
	v, err := ast.ValueFromReader(bytesReader(b))
	if err != nil {
		return nil, nil, fmt.Errorf("thresholds: %w", err)
	}
	return ast.NewTerm(v), ds, nil
}

// checkCitations holds every rule's citation to the catalog: a custom rule
// that cites a paragraph the Security Rule does not have is refused.
func checkCitations(e *policies.Engine, cat *catalog.Catalog) error {
	var ds diag.Diagnostics
	for _, r := range e.Rules() {
		p := diag.Pos{Line: r.Line, Column: 1, Byte: -1}
		at := diag.Range{Filename: r.File, Start: p, End: p}
		entry, ok := cat.Lookup(r.Citation)
		if !ok {
			ds = append(ds, diag.Errorf(diag.CodeMetadata, at, "Unknown citation", "Rule %s cites %s, which is not a standard or implementation specification of the Security Rule catalog (see `safeguard controls`).", r.ID, r.Citation))
			continue
		}
		// The regulation, not the rule author, decides whether a paragraph
		// is Required or Addressable; a custom rule that says otherwise
		// would mislabel every report's matrix.
		if r.Spec != entry.Spec {
			ds = append(ds, diag.Errorf(diag.CodeMetadata, at, "Wrong specification", "Rule %s says %s is %s; the Security Rule makes it %s.", r.ID, entry.Citation, r.Spec, entry.Spec))
		}
		if r.Safeguard != entry.Safeguard {
			ds = append(ds, diag.Errorf(diag.CodeMetadata, at, "Wrong safeguard", "Rule %s says %s is a %s safeguard; the catalog files it under %s.", r.ID, entry.Citation, r.Safeguard, entry.Safeguard))
		}
	}
	if len(ds) > 0 {
		return &policies.Error{Diags: ds}
	}
	return nil
}
