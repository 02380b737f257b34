#!/usr/bin/env python3
"""Exit 0 if every requirement of the given file is installed at a satisfying version."""
import sys
from importlib import metadata

try:
    from packaging.requirements import Requirement
except ImportError:  # packaging is absent: fall back to name-only checks
    Requirement = None

ok = True
for line in open(sys.argv[1]):
    line = line.split("#")[0].strip()
    if not line:
        continue
    if Requirement is None:
        name, spec = line.split(">=")[0].split("==")[0].strip(), None
    else:
        req = Requirement(line)
        name, spec = req.name, req.specifier
    try:
        version = metadata.version(name)
    except metadata.PackageNotFoundError:
        ok = False
        continue
    if spec is not None and not spec.contains(version, prereleases=True):
        ok = False
sys.exit(0 if ok else 1)
