package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/safeguard-hipaa/safeguard/app"
)

// enumFlag is a string flag that refuses values outside its set when flags
// are parsed, and lists the set in --help.
type enumFlag struct {
	value   *string
	allowed []string
}

func newEnumFlag(p *string, def string, allowed []string) *enumFlag {
	*p = def
	return &enumFlag{value: p, allowed: allowed}
}

func (e *enumFlag) String() string { return *e.value }
func (e *enumFlag) Type() string   { return "string" }
func (e *enumFlag) Set(s string) error {
	for _, a := range e.allowed {
		if a == s {
			*e.value = s
			return nil
		}
	}
	return fmt.Errorf("want one of %s", strings.Join(e.allowed, ", "))
}

// reportFlag collects repeatable --report FORMAT=PATH values.
type reportFlag struct{ specs *[]app.ReportSpec }

func (r *reportFlag) String() string {
	var parts []string
	for _, s := range *r.specs {
		parts = append(parts, s.Format+"="+s.Path)
	}
	return strings.Join(parts, ",")
}
func (r *reportFlag) Type() string { return "FORMAT=PATH" }
func (r *reportFlag) Set(s string) error {
	spec, err := app.ParseReportSpec(s)
	if err != nil {
		return err
	}
	*r.specs = append(*r.specs, spec)
	return nil
}

func enumCompletion(values []string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}
