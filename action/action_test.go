// Package action_test runs the GitHub Action's steps as GitHub would: it
// reads action.yml, evaluates the ${{ }} expressions its steps use, sets the
// INPUT_*, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY environment, runs each shell
// step with bash, and checks the outputs, annotations and exit status.
package action_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
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
	stderr  string
	outputs map[string]string
	// declared lists the outputs action.yml declares.
	declared []string
	summary  string
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
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
			t.Logf("step %q exit %d; stderr:\n%s", step.Name, code, stderr.String())
		} else if err != nil {
			t.Fatalf("step %q: %v", step.Name, err)
		}
		if step.ID == "scan" {
			res.exit, res.stdout, res.stderr = code, stdout.String(), stderr.String()
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
			continue
		}
		res.declared = append(res.declared, m[1])
	}
	sort.Strings(res.declared)
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
	anns := checkAnnotations(t, ws, res)
	if anns["error"] == 0 || anns["error"] > 10 {
		t.Errorf("%d error annotations, want 1..10\n%s", anns["error"], res.stdout)
	}
	checkOutputs(t, ws, res, "safeguard.json")
	md, err := os.ReadFile(filepath.Join(ws, "safeguard-summary.md"))
	if err != nil || !strings.Contains(res.summary, string(md)) {
		t.Errorf("the job summary is not the Markdown report (%v)", err)
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

var (
	command  = regexp.MustCompile(`^::(error|warning|notice) (.*?)::(.*)$`)
	property = regexp.MustCompile(`^([a-zA-Z]+)=([^,:]*)$`)
)

// unescapeProperty undoes GitHub's escaping of a command property.
func unescapeProperty(s string) string {
	return strings.NewReplacer("%3A", ":", "%2C", ",", "%0D", "\r", "%0A", "\n", "%25", "%").Replace(s)
}

// checkAnnotations checks every workflow command the scan step printed, on
// stdout and stderr (the runner reads both): each is a well-formed
// annotation; errors and warnings name a file of the workspace and a line
// in it; no level has more than GitHub shows. It returns the count per
// level.
func checkAnnotations(t *testing.T, ws string, res result) map[string]int {
	t.Helper()
	counts := map[string]int{}
	for _, stream := range []string{res.stdout, res.stderr} {
		for _, line := range strings.Split(stream, "\n") {
			line = strings.TrimSuffix(line, "\r")
			if !strings.HasPrefix(line, "::") {
				continue
			}
			m := command.FindStringSubmatch(line)
			if m == nil {
				t.Errorf("a workflow command that is not an annotation: %q", line)
				continue
			}
			level := m[1]
			counts[level]++
			props := map[string]string{}
			for _, p := range strings.Split(m[2], ",") {
				pm := property.FindStringSubmatch(p)
				if pm == nil {
					t.Errorf("malformed property %q in %q", p, line)
					continue
				}
				props[pm[1]] = unescapeProperty(pm[2])
			}
			if level == "notice" && props["file"] == "" {
				continue // the count of the annotations left out
			}
			file, lineNo := props["file"], props["line"]
			if file == "" || lineNo == "" {
				t.Errorf("annotation without file and line: %q", line)
				continue
			}
			b, err := os.ReadFile(filepath.Join(ws, filepath.FromSlash(file)))
			if err != nil {
				t.Errorf("annotation names %s, which is not a file of the workspace: %q", file, line)
				continue
			}
			if n, err := strconv.Atoi(lineNo); err != nil || n < 1 || n > strings.Count(string(b), "\n")+1 {
				t.Errorf("annotation at line %s, outside %s: %q", lineNo, file, line)
			}
		}
	}
	for level, n := range counts {
		if n > 10 {
			t.Errorf("%d %s annotations; GitHub shows about ten of a kind per step", n, level)
		}
	}
	return counts
}

// checkOutputs checks that every output action.yml declares is set, and
// that the counts agree with the JSON report.
func checkOutputs(t *testing.T, ws string, res result, jsonReport string) {
	t.Helper()
	for _, k := range res.declared {
		if _, ok := res.outputs[k]; !ok {
			t.Errorf("declared output %q is not set; outputs: %v", k, res.outputs)
		}
	}
	b, err := os.ReadFile(filepath.Join(ws, jsonReport))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Summary struct {
			Open       int            `json:"open"`
			New        int            `json:"new"`
			BySeverity map[string]int `json:"open_by_severity"`
		} `json:"summary"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"total": doc.Summary.Open, "new": doc.Summary.New}
	for sev, n := range doc.Summary.BySeverity {
		want[sev] = n
	}
	for k, n := range want {
		if got := res.outputs[k]; got != strconv.Itoa(n) {
			t.Errorf("output %s=%q, the JSON report says %d", k, got, n)
		}
	}
}

// hostileWorkspace is the example with fourteen more shared logins (more
// errors than GitHub shows) and a user id that tries to end its annotation
// and start others.
func hostileWorkspace(t *testing.T) string {
	t.Helper()
	ws := workspace(t, "clinic")
	p := filepath.Join(ws, "evidence", "access", "epic-ehr.yaml")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var users strings.Builder
	for i := 0; i < 14; i++ {
		id := fmt.Sprintf("shared%02d", i)
		if i == 0 {
			id = `evil\n::error file=x.yaml,line=1::injected\r\n::add-mask::%0A::stop-commands::tok`
		}
		fmt.Fprintf(&users, "    - id: \"%s\"\n      roles: [records-clerk]\n      type: human\n      status: active\n      mfa: true\n      shared: true\n      last_login: 2026-10-31\n", id)
	}
	src := strings.Replace(string(b), "    - id: frontdesk\n", users.String()+"    - id: frontdesk\n", 1)
	if src == string(b) {
		t.Fatal("the example's access matrix changed; update the test")
	}
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return ws
}

func TestActionAnnotationsAreCappedAndEscaped(t *testing.T) {
	if testing.Short() {
		t.Skip("builds safeguard; skipped with -short")
	}
	ws := hostileWorkspace(t)
	res := runAction(t, ws, map[string]string{"path": "evidence", "as-of": "2026-11-01"})
	if res.exit != 1 {
		t.Fatalf("exit %d, want 1\n%s", res.exit, res.stdout)
	}
	anns := checkAnnotations(t, ws, res)
	checkOutputs(t, ws, res, "safeguard.json")
	high, _ := strconv.Atoi(res.outputs["high"])
	critical, _ := strconv.Atoi(res.outputs["critical"])
	if critical+high <= 10 {
		t.Fatalf("%d critical and high findings; the test needs more than ten", critical+high)
	}
	if anns["error"] != 10 {
		t.Errorf("%d error annotations, want 10 of the %d", anns["error"], critical+high)
	}
	// The most severe first: every critical finding is among those shown.
	if n := strings.Count(res.stdout, "title=SG-WF-001 ") + strings.Count(res.stdout, "title=SG-BA-001 "); n != critical {
		t.Errorf("%d of the %d critical findings annotated", n, critical)
	}
	want := fmt.Sprintf("::notice title=safeguard::%d more errors", critical+high-10)
	if !strings.Contains(res.stdout, want) {
		t.Errorf("no notice %q:\n%s", want, res.stdout)
	}
	// The hostile id is data of one annotation, not commands of its own.
	evil := 0
	for _, line := range strings.Split(res.stdout, "\n") {
		if strings.Contains(line, "injected") {
			evil++
			if !strings.HasPrefix(line, "::error file=evidence/access/epic-ehr.yaml,") && !strings.HasPrefix(line, "::warning file=evidence/access/epic-ehr.yaml,") {
				t.Errorf("the hostile id escaped its annotation: %q", line)
			}
			if _, data, _ := strings.Cut(strings.TrimPrefix(line, "::"), "::"); strings.Contains(data, "%0A") && !strings.Contains(data, "%250A") {
				t.Errorf("a literal %%0A in evidence reaches GitHub unescaped: %q", line)
			}
		}
		for _, bad := range []string{"::add-mask::", "::stop-commands::"} {
			if strings.HasPrefix(line, bad) {
				t.Errorf("evidence started a workflow command: %q", line)
			}
		}
	}
	if evil == 0 {
		t.Error("no annotation carries the hostile id")
	}
}

func TestActionExitStatus(t *testing.T) {
	if testing.Short() {
		t.Skip("builds safeguard; skipped with -short")
	}
	tests := []struct {
		name    string
		example string
		inputs  map[string]string
		exit    int
	}{
		{"clean evidence", "clinic-mended", nil, 0},
		{"findings at or above fail-on", "clinic", map[string]string{"fail-on": "critical"}, 1},
		{"broken evidence is not trusted", "broken", nil, 2},
		{"an unknown fail-on", "clinic", map[string]string{"fail-on": "severe"}, 2},
		{"a baseline that is not there", "clinic", map[string]string{"baseline": "missing.json"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := workspace(t, tt.example)
			in := map[string]string{"path": "evidence", "as-of": "2026-11-01"}
			for k, v := range tt.inputs {
				in[k] = v
			}
			res := runAction(t, ws, in)
			if res.exit != tt.exit || res.outputs["exit-code"] != strconv.Itoa(tt.exit) {
				t.Errorf("exit %d, output exit-code=%q; want %d\n%s\n%s", res.exit, res.outputs["exit-code"], tt.exit, res.stdout, res.stderr)
			}
			checkAnnotations(t, ws, res)
		})
	}
}

func TestActionWaivers(t *testing.T) {
	if testing.Short() {
		t.Skip("builds safeguard; skipped with -short")
	}
	ws := workspace(t, "clinic")
	waivers := "waivers:\n  - rule: SG-AC-001\n    entity: frontdesk\n    reason: Kiosk login, badge tap pending\n    approved_by: Dana Lee\n    expires: 2027-01-31\n"
	if err := os.WriteFile(filepath.Join(ws, "waivers.yaml"), []byte(waivers), 0o644); err != nil {
		t.Fatal(err)
	}
	plain := runAction(t, ws, map[string]string{"path": "evidence", "as-of": "2026-11-01"})
	waived := runAction(t, ws, map[string]string{"path": "evidence", "as-of": "2026-11-01", "waivers": "waivers.yaml"})
	p, _ := strconv.Atoi(plain.outputs["total"])
	w, _ := strconv.Atoi(waived.outputs["total"])
	if w != p-1 || waived.outputs["waived"] != "1" {
		t.Errorf("total %d with the waiver, %d without; waived=%q", w, p, waived.outputs["waived"])
	}
	for _, line := range strings.Split(waived.stdout, "\n") {
		if strings.Contains(line, "title=SG-AC-001 ") && strings.Contains(line, `"frontdesk"`) {
			t.Errorf("a waived finding is annotated: %q", line)
		}
	}
}

// Every third-party action in action.yml, the documented workflow and the
// starter workflow is pinned by a full commit SHA: tags can be moved.
func TestThirdPartyActionsArePinned(t *testing.T) {
	uses := regexp.MustCompile(`(?m)^\s*(?:-\s*)?uses:\s*(\S+)`)
	pinned := regexp.MustCompile(`^[\w.-]+/[\w./-]+@[0-9a-f]{40}$`)
	for _, file := range []string{"action.yml", "docs/github-action.md", "app/starter/github/safeguard.yml.tmpl"} {
		b, err := os.ReadFile(filepath.Join("..", filepath.FromSlash(file)))
		if err != nil {
			t.Fatal(err)
		}
		ms := uses.FindAllStringSubmatch(string(b), -1)
		if len(ms) == 0 {
			t.Errorf("%s uses no actions", file)
		}
		for _, m := range ms {
			ref := m[1]
			if strings.HasPrefix(ref, "./") || strings.HasPrefix(ref, "safeguard-hipaa/safeguard@") {
				continue // this action: the reader pins it to the release they chose
			}
			if !pinned.MatchString(ref) {
				t.Errorf("%s: %s is not pinned by a full commit SHA", file, ref)
			}
		}
	}
}
