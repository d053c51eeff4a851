package main

import (
	"io"

	"github.com/spf13/cobra"
)

func newRootCmd(version string, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "safeguard",
		Short: "Check HIPAA Security Rule evidence kept as code, and report the gaps",
		Long: `safeguard reads a healthcare organisation's HIPAA Security Rule evidence
(access matrices, business associate inventories, retention schedules,
encryption configs, training rosters and the security program record, in YAML
or HCL), checks it against Rego policies mapped to 45 CFR 164.308-164.316, and
reports every gap at the file and line it is about.`,
		Example: `  safeguard init evidence && safeguard scan evidence
  safeguard scan evidence --report sarif=safeguard.sarif --report html=gap-report.html --fail-on high
  safeguard controls evidence
  safeguard explain SG-EN-001
  source <(safeguard completion bash)`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(
		newScanCmd(version, stdout, stderr),
		newControlsCmd(version, stdout),
		newVerifyCmd(stdout),
		newExplainCmd(stdout),
		newInitCmd(stdout),
		newVersionCmd(version, stdout),
	)
	return root
}
