/* LAPACKE + OpenBLAS for Swift.
 *
 * LAPACK_COMPLEX_STRUCTURE turns lapack_complex_double into
 * `typedef struct { double real, imag; } _lapack_complex_double;`, which Swift imports
 * (the default C99 `double _Complex` only imports as OpaquePointer). The struct has the
 * layout of swift-numerics' Complex<Double> and of NumPy complex128: interleaved (re, im).
 *
 * Debian's OpenBLAS is built with NO_LAPACKE, so LAPACKE comes from liblapacke, which
 * calls LAPACK inside OpenBLAS. OpenBLAS's cblas.h lives outside the default include
 * path, so its thread controls are declared here. Debian packages: liblapacke-dev,
 * libopenblas-dev.
 */
#ifndef NUEFT_CLAPACKE_SHIM_H
#define NUEFT_CLAPACKE_SHIM_H
#define HAVE_LAPACK_CONFIG_H
#define LAPACK_COMPLEX_STRUCTURE
#include <lapacke.h>

void openblas_set_num_threads(int num_threads);
int openblas_get_num_threads(void);
char *openblas_get_config(void);
char *openblas_get_corename(void);
#endif
