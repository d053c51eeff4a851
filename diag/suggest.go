package diag

import "fmt"

// DidYouMean returns ` Did you mean "x"?` for the closest candidate within a
// small edit distance, or "" when none is close. A name that is a misspelt
// start of a candidate ("sesion_timeout" for "session_timeout_minutes")
// counts as close too: people shorten the long threshold names.
func DidYouMean(got string, candidates []string) string {
	best, bestDist := "", len(got)/2+2
	for _, c := range candidates {
		d := distance(got, c)
		if len(c) > len(got) {
			// Against the candidate's start, with one more character for a
			// letter the name dropped; a unit is cheap to leave off.
			d = min(d, distance(got, c[:len(got)+1])+1)
		}
		if d < bestDist || (d == bestDist && best != "" && c < best) {
			best, bestDist = c, d
		}
	}
	if best == "" || best == got {
		return ""
	}
	return fmt.Sprintf(" Did you mean %q?", best)
}

// distance is the Levenshtein distance between a and b, bounded in cost by
// the short strings field names are.
func distance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 1 << 20
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
