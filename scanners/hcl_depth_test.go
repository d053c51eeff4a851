package scanners

import (
	"strings"
	"testing"
)

func TestBracketDepth(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		depth int
		ok    bool
	}{
		{"flat", `a = 1`, 0, true},
		{"blocks", "x \"y\" {\n  z {\n    l = [1, [2]]\n  }\n}\n", 4, true},
		{"brackets in strings do not count", `a = "[[[[" b = "}}}}"`, 0, true},
		{"escaped quote stays in the string", `a = "\"[[[" b = [1]`, 1, true},
		{"comments do not count", "# [[[[\n// {{{{\n/* (((( */ a = [1]", 1, true},
		{"stray closers hide nothing", strings.Repeat("]", 50) + strings.Repeat("[", 70), 70, true},
		{"closers in strings hide nothing", strings.Repeat(`["]"`, 70), 70, true},
		{"a template needs the lexer", `a = "${[[[]]]}"`, 0, false},
		{"a heredoc needs the lexer", "a = <<EOT\n[[[\nEOT\n", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := bracketDepth([]byte(tt.src))
			if d != tt.depth || ok != tt.ok {
				t.Errorf("bracketDepth = %d, %v; want %d, %v", d, ok, tt.depth, tt.ok)
			}
		})
	}
}
