package scanners

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/safeguard-hipaa/safeguard/evidence"
)

// Redacted replaces key material in the evidence model, so no report, message
// or diagnostic can repeat it.
const Redacted = "[REDACTED]"

var (
	pemBlock  = regexp.MustCompile(`-----BEGIN [A-Z0-9 ]*(PRIVATE KEY|SECRET|KEY)[A-Z0-9 ]*-----`)
	hexKey    = regexp.MustCompile(`^(0x)?[0-9a-fA-F]{32,}$`)
	base64Key = regexp.MustCompile(`^[A-Za-z0-9+/_-]{40,}={0,2}$`)
	awsKey    = regexp.MustCompile(`\b(AKIA|ASIA)[0-9A-Z]{16}\b`)
)

// secretKind says what kind of key material s looks like, or "". Long hex
// and base64 runs count only where keys are configured (strict), since
// elsewhere they are more often digests and ids.
func secretKind(s string, strict bool) string {
	switch {
	case pemBlock.MatchString(s):
		return "a PEM key block"
	case awsKey.MatchString(s):
		return "a cloud access key id"
	}
	if !strict {
		return ""
	}
	t := strings.TrimSpace(s)
	switch {
	case hexKey.MatchString(t):
		return "a long hexadecimal key value"
	case base64Key.MatchString(t) && hasMixedClasses(t):
		return "a long base64 key value"
	}
	return ""
}

// hasMixedClasses rejects plain words and ids that happen to be long.
func hasMixedClasses(s string) bool {
	var upper, lower, digit bool
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			upper = true
		case r >= 'a' && r <= 'z':
			lower = true
		case r >= '0' && r <= '9':
			digit = true
		}
	}
	return upper && lower && digit
}

// scanSecrets looks through an unread node (an unknown field's value) for
// key material, within the decoder's budget.
func (d *decoder) scanSecrets(n node, depth int) string {
	if depth > 8 || d.stopped {
		return ""
	}
	d.nodes++
	if d.nodes > d.limits.MaxNodes {
		return ""
	}
	switch n.kind() {
	case nScalar:
		text, _ := n.scalar()
		return secretKind(text, d.strictSecrets)
	case nList:
		for _, it := range n.items() {
			if k := d.scanSecrets(it, depth+1); k != "" {
				return k
			}
		}
	case nMap:
		for _, f := range n.fields(emptyObject) {
			if k := d.scanSecrets(f.value, depth+1); k != "" {
				return k
			}
		}
	}
	return ""
}

var emptyObject = &evidence.Object{}

// secretIn says what key material a field's value holds: a scalar, or a
// string in a list of them. Objects are looked through at their own level.
func (d *decoder) secretIn(n node) string {
	switch n.kind() {
	case nScalar:
		text, _ := n.scalar()
		return secretKind(text, d.strictSecrets)
	case nList:
		for _, it := range n.items() {
			if it.kind() == nScalar {
				text, _ := it.scalar()
				if k := secretKind(text, d.strictSecrets); k != "" {
					return k
				}
			}
		}
	}
	return ""
}

// redact replaces key material in a decoded string, or in the strings of a
// decoded list, so no report, message or policy can repeat it.
func (d *decoder) redact(v *evidence.Value) {
	switch v.Kind {
	case evidence.String:
		if secretKind(v.Str, d.strictSecrets) != "" {
			v.Str = Redacted
		}
	case evidence.List:
		for _, it := range v.Items() {
			if it.Kind == evidence.String {
				d.redact(it)
			}
		}
	}
}

// quoteValue quotes a value for a message, or gives Redacted where it looks
// like key material anywhere (messages err on the side of saying less).
func quoteValue(text string) string {
	if secretKind(text, true) != "" {
		return Redacted
	}
	if len(text) > 80 {
		text = text[:80] + "…"
	}
	return strconv.Quote(text)
}
