package app

import (
	"bytes"
	"os"
	"testing"
)

// A character device that is not a terminal (/dev/null) gets no colour
// and no progress line.
func TestIsTerminal(t *testing.T) {
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	if IsTerminal(null) {
		t.Errorf("%s reads as a terminal", os.DevNull)
	}
	if IsTerminal(&bytes.Buffer{}) {
		t.Error("a buffer reads as a terminal")
	}
}
