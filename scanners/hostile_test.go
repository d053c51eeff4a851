package scanners

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/safeguard-hipaa/safeguard/diag"
)

// billionLaughs is the classic alias bomb: ten levels of ten aliases each,
// 10^10 values if expanded, under a known field so the reader would decode
// it, and again under an unknown one, which the reader only scans for keys.
func billionLaughs(field string) string {
	var b strings.Builder
	b.WriteString("apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata: {name: bomb}\nspec:\n  " + field + ":\n    - &l0 {name: lol, job_function: clinical}\n")
	for i := 1; i <= 10; i++ {
		fmt.Fprintf(&b, "    - &l%d [%s*l%d]\n", i, strings.Repeat(fmt.Sprintf("*l%d, ", i-1), 9), i-1)
	}
	return b.String()
}

func deepYAML(n int) string {
	return "apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata: {name: deep}\nspec:\n  users: " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n"
}

func deepHCL(n int) string {
	return "access_matrix \"deep\" {\n  users = " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n}\n"
}

// hostileCase is one file (or link) of the hostile tree and the diagnostic
// it must give: its code, severity and line, in the file it is about.
type hostileCase struct {
	name     string
	file     string                               // the path the diagnostic names
	setup    func(t *testing.T, root, out string) // makes the file
	code     string
	severity diag.Severity
	line     int
	contains string
}

func writeCase(name, content string) func(t *testing.T, root, out string) {
	return func(t *testing.T, root, _ string) { write(t, root, name, content) }
}

var hostileCases = []hostileCase{
	{"binary", "binary.yaml", writeCase("binary.yaml", "apiVersion: safeguard/v1\n\x00\x00\x01\x02"), diag.CodeNotText, diag.Error, 2, "binary"},
	{"invalid UTF-8", "latin1.yaml", writeCase("latin1.yaml", "apiVersion: safeguard/v1\nkind: SecurityProgram\nmetadata: {name: caf\xe9}\n"), diag.CodeNotText, diag.Error, 3, "UTF-8"},
	{"empty file", "empty.yaml", writeCase("empty.yaml", ""), diag.CodeEmpty, diag.Warning, 1, "empty"},
	{"only comments", "comments.yaml", writeCase("comments.yaml", "# nothing here yet\n# TODO\n"), diag.CodeEmpty, diag.Warning, 1, "only comments"},
	{"UTF-16", "utf16.yaml", writeCase("utf16.yaml", "\xff\xfea\x00p\x00i\x00"), diag.CodeNotText, diag.Error, 1, "UTF-16"},
	{"empty documents", "empty-docs.yaml", writeCase("empty-docs.yaml", "---\n---\n"+doc("after-empty")), diag.CodeEmpty, diag.Warning, 1, "empty"},
	{"larger than --max-file-size", "big.yaml", writeCase("big.yaml", doc("big")+strings.Repeat("# padding\n", 2000)), diag.CodeTooLarge, diag.Error, 1, "--max-file-size"},
	{"alias bomb", "bomb.yaml", writeCase("bomb.yaml", billionLaughs("roles")), diag.CodeAlias, diag.Error, 7, "alias"},
	{"alias bomb under an unknown field", "bomb-unknown.yaml", writeCase("bomb-unknown.yaml", billionLaughs("lols")), diag.CodeAlias, diag.Error, 7, "alias"},
	{"alias that contains itself", "cycle.yaml", writeCase("cycle.yaml", "apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata: {name: cycle}\nspec:\n  extra: &a [*a]\n"), diag.CodeAlias, diag.Error, 5, "itself"},
	{"deep YAML", "deep.yaml", writeCase("deep.yaml", deepYAML(200)), diag.CodeDepth, diag.Error, 5, "levels"},
	{"YAML deeper than the parser goes", "deeper.yaml", writeCase("deeper.yaml", deepYAML(20_000)), diag.CodeDepth, diag.Error, 5, "depth"},
	// 200,000 levels overflowed the HCL parser's stack and killed the process.
	{"deep HCL", "deep.hcl", writeCase("deep.hcl", deepHCL(200_000)), diag.CodeDepth, diag.Error, 2, "levels"},
	{"tab indentation", "tabs.yaml", writeCase("tabs.yaml", "apiVersion: safeguard/v1\nkind: SecurityProgram\nmetadata:\n\tname: tabs\n"), diag.CodeSyntax, diag.Error, 4, "tab"},
	{"duplicate key", "dup-key.yaml", writeCase("dup-key.yaml", "apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata: {name: dup-key}\nspec:\n  system: a\n  system: b\n"), diag.CodeDuplicateKey, diag.Error, 6, "more than once"},
	{"duplicate top-level key", "dup-spec.yaml", writeCase("dup-spec.yaml", "apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata: {name: dup-spec}\nspec: {system: a}\nspec: {system: b}\n"), diag.CodeDuplicateKey, diag.Error, 5, "more than once"},
	{"duplicate HCL block", "dup-block.hcl", writeCase("dup-block.hcl", "access_matrix \"dup-block\" {\n  audit_logging {\n    enabled = true\n  }\n  audit_logging {\n    enabled = false\n  }\n}\n"), diag.CodeDuplicateKey, diag.Error, 5, "more than once"},
	{"duplicate id in a list", "dup-id.yaml", writeCase("dup-id.yaml", "apiVersion: safeguard/v1\nkind: TrainingRoster\nmetadata: {name: dup-id}\nspec:\n  workforce:\n    - id: E7\n    - id: E7\n"), diag.CodeDuplicateName, diag.Error, 7, "more than once"},
	{"duplicate id across files", "dupe-b.yaml", func(t *testing.T, root, _ string) {
		write(t, root, "dupe-a.yaml", "apiVersion: safeguard/v1\nkind: TrainingRoster\nmetadata: {name: a}\nspec:\n  workforce:\n    - id: E1\n")
		write(t, root, "dupe-b.yaml", "apiVersion: safeguard/v1\nkind: TrainingRoster\nmetadata: {name: b}\nspec:\n  workforce:\n    - id: E1\n")
	}, diag.CodeDuplicateName, diag.Error, 6, "dupe-a.yaml"},
	{"duplicate name across files", "same-2.yaml", func(t *testing.T, root, _ string) {
		write(t, root, "same-1.yaml", doc("same"))
		write(t, root, "same-2.yaml", doc("same"))
	}, diag.CodeDuplicateName, diag.Error, 4, "same-1.yaml"},
	{"empty name", "no-name.yaml", writeCase("no-name.yaml", "apiVersion: safeguard/v1\nkind: SecurityProgram\nmetadata:\n  name: \"\"\nspec: {}\n"), diag.CodeRequired, diag.Error, 4, "empty"},
	{"empty HCL label", "no-name.hcl", writeCase("no-name.hcl", "security_program \"\" {\n}\n"), diag.CodeRequired, diag.Error, 1, "empty"},
	{"link to a file outside", "escape.yaml", func(t *testing.T, root, out string) {
		symlink(t, write(t, out, "secret.yaml", doc("outside")), filepath.Join(root, "escape.yaml"))
	}, diag.CodeSymlink, diag.Warning, 1, "not followed"},
	{"link to a folder outside", "escape-dir", func(t *testing.T, root, out string) {
		write(t, out, "dir/secret.yaml", doc("outside-dir"))
		symlink(t, filepath.Join(out, "dir"), filepath.Join(root, "escape-dir"))
	}, diag.CodeSymlink, diag.Warning, 1, "folder"},
	{"broken link", "broken.yaml", func(t *testing.T, root, out string) {
		symlink(t, filepath.Join(out, "nope.yaml"), filepath.Join(root, "broken.yaml"))
	}, diag.CodeRead, diag.Error, 1, "leads nowhere"},
	// A FIFO is unreadable even for root, and opening it would block.
	{"named pipe", "pipe.yaml", func(t *testing.T, root, _ string) {
		if err := syscall.Mkfifo(filepath.Join(root, "pipe.yaml"), 0o644); err != nil {
			t.Fatal(err)
		}
	}, diag.CodeRead, diag.Error, 1, "named pipe"},
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// TestScanHostileTree scans one tree holding every hostile case beside good
// evidence: each case gives its diagnostic at its file:line, nothing crashes
// or hangs, and the good files are all read.
func TestScanHostileTree(t *testing.T) {
	root, outside := t.TempDir(), t.TempDir()
	write(t, root, "good.yaml", doc("good"))
	write(t, root, "nested/deeper/also-good.yml", doc("also-good"))
	write(t, root, "bom-crlf.yaml", "\xef\xbb\xbf"+strings.ReplaceAll(doc("bom-crlf"), "\n", "\r\n"))
	write(t, root, "good.hcl", "security_program \"good-hcl\" {\n  evaluation {\n    last_completed = \"2026-02-01\"\n  }\n}\n")
	write(t, root, ".git/config.yaml", doc("not-read"))
	write(t, root, "notes.txt", "not evidence by name")
	symlink(t, filepath.Join(root, "nested"), filepath.Join(root, "inside-dir-link"))
	for _, c := range hostileCases {
		c.setup(t, root, outside)
	}

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	set, err := Scan(ctx, root, Options{MaxFileSize: 10_000_000})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, d := range set.Documents {
		names[d.Name] = true
	}
	for _, want := range []string{"good", "also-good", "bom-crlf", "good-hcl", "after-empty", "a", "b", "same", "dup-key", "dup-spec", "dup-id", "dup-block"} {
		if !names[want] {
			t.Errorf("document %q was not read; got %v", want, names)
		}
	}
	for _, not := range []string{"outside", "outside-dir", "not-read", "bomb", "deep", "cycle", "tabs"} {
		if names[not] {
			t.Errorf("document %q should not have been read", not)
		}
	}
	for _, f := range []string{"good.yaml", "bom-crlf.yaml", "good.hcl", "nested/deeper/also-good.yml"} {
		for _, d := range set.Diagnostics {
			if d.Subject.Filename == f {
				t.Errorf("good file %s has a diagnostic: %v", f, d)
			}
		}
	}
	for _, c := range hostileCases {
		t.Run(c.name, func(t *testing.T) {
			checkHostile(t, set.Diagnostics, c)
		})
	}
	for _, d := range set.Diagnostics {
		if strings.Contains(d.Error(), outside) {
			t.Errorf("a diagnostic leaks the path outside the root: %v", d)
		}
		if d.Subject.Start.Line < 1 || d.Subject.Filename == "" {
			t.Errorf("diagnostic without file:line: %v", d)
		}
	}
}

// TestScanHostileFilesAlone scans each hostile case in a tree of its own
// with a good file, so no case can hide behind another.
func TestScanHostileFilesAlone(t *testing.T) {
	for _, c := range hostileCases {
		t.Run(c.name, func(t *testing.T) {
			root := t.TempDir()
			write(t, root, "zz-good.yaml", doc("zz-good"))
			c.setup(t, root, t.TempDir())
			set, err := Scan(context.Background(), root, Options{MaxFileSize: 10_000_000})
			if err != nil {
				t.Fatal(err)
			}
			checkHostile(t, set.Diagnostics, c)
			read := false
			for _, d := range set.Documents {
				read = read || d.Name == "zz-good"
			}
			if !read {
				t.Errorf("the good file beside %s was not read", c.file)
			}
		})
	}
}

func checkHostile(t *testing.T, ds diag.Diagnostics, c hostileCase) {
	t.Helper()
	file := c.file
	if c.name == "larger than --max-file-size" {
		return // needs the smaller limit; see TestMaxFileSize
	}
	d := hasDiag(ds, c.code, file)
	if d == nil {
		t.Fatalf("no %s for %s; got %v", c.code, file, ds)
	}
	if d.Severity != c.severity || d.Subject.Start.Line != c.line {
		t.Errorf("%s at line %d (%s), want line %d (%s): %v", c.code, d.Subject.Start.Line, d.Severity, c.line, c.severity, d)
	}
	if !strings.Contains(strings.ToLower(d.Error()), strings.ToLower(c.contains)) {
		t.Errorf("%q does not say %q", d.Error(), c.contains)
	}
}

// TestMaxFileSize: a file over the limit is refused at line 1, one at the
// limit is read.
func TestMaxFileSize(t *testing.T) {
	root := t.TempDir()
	write(t, root, "big.yaml", doc("big")+strings.Repeat("# padding\n", 2000))
	small := write(t, root, "small.yaml", doc("small"))
	st, _ := os.Stat(small)
	set, err := Scan(context.Background(), root, Options{MaxFileSize: st.Size()})
	if err != nil {
		t.Fatal(err)
	}
	if d := hasDiag(set.Diagnostics, diag.CodeTooLarge, "big.yaml"); d == nil || d.Subject.Start.Line != 1 || !strings.Contains(d.Detail, "--max-file-size") {
		t.Errorf("big.yaml: %v", set.Diagnostics)
	}
	if len(set.Documents) != 1 || set.Documents[0].Name != "small" {
		t.Errorf("documents: %v", set.Documents)
	}
}

// TestBombsAreRefusedCheaply holds the reader to a memory bound on hostile
// input with the default limits: an alias bomb and deep nesting are refused
// from their text, before anything is expanded. (Before the shape check, the
// unknown-field bomb allocated over 300 MB and was not refused at all.)
func TestBombsAreRefusedCheaply(t *testing.T) {
	for _, c := range []struct{ name, file, src, code string }{
		{"known field", "a.yaml", billionLaughs("roles"), diag.CodeAlias},
		{"unknown field", "a.yaml", billionLaughs("lols"), diag.CodeAlias},
		{"deep yaml", "a.yaml", deepYAML(5000), diag.CodeDepth},
		{"deep hcl", "a.hcl", deepHCL(5000), diag.CodeDepth},
	} {
		t.Run(c.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			_, _, ds := ReadBytes(c.file, []byte(c.src), Limits{})
			runtime.ReadMemStats(&after)
			if n := ds.Count(diag.Error); n != 1 || ds[0].Code != c.code {
				t.Errorf("want one %s error, got %v", c.code, ds)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 32<<20 {
				t.Errorf("reading allocated %d MB; the refusal should cost about the size of the text", alloc>>20)
			}
		})
	}
}

// TestScanUnreadableFile: a file the process may not read is reported at
// line 1 and the rest is scanned. Root reads anything, so as root the test
// runs itself again without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH
// (setpriv, from util-linux), where chmod 000 does stop reads.
func TestScanUnreadableFile(t *testing.T) {
	if dir := os.Getenv("SAFEGUARD_TEST_UNREADABLE_ROOT"); dir != "" {
		checkUnreadable(t, dir)
		return
	}
	root := t.TempDir()
	write(t, root, "good.yaml", doc("good"))
	locked := write(t, root, "locked.yaml", doc("locked"))
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	write(t, root, "locked-dir/inside.yaml", doc("inside"))
	if err := os.Chmod(filepath.Join(root, "locked-dir"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(filepath.Join(root, "locked-dir"), 0o755) })
	if os.Geteuid() != 0 {
		checkUnreadable(t, root)
		return
	}
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("running as root, where chmod 000 does not stop reads, and setpriv (util-linux) is not installed to drop the capabilities that let root read anything")
		}
		t.Skip("running as root, where chmod 000 does not stop reads, and setpriv (util-linux) is not installed")
	}
	drop := "-dac_override,-dac_read_search"
	cmd := exec.Command(setpriv, "--bounding-set="+drop, "--inh-caps="+drop, os.Args[0], "-test.run=^TestScanUnreadableFile$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), "SAFEGUARD_TEST_UNREADABLE_ROOT="+root)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "checked unreadable files") {
		t.Fatalf("the unprivileged run failed (%v):\n%s", err, out)
	}
}

func checkUnreadable(t *testing.T, root string) {
	if _, err := os.ReadFile(filepath.Join(root, "locked.yaml")); err == nil {
		t.Fatal("locked.yaml is readable: the test cannot show anything")
	}
	set, err := Scan(context.Background(), root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"locked.yaml", "locked-dir"} {
		d := hasDiag(set.Diagnostics, diag.CodeRead, f)
		if d == nil || d.Subject.Start.Line != 1 || d.Severity != diag.Error {
			t.Errorf("no SG1011 error at %s:1; got %v", f, set.Diagnostics)
		}
	}
	if len(set.Documents) != 1 || set.Documents[0].Name != "good" {
		t.Errorf("the readable file was not scanned: %v", set.Documents)
	}
	t.Log("checked unreadable files")
}
