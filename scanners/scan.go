// Package scanners finds evidence files under a root and reads them into an
// evidence.Set: every document checked against the evidence format, every
// value with its line and column, and every problem as a diagnostic at its
// place. A bad file never stops the others from being read.
package scanners

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/evidence"
)

// Options control a scan.
type Options struct {
	// MaxFileSize is the largest file read, in bytes; larger files are an
	// error (SG1012). Zero means DefaultMaxFileSize.
	MaxFileSize int64
	// Exclude holds path.Match patterns, relative to the root, of files and
	// folders not to read.
	Exclude []string
	// Limits bound nesting and alias expansion; the zero value means
	// DefaultLimits.
	Limits Limits
	// Workers is how many files are read at once; zero means GOMAXPROCS.
	Workers int
	// Progress, when set, is told how many files are read of how many.
	Progress func(done, total int)
}

// DefaultMaxFileSize is generous: a 100,000-person roster is about 40 MB.
const DefaultMaxFileSize = 256 << 20

// ConfigFile is the name of the configuration file at the root, which is
// never read as evidence.
const ConfigFile = ".safeguard.yaml"

// skipDirs are folders that never hold evidence and can be large.
var skipDirs = map[string]bool{".git": true, "node_modules": true, "vendor": true}

// Scan reads every *.yaml, *.yml and *.hcl file under root (a file or a
// folder). It returns an error only when root itself cannot be read;
// problems with files are diagnostics in the set.
func Scan(ctx context.Context, root string, opts Options) (*evidence.Set, error) {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	opts.Limits = opts.Limits.withDefaults()
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	info, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("scan %s: %w", root, err)
	}
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("scan %s: %w", root, err)
	}
	absRoot, err = filepath.EvalSymlinks(absRoot)
	if err != nil {
		return nil, fmt.Errorf("scan %s: %w", root, err)
	}
	// Root is the folder file names are relative to: a scanned file's own
	// folder, so that reports placing files in the checkout (SARIF, the
	// GitHub annotations) join the two into the file's path.
	set := &evidence.Set{Root: root}
	var paths []string // OS paths
	var names []string // relative, '/' separated
	if !info.IsDir() {
		set.Root = filepath.Dir(root)
		paths, names = []string{root}, []string{filepath.ToSlash(filepath.Base(root))}
	} else {
		paths, names, set.Diagnostics = walk(root, absRoot, opts.Exclude)
	}
	results := make([]fileResult, len(paths))
	var read atomic.Int64
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < opts.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = readFile(paths[i], names[i], opts)
				if opts.Progress != nil {
					opts.Progress(int(read.Add(1)), len(paths))
				}
			}
		}()
	}
	for i := range paths {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("scan %s: %w", root, err)
	}
	for _, r := range results {
		set.Files = append(set.Files, r.info)
		set.Documents = append(set.Documents, r.docs...)
		set.Diagnostics = append(set.Diagnostics, r.diags...)
	}
	set.Sort()
	set.Diagnostics = append(set.Diagnostics, duplicateNames(set.Documents)...)
	set.Diagnostics = append(set.Diagnostics, set.DuplicateIDs()...)
	set.Diagnostics.Sort()
	return set, nil
}

// Size adds up the bytes of the files Scan would read under root (a file
// or a folder), for sizing what a scan needs before it starts. What
// cannot be read counts as empty; Scan reports it.
func Size(root string) int64 {
	paths := []string{root}
	if info, err := os.Stat(root); err != nil {
		return 0
	} else if info.IsDir() {
		abs, err := filepath.Abs(root)
		if err == nil {
			abs, err = filepath.EvalSymlinks(abs)
		}
		if err != nil {
			return 0
		}
		paths, _, _ = walk(root, abs, nil)
	}
	var n int64
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil {
			n += info.Size()
		}
	}
	return n
}

// walk lists the candidate files under root in lexical order.
func walk(root, absRoot string, exclude []string) (paths, names []string, diags diag.Diagnostics) {
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if err != nil {
			if p == root {
				return err
			}
			diags = append(diags, diag.Errorf(diag.CodeRead, pointRange(rel, 1, 1), "File not readable", "%s could not be read: %v. It was not scanned.", rel, unwrapPathError(err)))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && excluded(rel, exclude) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != root && skipDirs[d.Name()] {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// Links are never followed out of the root: a link to a folder
			// outside is reported whatever its name, since the evidence
			// under it would otherwise go unread without a word.
			target, err := filepath.EvalSymlinks(p)
			if err != nil {
				if isEvidenceName(d.Name()) {
					diags = append(diags, diag.Errorf(diag.CodeRead, pointRange(rel, 1, 1), "Broken link", "%s is a symbolic link that leads nowhere: %v.", rel, unwrapPathError(err)))
				}
				return nil
			}
			st, err := os.Stat(target)
			if err != nil {
				return nil
			}
			if !st.IsDir() && (!isEvidenceName(d.Name()) || rel == ConfigFile) {
				return nil
			}
			if within, _ := filepath.Rel(absRoot, target); within == ".." || strings.HasPrefix(within, ".."+string(filepath.Separator)) || filepath.IsAbs(within) {
				what := "a file"
				if st.IsDir() {
					what = "a folder"
				}
				diags = append(diags, diag.Warnf(diag.CodeSymlink, pointRange(rel, 1, 1), "Link leaves the scanned folder", "%s links to %s outside the scanned folder; it was not followed. Scan that folder itself, or copy the file in.", rel, what))
				return nil
			}
			if st.IsDir() {
				// Inside the root: its files are scanned where they are.
				return nil
			}
			if !st.Mode().IsRegular() {
				diags = append(diags, notRegular(rel, st.Mode()))
				return nil
			}
		} else if !isEvidenceName(d.Name()) || rel == ConfigFile {
			return nil
		} else if !d.Type().IsRegular() {
			// A FIFO would block the read forever and a device could be
			// endless; neither is evidence, and both are reported.
			diags = append(diags, notRegular(rel, d.Type()))
			return nil
		}
		paths = append(paths, p)
		names = append(names, rel)
		return nil
	})
	return paths, names, diags
}

// notRegular reports a file with an evidence name that is not a regular file.
func notRegular(rel string, mode fs.FileMode) diag.Diagnostic {
	kind := "not a regular file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "a named pipe (FIFO)"
	case mode&fs.ModeSocket != 0:
		kind = "a socket"
	case mode&fs.ModeDevice != 0:
		kind = "a device"
	}
	return diag.Errorf(diag.CodeRead, pointRange(rel, 1, 1), "File not readable", "%s is %s, not a regular file; it was not read.", rel, kind)
}

func excluded(rel string, patterns []string) bool {
	for _, pat := range patterns {
		pat = strings.TrimSuffix(pat, "/")
		if ok, _ := path.Match(pat, rel); ok {
			return true
		}
		if ok, _ := path.Match(pat, path.Base(rel)); ok && !strings.Contains(pat, "/") {
			return true
		}
		if strings.HasPrefix(rel, pat+"/") {
			return true
		}
	}
	return false
}

func isEvidenceName(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".yaml", ".yml", ".hcl":
		return true
	}
	return false
}

type fileResult struct {
	info  evidence.FileInfo
	docs  []*evidence.Document
	diags diag.Diagnostics
}

func readFile(osPath, name string, opts Options) fileResult {
	r := fileResult{info: evidence.FileInfo{Path: name, Format: formatOf(name)}}
	st, err := os.Stat(osPath)
	if err != nil {
		r.diags = append(r.diags, diag.Errorf(diag.CodeRead, pointRange(name, 1, 1), "File not readable", "%s could not be read: %v. It was not scanned.", name, unwrapPathError(err)))
		return r
	}
	if !st.Mode().IsRegular() {
		// Swapped for a pipe or device since the walk: never open it.
		r.diags = append(r.diags, notRegular(name, st.Mode()))
		return r
	}
	r.info.Size = st.Size()
	if st.Size() > opts.MaxFileSize {
		r.diags = append(r.diags, diag.Errorf(diag.CodeTooLarge, pointRange(name, 1, 1), "File too large", "%s is %d bytes, over the limit of %d; it was not read. Raise --max-file-size if it really is evidence.", name, st.Size(), opts.MaxFileSize))
		return r
	}
	src, err := readAtMost(osPath, opts.MaxFileSize)
	if errors.Is(err, errTooLarge) {
		r.diags = append(r.diags, diag.Errorf(diag.CodeTooLarge, pointRange(name, 1, 1), "File too large", "%s grew past the limit of %d bytes while it was read; it was not read. Raise --max-file-size if it really is evidence.", name, opts.MaxFileSize))
		return r
	}
	if err != nil {
		r.diags = append(r.diags, diag.Errorf(diag.CodeRead, pointRange(name, 1, 1), "File not readable", "%s could not be read: %v. It was not scanned.", name, unwrapPathError(err)))
		return r
	}
	sum := sha256.Sum256(src)
	r.info.SHA256 = hex.EncodeToString(sum[:])
	r.docs, r.info.Skipped, r.diags = ReadBytes(name, src, opts.Limits)
	r.info.Documents = len(r.docs)
	seen := map[string]bool{}
	for _, d := range r.docs {
		if !seen[d.Kind.Name] {
			seen[d.Kind.Name] = true
			r.info.Kinds = append(r.info.Kinds, d.Kind.Name)
		}
	}
	sort.Strings(r.info.Kinds)
	return r
}

var errTooLarge = errors.New("file larger than the limit")

// readAtMost reads a file, refusing it if it holds more than limit bytes: a
// file that grows between the size check and the read stays bounded.
func readAtMost(osPath string, limit int64) ([]byte, error) {
	f, err := os.Open(osPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", osPath, err)
	}
	if int64(len(src)) > limit {
		return nil, errTooLarge
	}
	return src, nil
}

func formatOf(name string) string {
	if strings.EqualFold(path.Ext(name), ".hcl") {
		return "hcl"
	}
	return "yaml"
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// ReadBytes reads one file's bytes by its name's extension. It refuses
// binary and non-UTF-8 content before any parser sees it.
func ReadBytes(name string, src []byte, limits Limits) ([]*evidence.Document, int, diag.Diagnostics) {
	limits = limits.withDefaults()
	src = bytes.TrimPrefix(src, bom)
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, 0, diag.Diagnostics{diag.Warnf(diag.CodeEmpty, pointRange(name, 1, 1), "Empty file", "%s is empty; it holds no evidence.", name)}
	}
	if bytes.HasPrefix(src, []byte{0xFF, 0xFE}) || bytes.HasPrefix(src, []byte{0xFE, 0xFF}) {
		return nil, 0, diag.Diagnostics{diag.Errorf(diag.CodeNotText, pointRange(name, 1, 1), "Not UTF-8", "%s starts with a UTF-16 byte order mark; save it as UTF-8.", name)}
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return nil, 0, diag.Diagnostics{diag.Errorf(diag.CodeNotText, pointRange(name, lineAt(src, i), 1), "Not a text file", "%s holds a NUL byte; it looks like a binary file, not YAML or HCL.", name)}
	}
	if !utf8.Valid(src) {
		i := firstInvalidUTF8(src)
		return nil, 0, diag.Diagnostics{diag.Errorf(diag.CodeNotText, pointRange(name, lineAt(src, i), 1), "Not UTF-8", "%s is not valid UTF-8 text (first bad byte at offset %d); save it as UTF-8.", name, i)}
	}
	if formatOf(name) == "hcl" {
		return ReadHCL(name, src, limits)
	}
	docs, skipped, ds := ReadYAML(name, src, limits)
	if len(docs) == 0 && skipped == 0 && len(ds) == 0 {
		// Only comments: as empty as an empty file, and said the same way.
		ds = diag.Diagnostics{diag.Warnf(diag.CodeEmpty, pointRange(name, 1, 1), "Empty file", "%s holds only comments; it holds no evidence.", name)}
	}
	return docs, skipped, ds
}

func lineAt(src []byte, off int) int { return bytes.Count(src[:off], []byte("\n")) + 1 }

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// duplicateNames reports two documents of one kind with the same name: the
// contract requires names unique per kind, and joins by name would be
// ambiguous.
func duplicateNames(docs []*evidence.Document) diag.Diagnostics {
	type key struct{ kind, name string }
	first := map[key]*evidence.Document{}
	sorted := append([]*evidence.Document(nil), docs...)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].File != sorted[j].File {
			return sorted[i].File < sorted[j].File
		}
		return sorted[i].Pos.Line < sorted[j].Pos.Line
	})
	var out diag.Diagnostics
	for _, d := range sorted {
		k := key{d.Kind.Name, d.Name}
		if f, ok := first[k]; ok {
			at := d.Pos
			if p, ok := d.Metadata.FieldPos("name"); ok {
				at = p
			}
			out = append(out, diag.Errorf(diag.CodeDuplicateName, d.Range(at), "Duplicate document name", "Another %s is named %q, at %s; names must be unique per kind.", d.Kind.Name, d.Name, f.Range(f.Pos)))
			continue
		}
		first[k] = d
	}
	return out
}
