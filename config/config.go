// Package config reads .safeguard.yaml: an organisation's thresholds,
// profile, excluded paths, --fail-on default and waivers. Like evidence, it
// is read with positions, and an unknown key is a warning that suggests the
// key meant.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/policies"
)

// FileName is the configuration file looked for at the scanned root.
const FileName = ".safeguard.yaml"

// Config is a parsed configuration. Zero values mean "not set".
type Config struct {
	Path       string
	Profile    string
	FailOn     string
	Exclude    []string
	Thresholds map[string]any // int64 or string values
	// ThresholdAt says where each threshold was set.
	ThresholdAt map[string]diag.Range
	Waivers     []assess.Waiver
}

var keys = []string{"profile", "fail_on", "exclude", "thresholds", "waivers"}
var waiverKeys = []string{"rule", "entity", "file", "reason", "approved_by", "expires", "alternative"}

// Load reads a configuration file. display is the name used in positions.
// A missing file is an error; use Exists first for the optional root file.
func Load(osPath, display string) (*Config, diag.Diagnostics, error) {
	b, err := os.ReadFile(osPath)
	if err != nil {
		return nil, nil, fmt.Errorf("read config: %w", err)
	}
	c, ds := Parse(display, b)
	return c, ds, nil
}

// Exists reports whether a regular file is at the path.
func Exists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

func at(file string, n *yaml.Node) diag.Range {
	p := diag.Pos{Line: n.Line, Column: n.Column, Byte: -1}
	return diag.Range{Filename: file, Start: p, End: p}
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// Parse reads configuration bytes. Problems are diagnostics: errors for
// values that cannot be used, warnings for unknown keys.
func Parse(file string, src []byte) (*Config, diag.Diagnostics) {
	c := &Config{Path: file, Thresholds: map[string]any{}, ThresholdAt: map[string]diag.Range{}}
	var ds diag.Diagnostics
	var root yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(src)).Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return c, nil
		}
		line := 1
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		if at := problemLine(src, max(line, 1), err.Error()); at > line {
			line = at
		}
		p := diag.Pos{Line: line, Column: 1, Byte: -1}
		return c, diag.Diagnostics{diag.Errorf(diag.CodeConfig, diag.Range{Filename: file, Start: p, End: p}, "Invalid configuration", "The configuration is not valid YAML: %s.", yamlMessage(err))}
	}
	if len(root.Content) == 0 {
		return c, nil
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode {
		return c, diag.Diagnostics{diag.Errorf(diag.CodeConfig, at(file, top), "Invalid configuration", "The configuration must be a mapping of %v.", keys)}
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		if isNull(v) && contains(keys, k.Value) {
			// "waivers:" with every entry commented out: not set.
			continue
		}
		switch k.Value {
		case "profile":
			c.Profile = scalar(file, v, "profile", &ds)
			if c.Profile != "" && !policies.ValidProfile(c.Profile) {
				ds = append(ds, diag.Errorf(diag.CodeConfig, at(file, v), "Unknown profile", "profile %q is not one of %v.%s", c.Profile, policies.ProfileNames(), diag.DidYouMean(c.Profile, policies.ProfileNames())))
				c.Profile = ""
			}
		case "fail_on":
			c.FailOn = scalar(file, v, "fail_on", &ds)
			if c.FailOn != "" {
				if _, err := policies.ParseSeverity(c.FailOn); err != nil {
					ds = append(ds, diag.Errorf(diag.CodeConfig, at(file, v), "Bad fail_on", "fail_on: %v.%s", err, diag.DidYouMean(c.FailOn, policies.SeverityNames())))
					c.FailOn = ""
				}
			}
		case "exclude":
			if v.Kind != yaml.SequenceNode {
				ds = append(ds, diag.Errorf(diag.CodeConfig, at(file, v), "Wrong type", "exclude must be a list of path patterns."))
				continue
			}
			for _, it := range v.Content {
				pat := scalar(file, it, "an exclude pattern", &ds)
				if pat == "" {
					continue
				}
				if !validPattern(pat) {
					ds = append(ds, diag.Errorf(diag.CodeConfig, at(file, it), "Bad pattern", "exclude pattern %q is not a valid path pattern (see Go's path.Match).", pat))
					continue
				}
				c.Exclude = append(c.Exclude, pat)
			}
		case "thresholds":
			if v.Kind != yaml.MappingNode {
				ds = append(ds, diag.Errorf(diag.CodeConfig, at(file, v), "Wrong type", "thresholds must be a mapping of threshold names to values."))
				continue
			}
			for j := 0; j+1 < len(v.Content); j += 2 {
				tk, tv := v.Content[j], v.Content[j+1]
				if tv.Kind != yaml.ScalarNode {
					ds = append(ds, diag.Errorf(diag.CodeConfig, at(file, tv), "Wrong type", "Threshold %q must be a number or a string.", tk.Value))
					continue
				}
				if tv.ShortTag() == "!!int" {
					n, err := strconv.ParseInt(tv.Value, 0, 64)
					if err != nil {
						ds = append(ds, diag.Errorf(diag.CodeConfig, at(file, tv), "Bad number", "Threshold %q is %s: %v.", tk.Value, tv.Value, err))
						continue
					}
					c.Thresholds[tk.Value] = n
				} else {
					c.Thresholds[tk.Value] = tv.Value
				}
				c.ThresholdAt[tk.Value] = at(file, tk)
			}
		case "waivers":
			c.Waivers, ds = ParseWaivers(file, v, ds)
		default:
			ds = append(ds, diag.Warnf(diag.CodeUnknownField, at(file, k), "Unknown configuration key", "%q is not a configuration key (%v).%s", k.Value, keys, diag.DidYouMean(k.Value, keys)))
		}
	}
	return c, ds
}

// yamlMessage is a yaml.v3 error without its prefix and its line, which
// the diagnostic's position gives (correctly).
func yamlMessage(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = yamlLine.ReplaceAllString(msg, "")
	return strings.TrimLeft(msg, ": ")
}

// problemLine finds the line a YAML syntax error is on: yaml.v3 names the
// line where the enclosing block starts, so the source is cut after each
// following line until a cut fails with the same message. (The scanners do
// the same for evidence.)
func problemLine(src []byte, from int, want string) int {
	lines := bytes.SplitAfter(src, []byte("\n"))
	end := 0
	for i, l := range lines {
		end += len(l)
		if i+1 < from {
			continue
		}
		var n yaml.Node
		if err := yaml.Unmarshal(src[:end], &n); err != nil && err.Error() == want {
			return i + 1
		}
	}
	return 0
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// validPattern reports whether a path.Match pattern is well formed; a bad
// one would otherwise silently match nothing.
func validPattern(p string) bool {
	_, err := path.Match(p, "")
	return err == nil
}

func scalar(file string, n *yaml.Node, what string, ds *diag.Diagnostics) string {
	if n.Kind != yaml.ScalarNode {
		*ds = append(*ds, diag.Errorf(diag.CodeConfig, at(file, n), "Wrong type", "%s must be a string.", what))
		return ""
	}
	return n.Value
}

// ParseWaivers reads a list of waivers. Each needs a rule, a reason, an
// approver and an expiry date; one without is an error and waives nothing.
func ParseWaivers(file string, n *yaml.Node, ds diag.Diagnostics) ([]assess.Waiver, diag.Diagnostics) {
	if n.Kind != yaml.SequenceNode {
		return nil, append(ds, diag.Errorf(diag.CodeConfig, at(file, n), "Wrong type", "waivers must be a list."))
	}
	var out []assess.Waiver
	for _, it := range n.Content {
		if it.Kind != yaml.MappingNode {
			ds = append(ds, diag.Errorf(diag.CodeWaiverInvalid, at(file, it), "Invalid waiver", "Each waiver is a mapping with rule, reason, approved_by and expires."))
			continue
		}
		w := assess.Waiver{At: at(file, it)}
		present := map[string]bool{}
		for i := 0; i+1 < len(it.Content); i += 2 {
			k, v := it.Content[i], it.Content[i+1]
			if !contains(waiverKeys, k.Value) {
				ds = append(ds, diag.Warnf(diag.CodeUnknownField, at(file, k), "Unknown waiver field", "%q is not a waiver field (%v).%s", k.Value, waiverKeys, diag.DidYouMean(k.Value, waiverKeys)))
				continue
			}
			present[k.Value] = true
			if isNull(v) {
				continue // reported below when the field is required
			}
			before := len(ds)
			s := scalar(file, v, "waiver "+k.Value, &ds)
			if len(ds) > before {
				// A list where one value goes: waiving without the value
				// (an entity, a file) would waive more than was meant.
				present[k.Value+"!"] = true
				continue
			}
			switch k.Value {
			case "rule":
				w.Rule = s
			case "entity":
				w.Entity = s
			case "file":
				w.File = s
				if s != "" && !validPattern(s) {
					ds = append(ds, diag.Errorf(diag.CodeWaiverInvalid, at(file, v), "Bad pattern", "waiver file %q is not a valid path pattern (see Go's path.Match).", s))
					w.File = ""
					present["file!"] = true
				}
			case "reason":
				w.Reason = s
			case "approved_by":
				w.ApprovedBy = s
			case "expires":
				w.Expires = s
				if t, err := time.Parse("2006-01-02", s); s != "" && (err != nil || t.Format("2006-01-02") != s) {
					ds = append(ds, diag.Errorf(diag.CodeDate, at(file, v), "Bad date", "expires is %q; dates are written YYYY-MM-DD. The waiver waives nothing.", s))
					w.Expires = ""
					present["expires!"] = true
				}
			case "alternative":
				w.Alternative = s
			}
		}
		var missing []string
		for k, v := range map[string]string{"rule": w.Rule, "reason": w.Reason, "approved_by": w.ApprovedBy, "expires": w.Expires} {
			if v == "" && !present[k+"!"] {
				missing = append(missing, k)
			}
		}
		bad := false
		for k := range present {
			bad = bad || strings.HasSuffix(k, "!")
		}
		if bad && len(missing) == 0 {
			// Already an error at the bad value, and the waiver waives
			// nothing: without its entity, file or expiry it would waive
			// more than was meant.
			continue
		}
		if len(missing) > 0 {
			sort.Strings(missing)
			ds = append(ds, diag.Errorf(diag.CodeWaiverInvalid, w.At, "Invalid waiver", "The waiver lacks %v; every waiver needs a rule, a reason, who approved it and when it expires. It waives nothing.", missing))
			continue
		}
		out = append(out, w)
	}
	return out, ds
}

// LoadWaivers reads a waivers file: a YAML mapping with a waivers list.
func LoadWaivers(osPath, display string) ([]assess.Waiver, diag.Diagnostics, error) {
	b, err := os.ReadFile(osPath)
	if err != nil {
		return nil, nil, fmt.Errorf("read waivers: %w", err)
	}
	c, ds := Parse(display, b)
	return c.Waivers, ds, nil
}
