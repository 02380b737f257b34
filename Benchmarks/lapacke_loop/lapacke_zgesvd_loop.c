/* What a C user would write: a loop of LAPACKE_zgesvd over random complex symmetric n x n
 * matrices (singular values and both unitary factors, enough for the Takagi phase fix).
 * Prints "<n> <count> <seconds>" for Benchmarks/compare_takagi.py. OpenBLAS single-threaded. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#define HAVE_LAPACK_CONFIG_H
#define LAPACK_COMPLEX_STRUCTURE
#include <lapacke.h>

void openblas_set_num_threads(int);

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 4;
    int count = argc > 2 ? atoi(argv[2]) : 100000;
    openblas_set_num_threads(1);
    lapack_complex_double *a = malloc(sizeof *a * (size_t)n * n * count);
    lapack_complex_double *work = malloc(sizeof *work * (size_t)n * n);
    lapack_complex_double *u = malloc(sizeof *u * (size_t)n * n), *vt = malloc(sizeof *vt * (size_t)n * n);
    double *s = malloc(sizeof *s * n), *superb = malloc(sizeof *superb * n);
    unsigned long long state = 12345;
    for (size_t k = 0; k < (size_t)count; k++)
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++) {
                state = state * 6364136223846793005ULL + 1442695040888963407ULL;
                double re = (double)(state >> 11) / 9007199254740992.0 * 2 - 1;
                state = state * 6364136223846793005ULL + 1442695040888963407ULL;
                double im = (double)(state >> 11) / 9007199254740992.0 * 2 - 1;
                a[k * n * n + i * n + j].real = a[k * n * n + j * n + i].real = re;
                a[k * n * n + i * n + j].imag = a[k * n * n + j * n + i].imag = im;
            }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    double checksum = 0;
    for (size_t k = 0; k < (size_t)count; k++) {
        for (int i = 0; i < n * n; i++) work[i] = a[k * n * n + i];
        LAPACKE_zgesvd(LAPACK_ROW_MAJOR, 'A', 'A', n, n, work, n, s, u, n, vt, n, superb);
        checksum += s[0];
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("%d %d %.9f %g\n", n, count, (t1.tv_sec - t0.tv_sec) + 1e-9 * (t1.tv_nsec - t0.tv_nsec), checksum);
    return 0;
}
