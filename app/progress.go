package app

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progress shows what a long scan is doing on a terminal's stderr: nothing
// for the first second (most scans are done by then), then one line,
// rewritten in place, at most every 200 ms. It is silent when stderr is not
// a terminal, so CI logs and redirected output never see it.
type progress struct {
	w       io.Writer
	mu      sync.Mutex
	phase   string
	done    int
	total   int
	started time.Time
	delay   time.Duration // nothing is shown before this
	every   time.Duration // the line is rewritten at most this often
	shown   bool
	stop    chan struct{}
	wg      sync.WaitGroup
}

// newProgress returns nil (a no-op) unless w is a terminal.
func newProgress(w io.Writer) *progress {
	if w == nil || !IsTerminal(w) {
		return nil
	}
	return startProgress(w, time.Second, 200*time.Millisecond)
}

// startProgress starts the indicator on w whatever w is; the tests use it
// with shorter times.
func startProgress(w io.Writer, delay, every time.Duration) *progress {
	p := &progress{w: w, started: time.Now(), delay: delay, every: every, stop: make(chan struct{})}
	p.wg.Add(1)
	go p.loop()
	return p
}

// Report records the phase and how far it is; safe from any goroutine.
func (p *progress) Report(phase string, done, total int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.phase, p.done, p.total = phase, done, total
	p.mu.Unlock()
}

func (p *progress) loop() {
	defer p.wg.Done()
	t := time.NewTicker(p.every)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			if time.Since(p.started) < p.delay {
				continue
			}
			p.mu.Lock()
			line := p.phase
			if p.total > 0 {
				line = fmt.Sprintf("%s %d/%d", p.phase, p.done, p.total)
			}
			p.mu.Unlock()
			if line != "" {
				fmt.Fprintf(p.w, "\r\x1b[2Ksafeguard: %s (%s)", line, time.Since(p.started).Round(time.Second))
				p.shown = true
			}
		}
	}
}

// Done stops the indicator and clears its line.
func (p *progress) Done() {
	if p == nil {
		return
	}
	close(p.stop)
	p.wg.Wait()
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[2K")
	}
}
