// Command safeguard checks HIPAA Security Rule evidence kept as code and
// reports the gaps. See README.md and docs/.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/safeguard-hipaa/safeguard/app"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := newRootCmd(version, os.Stdout, os.Stderr).ExecuteContext(ctx)
	stop()
	if err != nil {
		if msg := err.Error(); msg != "" && !isSilent(err) {
			fmt.Fprintf(os.Stderr, "safeguard: %s\n", msg)
		}
	}
	os.Exit(app.Code(err))
}

func isSilent(err error) bool {
	ee, ok := err.(*app.ExitError)
	return ok && ee.Err == nil
}
