#!/usr/bin/env bash
# Installs what NuEFT needs and is missing, idempotently: Debian packages (LAPACKE +
# OpenBLAS) and the Python packages of python/requirements.txt. A second run installs
# nothing and touches no network. Needs root (or sudo) only when a Debian package is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for package in libopenblas-dev liblapacke-dev; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "setup: installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! python3 scripts/check_python_requirements.py python/requirements.txt; then
    echo "setup: installing Python packages from python/requirements.txt"
    python3 -m pip install --quiet --disable-pip-version-check -r python/requirements.txt
fi

command -v swift >/dev/null || { echo "setup: a Swift 6 toolchain must be on PATH" >&2; exit 1; }
