package diag

import "testing"

func TestDidYouMean(t *testing.T) {
	names := []string{"expires", "session_timeout_minutes", "signed", "last_reviewed"}
	tests := []struct {
		got, want string
	}{
		{"expirs", ` Did you mean "expires"?`},
		{"sesion_timeout", ` Did you mean "session_timeout_minutes"?`},
		{"last_reveiwed", ` Did you mean "last_reviewed"?`},
		{"expires", ""},
		{"zzzz", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := DidYouMean(tt.got, names); got != tt.want {
			t.Errorf("DidYouMean(%q) = %q, want %q", tt.got, got, tt.want)
		}
	}
}
