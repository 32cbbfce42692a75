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

# libxlsxwriter for XLSX output (the CXLSXWriter target: `convert --to xlsx`).
if ! pkg-config --exists xlsxwriter 2>/dev/null && [ ! -f /usr/include/xlsxwriter.h ]; then
    missing+=(libxlsxwriter-dev)
fi

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
