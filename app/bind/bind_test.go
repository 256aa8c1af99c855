package bind

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/app/apperr"
)

type request struct {
	Prompt   string   `json:"prompt"`
	Variants int      `json:"variants"`
	Score    float64  `json:"score"`
	Draft    bool     `json:"draft"`
	Tags     []string `json:"tags"`
}

func TestJSON(t *testing.T) {
	for _, tc := range []struct {
		body, field, id string
	}{
		{`{"prompt": 5}`, "prompt", "validation.want_text"},
		{`{"variants": "three"}`, "variants", "validation.want_integer"},
		{`{"variants": 2.5}`, "variants", "validation.want_integer"},
		{`{"score": "x"}`, "score", "validation.want_number"},
		{`{"draft": "yes"}`, "draft", "validation.want_boolean"},
		{`{"tags": "a"}`, "tags", "validation.want_list"},
		{`[1]`, "body", "validation.want_object"},
		{`{"prompt": "a",}`, "body", "validation.json_syntax"},
		{`{"prompt": "a"`, "body", "validation.json_truncated"},
		{``, "", ""},
		{`{"prompt": "hola"}`, "", ""},
	} {
		c := echo.New().NewContext(httptest.NewRequest(http.MethodPost, "/", strings.NewReader(tc.body)), httptest.NewRecorder())
		var r request
		err := JSON(c, &r)
		if tc.field == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.body, err)
			}
			continue
		}
		v, ok := apperr.AsValidation(err)
		if !ok || v.Fields[tc.field].ID != tc.id {
			t.Errorf("%s: got %v, want %s on %s", tc.body, err, tc.id, tc.field)
		}
	}
}
