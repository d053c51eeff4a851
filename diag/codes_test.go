package diag

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestCodesAreDocumented holds docs/errors.md to the code constants: every
// code has a row, and no row names a code that does not exist.
func TestCodesAreDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/errors.md")
	if err != nil {
		t.Fatal(err)
	}
	f, err := parser.ParseFile(token.NewFileSet(), "codes.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]bool{}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, s := range gd.Specs {
			for _, v := range s.(*ast.ValueSpec).Values {
				if lit, ok := v.(*ast.BasicLit); ok {
					code, _ := strconv.Unquote(lit.Value)
					if codes[code] {
						t.Errorf("code %s defined twice", code)
					}
					codes[code] = true
				}
			}
		}
	}
	if len(codes) < 20 {
		t.Fatalf("found only %d codes in codes.go", len(codes))
	}
	for code := range codes {
		if !strings.Contains(string(doc), "| "+code+" |") {
			t.Errorf("%s is not documented in docs/errors.md", code)
		}
	}
	for _, line := range strings.Split(string(doc), "\n") {
		if strings.HasPrefix(line, "| SG") {
			code := strings.TrimSpace(strings.Split(line, "|")[1])
			if !codes[code] {
				t.Errorf("docs/errors.md documents %s, which codes.go does not define", code)
			}
		}
	}
}
