# Entry points for people and CI. The real build is CMake; these targets
# make a fresh clone work with one command each, in any order.
#
#   make demo    build, then code examples/article.txt and print a table
#   make test    build, then run every unit and conformance test
#   make build   build/dyad and the test binary (Release)
#   make bench   Google Benchmark programs and a timed validation suite
#   make clean   remove build directories
#   make format  clang-format the sources

BUILD_DIR ?= build
BENCH_DIR ?= build-bench
JOBS      ?= 2
SHARED    ?= ../shared

# CI turns warnings into errors; set it explicitly either way so a cached
# value from an earlier run cannot leak into this one.
ifeq ($(CI),true)
  WERROR := ON
else
  WERROR := OFF
endif

.PHONY: all build deps demo test bench clean format

all: build

deps:
	@scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release -DDYAD_WERROR=$(WERROR)
	cmake --build $(BUILD_DIR) -j$(JOBS)

# The article is a plain-text file and carries no date of its own; the date
# lets date-restricted actor codes (leaders in office) resolve.
demo: build
	$(BUILD_DIR)/dyad code --format table --date 2022-09-14 examples/article.txt

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS)

bench: deps
	cmake -S . -B $(BENCH_DIR) -DCMAKE_BUILD_TYPE=Release -DDYAD_BUILD_TESTS=OFF \
	  -DDYAD_BUILD_BENCHMARKS=ON -DDYAD_WERROR=$(WERROR)
	cmake --build $(BENCH_DIR) -j$(JOBS)
	@for b in $(BENCH_DIR)/bench/*_bench; do \
	  if [ -x "$$b" ]; then "$$b" --benchmark_min_time=0.2 || exit 1; fi; \
	done
	@if [ -f $(SHARED)/suites/tabari/Validate.project ]; then \
	  $(BENCH_DIR)/dyad bench --repeat 5 --suite $(SHARED)/suites/tabari/Validate.project; \
	else echo "$(SHARED) absent: skipping the suite benchmark"; fi

clean:
	rm -rf $(BUILD_DIR) $(BENCH_DIR) build-fuzz

format:
	@command -v clang-format >/dev/null || { echo "clang-format is not installed"; exit 1; }
	find include src tools tests fuzz bench -name '*.h' -o -name '*.cc' | xargs clang-format -i
