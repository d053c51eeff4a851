// Package gen writes a synthetic health-system organisation in the evidence
// format, at any size, for benchmarks and scale tests: N workforce members,
// N/2 accounts across a dozen systems, N/50 vendors, N/20 data stores and a
// few hundred record types, with about 1% of entries carrying a gap. The
// same size and seed give the same bytes.
package gen

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"
)

// Options size the organisation.
type Options struct {
	Workforce int    // N
	Seed      uint64 // same seed, same files
	AsOf      time.Time
	// GapRate is the share of entries given a gap: 0 means the default,
	// 0.01; a negative rate gives none, a clean organisation.
	GapRate float64
}

// Stats counts what was written.
type Stats struct {
	Members, Accounts, Vendors, DataStores, RecordTypes, Systems int
	// Entries counts the entries that could carry a gap (record types,
	// members, accounts, vendors, data stores); Gaps those that do, and
	// GapsByKind the same by the kind of entry.
	Entries, Gaps int
	GapsByKind    map[string]int
	Files         []string
}

type writer struct {
	o    Options
	rng  *rand.Rand
	asOf time.Time
	st   *Stats
}

func (w *writer) date(daysAgo int) string { return w.asOf.AddDate(0, 0, -daysAgo).Format("2006-01-02") }

// gap decides, deterministically, whether this entry (of the kind named)
// carries a gap. It draws from the generator's one random stream whatever
// the rate, so the rest of the output does not depend on it.
func (w *writer) gap(kind string) bool {
	w.st.Entries++
	if w.rng.Float64() < w.o.GapRate {
		w.st.Gaps++
		w.st.GapsByKind[kind]++
		return true
	}
	return false
}

var functions = []string{"clinical", "nursing", "billing", "records", "research", "it_admin", "front_desk", "executive"}

// Write writes the organisation into dir.
func Write(dir string, o Options) (Stats, error) {
	if o.Workforce < 100 {
		return Stats{}, fmt.Errorf("generate: workforce %d is below the smallest size, 100", o.Workforce)
	}
	if o.GapRate == 0 {
		o.GapRate = 0.01
	}
	if o.AsOf.IsZero() {
		o.AsOf = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	}
	st := &Stats{GapsByKind: map[string]int{}}
	w := &writer{o: o, rng: rand.New(rand.NewPCG(o.Seed, o.Seed^0x5afe9a4d)), asOf: o.AsOf, st: st}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Stats{}, fmt.Errorf("generate: %w", err)
	}
	steps := []struct {
		name string
		fn   func(*bufio.Writer) error
	}{
		{"retention.yaml", w.retention},
		{"training.yaml", w.roster},
		{"access.yaml", w.access},
		{"vendors.yaml", w.vendors},
		{"encryption.hcl", w.encryption},
		{"program.yaml", w.program},
	}
	for _, s := range steps {
		p := filepath.Join(dir, s.name)
		f, err := os.Create(p)
		if err != nil {
			return Stats{}, fmt.Errorf("generate: %w", err)
		}
		bw := bufio.NewWriterSize(f, 1<<20)
		if err := s.fn(bw); err != nil {
			f.Close()
			return Stats{}, fmt.Errorf("generate %s: %w", s.name, err)
		}
		if err := bw.Flush(); err != nil {
			f.Close()
			return Stats{}, fmt.Errorf("generate %s: %w", s.name, err)
		}
		if err := f.Close(); err != nil {
			return Stats{}, fmt.Errorf("generate %s: %w", s.name, err)
		}
		st.Files = append(st.Files, p)
	}
	return *st, nil
}

func (w *writer) recordTypes() int { return 300 }
func (w *writer) stores() int      { return max(w.o.Workforce/20, 4) }
func (w *writer) vendorCount() int { return max(w.o.Workforce/50, 2) }
func (w *writer) systems() int     { return 12 }

func (w *writer) retention(b *bufio.Writer) error {
	fmt.Fprintf(b, "apiVersion: safeguard/v1\nkind: RetentionSchedule\nmetadata:\n  name: retention\n  owner: records@example.org\nspec:\n  jurisdiction: US-CA\n  records:\n")
	for i := 0; i < w.recordTypes(); i++ {
		years := 10
		if w.gap("record") {
			years = 1 // below the state's minimum: a gap
		}
		fmt.Fprintf(b, "    - type: rec-%03d\n      category: medical_record\n      ephi: true\n      retention_years: %d\n      minors_after_majority_years: 1\n      stores: [store-%05d]\n      disposal: {method: nist-800-88-purge, certificate: true}\n", i, years, i%w.stores())
	}
	w.st.RecordTypes = w.recordTypes()
	return nil
}

func (w *writer) roster(b *bufio.Writer) error {
	fmt.Fprintf(b, "apiVersion: safeguard/v1\nkind: TrainingRoster\nmetadata:\n  name: workforce\n  owner: hr@example.org\nspec:\n  courses:\n    - id: security-awareness\n      frequency_days: 365\n      required_for: [all]\n  workforce:\n")
	for i := 0; i < w.o.Workforce; i++ {
		fn := functions[i%len(functions)]
		hired := 400 + w.rng.IntN(3000)
		recent := 10 + w.rng.IntN(300)
		if w.gap("member") {
			recent = 400 + w.rng.IntN(200) // training overdue
		}
		fmt.Fprintf(b, "    - id: W%06d\n      name: Member %d\n      job_function: %s\n      status: active\n      hired: %s\n      ephi_access_granted: %s\n      completions:\n        - course: security-awareness\n          completed: %s\n          acknowledged: true\n        - course: security-awareness\n          completed: %s\n          acknowledged: true\n",
			i, i, fn, w.date(hired), w.date(hired-2), w.date(hired-1), w.date(recent))
	}
	w.st.Members = w.o.Workforce
	return nil
}

func (w *writer) access(b *bufio.Writer) error {
	// N/2 accounts in all, breakglass ones included: the human accounts are
	// spread over the systems, the first systems taking one more each when
	// they do not divide evenly.
	humans := w.o.Workforce/2 - w.systems()
	m := 0 // every human account belongs to a distinct member
	for s := 0; s < w.systems(); s++ {
		per := humans / w.systems()
		if s < humans%w.systems() {
			per++
		}
		if s > 0 {
			b.WriteString("---\n")
		}
		fmt.Fprintf(b, "apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata:\n  name: system-%02d\n  owner: security@example.org\nspec:\n  system: system-%02d\n  ephi: true\n  session_timeout_minutes: 15\n  mfa_required: true\n", s, s)
		fmt.Fprintf(b, "  audit_logging:\n    enabled: true\n    events: [read, write, export, print, login]\n    retention_days: 2190\n    last_reviewed: %s\n  access_review:\n    frequency_days: 90\n    last_completed: %s\n  roles:\n", w.date(10), w.date(30))
		for i, fn := range functions {
			fmt.Fprintf(b, "    - name: role-%s\n      job_function: %s\n      permissions:\n        - resource: rec-%03d\n          actions: [read, write]\n", fn, fn, (s*len(functions)+i)%w.recordTypes())
		}
		b.WriteString("  users:\n")
		for u := 0; u < per; u++ {
			fn := functions[m%len(functions)]
			shared := "false"
			if w.gap("account") {
				shared = "true" // a shared login for people
			}
			fmt.Fprintf(b, "    - id: u%06d\n      workforce_id: W%06d\n      roles: [role-%s]\n      type: human\n      status: active\n      mfa: true\n      shared: %s\n      last_login: %s\n", m, m, fn, shared, w.date(1+w.rng.IntN(20)))
			w.st.Accounts++
			m++
		}
		fmt.Fprintf(b, "    - id: breakglass-%02d\n      roles: [role-clinical]\n      type: emergency\n      status: disabled\n      mfa: true\n      shared: false\n  emergency_access:\n    - account: breakglass-%02d\n      max_duration_hours: 4\n      post_use_review: true\n", s, s)
		w.st.Accounts++
	}
	w.st.Systems = w.systems()
	return nil
}

func (w *writer) vendors(b *bufio.Writer) error {
	fmt.Fprintf(b, "apiVersion: safeguard/v1\nkind: BusinessAssociates\nmetadata:\n  name: vendors\n  owner: compliance@example.org\nspec:\n  vendors:\n")
	for i := 0; i < w.vendorCount(); i++ {
		status := "executed"
		if w.gap("vendor") {
			status = "pending"
		}
		fmt.Fprintf(b, "    - id: vendor-%05d\n      name: Vendor %d\n      services: [hosting]\n      ephi_access: true\n", i, i)
		if i > 0 && i%10 == 0 {
			fmt.Fprintf(b, "      subcontractor_of: vendor-%05d\n", i-1)
		}
		fmt.Fprintf(b, "      baa:\n        status: %s\n        signed: %s\n        last_reviewed: %s\n        document: contracts/vendor-%05d.pdf\n        breach_notice_days: 30\n        clauses: {safeguards: true, subcontractors: true, incident_reporting: true, return_or_destroy: true, termination_for_violation: true, hhs_access: true}\n      attestation: {type: soc2-type2, date: %s}\n",
			status, w.date(800), w.date(100), i, w.date(60))
	}
	w.st.Vendors = w.vendorCount()
	return nil
}

func (w *writer) encryption(b *bufio.Writer) error {
	fmt.Fprintf(b, "encryption_config \"production\" {\n  owner = \"infra@example.org\"\n")
	for i := 0; i < w.stores(); i++ {
		tls := "1.2"
		if w.gap("data_store") {
			tls = "1.0"
		}
		fmt.Fprintf(b, "  data_store \"store-%05d\" {\n    type      = \"database\"\n    ephi      = true\n    hosted_by = \"vendor-%05d\"\n    at_rest {\n      enabled           = true\n      algorithm         = \"AES-256-GCM\"\n      key_management    = \"kms\"\n      key_rotation_days = 365\n      fips_validated    = true\n    }\n    in_transit {\n      enabled         = true\n      min_tls_version = %q\n    }\n    backup {\n      enabled           = true\n      encrypted         = true\n      immutable         = true\n      last_restore_test = %q\n    }\n  }\n",
			i, i%w.vendorCount(), tls, w.date(50))
	}
	fmt.Fprintf(b, "  endpoint \"laptops\" {\n    device_type          = \"laptop\"\n    full_disk_encryption = true\n    remote_wipe          = true\n    screen_lock_minutes  = 10\n  }\n  channel \"email\" {\n    ephi       = true\n    protection = \"enforced-tls\"\n  }\n}\n")
	w.st.DataStores = w.stores()
	return nil
}

func (w *writer) program(b *bufio.Writer) error {
	d := w.date
	fmt.Fprintf(b, `apiVersion: safeguard/v1
kind: SecurityProgram
metadata:
  name: program
  owner: security@example.org
spec:
  security_official: {name: Dana Lee, appointed: %s}
  privacy_official: {name: Sam Ortiz, appointed: %s}
  risk_analysis: {last_completed: %s, scope: enterprise}
  risk_management: {plan_updated: %s, open_high_risks: 0}
  sanction_policy: {documented: true, last_reviewed: %s}
  incident_response: {documented: true, last_tested: %s}
  contingency_plan: {data_backup: true, disaster_recovery: true, emergency_mode: true, criticality_analysis: true, last_tested: %s, restore_objective_hours: 72}
  evaluation: {last_completed: %s}
  policies: {last_reviewed: %s, retention_years: 6}
  asset_inventory: {last_updated: %s, network_map: true}
  vulnerability_scanning: {frequency_days: 90, last_completed: %s}
  penetration_test: {last_completed: %s}
  facility: {access_control: true, visitor_log: true, maintenance_records: true}
  workstations: {use_policy: true, physical_safeguards: true}
  media: {disposal_procedure: true, reuse_procedure: true, accountability_log: true}
`, d(1500), d(1500), d(200), d(180), d(250), d(120), d(150), d(240), d(250), d(60), d(30), d(200))
	return nil
}
