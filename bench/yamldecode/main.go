// Command yamldecode is the baseline of docs/performance.md: it decodes
// every *.yaml file under a folder into yaml.v3 Nodes, one document at a
// time, and does nothing else. safeguard's whole run is measured against it.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: yamldecode FOLDER")
		os.Exit(2)
	}
	docs, nodes := 0, 0
	err := filepath.WalkDir(os.Args[1], func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")) {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		dec := yaml.NewDecoder(f)
		for {
			var n yaml.Node
			if err := dec.Decode(&n); errors.Is(err, io.EOF) {
				return nil
			} else if err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
			docs++
			nodes += count(&n)
		}
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "yamldecode:", err)
		os.Exit(1)
	}
	fmt.Printf("%d documents, %d nodes\n", docs, nodes)
}

func count(n *yaml.Node) int {
	c := 1
	for _, k := range n.Content {
		c += count(k)
	}
	return c
}
