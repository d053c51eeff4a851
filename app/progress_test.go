package app

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the indicator's goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestProgressSilentWhenNotATerminal(t *testing.T) {
	regular, err := os.Create(filepath.Join(t.TempDir(), "stderr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer regular.Close()
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	var buf bytes.Buffer
	for _, tc := range []struct {
		name string
		w    io.Writer
	}{
		{"nil", nil},
		{"buffer", &buf},
		{"regular file", regular},
		{"pipe", pw},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newProgress(tc.w)
			if p != nil {
				t.Fatalf("newProgress(%s) started an indicator", tc.name)
			}
			// The nil indicator is a no-op, not a crash.
			p.Report("reading evidence", 1, 2)
			p.Done()
		})
	}
	pw.Close()
	if got, _ := io.ReadAll(pr); len(got) > 0 {
		t.Errorf("pipe got %q", got)
	}
	if got, _ := os.ReadFile(regular.Name()); len(got) > 0 {
		t.Errorf("regular file got %q", got)
	}
	if buf.Len() > 0 {
		t.Errorf("buffer got %q", buf.String())
	}
}

// TestProgressShownWhenLong: past the delay the line shows the phase and
// the count, and Done clears it.
func TestProgressShownWhenLong(t *testing.T) {
	var w syncBuffer
	p := startProgress(&w, time.Millisecond, time.Millisecond)
	p.Report("reading evidence", 3, 10)
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(w.String(), "reading evidence 3/10") && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	p.Done()
	got := w.String()
	if !strings.Contains(got, "\r\x1b[2Ksafeguard: reading evidence 3/10 (") {
		t.Errorf("no progress line in %q", got)
	}
	if !strings.HasSuffix(got, "\r\x1b[2K") {
		t.Errorf("Done did not clear the line: %q", got)
	}
}

// TestProgressQuietWhenShort: a scan that ends before the delay shows
// nothing, not even the clearing sequence.
func TestProgressQuietWhenShort(t *testing.T) {
	var w syncBuffer
	p := startProgress(&w, time.Hour, time.Millisecond)
	p.Report("reading evidence", 1, 2)
	time.Sleep(20 * time.Millisecond)
	p.Done()
	if got := w.String(); got != "" {
		t.Errorf("short scan wrote %q", got)
	}
}
