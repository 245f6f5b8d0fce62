# Two commands for a newcomer: `make run` and `make test`. Everything else is a helper of those.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Exact versions of the app's and the tests' dependencies, as last tested: `make lock` refreshes it.
LOCK := constraints.txt
# Debian packages the tests (and QtWebEngine / QtMultimedia offscreen) need at run time.
DEB_PACKAGES := libpulse0 poppler-utils qpdf openssl xvfb xauth fonts-wqy-microhei \
	fonts-hanazono fonts-symbola fonts-dejavu-core \
	libnss3 libxkbcommon0 libxkbcommon-x11-0 libegl1 libgl1 libopengl0 libfontconfig1 \
	libdbus-1-3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxshmfence1 libasound2 \
	libgbm1 libxkbfile1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 \
	desktop-file-utils appstream

.PHONY: run test lint typecheck pytest bench system-deps venv translations screenshots clean \
	package package-smoke deb deb-lint lock

$(STAMP): pyproject.toml setup.py $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c $(LOCK) --upgrade pip
	$(BIN)/python -m pip install --quiet -c $(LOCK) -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

# Refresh $(LOCK) on purpose (a new dependency, a security release): resolve pyproject's ranges
# afresh in a throw-away venv, ignoring the old lock, and freeze what was installed. Then run
# `make test` and commit both. Linux, Python 3.11: the versions the tests ran with here.
lock:
	rm -rf build/lock-venv
	$(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/python -m pip install --quiet --upgrade pip
	build/lock-venv/bin/python -m pip install --quiet -e '.[test]'
	{ echo "# Exact versions for pip install -c $(LOCK): written by 'make lock', do not edit by hand."; \
	  echo "# Python $$(build/lock-venv/bin/python -c 'import platform; print(platform.python_version())') on $$(uname -sm)."; \
	  build/lock-venv/bin/python -m pip freeze --all --exclude-editable | LC_ALL=C sort -f; } > $(LOCK).new
	mv $(LOCK).new $(LOCK)
	rm -rf build/lock-venv
	@echo "$(LOCK): $$(grep -vc '^#' $(LOCK)) packages pinned"

# Installs missing Debian packages when it can (root or passwordless sudo); says so when it can't.
system-deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then echo "system packages: all present"; exit 0; fi; \
	if ! command -v apt-get >/dev/null; then echo "not Debian/Ubuntu; please install:$$missing"; exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; \
	else echo "cannot install (not root, no sudo):$$missing"; exit 0; fi; \
	echo "installing:$$missing"; \
	$$SUDO apt-get update -qq; \
	DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null \
	|| for p in $$missing; do \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$p >/dev/null \
		|| echo "could not install $$p (the tests that need it will fail)"; \
	done

run: $(STAMP)
	$(BIN)/evidence-app

lint: $(STAMP)
	$(BIN)/ruff check evidence_app tests tools packaging
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -p no:cacheprovider $(PYTEST_ARGS)

test: system-deps $(STAMP) lint typecheck pytest

bench: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/run.py $(BENCH_ARGS)

# The frozen app (PyInstaller, one folder): dist/evidence-app/. About 1.5 minutes on two cores.
package: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/evidence-app.spec
	@du -sh dist/evidence-app

# The packaging tests against that build (pytest builds its own when EVIDENCE_APP_FROZEN is unset).
package-smoke: system-deps package
	QT_QPA_PLATFORM=offscreen EVIDENCE_APP_FROZEN=dist/evidence-app \
		$(BIN)/python -m pytest -p no:cacheprovider tests/test_packaging.py $(PYTEST_ARGS)

# A Debian package of that build (desktop entry, AppStream metadata, icons): dist/evidence-app_*.deb.
# xz takes a few minutes on half a gigabyte; DEB_COMPRESSION=gzip DEB_LEVEL=1 is quick.
deb: package
	packaging/linux/make-deb.sh dist/evidence-app dist

# lintian on it (about 4 minutes; not part of make test): packaging/linux/lintian.md explains
# the findings that remain. Needs the lintian package.
deb-lint: deb
	lintian --tag-display-limit 0 dist/evidence-app_*.deb

translations: $(STAMP)
	$(BIN)/python tools/i18n.py update
	$(BIN)/python tools/i18n.py build

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist
