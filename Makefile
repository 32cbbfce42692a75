# GradePort — the two Quick start commands are `make run` and `make test`.
SWIFT ?= swift
BIN_DIR = $(shell $(SWIFT) build --show-bin-path 2>/dev/null)

.PHONY: run test bench format docs clean new-adapter fuzz fuzz-smoke

## Build gradeport and run it on every sample export (detect, then convert to JSON and CSV under out/).
run:
	@scripts/ensure-system-packages.sh
	$(SWIFT) build --product gradeport
	@scripts/run-samples.sh "$$($(SWIFT) build --show-bin-path)/gradeport"

## Run the whole test suite: the Swift tests, the Python SDK's and plugins' tests (pytest), the page's
## browser tests (headless Chromium), then every fuzz target for a few seconds (the smoke run CI does).
test:
	@scripts/ensure-system-packages.sh
	$(SWIFT) test
	@scripts/test-python.sh
	PYTHONDONTWRITEBYTECODE=1 GRADEPORT="$$($(SWIFT) build --show-bin-path)/gradeport" /usr/bin/python3 -m pytest -q -p no:cacheprovider Tests/BrowserTests
	Fuzz/run-fuzzers.sh $(FUZZ_SMOKE_SECONDS)

## Seconds each fuzz target runs in `make test` and `make fuzz-smoke`; in `make fuzz`.
FUZZ_SMOKE_SECONDS ?= 5
FUZZ_SECONDS ?= 300

## Build the libFuzzer targets (Fuzz/, -sanitize=fuzzer,address) and run each for FUZZ_SECONDS on one core.
fuzz:
	@scripts/ensure-system-packages.sh
	Fuzz/run-fuzzers.sh $(FUZZ_SECONDS)

## Run each fuzz target for FUZZ_SMOKE_SECONDS (part of `make test`).
fuzz-smoke:
	Fuzz/run-fuzzers.sh $(FUZZ_SMOKE_SECONDS)

## Generate large synthetic exports and print MB/s, rows/s, results/s and peak memory (release build);
## the city phase's size is GRADEPORT_BENCH_CITY_RESULTS (default 1200000; 0 skips it).
bench:
	@scripts/ensure-system-packages.sh
	$(SWIFT) build -c release --product gradeport
	$(SWIFT) build -c release --product gradeport-bench
	$(SWIFT) build -c release --product gradeport-builtin-adapters
	"$$($(SWIFT) build -c release --show-bin-path)/gradeport-bench" --gradeport "$$($(SWIFT) build -c release --show-bin-path)/gradeport"
	/usr/bin/python3 Benchmarks/serve_bench.py "$$($(SWIFT) build -c release --show-bin-path)/gradeport" bench-data

## Format the sources with the checked-in .swift-format.
format:
	$(SWIFT) format -i -r Package.swift Sources Adapters Tests Benchmarks

## Build the DocC documentation of the libraries (GradePortCore has the "Writing an adapter" article).
docs:
	$(SWIFT) package generate-documentation --target GradePortBase --target GradePortCore --target GradePortWriters --target TableReader --target JSONStream --target XMLStream --target GradePortTesting --target GradeStore --target GradePortAdapterSDK

## Write a new built-in adapter and register it: make new-adapter NAME=Mektep ID=mektep [DISPLAY="mektep.edu.kz"].
new-adapter:
	@scripts/new-adapter.py "$(NAME)" "$(ID)" "$(DISPLAY)"

clean:
	rm -rf .build Fuzz/.build out bench-data
