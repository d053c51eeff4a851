package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/safeguard-hipaa/safeguard/app"
)

func newInitCmd(stdout io.Writer) *cobra.Command {
	p := app.InitParams{Stdout: stdout}
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: "Write a commented starter evidence repo and a GitHub workflow",
		Long: `Init writes one commented evidence file per kind (access matrix, business
associates, encryption config, training roster, security program with the
retention schedule), a .safeguard.yaml and .github/workflows/safeguard.yml
into DIR (default the current folder). The starter scans clean as of today:
its dates are written relative to the day it is made.`,
		Example: `  safeguard init evidence
  safeguard scan evidence`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p.Dir = "."
			if len(args) == 1 {
				p.Dir = args[0]
			}
			return app.Init(p)
		},
	}
	cmd.Flags().StringVar(&p.AsOf, "as-of", "", "write dates relative to this day, YYYY-MM-DD (default today, UTC)")
	cmd.Flags().BoolVar(&p.Force, "force", false, "overwrite files that exist")
	return cmd
}
