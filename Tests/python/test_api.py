"""The Python API's contract: shapes and broadcasting, scalars, dtype conversion, bad points
(NaN + warning or status codes), call-level errors from the raw C ABI, threads."""
import ctypes
import warnings

import numpy as np
import pytest

import nueft
from nueft import _capi

XH = 2.4282415385705916  # (m_h/m_W)^2 of ../shared/reference


def test_version_and_abi():
    assert nueft.abi_version() == 2
    assert nueft.version() == nueft.__version__


def test_scalars_in_scalars_out():
    assert nueft.w(1.0) == 1.5
    assert isinstance(nueft.w(2.0), np.floating)
    value = nueft.f1(XH, 0.01)
    assert isinstance(value, np.complexfloating) and value.imag > 0
    assert nueft.threshold_bracket(1) == 3.0


def test_shapes_and_broadcasting():
    xj = np.geomspace(1e-3, 1e3, 12).reshape(3, 4)
    assert nueft.w(xj).shape == (3, 4)
    assert nueft.f2(XH, xj).shape == (3, 4)
    grid = nueft.yukawa_bracket(np.array([[1.0], [XH]]), np.array([0.1, 1.0, 10.0]))
    assert grid.shape == (2, 3)
    assert grid[1, 2] == nueft.yukawa_bracket(XH, 10.0)
    assert nueft.w([]).shape == (0,)


def test_inputs_converted():
    assert np.array_equal(nueft.w([1, 2, 3]), nueft.w(np.array([1.0, 2.0, 3.0])))
    strided = np.arange(1.0, 21.0)[::3]
    assert np.array_equal(nueft.w(strided), nueft.w(strided.copy()))
    assert np.array_equal(nueft.w(np.float32(2.0)), nueft.w(float(np.float32(2.0))))


def test_bad_points_give_nan_and_warning():
    with pytest.warns(nueft.NuEFTDomainWarning, match="2 of 4 points"):
        value = nueft.w([1.0, -1.0, np.nan, 4.0])
    assert value[0] == 1.5 and np.isnan(value[1]) and np.isnan(value[2]) and np.isfinite(value[3])


def test_return_status_codes():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        value, status = nueft.f1([XH, XH, -1.0, XH], [1.0, np.inf, 1.0, 0.0], return_status=True)
    assert status.dtype == np.int32
    assert nueft.STATUS_NAMES[status[0]] == "NUEFT_OK"
    assert nueft.STATUS_NAMES[status[1]] == "NUEFT_POINT_INFINITE_INPUT"
    assert nueft.STATUS_NAMES[status[2]] == "NUEFT_POINT_NONPOSITIVE_INPUT"
    assert nueft.STATUS_NAMES[status[3]] == "NUEFT_POINT_NONPOSITIVE_INPUT"
    assert np.isfinite(value[0]) and np.isnan(value[1:]).all()


def test_out_of_domain_is_named():
    # The Yukawa bracket is defined for 1e-20 <= x_h, x_j <= 1e20 ...
    value, status = nueft.yukawa_bracket([1e-25, 1.0, 1e21], [1.0, 1e25, 1.0], return_status=True)
    assert np.isnan(value).all()
    assert all(nueft.STATUS_NAMES[s] == "NUEFT_POINT_OUT_OF_DOMAIN" for s in status)
    # ... while f1, f2 and w take every finite positive input.
    extremes = np.array([1e-300, 1e-100, 1.0, 1e100, 1e300])
    xh, xj = np.meshgrid(extremes, extremes)
    assert np.isfinite(nueft.f1(xh, xj)).all() and np.isfinite(nueft.f2(xh, xj)).all()
    assert nueft.w(1e-300) == 2.0


def test_raw_c_abi_rejects_null_and_negative_counts():
    x = np.array([1.0, 2.0])
    out = np.zeros(2)
    lib = _capi.lib
    assert lib.nueft_w_batch(2, None, out.ctypes.data, None) == _capi.ERR_NULL_POINTER
    assert lib.nueft_w_batch(2, x.ctypes.data, None, None) == _capi.ERR_NULL_POINTER
    assert lib.nueft_w_batch(-3, x.ctypes.data, out.ctypes.data, None) == _capi.ERR_INVALID_COUNT
    assert lib.nueft_f1_batch(2, x.ctypes.data, None, out.ctypes.data, None, None) == _capi.ERR_NULL_POINTER
    assert lib.nueft_yukawa_bracket_batch(-1, None, None, None, None, None) == _capi.ERR_INVALID_COUNT
    assert lib.nueft_w_batch(0, None, None, None) == _capi.OK
    assert np.array_equal(out, np.zeros(2))
    assert "NULL" in _capi.status_string(_capi.ERR_NULL_POINTER)
    with pytest.raises(nueft.NuEFTError):
        nueft.set_num_threads(-1)


def test_results_independent_of_thread_count():
    rng = np.random.default_rng(7)
    xh = rng.uniform(0.2, 12.0, 300_001)
    xj = np.exp(rng.uniform(np.log(1e-5), np.log(1e5), xh.size))
    results = []
    for threads in (1, 2, 5):
        nueft.set_num_threads(threads)
        assert nueft.get_num_threads() == threads
        results.append((nueft.yukawa_bracket(xh, xj), nueft.w(xj), nueft.f1(xh, xj)))
    nueft.set_num_threads(0)
    for other in results[1:]:
        for a, b in zip(results[0], other):
            assert a.tobytes() == b.tobytes()


def test_gil_released_during_calls():
    # ctypes.CDLL drops the GIL: two Python threads can run batches at once.
    import threading
    x = np.geomspace(1e-4, 1e4, 200_000)
    expected = nueft.w(x)
    outputs = [None, None]

    def work(i):
        outputs[i] = nueft.w(x)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(o.tobytes() == expected.tobytes() for o in outputs)
    assert isinstance(_capi.lib, ctypes.CDLL)


def test_thread_count_from_environment():
    # NUEFT_NUM_THREADS caps the default, read at the first batch call of a process.
    import os
    import subprocess
    import sys
    code = "import nueft; nueft.w([1.0]); print(nueft.get_num_threads())"
    env = dict(os.environ, NUEFT_NUM_THREADS="1")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "1"
    env["NUEFT_NUM_THREADS"] = "3"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "3"
