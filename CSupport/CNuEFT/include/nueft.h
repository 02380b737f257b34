/*
 * nueft.h - the C ABI of NuEFT, batched numerics for neutrino-EFT phenomenology.
 *
 * Link with -lnueft (libnueft.so, built by `make`). Every function is thread-safe and may be
 * called concurrently from several threads; none of them aborts the host process on bad
 * input. The Swift runtime that libnueft.so needs is found through its RUNPATH.
 *
 * Conventions (all functions):
 *  - Energies in GeV; x = m^2/m_W^2 style ratios are dimensionless.
 *  - Arrays are contiguous doubles; `n` is the number of points (ptrdiff_t, so that a negative
 *    count is detected: NUEFT_ERR_INVALID_COUNT). n == 0 is a successful no-op.
 *  - Argument order: count, scalar parameters, inputs, outputs, optional per-point `info`.
 *  - `info` may be NULL. If given, info[i] receives NUEFT_OK or the NUEFT_POINT_* code of
 *    point i. A bad point (NaN, +-Inf, a non-positive input, or one outside the function's
 *    domain) never stops a batch: its outputs are NaN and the call returns
 *    NUEFT_ERR_SOME_POINTS_FAILED.
 *  - A NULL required pointer returns NUEFT_ERR_NULL_POINTER and writes nothing.
 *  - Outputs may alias inputs element for element (in place); partial overlap is undefined.
 *  - Large batches run on all cores (see nueft_set_num_threads); results are bitwise
 *    identical whatever the number of threads.
 *
 * Physics references: 000_b99ff7acfa28d225.txt = V. Cirigliano et al., "Leptonic anomalous
 * magnetic moments in nuSMEFT", JHEP (2021).
 */
#ifndef NUEFT_H
#define NUEFT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Status codes --------------------------------------------------------------------- */

/* Codes below 16 describe a call, codes from 16 a single point. Never renumbered. */
typedef int32_t nueft_status;

enum nueft_status_code {
    NUEFT_OK = 0,
    NUEFT_ERR_NULL_POINTER = 1,        /* a required pointer argument is NULL */
    NUEFT_ERR_INVALID_COUNT = 2,       /* n < 0 */
    NUEFT_ERR_INVALID_ARGUMENT = 3,    /* an argument outside its documented range */
    NUEFT_ERR_SOME_POINTS_FAILED = 4,  /* some points invalid: NaN outputs, see info[] */
    NUEFT_ERR_LENGTH_MISMATCH = 5,     /* Swift API only: buffers of different lengths */
    NUEFT_ERR_UNSUPPORTED_DIMENSION = 6, /* matrix dimension outside the supported range */
    NUEFT_POINT_NAN_INPUT = 16,        /* an input of this point is NaN */
    NUEFT_POINT_INFINITE_INPUT = 17,   /* an input of this point is +-Inf */
    NUEFT_POINT_NONPOSITIVE_INPUT = 18,/* an input that must be > 0 is <= 0 (also -0) */
    NUEFT_POINT_OUT_OF_DOMAIN = 19,    /* finite and > 0 but outside the function's domain
                                          (the Yukawa bracket B: 1e-20 <= x_h, x_j <= 1e20) */
    NUEFT_POINT_NOT_SYMMETRIC = 20,    /* matrix not symmetric within 16 n eps max|M_ij| */
    NUEFT_POINT_LAPACK_FAILURE = 21    /* the LAPACK eigensolver did not converge */
};

/* "NUEFT_NAME: explanation" for any code; a static string, never NULL, never to be freed. */
const char *nueft_status_string(nueft_status status);

/* ---- Library ---------------------------------------------------------------------------- */

/* The ABI version of this header. 2: the nuSMEFT _v2 batches with a CKM chi^2 term, plus new
 * functions (the Fig. 5-6 scan, the dimension-7 canonicalization, the sec. 3.1 estimates). A
 * changed signature gets a new _v2 symbol and the old one stays; additions keep the version. */
int32_t nueft_abi_version(void);

/* The library version, e.g. "0.1.0"; a static string. */
const char *nueft_version_string(void);

/* Caps the number of threads of later batch calls; 0 restores the default, which is the
 * environment variable NUEFT_NUM_THREADS (read at the first batch call) or else the number
 * of online CPUs. Process-wide. Returns NUEFT_ERR_INVALID_ARGUMENT outside 0..1024. */
nueft_status nueft_set_num_threads(int32_t num_threads);

/* The number of threads a large batch call uses now (>= 1). */
int32_t nueft_get_num_threads(void);

/* ---- Loop functions of 000_b99ff7acfa28d225.txt --------------------------------------- */

/* w(x) = (4 + x(x-11))/(2(x-1)^2) + 3x^2 ln(x)/(x-1)^3, eq. (3.12), x = m_j^2/m_W^2 > 0.
 * w(1) = 3/2 by continuity; relative error <= 1e-14 for every double x > 0 (no overflow,
 * no cancellation at x = 1). Per point: NUEFT_POINT_NAN_INPUT / _INFINITE_INPUT /
 * _NONPOSITIVE_INPUT for x NaN / +-Inf / <= 0.
 * Returns NUEFT_OK, NUEFT_ERR_SOME_POINTS_FAILED, NUEFT_ERR_NULL_POINTER (x or w NULL),
 * NUEFT_ERR_INVALID_COUNT. */
nueft_status nueft_w_batch(ptrdiff_t n, const double *x, double *w, int32_t *info);

/* f1(xh, xj) = Int_0^1 dz ln[(xj - xh(1-z)z)/(1 + (xj-1)z)] / (1 - xj + xh z), eq. (4.9),
 * xh = m_h^2/m_W^2 > 0, xj = m_j^2/m_W^2 > 0, on the principal branch of the log: the
 * integral is complex for xj < xh/4. re[i] receives the real part, im[i] the imaginary part
 * (im may be NULL). The removable pole is treated exactly. Every finite x_h, x_j > 0: a
 * closed form (or, at the physical x_h, precomputed tables) for 1e-20 <= x_h, x_j <= 1e20,
 * graded quadrature beyond (slower, ~0.1-1 ms a point). Error <= 2e-14 relative to
 * Int_0^1 |Re integrand| dz. Per-point codes and return values as nueft_w_batch (required
 * pointers: xh, xj, re). */
nueft_status nueft_f1_batch(ptrdiff_t n, const double *xh, const double *xj,
                            double *re, double *im, int32_t *info);

/* f2(xh, xj) = Int_0^1 dz ln[(1 - xh(1-z)z)/(xj + z(1-xj))] / (-1 + xj + xh z), eq. (4.9);
 * complex for xh > 4. Conventions as nueft_f1_batch. */
nueft_status nueft_f2_batch(ptrdiff_t n, const double *xh, const double *xj,
                            double *re, double *im, int32_t *info);

/* T(xj) = xj - 1 - (xj - 4)/(xj - 1) xj ln(xj), the bracket of the lepton-mass threshold,
 * eq. (4.7) at mu_r = m_W (T(1) = 3). Conventions as nueft_w_batch. */
nueft_status nueft_threshold_bracket_batch(ptrdiff_t n, const double *xj, double *t, int32_t *info);

/* B(xh, xj), the curly bracket of the effective Yukawa coupling, eq. (4.8) at mu_r = m_W:
 * -3xj(xj-3)/(xj-1) ln xj + xj bj ln((bj-1)/(bj+1)) + (xh-2) bW ln((bW-1)/(bW+1))
 * + [2xh + xj(xj-7)] f1 - [4 + (2-xh)xj] f2 + (-5 + 2xh + 4xj), with b = sqrt(1 - 4m^2/m_h^2)
 * the principal root (imaginary below threshold) and principal logs. re[i] receives the
 * bracket with the real parts of f1, f2 and the b-terms; im[i] (may be NULL) the imaginary
 * part of the same expression. Conventions as nueft_f1_batch. */
nueft_status nueft_yukawa_bracket_batch(ptrdiff_t n, const double *xh, const double *xj,
                                        double *re, double *im, int32_t *info);

/* ---- Takagi factorization (eq. (2.5) of 000_b99ff7acfa28d225.txt) -------------------- */

/* Accuracy of nueft_takagi_batch (TakagiAccuracy in Swift). */
enum {
    /* Every mass to high relative accuracy, bounded by mass_errors: Jacobi sweeps, one
     * double-double refinement, a second sweep. The default of the Swift and Python APIs. */
    NUEFT_TAKAGI_RELATIVE = 0,
    /* Backward stable only: masses to ~n eps max(m) absolutely; about twice as fast. */
    NUEFT_TAKAGI_ABSOLUTE = 1
};

/* Path of nueft_takagi_batch (TakagiMethod in Swift). */
enum {
    /* The SIMD complex Jacobi path for every n: faster than LAPACK at every n <= 16 (4x to 13x,
     * measured) and more accurate. */
    NUEFT_TAKAGI_AUTOMATIC = 0,
    NUEFT_TAKAGI_JACOBI = 1,
    /* LAPACK dsyevd on the real 2n x 2n embedding: always absolute accuracy
     * (mass_errors = 6 n eps max(m)); the independent cross-check. */
    NUEFT_TAKAGI_LAPACK = 2
};

/* Factorizes `count` complex symmetric n x n matrices, U^T M U = diag(m), M = U* diag(m) U^H:
 *  matrices    count*n*n complex entries, row-major, interleaved (re, im) - NumPy complex128;
 *  accuracy    NUEFT_TAKAGI_RELATIVE or NUEFT_TAKAGI_ABSOLUTE;
 *  method      NUEFT_TAKAGI_AUTOMATIC, _JACOBI or _LAPACK;
 *  masses      receives count*n Takagi values per matrix, ascending (>= 0);
 *  unitaries   receives count*n*n complex entries (may be NULL): U row-major, column k is the
 *              Takagi vector of masses[k] (M u_k = m_k conj(u_k)); the component of largest
 *              modulus of each vector has a positive real part (this fixes the sign of a
 *              simple non-zero mass; for degenerate or zero masses a valid unitary basis is
 *              returned);
 *  mass_errors receives count*n absolute error bounds (may be NULL): with
 *              NUEFT_TAKAGI_RELATIVE, mass_errors[k] / masses[k] is the certified relative
 *              accuracy of mass k (4 n eps times the componentwise condition of the refined
 *              matrix, plus a 2^-100 floor); with NUEFT_TAKAGI_ABSOLUTE, 6 n eps max(m).
 * n from 1 to 16 (else NUEFT_ERR_UNSUPPORTED_DIMENSION). A matrix with NaN / Inf entries or
 * not symmetric within 16 n eps max|M_ij| gets NaN outputs and NUEFT_POINT_NAN_INPUT /
 * _INFINITE_INPUT / _NOT_SYMMETRIC in info (within the tolerance its symmetric part is used).
 * U is unitary and U^T M U diagonal to ~n eps. Results do not depend on the batch or on the
 * number of threads. Returns NUEFT_OK, NUEFT_ERR_SOME_POINTS_FAILED, NUEFT_ERR_NULL_POINTER
 * (matrices or masses NULL), NUEFT_ERR_INVALID_COUNT, NUEFT_ERR_UNSUPPORTED_DIMENSION,
 * NUEFT_ERR_INVALID_ARGUMENT (accuracy or method unknown). */
nueft_status nueft_takagi_batch(ptrdiff_t count, ptrdiff_t n, const double *matrices,
                                int32_t accuracy, int32_t method, double *masses,
                                double *unitaries, double *mass_errors, int32_t *info);


/* ======================================================================================= */
/* ---- Dimension-7 Delta L = 2 SMEFT (002_3ba235c4befdeead.txt) -------------------------- */
/* ======================================================================================= */
/*
 * G. Fridell et al., "Probing lepton number violation: a comprehensive survey of dimension-7
 * SMEFT". Wilson coefficients C are real, in TeV^-3; Lambda = |C|^(-1/3) in TeV. Flavour
 * indices are 0-based (0 = e/u/d, 1 = mu/c/s, 2 = tau/t/b).
 *
 * A full SMEFT point is 540 doubles: operator op (enum below) occupies [9 op, 9 op + 9) for
 * op < 6 (indices p r, row-major) and [54 + 81 (op - 6), +81) for op >= 6 (indices p r s t).
 * C_LH must be symmetric and C_LHB antisymmetric (else NUEFT_ERR_INVALID_ARGUMENT).
 * A full LEFT point is 1089 doubles: LEFT operator l (enum below) occupies [81 l, 81 l + 81)
 * for l < 13 (indices p r s t) and [1053 + 9 (l - 13), +9) for l >= 13 (indices i j).
 *
 * Input sets: 0 = "paper" (reproduces the paper; real CKM magnitudes), 1 = "current"
 * (KamLAND-Zen 3.8e26 yr, complex PDG 2024 CKM fit with delta = 1.147). Conventions: where the paper contradicts itself (see Dim7.md / ERRATA.md).
 */

enum nueft_dim7_operator {
    NUEFT_DIM7_LH = 0, NUEFT_DIM7_LEHD = 1, NUEFT_DIM7_LHD1 = 2, NUEFT_DIM7_LHD2 = 3,
    NUEFT_DIM7_LHB = 4, NUEFT_DIM7_LHW = 5, NUEFT_DIM7_DULLD = 6, NUEFT_DIM7_ELLLH = 7,
    NUEFT_DIM7_DLUEH = 8, NUEFT_DIM7_DLQLH1 = 9, NUEFT_DIM7_DLQLH2 = 10, NUEFT_DIM7_QULLH = 11
};

enum nueft_dim7_left_operator {
    NUEFT_DIM7_LEFT_ENU_LL_S = 0, NUEFT_DIM7_LEFT_ENU_RL_S = 1, NUEFT_DIM7_LEFT_ENU_LL_T = 2,
    NUEFT_DIM7_LEFT_DNU_LL_S = 3, NUEFT_DIM7_LEFT_DNU_LL_T = 4, NUEFT_DIM7_LEFT_UNU_RL_S = 5,
    NUEFT_DIM7_LEFT_DUNUE_LL_S = 6, NUEFT_DIM7_LEFT_DUNUE_RL_S = 7, NUEFT_DIM7_LEFT_DUNUE_LL_T = 8,
    NUEFT_DIM7_LEFT_DUNUE_LR_V = 9, NUEFT_DIM7_LEFT_DUNUE_RR_V = 10,
    NUEFT_DIM7_LEFT_DUNUE_LL_V7 = 11, NUEFT_DIM7_LEFT_DUNUE_RL_V7 = 12,
    NUEFT_DIM7_LEFT_V_LL9 = 13, NUEFT_DIM7_LEFT_V_LR9 = 14,
    NUEFT_DIM7_LEFT_MAGNETIC_MOMENT = 15, /* mu_ij / e in GeV^-1, eq. (4.35) */
    NUEFT_DIM7_LEFT_NEUTRINO_MASS = 16    /* delta m_ij in GeV, Sec. 5 */
};

enum nueft_dim7_probe {
    NUEFT_DIM7_COLLIDER = 0, NUEFT_DIM7_DOUBLE_BETA = 1, NUEFT_DIM7_OSCILLATIONS = 2,
    NUEFT_DIM7_CEVNS = 3, NUEFT_DIM7_KAON_DECAYS = 4, NUEFT_DIM7_B_MESON_DECAYS = 5,
    NUEFT_DIM7_MUON_DECAY = 6, NUEFT_DIM7_MAGNETIC_MOMENT = 7, NUEFT_DIM7_NATURALNESS = 8,
    NUEFT_DIM7_NUM_PROBES = 9
};

enum nueft_dim7_convention { NUEFT_DIM7_CONSISTENT = 0, NUEFT_DIM7_PAPER = 1 };
enum nueft_dim7_scenario { NUEFT_DIM7_CURRENT = 0, NUEFT_DIM7_FUTURE = 1 };
enum nueft_dim7_input_set { NUEFT_DIM7_INPUTS_PAPER = 0, NUEFT_DIM7_INPUTS_CURRENT = 1 };

/* lambda[i] = |c[i]|^(-1/3) (TeV for C in TeV^-3); c = 0 gives +Inf. NaN / +-Inf inputs give NaN
 * with NUEFT_POINT_NAN_INPUT / _INFINITE_INPUT. Returns as nueft_w_batch. */
nueft_status nueft_dim7_scale_batch(ptrdiff_t n, const double *c, double *lambda, int32_t *info);

/* Tree-level matching of one SMEFT point (540 doubles) onto every LEFT coefficient (1089
 * doubles): Table 2, eqs. (4.4)-(4.7), (4.35), delta m = -(v/2) v^3 C_LH. convention
 * NUEFT_DIM7_PAPER matches with the identity CKM (the paper's Tables 6-8, 12). Real C in, real
 * parts of the LEFT coefficients out (they are complex under the "current" complex CKM; use
 * nueft_dim7_match_complex for complex C or complex outputs). Returns
 * NUEFT_OK, NUEFT_ERR_NULL_POINTER, NUEFT_ERR_INVALID_ARGUMENT (bad set/convention, broken
 * LH/LHB symmetry), NUEFT_POINT_NAN_INPUT / _INFINITE_INPUT (a non-finite coefficient). */
nueft_status nueft_dim7_match(int32_t input_set, int32_t convention, const double *smeft, double *left);

/* Single-operator limits along the direction of one SMEFT point (540 doubles, not all zero):
 * lambda[p] (NUEFT_DIM7_NUM_PROBES doubles) receives the largest Lambda (TeV) probe p excludes
 * along that direction (|C| measured by the largest |component|), 0 where the probe does not
 * see it. Returns as nueft_dim7_match; an all-zero point is NUEFT_ERR_INVALID_ARGUMENT. */
nueft_status nueft_dim7_scale_limits(int32_t input_set, int32_t convention, int32_t scenario,
                                     const double *smeft, double *lambda);

/* Signal strengths of every probe for n points that carry k coefficient components:
 *  components    k * 5 int32: operator, then 4 flavour indices (unused ones ignored);
 *                distinct; LH^{pr} also sets LH^{rp}, LHB^{pr} sets LHB^{rp} = -LHB^{pr}
 *  coefficients  k * n doubles (TeV^-3), component-major: point i, component j at j*n + i
 *  strengths     NUEFT_DIM7_NUM_PROBES * n doubles, probe-major: R >= 1 means the probe sees
 *                (excludes) the point; R is linear in |C| (0: no channel for these components)
 *  seen          n int32 bitmasks (may be NULL): bit p set when strengths[p*n + i] >= 1
 * A point with a NaN / +-Inf coefficient gets NaN strengths, seen = 0 and its code in info.
 * Results are bitwise identical for any thread count. Returns NUEFT_OK,
 * NUEFT_ERR_SOME_POINTS_FAILED, NUEFT_ERR_NULL_POINTER, NUEFT_ERR_INVALID_COUNT (n < 0 or
 * k*n overflows), NUEFT_ERR_INVALID_ARGUMENT (k outside 1..540, a bad component or option). */
nueft_status nueft_dim7_probes_batch(ptrdiff_t n, ptrdiff_t k, int32_t input_set, int32_t convention,
                                     int32_t scenario, const int32_t *components,
                                     const double *coefficients, double *strengths, int32_t *seen,
                                     int32_t *info);

/* LEFT coefficients of n points: l LEFT components (l * 5 int32: LEFT operator, 4 indices, the
 * first 2 used for operators >= 13), left receives l * n doubles (real parts; the imaginary
 * parts, non-zero under a complex CKM, through nueft_dim7_plan_evaluate), component-major.
 * Other arguments and returns as nueft_dim7_probes_batch. Real coefficients only; complex
 * points go through a plan (nueft_dim7_plan_create with complex_coefficients = 1). */
nueft_status nueft_dim7_left_batch(ptrdiff_t n, ptrdiff_t k, ptrdiff_t l, int32_t input_set,
                                   int32_t convention, const int32_t *components,
                                   const int32_t *left_components, const double *coefficients,
                                   double *left, int32_t *info);

/* Complex matching: smeft is 540 complex coefficients interleaved (re, im) = 1080 doubles (NumPy
 * complex128), left receives 1089 complex LEFT coefficients = 2178 doubles. The CKM matrix of the
 * input set is complex for "current" (PDG 2024 fit, delta = 1.147); Table 2's V* and the
 * conjugations of eqs. (4.6)-(4.7) are applied. nueft_dim7_match writes the real parts only.
 * Returns as nueft_dim7_match. */
nueft_status nueft_dim7_match_complex(int32_t input_set, int32_t convention, const double *smeft, double *left);

/* The flavour relation of O_eLLLH^{prst} (three anticommuting lepton doublets; Fierz and SU(2)
 * Schouten identities; Liao-Ma, arXiv:1901.10302): O^{prst} - O^{psrt} = O^{ptrs} - O^{ptsr},
 * so 57 of its 81 components are independent (19 per p). These map n points onto the canonical
 * representative of the same interaction (Swift Dim7WilsonCoefficients.canonicalized(), Python
 * nueft.dim7.canonicalized): per p, C^{p a b a} (a != b) goes half to C^{p a a b} and half to
 * C^{p b a a}; C^{p 2 1 0} and C^{p 1 2 0} (0-based) go to C^{p 1 0 2}, C^{p 2 0 1} (+) and
 * C^{p 0 1 2}, C^{p 0 2 1} (-) respectively; the 24 redundant components become 0. Every LEFT
 * coefficient and probe is unchanged; other operators are copied (LH/LHB symmetry not checked).
 *  nueft_dim7_canonicalize          smeft, out: n * 540 doubles (real points, point-major)
 *  nueft_dim7_canonicalize_complex  smeft, out: n * 1080 doubles (540 interleaved (re, im) each)
 * out may be smeft (in place); other overlaps are undefined. A point with a NaN / +-Inf entry
 * gets NaN outputs and NUEFT_POINT_NAN_INPUT / _INFINITE_INPUT in info (may be NULL).
 * Thread-safe. Returns NUEFT_OK, NUEFT_ERR_SOME_POINTS_FAILED, NUEFT_ERR_NULL_POINTER,
 * NUEFT_ERR_INVALID_COUNT (n < 0 or an overflowing size); n == 0 touches nothing. */
nueft_status nueft_dim7_canonicalize(ptrdiff_t n, const double *smeft, double *out, int32_t *info);
nueft_status nueft_dim7_canonicalize_complex(ptrdiff_t n, const double *smeft, double *out, int32_t *info);

/* The global view of Fig. 7 / Table 13: for every operator and probe with a tree-level limit,
 * the strongest current and future scale Lambda (TeV) over the flavour structures of
 * Dim7Direction.candidates(). per_row = 0: the probe's experiments combined (channels of one
 * experiment in quadrature); per_row = 1: every row of the paper's tables separately (its
 * single-LEFT-operator limits, e.g. O_LHW in 0nbb: 14.3 and 15.9 TeV). *count receives the
 * number of rows; with capacity = 0 nothing else is read or written (a size query), else the
 * arrays must hold capacity >= *count rows (NUEFT_ERR_LENGTH_MISMATCH otherwise):
 * operators[i] (nueft_dim7_operator), probes[i] (nueft_dim7_probe), current[i] and future[i]
 * (NaN where the probe has no limit of that kind), and, if labels is not NULL, 3 x 32 bytes
 * per row of NUL-terminated text: the table row ("" in the combined view), the flavour
 * structure of the current limit and that of the future one. Returns NUEFT_OK,
 * NUEFT_ERR_NULL_POINTER, NUEFT_ERR_INVALID_COUNT (capacity < 0), NUEFT_ERR_INVALID_ARGUMENT,
 * NUEFT_ERR_LENGTH_MISMATCH. */
nueft_status nueft_dim7_global_view(int32_t input_set, int32_t convention, int32_t per_row,
                                    ptrdiff_t capacity, ptrdiff_t *count, int32_t *operators,
                                    int32_t *probes, double *current, double *future, char *labels);

/* A batch plan built once and evaluated many times (a fitter's inner loop): the one-shot
 * nueft_dim7_probes_batch / nueft_dim7_left_batch rebuild it (~1 ms) on every call.
 *  create   k components and l LEFT components (l may be 0, left_components then may be NULL),
 *           arrays as in nueft_dim7_probes_batch / _left_batch; complex_coefficients 0 (points
 *           carry real parts only) or 1 (real and imaginary parts). *plan receives the handle
 *           (NULL on failure). Returns NUEFT_OK, NUEFT_ERR_NULL_POINTER, NUEFT_ERR_INVALID_ARGUMENT.
 *  destroy  releases it; NULL is a no-op (NUEFT_OK); a handle that is not live (never created,
 *           already destroyed) gives NUEFT_ERR_INVALID_ARGUMENT and is not touched.
 *  size     k, l and complex_coefficients of a plan (each output may be NULL).
 *  evaluate n points: coefficients k*n doubles (real parts, component-major as in
 *           nueft_dim7_probes_batch), coefficients_im k*n imaginary parts (required by a complex
 *           plan, must be NULL for a real one), strengths and seen as in nueft_dim7_probes_batch,
 *           left / left_im l*n real / imaginary parts of the LEFT outputs (each may be NULL; must
 *           be NULL when l = 0), info as usual. A stale or unknown handle gives
 *           NUEFT_ERR_INVALID_ARGUMENT. Thread safety: one plan may be evaluated from several
 *           threads at once; destroy must not race with evaluate on the same plan. */
typedef struct nueft_dim7_plan nueft_dim7_plan;
nueft_status nueft_dim7_plan_create(ptrdiff_t k, ptrdiff_t l, int32_t input_set, int32_t convention,
                                    int32_t scenario, int32_t complex_coefficients,
                                    const int32_t *components, const int32_t *left_components,
                                    nueft_dim7_plan **plan);
nueft_status nueft_dim7_plan_destroy(nueft_dim7_plan *plan);
nueft_status nueft_dim7_plan_size(const nueft_dim7_plan *plan, ptrdiff_t *k, ptrdiff_t *l,
                                  int32_t *complex_coefficients);
nueft_status nueft_dim7_plan_evaluate(const nueft_dim7_plan *plan, ptrdiff_t n, const double *coefficients,
                                      const double *coefficients_im, double *strengths, int32_t *seen,
                                      double *left, double *left_im, int32_t *info);

/* ---- end of the dimension-7 section ---------------------------------------------------- */

/* ======================================================================================= */
/* ---- nuSMEFT and lepton g-2 (000_b99ff7acfa28d225.txt) -------------------------------- */
/* ======================================================================================= */
/*
 * The right-handed current O_Hnue with n = 1..4 sterile states (Swift: NuSMEFT*, Python:
 * nueft.nusmeft). A point in physical inputs is a record of nueft_nusmeft_field_count(n)
 * doubles, in this order (0-based flavours e, mu, tau; heavy states j = 0..n-1):
 *   Lambda (GeV); m_j (n, GeV); U_aj (3 x n complex, a-major, re/im interleaved);
 *   U_Sj (n x n complex, S-major); (C_Hnue)_Sa (n x 3 complex, GeV^-2, at Lambda);
 *   m_bb (complex, GeV; eq. (4.26), 0 if unknown).
 * [Cbar]_ja = sum_S U_Sj C_Sa (eq. (3.10)). A Lagrangian record has
 * nueft_nusmeft_lagrangian_field_count(n) doubles: Lambda; M_L (3 x 3 complex); M_D (3 x n);
 * M_R (n x n); C_Hnue (n x 3), all complex row-major (eq. (2.4)); it is factorized (eq. (2.5))
 * before the observables. Batches are FIELD-MAJOR: field f of point i at f*count + i; outputs
 * are OBSERVABLE-MAJOR: observable o of point i at o*count + i (structure of arrays).
 * Results are bitwise identical for any thread count. Thread-safe, no global state.
 */
enum nueft_nusmeft_input_set { NUEFT_NUSMEFT_INPUTS_PAPER = 0, NUEFT_NUSMEFT_INPUTS_CURRENT = 1 };
enum nueft_nusmeft_electron_reference {
    NUEFT_NUSMEFT_ALPHA_RB = 0, NUEFT_NUSMEFT_ALPHA_CS = 1, NUEFT_NUSMEFT_ALPHA_NONE = 2
};
/* The CKM-unitarity term of the chi^2 (sec. 4.4, eqs. (4.17)-(4.23)): off, or with
 * V_ud^{0+->0+} of PDG or Towner-Hardy (eq. (4.21)). */
enum nueft_nusmeft_ckm_term {
    NUEFT_NUSMEFT_CKM_OFF = 0, NUEFT_NUSMEFT_CKM_PDG = 1, NUEFT_NUSMEFT_CKM_TH = 2
};
enum nueft_nusmeft_observable {
    NUEFT_NUSMEFT_DELTA_A_E = 0, NUEFT_NUSMEFT_DELTA_A_MU = 1, NUEFT_NUSMEFT_DELTA_A_TAU = 2, /* eq. (3.11) */
    NUEFT_NUSMEFT_EDM_E = 3, NUEFT_NUSMEFT_EDM_MU = 4, NUEFT_NUSMEFT_EDM_TAU = 5,           /* e cm */
    NUEFT_NUSMEFT_BR_MU_E_GAMMA = 6, NUEFT_NUSMEFT_BR_TAU_MU_GAMMA = 7, NUEFT_NUSMEFT_BR_TAU_E_GAMMA = 8,
    NUEFT_NUSMEFT_YUKAWA_RATIO_E = 9, NUEFT_NUSMEFT_YUKAWA_RATIO_MU = 10,                 /* |y_eff/y_SM| */
    NUEFT_NUSMEFT_YUKAWA_RATIO_TAU = 11,
    NUEFT_NUSMEFT_NEUTRINO_MAGNETIC_MOMENT_BOUND = 12,                                    /* mu_B, eq. (4.13) */
    NUEFT_NUSMEFT_FERMI_CONSTANT_RATIO = 13, NUEFT_NUSMEFT_VUD_RATIO = 14,               /* eqs. (4.17)-(4.20) */
    NUEFT_NUSMEFT_VUS_KE3_RATIO = 15, NUEFT_NUSMEFT_VUS_KMU3_RATIO = 16,
    NUEFT_NUSMEFT_C1L_RE = 17, NUEFT_NUSMEFT_C1L_IM = 18, NUEFT_NUSMEFT_C1R_RE = 19,      /* eq. (4.25) */
    NUEFT_NUSMEFT_C1R_IM = 20,
    NUEFT_NUSMEFT_INVERSE_HALF_LIFE = 21, NUEFT_NUSMEFT_INVERSE_HALF_LIFE_C1R = 22,      /* yr^-1, 136Xe */
    NUEFT_NUSMEFT_LHC_RATIO_E = 23, NUEFT_NUSMEFT_LHC_RATIO_MU = 24,                     /* eq. (4.45) / CMS */
    NUEFT_NUSMEFT_PERTURBATIVITY_RATIO = 25,                                              /* eq. (4.30) */
    NUEFT_NUSMEFT_CHI_SQUARED = 26,
    NUEFT_NUSMEFT_NUM_OBSERVABLES = 27
};
#define NUEFT_NUSMEFT_MAX_STERILE 4

/* Doubles per physical record: 3 + 13 n + 2 n^2; -1 for n outside 1..4. */
ptrdiff_t nueft_nusmeft_field_count(int32_t n);

/* Doubles per Lagrangian record: 19 + 12 n + 2 n^2; -1 for n outside 1..4. */
ptrdiff_t nueft_nusmeft_lagrangian_field_count(int32_t n);

/* Every observable of `count` points with n sterile states from physical inputs.
 *  input_set           NUEFT_NUSMEFT_INPUTS_*, used when inputs_json is NULL
 *  inputs_json         NULL, or a NUL-terminated JSON input set ({"base": "paper", "values": {...}})
 *  electron_reference  which Delta a_e the chi^2 uses (NUEFT_NUSMEFT_ALPHA_*)
 *  points              nueft_nusmeft_field_count(n) * count doubles, field-major
 *  observables         NUEFT_NUSMEFT_NUM_OBSERVABLES * count doubles, observable-major
 * A point with a NaN / +-Inf input, Lambda or m_j <= 0, or (m_j/m_W)^2 outside 1e-20..1e20 gets
 * NaN outputs and NUEFT_POINT_NAN_INPUT / _INFINITE_INPUT / _NONPOSITIVE_INPUT /
 * _OUT_OF_DOMAIN in info. Returns NUEFT_OK, NUEFT_ERR_SOME_POINTS_FAILED,
 * NUEFT_ERR_NULL_POINTER, NUEFT_ERR_INVALID_COUNT (count < 0 or an overflowing size),
 * NUEFT_ERR_UNSUPPORTED_DIMENSION (n outside 1..4), NUEFT_ERR_INVALID_ARGUMENT (bad set,
 * reference or JSON). count == 0 succeeds without touching the arrays. */
nueft_status nueft_nusmeft_observables_batch(ptrdiff_t count, int32_t n, int32_t input_set,
                                             const char *inputs_json, int32_t electron_reference,
                                             const double *points, double *observables,
                                             int32_t *info);

/* The same from Lagrangian records (Takagi factorization of M_nu first). A matrix that fails
 * gets NaN outputs and its Takagi code (NUEFT_POINT_NOT_SYMMETRIC, _NAN_INPUT, ...). */
nueft_status nueft_nusmeft_lagrangian_batch(ptrdiff_t count, int32_t n, int32_t input_set,
                                            const char *inputs_json, int32_t electron_reference,
                                            const double *records, double *observables,
                                            int32_t *info);

/* As nueft_nusmeft_observables_batch, with the CKM-unitarity term in the chi^2:
 *  ckm_term  NUEFT_NUSMEFT_CKM_* (OFF gives nueft_nusmeft_observables_batch's chi^2 exactly).
 * The term is chi^2_CKM(u_e, u_mu) - chi^2_CKM(0, 0), u_a = sum_j |U_aj|^2, profiled over |V_us|
 * (see nueft_nusmeft_ckm_chi2_batch). An unknown ckm_term returns NUEFT_ERR_INVALID_ARGUMENT. */
nueft_status nueft_nusmeft_observables_batch_v2(ptrdiff_t count, int32_t n, int32_t input_set,
                                                const char *inputs_json, int32_t electron_reference,
                                                int32_t ckm_term, const double *points,
                                                double *observables, int32_t *info);

/* As nueft_nusmeft_lagrangian_batch, with the CKM-unitarity term (ckm_term as above). */
nueft_status nueft_nusmeft_lagrangian_batch_v2(ptrdiff_t count, int32_t n, int32_t input_set,
                                               const char *inputs_json, int32_t electron_reference,
                                               int32_t ckm_term, const double *records,
                                               double *observables, int32_t *info);

/* The _v2 batches writing only the selected observables: observables holds num_selected *
 * count doubles, row r = observable selected[r] (entries of enum nueft_nusmeft_observable, no
 * repeats). The values are those of the full batch; a short selection saves the memory
 * traffic of the rows not written (a fit that needs only NUEFT_NUSMEFT_CHI_SQUARED writes 1
 * of 27). Returns as the _v2 batches, plus NUEFT_ERR_NULL_POINTER (selected NULL) and
 * NUEFT_ERR_INVALID_ARGUMENT (num_selected outside 1..NUEFT_NUSMEFT_NUM_OBSERVABLES, an
 * unknown or repeated entry). */
nueft_status nueft_nusmeft_observables_select_batch(ptrdiff_t count, int32_t n, int32_t input_set,
                                                    const char *inputs_json, int32_t electron_reference,
                                                    int32_t ckm_term, int32_t num_selected,
                                                    const int32_t *selected, const double *points,
                                                    double *observables, int32_t *info);
nueft_status nueft_nusmeft_lagrangian_select_batch(ptrdiff_t count, int32_t n, int32_t input_set,
                                                   const char *inputs_json, int32_t electron_reference,
                                                   int32_t ckm_term, int32_t num_selected,
                                                   const int32_t *selected, const double *records,
                                                   double *observables, int32_t *info);

/* The CKM-unitarity chi^2 term of sec. 4.4: delta_chi2[i] = min_lambda chi^2(u_e, u_mu, lambda)
 * - min_lambda chi^2(0, 0, lambda), with u_e = electron_mixing[i] = sum_j |U_ej|^2 and
 * u_mu = muon_mixing[i] = sum_j |U_muj|^2 (eqs. (4.17)-(4.20), general n by the replacement
 * below eq. (4.23)), lambda = |V_us|, V_ud = sqrt(1 - lambda^2). Data: V_ud^{0+->0+} of
 * vud_source (0 PDG, 1 Towner-Hardy), K_e3 and K_mu3 |V_us f+(0)|, f+(0), K_mu2/pi_mu2 and
 * f_K/f_pi of the input set (inputs_json if not NULL, else input_set). The profile is exact to
 * rounding (six Newton steps); the value at u = bound^2 of nueft_nusmeft_ckm_bound is the
 * set's ckmDeltaChiSquared (2.71). Dimensionless, >= 0 for physical mixing. A pair with NaN,
 * +-Inf or a mixing outside [0, 1] gets NaN and NUEFT_POINT_NAN_INPUT / _INFINITE_INPUT /
 * _OUT_OF_DOMAIN. Outputs may alias an input. Thread-safe. Returns NUEFT_OK,
 * NUEFT_ERR_SOME_POINTS_FAILED, NUEFT_ERR_NULL_POINTER, NUEFT_ERR_INVALID_COUNT,
 * NUEFT_ERR_INVALID_ARGUMENT (bad set, JSON or vud_source). */
nueft_status nueft_nusmeft_ckm_chi2_batch(ptrdiff_t count, int32_t input_set, const char *inputs_json,
                                          int32_t vud_source, const double *electron_mixing,
                                          const double *muon_mixing, double *delta_chi2,
                                          int32_t *info);

/* The 95% CL CKM-unitarity bound on |U_l4| of eqs. (4.22)-(4.23): flavour 0 (e) or 1 (mu),
 * vud_source 0 (PDG) or 1 (Towner-Hardy): the u >= 0 where the term of
 * nueft_nusmeft_ckm_chi2_batch reaches 2.71. The paper set (f+(0) error independent per K_l3
 * channel) gives 0.0094 / 0.0179 (mu) and 0.0604 / 0.0701 (e), printed 0.01 / 0.02 / 0.06 /
 * 0.07; the current set uses one common f+(0). Returns NUEFT_OK, NUEFT_ERR_NULL_POINTER,
 * NUEFT_ERR_INVALID_ARGUMENT. */
nueft_status nueft_nusmeft_ckm_bound(int32_t input_set, int32_t flavour, int32_t vud_source,
                                     double *bound);

/* ---- the preferred-parameter-space scan of Figs. 5-6 (sec. 5) ---- */

/* Classification bits of a scan point (Swift: NuSMEFTRegion). */
enum nueft_nusmeft_region {
    NUEFT_NUSMEFT_REGION_PREFERRED_1SIGMA = 1 << 0,    /* Delta a_mu (Fig. 5) / Delta a_e^Rb (Fig. 6) */
    NUEFT_NUSMEFT_REGION_PREFERRED_2SIGMA = 1 << 1,
    NUEFT_NUSMEFT_REGION_PREFERRED_CS_1SIGMA = 1 << 2, /* Delta a_e^Cs with [Cbar]_4e = +1/Lambda^2 */
    NUEFT_NUSMEFT_REGION_PREFERRED_CS_2SIGMA = 1 << 3,
    NUEFT_NUSMEFT_REGION_EXCLUDED_LHC = 1 << 4,        /* CMS, Tables 3-4, eq. (4.45) */
    NUEFT_NUSMEFT_REGION_EXCLUDED_HIGGS = 1 << 5,      /* h -> mumu at higgs_sigmas (4.10), h -> ee (4.11) */
    NUEFT_NUSMEFT_REGION_EXCLUDED_DOUBLE_BETA = 1 << 6, /* C_1R term of (4.29), KamLAND-Zen */
    NUEFT_NUSMEFT_REGION_REACH_LHC = 1 << 7,           /* HL-LHC */
    NUEFT_NUSMEFT_REGION_REACH_HIGGS = 1 << 8,         /* HL-LHC h -> ll */
    NUEFT_NUSMEFT_REGION_REACH_DOUBLE_BETA = 1 << 9,   /* nEXO */
    NUEFT_NUSMEFT_REGION_INVALID = 1 << 10,            /* m4 > Lambda: outside the EFT */
    NUEFT_NUSMEFT_REGION_NON_PERTURBATIVE = 1 << 11    /* eq. (4.30) violated */
};

/* Progress of a long call: (points done, total, context), on the calling thread. */
typedef void (*nueft_progress_fn)(ptrdiff_t done, ptrdiff_t total, void *context);

/* The panel `index` of Figs. 5-6 (0: Fig. 5 left |U_mu4| = 0.01, 1: Fig. 5 right 0.02,
 * 2: Fig. 6 left |U_e4| = 0.01, 3: Fig. 6 right 0.02): flavour (0 e, 1 mu), mixing and the
 * axes' ranges in GeV. Returns NUEFT_OK, NUEFT_ERR_NULL_POINTER, NUEFT_ERR_INVALID_ARGUMENT. */
nueft_status nueft_nusmeft_figure_panel(int32_t index, int32_t *flavour, double *mixing,
                                        double *mass_min, double *mass_max,
                                        double *scale_min, double *scale_max);

/* One m4-Lambda panel with n = 1 (sec. 5): |U_l4| = mixing for flavour 0 (e) or 1 (mu),
 * [Cbar]_4l = -1/Lambda^2 (the sign of a positive Delta a; Fig. 6 also +1/Lambda^2 for the Cs
 * band), linear axes mass_min..mass_max (mass_points) and scale_min..scale_max (scale_points)
 * in GeV. Each output holds mass_points * scale_points values, point (i_m, i_Lambda) at
 * i_m * scale_points + i_Lambda (a C-order [mass_points][scale_points] array). The double
 * outputs may be NULL (not computed into): delta_a (Delta a_l, eq. (3.11)), yukawa_ratio
 * (|y_l^eff/y_l^SM|), inverse_half_life (C_1R term of (4.29), yr^-1), lhc_ratio ((4.45) over
 * the CMS limit); regions (NUEFT_NUSMEFT_REGION_* bits) is required. higgs_sigmas is the CL of
 * the h -> mumu exclusion in standard deviations (the paper's 700 GeV edge: 1). progress may
 * be NULL. Returns NUEFT_OK, NUEFT_ERR_NULL_POINTER, NUEFT_ERR_INVALID_COUNT (an axis with < 1
 * point, or an overflowing size), NUEFT_ERR_INVALID_ARGUMENT (flavour, a range that is not
 * finite and > 0, mixing not finite, higgs_sigmas not > 0, bad input set or JSON). */
nueft_status nueft_nusmeft_scan(int32_t flavour, double mixing,
                                double mass_min, double mass_max, ptrdiff_t mass_points,
                                double scale_min, double scale_max, ptrdiff_t scale_points,
                                int32_t input_set, const char *inputs_json, double higgs_sigmas,
                                double *delta_a, double *yukawa_ratio, double *inverse_half_life,
                                double *lhc_ratio, uint16_t *regions,
                                nueft_progress_fn progress, void *context);

/* The allowed window of a scanned panel (Swift: NuSMEFTScanResult.allowedWindow): the extent
 * of the points preferred at `sigma` (1 or 2; the Cs band if cesium != 0) that no current
 * constraint excludes (LHC, h -> ll, 0vbb) and where m4 < Lambda, over the same axes as the
 * scan. window receives m4_min, m4_max, Lambda_min, Lambda_max, (m4/Lambda)_min,
 * (m4/Lambda)_max; *found is 0 (window untouched) if no point qualifies. Returns NUEFT_OK,
 * NUEFT_ERR_NULL_POINTER, NUEFT_ERR_INVALID_COUNT, NUEFT_ERR_INVALID_ARGUMENT. */
nueft_status nueft_nusmeft_allowed_window(const uint16_t *regions,
                                          double mass_min, double mass_max, ptrdiff_t mass_points,
                                          double scale_min, double scale_max, ptrdiff_t scale_points,
                                          int32_t sigma, int32_t cesium, double *window,
                                          int32_t *found);

/* ---- nuSMEFT: dimension-six estimates of sec. 3.1, same-sign WW (eq. (4.46)) ------------ */

/* The columns of Table 2 (O_unu and O_dnu share one, as do O_nuB and O_nuW). */
enum nueft_nusmeft_table2_operator {
    NUEFT_NUSMEFT_OP_LNUH = 0, NUEFT_NUSMEFT_OP_HNU = 1, NUEFT_NUSMEFT_OP_HNUE = 2,
    NUEFT_NUSMEFT_OP_NUNU = 3, NUEFT_NUSMEFT_OP_UNU_DNU = 4, NUEFT_NUSMEFT_OP_ENU = 5,
    NUEFT_NUSMEFT_OP_DUNUE = 6, NUEFT_NUSMEFT_OP_NUB_NUW = 7, NUEFT_NUSMEFT_OP_QNU = 8,
    NUEFT_NUSMEFT_OP_LNU = 9, NUEFT_NUSMEFT_OP_LNULE = 10, NUEFT_NUSMEFT_OP_LNUQD = 11,
    NUEFT_NUSMEFT_OP_LDQNU = 12, NUEFT_NUSMEFT_OP_QUNUL = 13,
    NUEFT_NUSMEFT_NUM_TABLE2_OPERATORS = 14
};
/* EQ34: Delta a_l = (4 m_l/v) b_i C_i as printed (eq. (3.4)); PRINTED: times 1/sqrt(2), the
 * normalisation that reproduces every printed entry of Table 2 (reconstructed). */
enum nueft_nusmeft_table2_normalization { NUEFT_NUSMEFT_TABLE2_EQ34 = 0, NUEFT_NUSMEFT_TABLE2_PRINTED = 1 };

/* Table 2 of 000_b99ff7acfa28d225.txt: ratio[i] = Delta a_l / (C_i Delta a_l^expt), C_i = v^2 C_i,
 * at the neutrino Yukawa neutrino_yukawa[i] (>= 0): a polynomial in Y_nu from the power counting
 * b_i with L = 1/(4 pi)^2, Y_{e,d,u} = sqrt(2) m_{l,b,t}/v (sec. 3.1). lepton 0 (e, against
 * |Delta a_e^Cs|) or 1 (mu, against Delta a_mu). NaN, +-Inf or a negative Y_nu gives NaN and
 * NUEFT_POINT_NAN_INPUT / _INFINITE_INPUT / _OUT_OF_DOMAIN. Returns NUEFT_OK,
 * NUEFT_ERR_SOME_POINTS_FAILED, NUEFT_ERR_NULL_POINTER, NUEFT_ERR_INVALID_COUNT,
 * NUEFT_ERR_INVALID_ARGUMENT (operator, lepton, normalization, set or JSON). */
nueft_status nueft_nusmeft_table2_ratio_batch(ptrdiff_t count, int32_t op, int32_t lepton, int32_t normalization,
                                              int32_t input_set, const char *inputs_json,
                                              const double *neutrino_yukawa, double *ratio, int32_t *info);

/* The light-neutrino magnetic moments of O_nuB, O_nuW: [mu_nu]_ij = -2 sqrt(2) v U*_ai
 * [c_w C_nuB + s_w C_nuW]_aS U*_Sj in units of mu_B (eq. (4.12), first form, with the factor v
 * the printed equation lacks; ERRATA.md). n = 1..4 sterile flavours; dipole_b, dipole_w: [C]_aS,
 * 3 x n complex (a-major, GeV^-2); light_mixing: U_ai, 3 x 3 complex (a-major); sterile_mixing:
 * U_Sj, n x 3 complex (S-major); moment: 3 x 3 complex (i-major). Complex = (re, im) pairs.
 * Returns NUEFT_OK, NUEFT_ERR_NULL_POINTER, NUEFT_ERR_UNSUPPORTED_DIMENSION,
 * NUEFT_ERR_INVALID_ARGUMENT. */
nueft_status nueft_nusmeft_neutrino_magnetic_moment(int32_t n, int32_t input_set, const char *inputs_json,
                                                    const double *dipole_b, const double *dipole_w,
                                                    const double *light_mixing, const double *sterile_mixing,
                                                    double *moment);

/* The largest v^2 |U*_li [C_nuB]_lS U*_Sj| (weak = 0) or with C_nuW (weak = 1) allowed by the
 * set's mu_nu limit through the formula above (sec. 3.1: "<~ 1e-6"; Borexino: 8.2e-7, 1.5e-6).
 * Returns NUEFT_OK, NUEFT_ERR_NULL_POINTER, NUEFT_ERR_INVALID_ARGUMENT. */
nueft_status nueft_nusmeft_dipole_bound(int32_t input_set, const char *inputs_json, int32_t weak, double *bound);

/* Eq. (3.6): d C_eB / d ln mu and d C_eW / d ln mu (complex, GeV^-2) for
 * x = sum_{S,t} [C_LnuLe]_lStl [Y_nu*]_tS (complex, GeV^-2): (g1 y_l x / 2, -g x / 4)/(16 pi^2),
 * y_l = -1/2. Returns NUEFT_OK, NUEFT_ERR_NULL_POINTER, NUEFT_ERR_INVALID_ARGUMENT. */
nueft_status nueft_nusmeft_lnule_dipole_beta(int32_t input_set, const char *inputs_json, const double *x,
                                             double *beta_eb, double *beta_ew);

/* Eq. (3.7): K_l in Delta a_l / Delta a_l^expt = K_l v^2 Re(x) ln^2(m_4/Lambda), from (3.6) and
 * the O_eB/O_eW gauge mixing (two-step leading log); lepton 0 (e, against Delta a_e^Cs) or 1 (mu).
 * Re-derived: -0.85 (mu), +11.7 (e); printed 0.2, -2.8 (NuSMEFT.md). Returns NUEFT_OK,
 * NUEFT_ERR_NULL_POINTER, NUEFT_ERR_INVALID_ARGUMENT. */
nueft_status nueft_nusmeft_lnule_leading_log(int32_t input_set, const char *inputs_json, int32_t lepton,
                                             double *coefficient);

/* Eq. (4.46): ratio[i] = sigma^{d=6}(dd' -> l_R l_R uu') / sigma^{d=4}(dd' -> l_L l_L uu')
 * = (|C_Hnue| / (2 |U_l4|))^4 with C_Hnue = coefficient[i] = v^2 [Cbar]_4l and U_l4 = mixing[i].
 * The interference term linear in U_l4 and C_Hnue (text below (4.46)) is not included. NaN,
 * +-Inf or U_l4 = 0 gives NaN and NUEFT_POINT_NAN_INPUT / _INFINITE_INPUT / _NONPOSITIVE_INPUT.
 * Returns NUEFT_OK, NUEFT_ERR_SOME_POINTS_FAILED, NUEFT_ERR_NULL_POINTER, NUEFT_ERR_INVALID_COUNT. */
nueft_status nueft_nusmeft_same_sign_ww_ratio_batch(ptrdiff_t count, const double *coefficient, const double *mixing,
                                                    double *ratio, int32_t *info);

/* ---- end of the nuSMEFT section --------------------------------------------------------- */

#ifdef __cplusplus
}
#endif

#endif /* NUEFT_H */
