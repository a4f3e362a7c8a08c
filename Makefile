# Two commands on a fresh machine: `make demo` and `make test`.
# Each creates .venv if missing and installs gdlab with its dependencies.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test bench figures lab notebooks sync-zh clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/gdlab demo

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

figures: $(STAMP)
	$(BIN)/python -c "from gdlab.plots.demo_figures import write_readme_figures; print(*write_readme_figures('docs/figures'), sep='\n')"
	$(BIN)/python -c "from gdlab.plots.demo_figures import write_readme_figures; print(*write_readme_figures('docs/figures/zh', language='zh'), sep='\n')"

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

notebooks: $(STAMP)
	mkdir -p build/notebooks
	$(BIN)/jupyter nbconvert --to html --execute --ExecutePreprocessor.timeout=600 \
		--output-dir build/notebooks notebooks/*.ipynb
	@echo "executed HTML copies: build/notebooks/"

# copy the English notebooks' code cells into notebooks/zh/ (translations kept, new text marked)
sync-zh: $(STAMP)
	$(BIN)/python -m gdlab.notebook_editions sync

clean:
	rm -rf $(VENV) build runs .pytest_cache

# TensorBoard over runs/ (what `gdlab train` and `gdlab fit --logdir runs` log), on this machine only
TB_PORT ?= 6006
.PHONY: tensorboard
tensorboard: $(STAMP)
	mkdir -p runs
	$(BIN)/tensorboard --logdir runs --host 127.0.0.1 --port $(TB_PORT)
