package pipeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

// LoadBaseline reads the finding fingerprints of a previous JSON report.
func LoadBaseline(p string) (map[string]bool, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	var doc struct {
		SchemaVersion string `json:"schema_version"`
		Findings      []struct {
			Fingerprint string `json:"fingerprint"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("read baseline %s: not a safeguard JSON report: %w", p, err)
	}
	if doc.SchemaVersion == "" {
		return nil, fmt.Errorf("read baseline %s: not a safeguard JSON report (no schema_version); write one with --format json", p)
	}
	out := make(map[string]bool, len(doc.Findings))
	for _, f := range doc.Findings {
		out[f.Fingerprint] = true
	}
	return out, nil
}
