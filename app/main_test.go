package app_test

import (
	"testing"

	"github.com/frontierhq/frontier/app/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }
