# Frontier — the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
GO ?= go
BIN := bin/frontier
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X github.com/frontierhq/frontier/app.Version=$(VERSION)
HTMX_VERSION := 2.0.11
HTMX_SSE_VERSION := 2.2.4
INTER_VERSION := 5.3.0

.PHONY: run test build generate check-generated fmt-check vet postgres chromium bench vendor-web clean

## run: install what is missing (Postgres), build and serve at http://localhost:8080
run: postgres build
	./$(BIN) serve

## build: compile the single binary into bin/frontier
build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) .

## test: formatting, vet, generated-code check and the whole suite with the race detector
test: postgres chromium fmt-check vet check-generated
	FRONTIER_REQUIRE_BROWSER=$$(command -v chromium >/dev/null 2>&1 && echo 1) $(GO) test -race -count=1 ./...

## postgres: make sure Postgres server binaries exist (Debian's package, installed when root)
postgres:
	@if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's postgresql package…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	else \
		echo "Postgres is not installed. On Debian/Ubuntu: sudo apt-get install postgresql"; exit 1; \
	fi

## chromium: Debian's Chromium for the browser tests (installed when root; skipped otherwise)
chromium:
	@if command -v chromium >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's chromium for the browser tests…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "Chromium is not installed: the browser tests will be skipped (Debian: sudo apt-get install chromium)"; \
	fi

fmt-check:
	@out="$$(gofmt -l $$(find . -name '*.go' -not -path './node_modules/*'))"; \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

## generate: regenerate templ components
generate:
	$(GO) tool templ generate

## check-generated: templ generate must leave the committed *_templ.go files unchanged
check-generated:
	@before="$$(find . -name '*_templ.go' -print0 | sort -z | xargs -0 sha256sum)"; \
	$(GO) tool templ generate >/dev/null 2>&1 || { echo "templ generate failed"; exit 1; }; \
	after="$$(find . -name '*_templ.go' -print0 | sort -z | xargs -0 sha256sum)"; \
	if [ "$$before" != "$$after" ]; then echo "templ generate changed generated files; run 'make generate' and commit them"; \
		diff <(echo "$$before") <(echo "$$after"); exit 1; fi

## bench: Go benchmarks (one core each, as the targets are stated) and a load run on loopback
bench: postgres
	$(GO) test -run '^$$' -bench . -benchmem -cpu 1 ./...
	@# generation: the platform's overhead with an instant provider, then 2,000 briefs from 50
	@# clients to the real server on 127.0.0.1 written by the template engine; both stop by themselves.
	@echo "targets on 2 cores: overhead per generation p99 < 10 ms; builtin end to end p99 < 50 ms at 50 concurrent"
	set -o pipefail; FRONTIER_LOAD=1 $(GO) test -count=1 -timeout 10m -run '^TestLoad' -v ./modules/generation/ | grep -E '^(overhead|builtin)|FAIL|panic'

## vendor-web: refresh the vendored front-end files from their npm packages (pinned versions)
vendor-web:
	@tmp="$$(mktemp -d)"; cd "$$tmp" && \
	npm pack --silent htmx.org@$(HTMX_VERSION) htmx-ext-sse@$(HTMX_SSE_VERSION) @fontsource-variable/inter@$(INTER_VERSION) >/dev/null && \
	for f in *.tgz; do mkdir -p "$${f%.tgz}" && tar xzf "$$f" -C "$${f%.tgz}"; done && cd - >/dev/null && \
	cp "$$tmp"/htmx.org-*/package/dist/htmx.min.js web/static/vendor/htmx.min.js && \
	cp "$$tmp"/htmx.org-*/package/LICENSE web/static/vendor/LICENSE-htmx.txt && \
	cp "$$tmp"/htmx-ext-sse-*/package/dist/sse.min.js web/static/vendor/htmx-ext-sse.min.js && \
	cp "$$tmp"/fontsource-variable-inter-*/package/files/inter-latin-wght-normal.woff2 web/static/fonts/ && \
	cp "$$tmp"/fontsource-variable-inter-*/package/LICENSE web/static/fonts/LICENSE-inter.txt && \
	rm -rf "$$tmp" && echo "vendored htmx $(HTMX_VERSION), htmx-ext-sse $(HTMX_SSE_VERSION), Inter $(INTER_VERSION)"

clean:
	rm -rf bin
