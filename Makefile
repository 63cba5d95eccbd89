# Two commands do everything on a fresh machine (each creates .venv first if it is missing):
#   make report   execute every notebook in order, render HTML under reports/
#   make test     unit tests of analysis/ and execution of every notebook
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: report report-corpus test env lock bench clean-env

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[notebooks,test]"
	@touch $(STAMP)

env: $(STAMP)  ## create or update the virtual environment

report: $(STAMP)  ## execute all notebooks in place and render reports/*.html
	$(BIN)/python -m analysis.report

report-corpus: $(STAMP)  ## run every notebook on your corpus: make report-corpus CORPUS=path/to/folder OUT=my-report
	$(BIN)/python -m analysis.report --corpus "$(CORPUS)" --out "$(or $(OUT),my-report)"

test: $(STAMP)  ## unit tests + execution of every notebook
	$(BIN)/python -m pytest

bench: $(STAMP)  ## benchmarks (on demand, not part of the tests)
	$(BIN)/python benchmarks/bench_cleaning.py
	$(BIN)/python benchmarks/bench_overlap.py

lock: $(STAMP)  ## re-pin requirements.lock from the current environment
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock

clean-env:
	rm -rf $(VENV)
