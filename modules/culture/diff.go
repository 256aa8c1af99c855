package culture

import (
	"encoding/json"
	"reflect"
	"slices"
)

// changedFields names the fields that differ between two JSON documents, sorted. Objects are
// compared one level deep ("colors.favored", "words.es-AR") so a history line says what
// changed without listing a whole section.
func changedFields(before, after string) []string {
	var a, b map[string]any
	if json.Unmarshal([]byte(before), &a) != nil || json.Unmarshal([]byte(after), &b) != nil {
		return []string{"*"}
	}
	fields := []string{}
	for _, key := range unionKeys(a, b) {
		va, vb := a[key], b[key]
		if reflect.DeepEqual(va, vb) {
			continue
		}
		ma, okA := va.(map[string]any)
		mb, okB := vb.(map[string]any)
		if !okA || !okB {
			fields = append(fields, key)
			continue
		}
		for _, sub := range unionKeys(ma, mb) {
			if !reflect.DeepEqual(ma[sub], mb[sub]) {
				fields = append(fields, key+"."+sub)
			}
		}
	}
	return fields
}

func unionKeys(a, b map[string]any) []string {
	keys := make([]string, 0, len(a)+len(b))
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

// canonical re-encodes a document through its Go type, so documents that mean the same compare
// equal whatever the key order or spacing Postgres gave them.
func canonical[T any](data string) (string, T, error) {
	var v T
	if err := json.Unmarshal([]byte(data), &v); err != nil {
		return "", v, err
	}
	out, err := json.Marshal(v)
	return string(out), v, err
}
