import csv
import os
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]


def reference_dir() -> Path:
    override = os.environ.get("NUEFT_REFERENCE_DIR")
    return Path(override) if override else REPOSITORY.parent / "shared" / "reference"


def load_table(name: str):
    """Rows of a ../shared/reference CSV as dicts; numbers stay strings (float() round-trips)."""
    path = reference_dir() / name
    if not path.exists():
        pytest.fail(f"reference table {path} is missing")
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))
