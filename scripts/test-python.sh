#!/usr/bin/env bash
# Runs the Python SDK's and the Python plugins' tests (pytest) with the first python3 that has pytest:
# python3 on PATH, then /usr/bin/python3. scripts/ensure-system-packages.sh installs pytest when
# neither has it.
set -euo pipefail
cd "$(dirname "$0")/.."

python=""
for candidate in "$(command -v python3 || true)" /usr/bin/python3; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] && "$candidate" -c 'import sys, pytest; sys.exit(sys.version_info < (3, 9))' 2>/dev/null; then
        python="$candidate"
        break
    fi
done
if [ -z "$python" ]; then
    echo "The Python tests need Python 3.9+ with pytest; run scripts/ensure-system-packages.sh as root," >&2
    echo "or: sudo apt-get install -y python3-pytest" >&2
    exit 1
fi
echo "Python tests with $python ($("$python" --version 2>&1))" >&2
# Each folder on its own: both have a conftest that puts the SDK from this checkout on sys.path.
"$python" -m pytest -q -p no:cacheprovider Plugins/python/tests
"$python" -m pytest -q -p no:cacheprovider Plugins/moodle/tests
