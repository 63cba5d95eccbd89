# Two commands do everything on a fresh machine (each creates .venv first if it is missing):
#   make report   execute every notebook in order, render HTML under reports/
#   make test     unit tests of analysis/ and execution of every notebook
# On your own articles:  make report-corpus CORPUS=path/to/folder OUT=my-report [WORKERS=4 | SCHEDULER=tcp://host:8786]
# Check the rendered pages in a real browser (headless Chromium):  make check-html
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: report report-corpus validate-corpus check-html test env lock bench bench-accuracy bench-speed clean-env

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[notebooks,test]"
	@touch $(STAMP)

env: $(STAMP)  ## create or update the virtual environment

report: $(STAMP)  ## execute all notebooks in place and render reports/*.html
	$(BIN)/python -m analysis.report

report-corpus: $(STAMP)  ## run every notebook on your corpus: make report-corpus CORPUS=path/to/folder OUT=my-report
	$(BIN)/python -m analysis.report --corpus "$(CORPUS)" --out "$(or $(OUT),my-report)" \
		$(if $(WORKERS),--workers "$(WORKERS)") $(if $(SCHEDULER),--scheduler "$(SCHEDULER)") \
		$(if $(TITLE),--title "$(TITLE)")

validate-corpus: $(STAMP)  ## list what in CORPUS would be rejected or warned, and why (runs nothing else)
	$(BIN)/python -m analysis validate "$(CORPUS)"

check-html: $(STAMP)  ## open the rendered pages in headless Chromium; fails on a dead table, map, timeline or console error
	CHECK_HTML_DIR="$(OUT)" $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_html.py

test: $(STAMP)  ## unit tests + execution of every notebook
	$(BIN)/python -m pytest

bench: bench-accuracy bench-speed  ## every benchmark (on demand, not part of the tests); results in benchmarks/results/

# Accuracy on real annotated news (../shared/data: PolNeAR, TempEval-3; ATTACKS: an annotated attack-report
# sample, never committed). Each script says so and exits 0 when its data is absent.
DATA    ?= ../shared/data
ATTACKS ?= ../tmpdata/attacks
bench-accuracy: $(STAMP)  ## quotes (PolNeAR), dates (TempEval-3), incidents (attack reports), place names (gazetteer sample)
	$(BIN)/python benchmarks/bench_quotes_polnear.py --data "$(DATA)" --attacks "$(ATTACKS)"
	$(BIN)/python benchmarks/bench_dates_timebank.py --data "$(DATA)" --attacks "$(ATTACKS)"
	$(BIN)/python benchmarks/bench_incidents.py --attacks "$(ATTACKS)"
	$(BIN)/python benchmarks/bench_place_recall.py

bench-speed: $(STAMP)  ## throughput and scaling of every helper, the Dask path and a whole rerun
	$(BIN)/python benchmarks/bench_cleaning.py --data "$(DATA)"
	$(BIN)/python benchmarks/bench_overlap.py --data "$(DATA)"
	$(BIN)/python benchmarks/bench_quotes_speed.py --data "$(DATA)"
	$(BIN)/python benchmarks/bench_dates_speed.py --data "$(DATA)"
	$(BIN)/python benchmarks/bench_incidents_speed.py --attacks "$(ATTACKS)"
	$(BIN)/python benchmarks/bench_scale.py
	$(BIN)/python benchmarks/bench_collection.py

lock: $(STAMP)  ## re-pin requirements.lock from the current environment
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock

clean-env:
	rm -rf $(VENV)
