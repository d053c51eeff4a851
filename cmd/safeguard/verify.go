package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/safeguard-hipaa/safeguard/app"
)

func newVerifyCmd(stdout io.Writer) *cobra.Command {
	p := app.VerifyParams{Stdout: stdout}
	cmd := &cobra.Command{
		Use:   "verify [POLICY_DIR...]",
		Short: "Run the Rego tests of the built-in and the given policies",
		Long: `Verify runs every _test.rego of the built-in policies and of the given
folders with OPA's tester, under the same restricted capabilities as a scan,
and requires at least two passing tests per rule (a failing and a passing
case). It exits 1 when a test fails or a rule has too few tests.`,
		Example: `  safeguard verify
  safeguard verify ./policies --verbose`,
		RunE: func(cmd *cobra.Command, args []string) error {
			p.PolicyDirs = args
			return app.Verify(cmd.Context(), p)
		},
	}
	f := cmd.Flags()
	f.StringVar(&p.Filter, "run", "", "run only tests whose package or name matches this regular expression")
	f.Var(newEnumFlag(&p.Format, "text", []string{"text", "json"}), "format", "output format: text, json")
	f.BoolVarP(&p.Verbose, "verbose", "v", false, "list passing tests too")
	return cmd
}
