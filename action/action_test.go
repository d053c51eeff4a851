// Package action_test runs the GitHub Action's steps as GitHub would: it
// reads action.yml, evaluates the ${{ }} expressions its steps use, sets the
// INPUT_*, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY environment, runs each shell
// step with bash, and checks the outputs, annotations and exit status.
package action_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

type actionFile struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Value string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string `yaml:"using"`
		Steps []struct {
			Name             string            `yaml:"name"`
			ID               string            `yaml:"id"`
			Uses             string            `yaml:"uses"`
			Shell            string            `yaml:"shell"`
			Run              string            `yaml:"run"`
			WorkingDirectory string            `yaml:"working-directory"`
			Env              map[string]string `yaml:"env"`
		} `yaml:"steps"`
	} `yaml:"runs"`
}

var expr = regexp.MustCompile(`\$\{\{\s*([a-z_.\-]+)\s*\}\}`)

type result struct {
	exit    int
	stdout  string
	outputs map[string]string
	summary string
}

// runAction runs the action's steps with the given inputs in workspace.
func runAction(t *testing.T, workspace string, inputs map[string]string) result {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(root, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a actionFile
	if err := yaml.Unmarshal(b, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	if a.Runs.Using != "composite" {
		t.Fatalf("runs.using = %q, want composite", a.Runs.Using)
	}
	for name := range inputs {
		if _, ok := a.Inputs[name]; !ok {
			t.Fatalf("test passes input %q that action.yml does not declare", name)
		}
	}
	temp := t.TempDir()
	outFile := filepath.Join(temp, "github_output")
	summaryFile := filepath.Join(temp, "step_summary")
	for _, f := range []string{outFile, summaryFile} {
		if err := os.WriteFile(f, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := map[string]string{"github.action_path": root, "runner.temp": temp}
	for name, in := range a.Inputs {
		v, ok := inputs[name]
		if !ok {
			v = in.Default
		}
		ctx["inputs."+name] = v
	}
	eval := func(s string) string {
		return expr.ReplaceAllStringFunc(s, func(m string) string {
			key := expr.FindStringSubmatch(m)[1]
			v, ok := ctx[key]
			if !ok {
				t.Fatalf("action.yml uses ${{ %s }}, which this runner does not provide", key)
			}
			return v
		})
	}
	res := result{outputs: map[string]string{}}
	for _, step := range a.Runs.Steps {
		if step.Uses != "" {
			// actions/setup-go: the test machine has Go already.
			if !strings.HasPrefix(step.Uses, "actions/setup-go@") || !regexp.MustCompile(`@[0-9a-f]{40}$`).MatchString(step.Uses) {
				t.Errorf("step %q uses %q: third-party actions must be pinned by commit SHA", step.Name, step.Uses)
			}
			continue
		}
		if step.Shell != "bash" {
			t.Fatalf("step %q: shell %q, want bash", step.Name, step.Shell)
		}
		cmd := exec.Command("bash", "-e", "-c", eval(step.Run))
		cmd.Dir = workspace
		if step.WorkingDirectory != "" {
			cmd.Dir = eval(step.WorkingDirectory)
		}
		cmd.Env = append(os.Environ(),
			"GITHUB_ACTION_PATH="+root, "RUNNER_TEMP="+temp, "GITHUB_OUTPUT="+outFile,
			"GITHUB_STEP_SUMMARY="+summaryFile, "GITHUB_WORKSPACE="+workspace, "GITHUB_ACTIONS=true", "CI=true")
		for k, v := range step.Env {
			cmd.Env = append(cmd.Env, k+"="+eval(v))
		}
		out, err := cmd.Output()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
			t.Logf("step %q exit %d; stderr:\n%s", step.Name, code, ee.Stderr)
		} else if err != nil {
			t.Fatalf("step %q: %v", step.Name, err)
		}
		if step.ID == "scan" {
			res.exit, res.stdout = code, string(out)
		} else if code != 0 {
			t.Fatalf("step %q failed with exit %d", step.Name, code)
		}
	}
	ob, _ := os.ReadFile(outFile)
	for _, line := range strings.Split(string(ob), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			res.outputs[k] = v
		}
	}
	for name, o := range a.Outputs {
		m := regexp.MustCompile(`steps\.scan\.outputs\.([a-z\-]+)`).FindStringSubmatch(o.Value)
		if m == nil {
			t.Errorf("output %q is not taken from the scan step: %q", name, o.Value)
		}
	}
	sb, _ := os.ReadFile(summaryFile)
	res.summary = string(sb)
	return res
}

// workspace copies an example evidence folder into a fresh workspace.
func workspace(t *testing.T, example string) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join("..", "testdata", example)
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		dst := filepath.Join(dir, "evidence", rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestActionOnTheExample(t *testing.T) {
	if testing.Short() {
		t.Skip("builds safeguard; skipped with -short")
	}
	ws := workspace(t, "clinic")
	res := runAction(t, ws, map[string]string{"path": "evidence", "as-of": "2026-11-01", "fail-on": "high"})
	if res.exit != 1 {
		t.Fatalf("exit %d, want 1 (findings at or above high)\n%s", res.exit, res.stdout)
	}
	for _, k := range []string{"critical", "high", "medium", "low", "total", "exit-code", "sarif", "html", "markdown", "json"} {
		if _, ok := res.outputs[k]; !ok {
			t.Errorf("output %q not set; outputs: %v", k, res.outputs)
		}
	}
	if res.outputs["exit-code"] != "1" || res.outputs["total"] == "0" {
		t.Errorf("outputs: %v", res.outputs)
	}
	for _, f := range []string{"safeguard.sarif", "safeguard-report.html", "safeguard-summary.md", "safeguard.json"} {
		if st, err := os.Stat(filepath.Join(ws, f)); err != nil || st.Size() == 0 {
			t.Errorf("report %s not written: %v", f, err)
		}
	}
	if !strings.Contains(res.summary, "safeguard") {
		t.Errorf("job summary not written: %q", res.summary)
	}
	errors := 0
	for _, line := range strings.Split(res.stdout, "\n") {
		if strings.HasPrefix(line, "::error ") {
			errors++
			if !regexp.MustCompile(`^::error file=evidence/[^,]+,line=\d+,col=\d+,title=`).MatchString(line) && !strings.Contains(line, "file=") {
				t.Errorf("annotation without file and line: %q", line)
			}
		}
	}
	if errors == 0 || errors > 10 {
		t.Errorf("%d error annotations, want 1..10\n%s", errors, res.stdout)
	}
}

func TestActionCleanEvidencePasses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds safeguard; skipped with -short")
	}
	ws := workspace(t, "clinic-mended")
	res := runAction(t, ws, map[string]string{"path": "evidence", "as-of": "2026-11-01"})
	if res.exit != 0 || res.outputs["total"] != "0" || res.outputs["exit-code"] != "0" {
		t.Fatalf("exit %d, outputs %v\n%s", res.exit, res.outputs, res.stdout)
	}
}

func TestActionBaselineFailsOnlyOnNewFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("builds safeguard; skipped with -short")
	}
	ws := workspace(t, "clinic")
	first := runAction(t, ws, map[string]string{"path": "evidence", "as-of": "2026-11-01", "json": "base.json"})
	if first.exit != 1 {
		t.Fatalf("first run exit %d", first.exit)
	}
	// The same evidence against its own baseline: nothing new.
	second := runAction(t, ws, map[string]string{"path": "evidence", "as-of": "2026-11-01", "baseline": "base.json"})
	if second.exit != 0 || second.outputs["new"] != "0" {
		t.Fatalf("baseline run: exit %d, outputs %v\n%s", second.exit, second.outputs, second.stdout)
	}
}
