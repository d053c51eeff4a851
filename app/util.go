package app

import (
	"fmt"
	"os"

	"github.com/safeguard-hipaa/safeguard/diag"
)

func emptyDir() (string, func(), error) {
	dir, err := os.MkdirTemp("", "safeguard-empty-")
	if err != nil {
		return "", nil, fmt.Errorf("make an empty folder: %w", err)
	}
	return dir, func() { os.RemoveAll(dir) }, nil
}

func didYouMean(got string, candidates []string) string { return diag.DidYouMean(got, candidates) }
