package reports

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/safeguard-hipaa/safeguard/policies"
)

// visibleFindings counts the finding rows the filters leave on screen.
const visibleFindings = `document.querySelectorAll('tr[data-finding]:not(.is-filtered)').length`

// tablesTooWide lists the tables wider than the box they sit in.
const tablesTooWide = `Array.prototype.slice.call(document.querySelectorAll('table')).filter(function (t) {
  return t.offsetWidth > t.parentNode.offsetWidth + 1;
}).map(function (t) {
  var c = t.querySelector('caption');
  return (c ? c.textContent : t.parentNode.id) + ': ' + t.offsetWidth + 'px in ' + t.parentNode.offsetWidth + 'px';
})`

// setSeverity picks a value in the severity filter as a user would, with
// the change event the page listens for.
func setSeverity(v string) string {
	return fmt.Sprintf(`(function () {
  var s = document.getElementById('filter-severity');
  s.value = %q;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  return s.value;
}())`, v)
}

// TestHTMLInBrowser opens the report from a file:// URL in headless
// Chromium: no console error or exception, the filters change what is shown
// and say so, and the page prints to a PDF.
func TestHTMLInBrowser(t *testing.T) {
	chromium := requireTool(t, "/usr/bin/chromium", "apt-get install chromium")
	a := fixture(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	var buf bytes.Buffer
	if err := writeHTML(&buf, a, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	total, critical, open := len(a.Findings), 0, 0
	for _, f := range a.Findings {
		if f.Severity == policies.Critical {
			critical++
		}
		if f.Open() {
			open++
		}
	}
	if critical == 0 || critical == total || open == total {
		t.Fatalf("the fixture needs critical and other, open and waived findings (%d critical, %d open of %d)", critical, open, total)
	}

	// Chromium's helpers may still write to the profile as the browser
	// exits, so it lives outside t.TempDir, whose cleanup would fail on that.
	profile, err := os.MkdirTemp("", "safeguard-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(profile)

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	actx, acancel := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
	)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()

	var mu sync.Mutex
	var problems []string
	chromedp.ListenTarget(bctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type != runtime.APITypeError {
				return
			}
			var args []string
			for _, arg := range ev.Args {
				args = append(args, strings.TrimSpace(fmt.Sprintf("%s %s", arg.Value, arg.Description)))
			}
			mu.Lock()
			problems = append(problems, "console.error: "+strings.Join(args, " "))
			mu.Unlock()
		case *runtime.EventExceptionThrown:
			msg := "exception"
			if d := ev.ExceptionDetails; d != nil {
				msg += ": " + d.Text
				if d.Exception != nil {
					msg += " " + d.Exception.Description
				}
				msg += fmt.Sprintf(" (line %d)", d.LineNumber+1)
			}
			mu.Lock()
			problems = append(problems, msg)
			mu.Unlock()
		}
	})

	var (
		before, afterSeverity, afterState, afterReset int
		announced, picked                             string
		pdf                                           []byte
		tooWide                                       []string
	)
	u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(file)}).String()
	err = chromedp.Run(bctx,
		chromedp.Navigate(u),
		chromedp.WaitVisible(`#finding-filters`, chromedp.ByID),
		chromedp.Evaluate(visibleFindings, &before),
		chromedp.Evaluate(setSeverity("critical"), &picked),
		chromedp.Evaluate(visibleFindings, &afterSeverity),
		chromedp.Text(`#finding-count`, &announced, chromedp.ByID),
		chromedp.Evaluate(setSeverity("info"), &picked),
		chromedp.Click(`#filter-waived`, chromedp.ByID),
		chromedp.Evaluate(visibleFindings, &afterState),
		chromedp.Click(`#filter-waived`, chromedp.ByID),
		chromedp.Evaluate(visibleFindings, &afterReset),
		chromedp.ActionFunc(func(ctx context.Context) error {
			var err error
			pdf, _, err = page.PrintToPDF().WithPrintBackground(true).Do(ctx)
			return err
		}),
		// On an A4 page (718 CSS px between the default margins) with the
		// print style, no table runs off the edge of the page.
		chromedp.EmulateViewport(718, 1000),
		chromedp.ActionFunc(func(ctx context.Context) error {
			return emulation.SetEmulatedMedia().WithMedia("print").Do(ctx)
		}),
		chromedp.Evaluate(tablesTooWide, &tooWide),
	)
	if err != nil {
		t.Fatalf("drive chromium: %v", err)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("page: %s", p)
	}
	if before != total {
		t.Errorf("%d findings shown at first, want all %d", before, total)
	}
	if afterSeverity != critical {
		t.Errorf("%d findings shown for critical only, want %d", afterSeverity, critical)
	}
	if want := fmt.Sprintf("Showing %d of %d findings.", critical, total); strings.TrimSpace(announced) != want {
		t.Errorf("live region says %q, want %q", announced, want)
	}
	if afterState != open {
		t.Errorf("%d findings shown with waived unticked, want the %d open", afterState, open)
	}
	if afterReset != total {
		t.Errorf("%d findings shown after clearing the filters, want %d", afterReset, total)
	}
	for _, w := range tooWide {
		t.Errorf("printed on A4, a table is wider than the page: %s", w)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF")) || len(pdf) < 10_000 {
		head := pdf[:min(len(pdf), 16)]
		t.Errorf("print to PDF gave %d bytes starting %q, want a real PDF", len(pdf), head)
	}
}
