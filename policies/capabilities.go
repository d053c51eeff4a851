package policies

import (
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// deniedNames are the builtins that reach outside the input although OPA
// does not mark them nondeterministic: the clock inside certificate checks,
// request signing, tracing to the console, and every net.* builtin (the
// lookups do DNS; the rest go with them so a family is never half open).
var deniedNames = map[string]bool{
	"opa.runtime":  true, // the environment and the configuration
	"http.send":    true,
	"trace":        true,
	"time.now_ns":  true,
	"rand.intn":    true,
	"uuid.rfc4122": true,
	"crypto.x509.parse_and_verify_certificates":              true, // verifies against the clock
	"crypto.x509.parse_and_verify_certificates_with_options": true,
	"providers.aws.sign_req":                                 true,
	"json.match_schema":                                      true, // a schema $ref may fetch a URL
	"json.verify_schema":                                     true,
}

// deniedPrefixes are families refused as a whole.
var deniedPrefixes = []string{"net.", "io.jwt.decode_verify", "io.jwt.encode_sign", "http.", "rand.", "uuid.rfc", "opa."}

// deniedBuiltin reports whether a builtin reaches outside the input (the
// network, the environment, the file system, the clock, randomness) and so
// is refused in every policy: findings must follow from the evidence and
// --as-of alone. Every builtin OPA marks nondeterministic is refused too, so
// a builtin added in a later OPA release is closed until reviewed.
func deniedBuiltin(b *ast.Builtin) bool {
	if b.Nondeterministic || deniedNames[b.Name] {
		return true
	}
	for _, p := range deniedPrefixes {
		if strings.HasPrefix(b.Name, p) {
			return true
		}
	}
	return false
}

// capabilities returns OPA's capabilities less the denied builtins, so a
// policy that calls one fails to compile with an error that names it.
func capabilities() *ast.Capabilities {
	c := ast.CapabilitiesForThisVersion()
	kept := c.Builtins[:0:0]
	for _, b := range c.Builtins {
		if !deniedBuiltin(b) {
			kept = append(kept, b)
		}
	}
	c.Builtins = kept
	c.AllowNet = []string{}
	return c
}
