// Package app holds what each safeguard command does, as plain functions
// over a params struct that carries the output writers. The cobra commands
// in cmd/safeguard only bind flags and call these, so every command can be
// run and tested in-process; the exit status comes back as an error value
// and only main calls os.Exit.
package app

import (
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"
)

// Exit codes (docs/cli.md).
const (
	ExitOK        = 0 // nothing at or above --fail-on
	ExitFindings  = 1 // findings at or above --fail-on
	ExitUntrusted = 2 // the run could not be trusted: bad evidence, flags, config or policy
)

// ExitError carries an exit status. Err may be nil when the status says all
// (findings were found and reported).
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit status %d", e.Code)
	}
	return e.Err.Error()
}

func (e *ExitError) Unwrap() error { return e.Err }

// Code returns the exit status for an error a command returned.
func Code(err error) int {
	if err == nil {
		return ExitOK
	}
	var ee *ExitError
	if errors.As(err, &ee) {
		return ee.Code
	}
	return ExitUntrusted
}

// IsTerminal reports whether w is a terminal, for colour and progress. A
// character device is not enough: /dev/null is one, and a scan sent there
// must stay silent.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
