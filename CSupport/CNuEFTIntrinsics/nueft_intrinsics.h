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

typedef long long nueft_long8 __attribute__((ext_vector_type(8)));

/* Whether any lane is non-zero (a SIMDMask<SIMD8<Int64>> reinterpreted as its Int64 lanes):
 * one vector OR-reduction, where Swift's generic any(_:) is an out-of-line call. */
static inline __attribute__((always_inline)) int nueft_any8(nueft_long8 x) {
    return __builtin_reduce_or(x) != 0;
}

#endif
