module github.com/safeguard-hipaa/safeguard/tools

// Development tools, kept out of the main module's graph. Run them with
// `go tool NAME` from this folder (see .ci/run).

go 1.26.8
