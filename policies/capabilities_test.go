package policies

import (
	"fmt"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

// outside are the builtins of OPA v1.22.4 that reach the network, the
// environment, the clock or randomness; each must be refused.
var outside = []string{
	"http.send", "net.lookup_ip_addr", "opa.runtime", "time.now_ns", "rand.intn", "uuid.rfc4122",
	"io.jwt.decode_verify", "io.jwt.encode_sign", "io.jwt.encode_sign_raw",
	"json.match_schema", "json.verify_schema",
	"crypto.x509.parse_and_verify_certificates", "crypto.x509.parse_and_verify_certificates_with_options",
	"providers.aws.sign_req", "trace",
}

func TestCapabilitiesDenyWhatReachesOutside(t *testing.T) {
	all := map[string]*ast.Builtin{}
	for _, b := range ast.CapabilitiesForThisVersion().Builtins {
		all[b.Name] = b
	}
	kept := map[string]bool{}
	for _, b := range capabilities().Builtins {
		kept[b.Name] = true
	}
	for _, name := range outside {
		if all[name] == nil {
			t.Errorf("%s is not a builtin of this OPA; the list is out of date", name)
		}
		if kept[name] {
			t.Errorf("%s reaches outside the input and is not denied", name)
		}
	}
	for name, b := range all {
		if b.Nondeterministic && kept[name] {
			t.Errorf("%s is nondeterministic and is not denied", name)
		}
		if strings.HasPrefix(name, "net.") && kept[name] {
			t.Errorf("%s is allowed; the net.* family is denied whole", name)
		}
	}
	// What policies need stays.
	for _, name := range []string{"count", "sprintf", "time.parse_ns", "time.add_date", "time.format", "regex.match", "object.get"} {
		if !kept[name] {
			t.Errorf("%s is denied; policies need it", name)
		}
	}
	if c := capabilities(); c.AllowNet == nil || len(c.AllowNet) != 0 {
		t.Errorf("AllowNet = %v, want empty (no host)", c.AllowNet)
	}
}

// TestDeniedBuiltinsDoNotCompile calls every denied builtin, with the
// arguments it takes, under the scan's capabilities: each fails to compile
// with an error that names it at its line.
func TestDeniedBuiltinsDoNotCompile(t *testing.T) {
	n := 0
	for _, b := range ast.CapabilitiesForThisVersion().Builtins {
		if !deniedBuiltin(b) || b.Infix != "" || strings.HasPrefix(b.Name, "internal.") {
			continue
		}
		n++
		args := make([]string, len(b.Decl.FuncArgs().Args))
		for i := range args {
			args[i] = fmt.Sprintf("input.a%d", i)
		}
		src := fmt.Sprintf("package p\n\nx if {\n\t%s(%s)\n}\n", b.Name, strings.Join(args, ", "))
		mod, err := ast.ParseModuleWithOpts("p.rego", src, ast.ParserOptions{RegoVersion: ast.RegoV1})
		if err != nil {
			t.Errorf("%s: parse: %v", b.Name, err)
			continue
		}
		c := ast.NewCompiler().WithCapabilities(capabilities())
		c.Compile(map[string]*ast.Module{"p.rego": mod})
		if !c.Failed() {
			t.Errorf("%s compiles under the scan's capabilities", b.Name)
			continue
		}
		if msg := c.Errors.Error(); !strings.Contains(msg, b.Name) || !strings.Contains(msg, "p.rego:4") {
			t.Errorf("%s: the error does not name it at p.rego:4: %s", b.Name, msg)
		}
	}
	if n < len(outside) {
		t.Errorf("only %d denied builtins were tried", n)
	}
}
