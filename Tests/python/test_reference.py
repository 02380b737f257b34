"""Every row of ../shared/reference (w, f1, f2, yukawa) through the Python binding, within the
README's tolerances (1e-13, scaled as it says)."""
import numpy as np
import pytest

import nueft
from conftest import load_table

TOLERANCE = 1e-13


def column(rows, name):
    return np.array([float(r[name]) for r in rows])


def test_w_table():
    rows = load_table("w.csv")
    assert len(rows) == 291
    x, ref = column(rows, "x"), column(rows, "w")
    value = nueft.w(x)
    error = np.abs(value - ref) / ref
    assert error.max() <= TOLERANCE, f"worst w error {error.max()} at x = {x[error.argmax()]}"


@pytest.mark.parametrize("name", ["f1", "f2"])
def test_loop_integral_table(name):
    rows = load_table(f"{name}.csv")
    assert len(rows) == 279
    xh, xj = column(rows, "xh"), column(rows, "xj")
    l1, ref_re, ref_im = column(rows, "l1"), column(rows, "re"), column(rows, "im")
    has_imag = column(rows, "has_imag") == 1
    value = getattr(nueft, name)(xh, xj)
    error_re = np.abs(value.real - ref_re) / l1
    error_im = np.abs(value.imag - ref_im) / np.maximum(l1, np.abs(ref_im))
    assert error_re.max() <= TOLERANCE, f"worst re error {error_re.max()} at row {error_re.argmax()}"
    assert error_im.max() <= TOLERANCE, f"worst im error {error_im.max()} at row {error_im.argmax()}"
    assert np.array_equal(value.imag != 0, has_imag)


def test_yukawa_table():
    rows = load_table("yukawa.csv")
    assert len(rows) == 126
    xh, xj = column(rows, "xh"), column(rows, "xj")
    b = nueft.yukawa_bracket(xh, xj)
    error_b = np.abs(b.real - column(rows, "B")) / column(rows, "B_scale")
    error_b_im = np.abs(b.imag - column(rows, "B_im")) / column(rows, "B_scale")
    assert error_b.max() <= TOLERANCE
    assert error_b_im.max() <= TOLERANCE
    t = nueft.threshold_bracket(xj)
    error_t = np.abs(t - column(rows, "T")) / column(rows, "T_scale")
    assert error_t.max() <= TOLERANCE
