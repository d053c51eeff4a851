package app

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"text/template"
	"time"
)

//go:embed starter
var starter embed.FS

// InitParams are the inputs of `safeguard init`.
type InitParams struct {
	Dir    string
	AsOf   string // the date the starter's dates are relative to; default today
	Force  bool   // overwrite existing files
	Stdout io.Writer
	Now    func() time.Time
}

// starterTarget maps a template to the file it becomes.
func starterTarget(name string) string {
	name = strings.TrimSuffix(strings.TrimPrefix(name, "starter/"), ".tmpl")
	switch name {
	case "safeguard.yaml":
		return ".safeguard.yaml"
	case "github/safeguard.yml":
		return ".github/workflows/safeguard.yml"
	}
	return name
}

// Init writes a commented starter evidence repo, one file per kind, that
// scans clean as of its date, plus .safeguard.yaml and a workflow.
func Init(p InitParams) error {
	now := time.Now
	if p.Now != nil {
		now = p.Now
	}
	day := now().UTC().Truncate(24 * time.Hour)
	if p.AsOf != "" {
		t, err := time.Parse("2006-01-02", p.AsOf)
		if err != nil {
			return &ExitError{Code: ExitUntrusted, Err: fmt.Errorf("--as-of %q is not a date written YYYY-MM-DD", p.AsOf)}
		}
		day = t
	}
	funcs := template.FuncMap{
		// ago is the date n days before the starter's date (negative: after).
		"ago": func(n int) string { return day.AddDate(0, 0, -n).Format("2006-01-02") },
	}
	var names []string
	if err := fs.WalkDir(starter, "starter", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, p)
		}
		return err
	}); err != nil {
		return err
	}
	// Render every file and check every target before writing any, so a
	// refusal leaves the folder as it was.
	type out struct {
		target string
		body   []byte
	}
	var outs []out
	var exist []string
	for _, name := range names {
		target := filepath.Join(p.Dir, filepath.FromSlash(starterTarget(name)))
		if _, err := os.Stat(target); err == nil {
			exist = append(exist, filepath.ToSlash(target))
		} else if !errors.Is(err, fs.ErrNotExist) {
			return &ExitError{Code: ExitUntrusted, Err: fmt.Errorf("init: %w", err)}
		}
		src, err := starter.ReadFile(name)
		if err != nil {
			return err
		}
		tmpl, err := template.New(path.Base(name)).Funcs(funcs).Parse(string(src))
		if err != nil {
			return fmt.Errorf("init: template %s: %w", name, err)
		}
		var buf bytes.Buffer
		if err := tmpl.Execute(&buf, nil); err != nil {
			return fmt.Errorf("init: template %s: %w", name, err)
		}
		outs = append(outs, out{target, buf.Bytes()})
	}
	if len(exist) > 0 && !p.Force {
		return &ExitError{Code: ExitUntrusted, Err: fmt.Errorf("init: %s exist%s; nothing was written (use --force to overwrite)", strings.Join(exist, ", "), map[bool]string{true: "s", false: ""}[len(exist) == 1])}
	}
	var written []string
	for _, o := range outs {
		if err := os.MkdirAll(filepath.Dir(o.target), 0o755); err != nil {
			return &ExitError{Code: ExitUntrusted, Err: fmt.Errorf("init: %w", err)}
		}
		if err := os.WriteFile(o.target, o.body, 0o644); err != nil {
			return &ExitError{Code: ExitUntrusted, Err: fmt.Errorf("init: %w", err)}
		}
		written = append(written, o.target)
	}
	fmt.Fprintf(p.Stdout, "Wrote a starter evidence repo to %s:\n", p.Dir)
	for _, w := range written {
		fmt.Fprintf(p.Stdout, "  %s\n", filepath.ToSlash(w))
	}
	fmt.Fprintf(p.Stdout, "\nIt scans clean as of %s. Replace the example people, vendors and systems with your own, then:\n  safeguard scan %s\n", day.Format("2006-01-02"), p.Dir)
	return nil
}
