/* Vector intrinsics that Swift's generic SIMD operations do not reliably produce.
 *
 * Swift's Double.squareRoot() goes through a C shim compiled with errno semantics on Linux, so a
 * lane-wise SIMD squareRoot() is vectorized only where LLVM can prove the operand non-negative
 * and otherwise becomes scalar sqrt with a libm fallback call. Clang's elementwise builtin is
 * llvm.sqrt on the whole vector: vsqrtpd with AVX, sqrtpd pairs without. ext_vector_type(n)
 * double imports into Swift as SIMDn<Double>. Header-only (static inline): nothing to link,
 * and the optimizer inlines it into the Swift kernels. */
#ifndef NUEFT_INTRINSICS_H
#define NUEFT_INTRINSICS_H

typedef double nueft_double8 __attribute__((ext_vector_type(8)));

/* Lane-wise square root (IEEE: NaN for negative lanes, no errno). */
static inline __attribute__((always_inline)) nueft_double8 nueft_sqrt8(nueft_double8 x) {
    return __builtin_elementwise_sqrt(x);
}

typedef double nueft_double4 __attribute__((ext_vector_type(4)));
typedef double nueft_double2 __attribute__((ext_vector_type(2)));

static inline __attribute__((always_inline)) nueft_double4 nueft_sqrt4(nueft_double4 x) {
    return __builtin_elementwise_sqrt(x);
}

static inline __attribute__((always_inline)) nueft_double2 nueft_sqrt2(nueft_double2 x) {
    return __builtin_elementwise_sqrt(x);
}

typedef long long nueft_long8 __attribute__((ext_vector_type(8)));
typedef long long nueft_long4 __attribute__((ext_vector_type(4)));
typedef long long nueft_long2 __attribute__((ext_vector_type(2)));

/* Whether any lane is non-zero (a SIMDMask<SIMD8<Int64>> reinterpreted as its Int64 lanes):
 * one vector OR-reduction, where Swift's generic any(_:) is an out-of-line call. */
static inline __attribute__((always_inline)) int nueft_any8(nueft_long8 x) {
    return __builtin_reduce_or(x) != 0;
}

static inline __attribute__((always_inline)) int nueft_any4(nueft_long4 x) {
    return __builtin_reduce_or(x) != 0;
}

static inline __attribute__((always_inline)) int nueft_any2(nueft_long2 x) {
    return __builtin_reduce_or(x) != 0;
}

/* Software prefetch into all cache levels, for reading (rw = 0) or writing (rw = 1). A batch
 * kernel streams ~50 arrays at once (one per record field and per output), more than the
 * hardware stream prefetchers track; a prefetch a few vectors ahead hides the memory latency.
 * Prefetching an address past the end of an array is harmless (no fault, no side effect). */
static inline __attribute__((always_inline)) void nueft_prefetch_read(const void *p) {
    __builtin_prefetch(p, 0, 3);
}

static inline __attribute__((always_inline)) void nueft_prefetch_write(const void *p) {
    __builtin_prefetch(p, 1, 3);
}

#endif
