package diag

// Stable diagnostic codes. docs/errors.md explains each one; a test keeps the
// two in step. Codes are never reused for a different meaning.
const (
	CodeSyntax        = "SG1001" // the file is not valid YAML or HCL
	CodeType          = "SG1002" // a value has the wrong type
	CodeDate          = "SG1003" // a date is not YYYY-MM-DD or not a real day
	CodeEnum          = "SG1004" // a value is outside the field's allowed set
	CodeRequired      = "SG1005" // a required field is missing
	CodeUnknownField  = "SG1006" // a field the format does not define (warning)
	CodeDuplicateKey  = "SG1007" // the same key twice in one object
	CodeDuplicateName = "SG1008" // two documents of one kind with the same name, or two list entries with one id
	CodeExpression    = "SG1009" // an HCL expression that is not a literal value
	CodeUnknownKind   = "SG1010" // apiVersion safeguard/v1 with a kind the format does not define
	CodeRead          = "SG1011" // the file could not be read
	CodeTooLarge      = "SG1012" // the file is larger than the configured limit
	CodeNotText       = "SG1013" // the file is binary or not valid UTF-8
	CodeAlias         = "SG1014" // YAML aliases expand beyond the limit
	CodeDepth         = "SG1015" // nesting deeper than the limit
	CodeSymlink       = "SG1016" // a symbolic link that leaves the scanned root (not followed)
	CodeEmpty         = "SG1017" // an empty file or document (warning)
	CodeNumber        = "SG1018" // a number that is not a whole number, or out of range
)

// Policy codes.
const (
	CodePolicy   = "SG2001" // a policy file does not parse or compile
	CodeMetadata = "SG2002" // a policy's METADATA block is missing or wrong
)

// Configuration and waiver codes.
const (
	CodeConfig        = "SG3001" // .safeguard.yaml is not valid
	CodeWaiverExpired = "SG3002" // a waiver is past its expiry (warning)
	CodeWaiverUnused  = "SG3003" // a waiver matches no finding or names no rule (warning)
	CodeWaiverInvalid = "SG3004" // a waiver lacks a reason, approver or expiry
)
