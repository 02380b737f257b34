# NuEFT — the two commands of the README:
#   make run    install what is missing, build, and run the main job
#   make test   install what is missing, build, and run every test (Swift, C, Python)
#
# Code generation: on a CPU with AVX2 and FMA the release build uses toolset.json
# (-march=x86-64-v3). The Swift tests run in a plain debug build without those flags, which
# proves that the kernels are correct without them; the C and Python tests run against the
# tuned release library.

SWIFT       ?= swift
PYTHON      ?= python3
CC          ?= cc
RELEASE_DIR := .build/release
LIB         := $(RELEASE_DIR)/libnueft.so
CLI         := $(RELEASE_DIR)/nueft-cli
HEADER_DIR  := CSupport/CNuEFT/include

HAS_AVX2_FMA := $(shell grep -qw avx2 /proc/cpuinfo 2>/dev/null && grep -qw fma /proc/cpuinfo 2>/dev/null && echo yes)
ifeq ($(HAS_AVX2_FMA),yes)
TOOLSET := --toolset toolset.json
endif

.PHONY: all setup build run test test-swift test-c test-python bench bench-swift bench-compare clean

all: build

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build -c release $(TOOLSET) -Xlinker -soname=libnueft.so

run: build
	$(CLI) scan figures --output nusmeft-scan

test: build test-swift test-c test-python
	@echo "make test: all tests passed"

test-swift: setup
	$(SWIFT) test

test-c: build
	@mkdir -p .build/cabi
	$(CC) -std=c11 -Wall -Wextra -Werror -pedantic -I$(HEADER_DIR) Tests/CABI/client.c \
	    -L$(RELEASE_DIR) -lnueft -Wl,-rpath,$(abspath $(RELEASE_DIR)) -lm -o .build/cabi/client
	.build/cabi/client
	bash Tests/CABI/check_symbols.sh $(HEADER_DIR)/nueft.h $(LIB)

test-python: build
	PYTHONPATH=python $(PYTHON) -m pytest -q Tests/python

# Benchmarks live apart from the tests: package-benchmark in Benchmarks/, and the same-run
# comparison against NumPy (vectorized w, 64-node Gauss-Legendre f1/f2).
bench: bench-swift bench-compare

bench-swift: setup
	cd Benchmarks && $(SWIFT) package $(if $(TOOLSET),--toolset ../toolset.json) benchmark --no-progress

bench-compare: build
	@mkdir -p .build/bench
	$(CC) -O2 Benchmarks/lapacke_loop/lapacke_zgesvd_loop.c -llapacke -lopenblas -o .build/bench/lapacke_zgesvd_loop
	PYTHONPATH=python $(PYTHON) Benchmarks/compare_numpy.py
	PYTHONPATH=python $(PYTHON) Benchmarks/compare_takagi.py
	PYTHONPATH=python $(PYTHON) Benchmarks/compare_dim7.py
	PYTHONPATH=python $(PYTHON) Benchmarks/compare_nusmeft.py

clean:
	rm -rf .build Benchmarks/.build
