#!/usr/bin/env bash
# Makes sure the system packages GradePort builds against are present.
# As root it installs what is missing with apt-get; otherwise it stops and prints the exact command.
set -euo pipefail

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! pkg-config --exists libxml-2.0 2>/dev/null && [ ! -f /usr/include/libxml2/libxml/xmlreader.h ]; then
    missing+=(libxml2-dev)
fi

# zlib for XLSX (the CSystemZlib target; ZIPFoundation links it too on Linux).
if ! pkg-config --exists zlib 2>/dev/null && [ ! -f /usr/include/zlib.h ]; then
    missing+=(zlib1g-dev)
fi

# Python 3.9+ with pytest, for the Python SDK's and plugins' tests (scripts/test-python.sh); the
# external-adapter tests also run python3 adapters.
has_pytest=no
for candidate in "$(command -v python3 || true)" /usr/bin/python3; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] && "$candidate" -c 'import sys, pytest; sys.exit(sys.version_info < (3, 9))' 2>/dev/null; then
        has_pytest=yes
        break
    fi
done
if [ "$has_pytest" = no ]; then
    command -v python3 >/dev/null 2>&1 || missing+=(python3)
    missing+=(python3-pytest)
fi
# The browser tests of `gradeport serve` (Tests/BrowserTests): headless Chromium driven by Selenium
# from Debian's packages, pytest for them, and DejaVu fonts for the Kazakh letters in screenshots.
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
/usr/bin/python3 -c 'import selenium' >/dev/null 2>&1 || missing+=(python3-selenium)
/usr/bin/python3 -c 'import pytest' >/dev/null 2>&1 || [[ " ${missing[*]} " == *" python3-pytest "* ]] || missing+=(python3-pytest)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
# libxlsxwriter for XLSX output (the CXLSXWriter target: `convert --to xlsx`).
if ! pkg-config --exists xlsxwriter 2>/dev/null && [ ! -f /usr/include/xlsxwriter.h ]; then
    missing+=(libxlsxwriter-dev)
fi
# PostgreSQL for the district store's tests (GradeStorePostgresTests start a throwaway cluster
# with initdb and pg_ctl, from Debian's server package; nothing is started as a service).
has_initdb=no
command -v initdb >/dev/null 2>&1 && has_initdb=yes
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && has_initdb=yes
[ "$has_initdb" = yes ] || missing+=(postgresql)

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing missing system packages: ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
else
    echo "GradePort needs these system packages: ${missing[*]}" >&2
    echo "Install them with:" >&2
    echo "    sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
