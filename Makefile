# The two commands: `make run` and `make test`. Both create .venv when missing and install
# what is needed (Debian packages too, when run as root).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The exact versions the suite was last run with (made by `make lock`); pyproject.toml keeps the
# ranges for people who install the package elsewhere.
LOCK := constraints.txt
UV_VERSION := 0.13.9
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
PYTEST_ARGS ?=

.PHONY: run test check bench eval soak hostile fuzz setup lock sysdeps-run sysdeps-test translations lupdate clean \
  dist install-system

run: sysdeps-run setup
	$(BIN)/bulletin-reader articles/

# The suite takes a few minutes; a hang that even pytest-timeout cannot break (a C++ loop
# holding Python's lock) is stopped after 30 minutes with every thread's stack (SIGABRT
# reaches Python's faulthandler), instead of eating CI's 90.
test: sysdeps-test setup check
	QT_QPA_PLATFORM=offscreen timeout --signal=ABRT --kill-after=60 1800 \
	  $(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest ran no tests: that is a failure"; exit 1; fi; \
	if [ $$rc -eq 124 ]; then echo "make test: the suite was stopped after 30 minutes"; fi; \
	exit $$rc

check: setup
	$(BIN)/ruff check reader tests scripts
	$(BIN)/lint-imports

bench: sysdeps-run setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/bench.py

# Fidelity on real material the rules were not written against (issue 13): speech normalisation
# over tests/data/speech/{vi,en}/ and import fields over tests/data/portals/, dev and held out.
eval: setup
	$(BIN)/python scripts/eval_speech.py --rows none
	$(BIN)/python scripts/eval_import.py

# A kiosk's day in minutes (issue 11): 2,000 cycles of open -> larger text -> read aloud (fake
# engine) -> idle reset, offscreen; memory at the start and the end, threads, child processes.
soak: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/soak_kiosk.py

# The hostile corpus (tests/hostile/) through show, screenshot, import and normalize, timed,
# measured and (with strace) watched for opens outside the folder and network connections.
hostile: sysdeps-test setup
	$(BIN)/python scripts/hostile.py

# Every property test (hypothesis) with FUZZ_EXAMPLES examples each (10,000 by default: an hour
# or more on 2 cores) and a 5 s limit per example; failing inputs are kept in .hypothesis/.
FUZZ_EXAMPLES ?= 10000
fuzz: setup
	BULLETIN_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest -m hypothesis -p no:randomly -o timeout=0 -q $(PYTEST_ARGS)

# Byte-code for the package, as an installer writes it for site-packages: an editable install
# leaves reader/ as source, and where PYTHONDONTWRITEBYTECODE is set every start would compile
# it again (~45 ms of the first paint here). Only changed modules are compiled.
setup: $(STAMP) translations
	@$(BIN)/python -m compileall -q reader

sysdeps-run:
	@sh scripts/system-deps.sh run

sysdeps-test:
	@sh scripts/system-deps.sh test

$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || { \
	  echo "make: Python's venv module is missing: install it (Debian: apt-get install python3-venv)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c $(LOCK) -e '.[dev,neural,voice-en]' \
	  --config-settings editable_mode=compat  # a plain path entry: no import-hook finder at start-up
	touch $@

# Refresh constraints.txt after changing a dependency in pyproject.toml (or to take newer
# releases), then run `make test` before committing both. uv resolves for CPython 3.11 on
# Linux with glibc 2.36 (Debian 12), the machines the suite runs on.
lock:
	test -x $(VENV)/lock-tool/bin/uv || { $(PYTHON) -m venv $(VENV)/lock-tool && \
	  $(VENV)/lock-tool/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION); }
	$(VENV)/lock-tool/bin/uv pip compile pyproject.toml --extra dev --extra neural --extra voice-en --upgrade --quiet \
	  --python-version 3.11 --python-platform x86_64-manylinux_2_36 -o $(LOCK)

translations: $(QM)

%.qm: %.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts catalogues from the source (then translate them in Qt Linguist).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find reader -name '*.py' | sort) -ts $(TS)

# The sdist and the wheel in dist/: `python -m build` makes the sdist, then the wheel from it
# (setup.py compiles the .ts catalogues into it).
dist: setup
	rm -rf dist
	$(BIN)/python -m build --outdir dist .

# Every user of this machine: a venv at PREFIX with the wheel and its pinned dependencies, the
# two commands linked in BINDIR (docs/deploying.md). Usually as root.
PREFIX ?= /opt/bulletin-reader
BINDIR ?= /usr/local/bin
install-system: dist
	sh scripts/install-system.sh dist/bulletin_reader-*.whl "$(PREFIX)" "$(BINDIR)"

clean:
	rm -rf $(VENV) $(QM) .pytest_cache .ruff_cache dist build *.egg-info
