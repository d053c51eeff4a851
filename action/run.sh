#!/usr/bin/env bash
# The scan step of action.yml: runs safeguard with the action's inputs,
# prints annotations, appends the Markdown summary to the job summary, sets
# the step outputs, and exits with safeguard's status.
#
# Inputs come as INPUT_* variables; GitHub sets GITHUB_OUTPUT and
# GITHUB_STEP_SUMMARY. SAFEGUARD is the binary built by the previous step.
set -uo pipefail

: "${SAFEGUARD:?SAFEGUARD must name the safeguard binary}"
: "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"

args=(scan --format github --color never
  --report "sarif=${INPUT_SARIF:-safeguard.sarif}"
  --report "html=${INPUT_HTML:-safeguard-report.html}"
  --report "markdown=${INPUT_MARKDOWN:-safeguard-summary.md}"
  --report "json=${INPUT_JSON:-safeguard.json}"
  --github-output "$GITHUB_OUTPUT")
[ -n "${INPUT_AS_OF:-}" ] && args+=(--as-of "$INPUT_AS_OF")
[ -n "${INPUT_PROFILE:-}" ] && args+=(--profile "$INPUT_PROFILE")
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
[ -n "${INPUT_WAIVERS:-}" ] && args+=(--waivers "$INPUT_WAIVERS")
[ -n "${INPUT_FAIL_ON:-}" ] && args+=(--fail-on "$INPUT_FAIL_ON")
[ -n "${INPUT_BASELINE:-}" ] && args+=(--baseline "$INPUT_BASELINE")
while IFS= read -r dir; do
  dir="${dir#"${dir%%[![:space:]]*}"}"
  dir="${dir%"${dir##*[![:space:]]}"}"
  [ -n "$dir" ] && args+=(--policy "$dir")
done <<< "${INPUT_POLICY:-}"

# The path goes last, after "--", so a path that starts with "-" is a path.
"$SAFEGUARD" "${args[@]}" -- "${INPUT_PATH:-.}"
status=$?

summary="${INPUT_MARKDOWN:-safeguard-summary.md}"
if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -f "$summary" ]; then
  cat "$summary" >> "$GITHUB_STEP_SUMMARY"
fi
if [ "$status" -ge 2 ] && ! grep -q '^exit-code=' "$GITHUB_OUTPUT" 2>/dev/null; then
  # safeguard stopped before it could write outputs (bad flag, bad policy).
  echo "exit-code=$status" >> "$GITHUB_OUTPUT"
fi
exit "$status"
