package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/safeguard-hipaa/safeguard/app"
)

// Every command, the root and completion included, has examples in its
// --help.
func TestEveryHelpHasExamples(t *testing.T) {
	root := newRootCmd("test", &bytes.Buffer{}, &bytes.Buffer{})
	root.InitDefaultCompletionCmd()
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		// cobra's own completion subcommands document themselves.
		if c.Example == "" && c.Parent() != nil && c.Parent().Name() != "completion" && c.Name() != "completion" && c.Name() != "help" {
			t.Errorf("command %q has no examples", c.CommandPath())
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	if root.Example == "" {
		t.Error("safeguard --help has no examples")
	}
	walk(root)
	for _, name := range []string{"scan", "controls", "verify", "explain", "init", "version"} {
		out, _, code := run(t, name, "--help")
		if code != 0 || !strings.Contains(out, "Examples:") || !strings.Contains(out, "safeguard "+name) {
			t.Errorf("%s --help: exit %d, no examples in:\n%s", name, code, out)
		}
	}
}

func TestCompletion(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		out, stderr, code := run(t, "completion", shell)
		if code != 0 || !strings.Contains(out, "safeguard") || len(out) < 500 {
			t.Errorf("completion %s: exit %d, %d bytes\n%s", shell, code, len(out), stderr)
		}
	}
	// The enum flags complete to their values.
	out, _, code := run(t, "__complete", "scan", "x", "--fail-on", "")
	if code != 0 || !strings.Contains(out, "critical") || !strings.Contains(out, "info") {
		t.Errorf("completing --fail-on: exit %d\n%s", code, out)
	}
	out, _, _ = run(t, "__complete", "scan", "x", "--format", "")
	for _, f := range []string{"sarif", "html", "json", "github"} {
		if !strings.Contains(out, f) {
			t.Errorf("completing --format lacks %s:\n%s", f, out)
		}
	}
}

// A --baseline that cannot be read is exit 2 with a message that names it.
func TestScanBaselineThatCannotBeRead(t *testing.T) {
	dir := t.TempDir()
	corrupt := filepath.Join(dir, "corrupt.json")
	if err := os.WriteFile(corrupt, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{filepath.Join(dir, "missing.json"), corrupt} {
		_, stderr, code := run(t, "scan", "../../testdata/clinic", "--as-of", asOf, "--baseline", p)
		if code != app.ExitUntrusted || !strings.Contains(stderr, "baseline") || !strings.Contains(stderr, p) {
			t.Errorf("--baseline %s: exit %d, want 2 with a message naming it:\n%s", p, code, stderr)
		}
	}
}
