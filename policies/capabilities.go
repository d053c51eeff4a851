package policies

import (
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// deniedBuiltin reports whether a builtin reaches outside the input (the
// network, the environment, the clock, randomness) and so is refused in
// every policy: findings must follow from the evidence and --as-of alone.
func deniedBuiltin(name string) bool {
	switch {
	case name == "http.send", name == "opa.runtime", name == "trace",
		name == "time.now_ns", name == "rand.intn", name == "uuid.rfc4122",
		strings.HasPrefix(name, "net."), strings.HasPrefix(name, "io.jwt.decode_verify"),
		name == "crypto.x509.parse_and_verify_certificates", name == "providers.aws.sign_req":
		return true
	}
	return false
}

// capabilities returns OPA's capabilities less the denied builtins, so a
// policy that calls one fails to compile with an error that names it.
func capabilities() *ast.Capabilities {
	c := ast.CapabilitiesForThisVersion()
	kept := c.Builtins[:0:0]
	for _, b := range c.Builtins {
		if !deniedBuiltin(b.Name) {
			kept = append(kept, b)
		}
	}
	c.Builtins = kept
	c.AllowNet = []string{}
	return c
}
