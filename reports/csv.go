package reports

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/safeguard-hipaa/safeguard/assess"
)

// csvHeader names the risk register's columns.
var csvHeader = []string{
	"id", "risk_level", "likelihood", "impact", "severity", "citation", "control", "safeguard",
	"specification", "rule_id", "threat", "vulnerability", "affected", "new", "first_location",
	"example", "remediation", "as_of",
}

// writeCSV writes the risk register, one row per risk under a header row.
func writeCSV(w io.Writer, a *assess.Assessment, _ Options) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvRow(csvHeader)); err != nil {
		return fmt.Errorf("write csv header: %w", err)
	}
	for _, r := range RiskRegister(a) {
		row := []string{
			r.ID, r.Level.String(), r.Likelihood.String(), r.Impact.String(), r.Severity.String(),
			r.Citation, r.Control, r.Safeguard, r.Specification, r.Rule, r.Threat, r.Vulnerability,
			strconv.Itoa(r.Affected), strconv.Itoa(r.New), r.First, r.Example, r.Remediation, a.AsOf,
		}
		if err := cw.Write(csvRow(row)); err != nil {
			return fmt.Errorf("write csv risk %s: %w", r.ID, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// csvRow neutralises every cell of a row.
func csvRow(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = csvCell(c)
	}
	return out
}

// csvCell keeps a spreadsheet from reading a cell as a formula (OWASP's CSV
// injection advice): a cell that starts with = + - @, a tab, a carriage
// return or a line feed, or with the full-width = + - @ that Excel in East
// Asian locales reads as the ASCII ones, gets a leading apostrophe, which
// spreadsheets show as text.
func csvCell(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20':
		return "'" + s
	}
	return s
}
