/* A C11 client of nueft.h: calls every function of the header and checks the ABI's promises
 * (status codes, NULL and count handling, NaN for bad points, aliasing, threads).
 * Built with -std=c11 -Wall -Wextra -Werror -pedantic by `make test-c`. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "nueft.h"

static int failures = 0;

#define CHECK(cond)                                                                    \
    do {                                                                               \
        if (!(cond)) {                                                                 \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);   \
            failures++;                                                                \
        }                                                                              \
    } while (0)

static int close_to(double a, double b, double rel) { return fabs(a - b) <= rel * fabs(b); }

static void test_library(void) {
    CHECK(nueft_abi_version() == 2);
    CHECK(nueft_version_string() != NULL && strlen(nueft_version_string()) > 0);
    const nueft_status codes[] = {NUEFT_OK, NUEFT_ERR_NULL_POINTER, NUEFT_ERR_INVALID_COUNT,
                                  NUEFT_ERR_INVALID_ARGUMENT, NUEFT_ERR_SOME_POINTS_FAILED,
                                  NUEFT_ERR_LENGTH_MISMATCH, NUEFT_POINT_NAN_INPUT,
                                  NUEFT_POINT_INFINITE_INPUT, NUEFT_POINT_NONPOSITIVE_INPUT,
                                  NUEFT_POINT_OUT_OF_DOMAIN, NUEFT_ERR_UNSUPPORTED_DIMENSION,
                                  NUEFT_POINT_NOT_SYMMETRIC, NUEFT_POINT_LAPACK_FAILURE};
    const char *names[] = {"NUEFT_OK:", "NUEFT_ERR_NULL_POINTER:", "NUEFT_ERR_INVALID_COUNT:",
                           "NUEFT_ERR_INVALID_ARGUMENT:", "NUEFT_ERR_SOME_POINTS_FAILED:",
                           "NUEFT_ERR_LENGTH_MISMATCH:", "NUEFT_POINT_NAN_INPUT:",
                           "NUEFT_POINT_INFINITE_INPUT:", "NUEFT_POINT_NONPOSITIVE_INPUT:",
                           "NUEFT_POINT_OUT_OF_DOMAIN:", "NUEFT_ERR_UNSUPPORTED_DIMENSION:",
                           "NUEFT_POINT_NOT_SYMMETRIC:", "NUEFT_POINT_LAPACK_FAILURE:"};
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        const char *s = nueft_status_string(codes[i]);
        CHECK(s != NULL && strncmp(s, names[i], strlen(names[i])) == 0);
    }
    CHECK(strncmp(nueft_status_string(12345), "NUEFT_UNKNOWN_STATUS", 20) == 0);

    CHECK(nueft_set_num_threads(1) == NUEFT_OK);
    CHECK(nueft_get_num_threads() == 1);
    CHECK(nueft_set_num_threads(-1) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_set_num_threads(100000) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_get_num_threads() == 1);
    CHECK(nueft_set_num_threads(0) == NUEFT_OK);
    CHECK(nueft_get_num_threads() >= 1);
}

static void test_w(void) {
    double x[6] = {1.0, 1e-300, 1e300, 0.5, 2.0, 1.0 + 1e-9};
    double w[6];
    int32_t info[6];
    CHECK(nueft_w_batch(6, x, w, info) == NUEFT_OK);
    CHECK(w[0] == 1.5);
    CHECK(close_to(w[1], 2.0, 1e-15));
    CHECK(close_to(w[2], 0.5, 1e-15));
    CHECK(close_to(w[5], 1.5 - 0.25e-9, 1e-15));
    for (int i = 0; i < 6; i++) CHECK(info[i] == NUEFT_OK);

    /* Bad points: NaN outputs, per-point codes, the batch goes on. */
    double bad[5] = {NAN, INFINITY, -1.0, 0.0, 3.0};
    double out[5];
    int32_t codes[5];
    CHECK(nueft_w_batch(5, bad, out, codes) == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(isnan(out[0]) && isnan(out[1]) && isnan(out[2]) && isnan(out[3]) && !isnan(out[4]));
    CHECK(codes[0] == NUEFT_POINT_NAN_INPUT && codes[1] == NUEFT_POINT_INFINITE_INPUT);
    CHECK(codes[2] == NUEFT_POINT_NONPOSITIVE_INPUT && codes[3] == NUEFT_POINT_NONPOSITIVE_INPUT);
    CHECK(codes[4] == NUEFT_OK);
    CHECK(nueft_w_batch(5, bad, out, NULL) == NUEFT_ERR_SOME_POINTS_FAILED);

    /* Call-level errors write nothing. */
    double sentinel = 42.0;
    CHECK(nueft_w_batch(1, NULL, &sentinel, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_w_batch(1, x, NULL, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_w_batch(-1, x, &sentinel, NULL) == NUEFT_ERR_INVALID_COUNT);
    CHECK(nueft_w_batch(0, NULL, NULL, NULL) == NUEFT_OK);
    CHECK(sentinel == 42.0);

    /* In place. */
    double y[3] = {1.0, 4.0, 0.25};
    double expected[3];
    CHECK(nueft_w_batch(3, y, expected, NULL) == NUEFT_OK);
    CHECK(nueft_w_batch(3, y, y, NULL) == NUEFT_OK);
    CHECK(memcmp(y, expected, sizeof y) == 0);
}

static void test_loop_integrals(void) {
    const double xh = 2.4282415385705916; /* (m_h/m_W)^2 of ../shared/reference */
    double h[4] = {xh, xh, xh, 0.5};
    double j[4] = {1.0, 0.01, 100.0, 1.0};
    double re1[4], im1[4], re2[4], im2[4];
    int32_t info[4];
    CHECK(nueft_f1_batch(4, h, j, re1, im1, info) == NUEFT_OK);
    CHECK(nueft_f2_batch(4, h, j, re2, im2, NULL) == NUEFT_OK);
    /* At x_j = 1 the two integrands coincide: exactly in the closed form (x_h = 0.5), to the
     * accuracy of the precomputed tables at the physical x_h. */
    CHECK(fabs(re1[0] - re2[0]) <= 2e-14 * fabs(re1[0]) && im1[0] == 0.0 && im2[0] == 0.0);
    CHECK(re1[3] == re2[3]);
    /* Below x_h/4 f1 has an imaginary part, above not; f2 is real for x_h < 4. */
    CHECK(im1[1] > 0.0 && im1[2] == 0.0 && im2[1] == 0.0);

    /* The imaginary output is optional. */
    double re_only[4];
    CHECK(nueft_f1_batch(4, h, j, re_only, NULL, NULL) == NUEFT_OK);
    CHECK(memcmp(re_only, re1, sizeof re_only) == 0);

    double bad_h[2] = {-1.0, xh}, bad_j[2] = {1.0, NAN};
    double r[2], i[2];
    int32_t codes[2];
    CHECK(nueft_f2_batch(2, bad_h, bad_j, r, i, codes) == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(isnan(r[0]) && isnan(i[0]) && isnan(r[1]) && isnan(i[1]));
    CHECK(codes[0] == NUEFT_POINT_NONPOSITIVE_INPUT && codes[1] == NUEFT_POINT_NAN_INPUT);
    CHECK(nueft_f1_batch(2, h, NULL, r, i, NULL) == NUEFT_ERR_NULL_POINTER);
    /* Outside the verified domain 1e-20 <= x <= 1e20: NaN and a named code, not a guess. */
    double far_h[2] = {1e30, xh}, far_j[2] = {1.0, 1e-25};
    CHECK(nueft_yukawa_bracket_batch(2, far_h, far_j, r, i, codes) == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(isnan(r[0]) && isnan(r[1]) && codes[0] == NUEFT_POINT_OUT_OF_DOMAIN && codes[1] == NUEFT_POINT_OUT_OF_DOMAIN);
    CHECK(nueft_f2_batch(2, h, j, NULL, i, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_f1_batch(-5, h, j, r, i, NULL) == NUEFT_ERR_INVALID_COUNT);
}

static void test_brackets(void) {
    const double xh = 2.4282415385705916;
    double xj[3] = {1.0, 0.01, 100.0};
    double t[3];
    CHECK(nueft_threshold_bracket_batch(3, xj, t, NULL) == NUEFT_OK);
    CHECK(t[0] == 3.0);
    /* T = x - 1 - (x - 4) x ln(x)/(x - 1), checked directly away from x = 1. */
    CHECK(close_to(t[2], 99.0 - 96.0 * 100.0 * log(100.0) / 99.0, 1e-14));

    double h[3] = {xh, xh, xh}, re[3], im[3];
    CHECK(nueft_yukawa_bracket_batch(3, h, xj, re, im, NULL) == NUEFT_OK);
    /* B is assembled from f1, f2 and the beta terms; check it against its own pieces. */
    double f1r[3], f1i[3], f2r[3], f2i[3];
    CHECK(nueft_f1_batch(3, h, xj, f1r, f1i, NULL) == NUEFT_OK);
    CHECK(nueft_f2_batch(3, h, xj, f2r, f2i, NULL) == NUEFT_OK);
    for (int k = 0; k < 3; k++) {
        const double x = xj[k];
        const double c1 = 2 * xh + x * (x - 7), c2 = -(4 + (2 - xh) * x);
        const double bw2 = (xh - 4) / xh, s = sqrt(-bw2);
        const double beta_w = (xh - 2) * (-s * atan2(2 * s, s * s - 1));
        const double tlog = (x == 1.0) ? 6.0 : -3 * x * (x - 3) / (x - 1) * log(x);
        const double bj2 = (xh - 4 * x) / xh;
        double beta_j;
        if (bj2 > 0) {
            const double b = sqrt(bj2);
            beta_j = x * b * log((1 - b) / (1 + b));
        } else {
            const double sj = sqrt(-bj2);
            beta_j = x * (-sj * atan2(2 * sj, sj * sj - 1));
        }
        const double expected = tlog + beta_j + beta_w + c1 * f1r[k] + c2 * f2r[k] + (-5 + 2 * xh + 4 * x);
        CHECK(fabs(re[k] - expected) <= 1e-12 * (fabs(expected) + fabs(c1 * f1r[k]) + fabs(tlog)));
    }
    CHECK(im[0] == 0.0 && im[1] != 0.0);
    CHECK(nueft_yukawa_bracket_batch(3, h, xj, NULL, im, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_threshold_bracket_batch(3, NULL, t, NULL) == NUEFT_ERR_NULL_POINTER);
}

static void test_threads_bitwise(void) {
    enum { N = 200000 };
    static double xh[N], xj[N], a[N], b[N];
    for (int i = 0; i < N; i++) {
        xh[i] = 0.5 + 0.00005 * i;
        xj[i] = exp(-9.0 + 18.0 * i / N);
    }
    CHECK(nueft_set_num_threads(1) == NUEFT_OK);
    CHECK(nueft_yukawa_bracket_batch(N, xh, xj, a, NULL, NULL) == NUEFT_OK);
    CHECK(nueft_set_num_threads(3) == NUEFT_OK);
    CHECK(nueft_yukawa_bracket_batch(N, xh, xj, b, NULL, NULL) == NUEFT_OK);
    CHECK(memcmp(a, b, sizeof a) == 0);
    CHECK(nueft_set_num_threads(0) == NUEFT_OK);
}

static void test_takagi(void) {
    /* diag(-2, 3i) has Takagi values 2, 3; a second matrix is not symmetric. */
    double m[16] = {-2, 0, 0, 0, 0, 0, 0, 3, /* matrix 1 */
                    1, 0, 2, 0, 2.5, 0, 1, 0 /* matrix 2: M01 != M10 */};
    double masses[4], u[16], errors[4];
    int32_t info[2];
    CHECK(nueft_takagi_batch(2, 2, m, NUEFT_TAKAGI_RELATIVE, NUEFT_TAKAGI_AUTOMATIC, masses, u, errors, info) == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(info[0] == NUEFT_OK && info[1] == NUEFT_POINT_NOT_SYMMETRIC);
    CHECK(fabs(masses[0] - 2) <= 1e-15 && fabs(masses[1] - 3) <= 1e-15);
    CHECK(isnan(masses[2]) && isnan(masses[3]) && isnan(errors[2]));
    /* the bounds certify the masses (here exact) to ~n eps relative */
    CHECK(errors[0] >= 0 && errors[0] <= 1e-14 * masses[0] && errors[1] <= 1e-14 * masses[1]);
    /* U^T M U = diag(m): for M = diag(-2, 3i), u_1 = (i, 0) (real part 0, imaginary > 0) */
    CHECK(fabs(u[0]) <= 1e-15 && fabs(u[1] - 1) <= 1e-15);
    CHECK(nueft_takagi_batch(1, 2, m, NUEFT_TAKAGI_ABSOLUTE, NUEFT_TAKAGI_LAPACK, masses, NULL, NULL, NULL) == NUEFT_OK);
    CHECK(nueft_takagi_batch(1, 17, m, 0, 0, masses, u, NULL, NULL) == NUEFT_ERR_UNSUPPORTED_DIMENSION);
    CHECK(nueft_takagi_batch(1, 0, m, 0, 0, masses, u, NULL, NULL) == NUEFT_ERR_UNSUPPORTED_DIMENSION);
    CHECK(nueft_takagi_batch(-1, 2, m, 0, 0, masses, u, NULL, NULL) == NUEFT_ERR_INVALID_COUNT);
    CHECK(nueft_takagi_batch(1, 2, NULL, 0, 0, masses, u, NULL, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_takagi_batch(1, 2, m, 0, 0, NULL, u, NULL, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_takagi_batch(0, 2, NULL, 0, 0, NULL, NULL, NULL, NULL) == NUEFT_OK);
    CHECK(nueft_takagi_batch(1, 2, m, 2, 0, masses, u, NULL, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_takagi_batch(1, 2, m, 0, 3, masses, u, NULL, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_takagi_batch(1, 2, m, -1, 0, masses, u, NULL, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
}

/* ---- dimension-7 section (002_3ba235c4befdeead.txt) ---------------------------------- */
static void test_dim7(void) {
    /* Lambda = |C|^(-1/3) */
    double c[4] = {8.0, -1e-3, 0.0, NAN}, lambda[4];
    int32_t info[4];
    CHECK(nueft_dim7_scale_batch(4, c, lambda, info) == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(close_to(lambda[0], 0.5, 1e-15) && close_to(lambda[1], 10.0, 1e-15) && isinf(lambda[2]) && isnan(lambda[3]));
    CHECK(info[0] == NUEFT_OK && info[2] == NUEFT_OK && info[3] == NUEFT_POINT_NAN_INPUT);
    CHECK(nueft_dim7_scale_batch(1, NULL, lambda, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_dim7_scale_batch(-3, c, lambda, NULL) == NUEFT_ERR_INVALID_COUNT);
    CHECK(nueft_dim7_scale_batch(0, NULL, NULL, NULL) == NUEFT_OK);

    /* matching: C_dLQLH1^{1e1e} = 1 TeV^-3 gives c^S_{dunue;LL}^{11ee} = v C/(8 G_F) */
    static double smeft[540], left[1089];
    memset(smeft, 0, sizeof smeft);
    smeft[54 + 81 * (NUEFT_DIM7_DLQLH1 - 6)] = 1.0;
    CHECK(nueft_dim7_match(NUEFT_DIM7_INPUTS_PAPER, NUEFT_DIM7_CONSISTENT, smeft, left) == NUEFT_OK);
    CHECK(close_to(left[81 * NUEFT_DIM7_LEFT_DUNUE_LL_S], 246.0 * 1e-9 / (8 * 1.1663787e-5), 1e-14));
    CHECK(nueft_dim7_match(NUEFT_DIM7_INPUTS_PAPER, 7, smeft, left) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_dim7_match(5, NUEFT_DIM7_CONSISTENT, smeft, left) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_dim7_match(NUEFT_DIM7_INPUTS_PAPER, NUEFT_DIM7_CONSISTENT, NULL, left) == NUEFT_ERR_NULL_POINTER);
    smeft[1] = 1.0; /* C_LH^{e mu} without C_LH^{mu e}: not symmetric */
    CHECK(nueft_dim7_match(NUEFT_DIM7_INPUTS_PAPER, NUEFT_DIM7_CONSISTENT, smeft, left) == NUEFT_ERR_INVALID_ARGUMENT);
    smeft[1] = 0.0;

    /* single-operator limits: 0vbb for C_dLQLH1^{1e1e}: Lambda = 242 TeV (Table 5) */
    double limits[NUEFT_DIM7_NUM_PROBES];
    CHECK(nueft_dim7_scale_limits(NUEFT_DIM7_INPUTS_PAPER, NUEFT_DIM7_PAPER, NUEFT_DIM7_CURRENT, smeft, limits) == NUEFT_OK);
    CHECK(fabs(limits[NUEFT_DIM7_DOUBLE_BETA] - 242.0) < 1.0);
    CHECK(limits[NUEFT_DIM7_MUON_DECAY] == 0.0);
    memset(smeft, 0, sizeof smeft);
    CHECK(nueft_dim7_scale_limits(NUEFT_DIM7_INPUTS_PAPER, NUEFT_DIM7_PAPER, NUEFT_DIM7_CURRENT, smeft, limits) == NUEFT_ERR_INVALID_ARGUMENT);

    /* batch: 2 components (C_eLLLH^{mu e e mu}, C_LHB^{e mu}), 3 points, one NaN */
    int32_t comps[10] = {NUEFT_DIM7_ELLLH, 1, 0, 0, 1, NUEFT_DIM7_LHB, 0, 1, 0, 0};
    double coeff[6] = {100.0, 1e-6, NAN, 0.0, 1e-3, 0.0};
    double r[NUEFT_DIM7_NUM_PROBES * 3];
    int32_t seen[3], pinfo[3];
    CHECK(nueft_dim7_probes_batch(3, 2, NUEFT_DIM7_INPUTS_PAPER, NUEFT_DIM7_CONSISTENT, NUEFT_DIM7_CURRENT,
                                  comps, coeff, r, seen, pinfo) == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(pinfo[0] == NUEFT_OK && pinfo[1] == NUEFT_OK && pinfo[2] == NUEFT_POINT_NAN_INPUT);
    CHECK(r[NUEFT_DIM7_MUON_DECAY * 3 + 0] > 1.0 && (seen[0] & (1 << NUEFT_DIM7_MUON_DECAY)));
    CHECK(r[NUEFT_DIM7_MUON_DECAY * 3 + 1] < 1.0 && r[NUEFT_DIM7_MAGNETIC_MOMENT * 3 + 1] > 1.0);
    CHECK(seen[1] == (1 << NUEFT_DIM7_MAGNETIC_MOMENT));
    CHECK(isnan(r[2]) && seen[2] == 0);
    CHECK(nueft_dim7_probes_batch(3, 2, 0, 0, 0, comps, coeff, r, NULL, NULL) == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(nueft_dim7_probes_batch(3, 0, 0, 0, 0, comps, coeff, r, NULL, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_dim7_probes_batch(-1, 2, 0, 0, 0, comps, coeff, r, NULL, NULL) == NUEFT_ERR_INVALID_COUNT);
    CHECK(nueft_dim7_probes_batch(3, 2, 0, 0, 2, comps, coeff, r, NULL, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_dim7_probes_batch(3, 2, 0, 0, 0, NULL, coeff, r, NULL, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_dim7_probes_batch(3, 2, 0, 0, 0, comps, NULL, r, NULL, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_dim7_probes_batch(3, 2, 0, 0, 0, comps, coeff, NULL, NULL, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_dim7_probes_batch(0, 2, 0, 0, 0, comps, NULL, NULL, NULL, NULL) == NUEFT_OK);
    CHECK(nueft_dim7_probes_batch((ptrdiff_t)1 << 62, 2, 0, 0, 0, comps, coeff, r, NULL, NULL) == NUEFT_ERR_INVALID_COUNT);
    int32_t bad_comp[5] = {NUEFT_DIM7_LHB, 1, 1, 0, 0}; /* antisymmetric: no diagonal */
    CHECK(nueft_dim7_probes_batch(1, 1, 0, 0, 0, bad_comp, coeff, r, NULL, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    int32_t bad_op[5] = {12, 0, 0, 0, 0};
    CHECK(nueft_dim7_probes_batch(1, 1, 0, 0, 0, bad_op, coeff, r, NULL, NULL) == NUEFT_ERR_INVALID_ARGUMENT);

    /* LEFT batch: c^S_{e nu;LL}^{mu e e mu} of C_eLLLH^{mu e e mu} = -3 v C/(16 G_F) */
    int32_t lcomp[5] = {NUEFT_DIM7_LEFT_ENU_LL_S, 1, 0, 0, 1};
    double lout[3];
    CHECK(nueft_dim7_left_batch(3, 2, 1, 0, 0, comps, lcomp, coeff, lout, pinfo) == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(close_to(lout[0], -3 * 246.0 * 100e-9 / (16 * 1.1663787e-5), 1e-13) && isnan(lout[2]));
    CHECK(nueft_dim7_left_batch(3, 2, 1, 0, 0, comps, NULL, coeff, lout, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_dim7_left_batch(3, 2, 0, 0, 0, comps, lcomp, coeff, lout, NULL) == NUEFT_ERR_INVALID_ARGUMENT);

    /* complex matching: C_duLLD^{11ee} = i TeV^-3; eq. (4.7) conjugates C: c9_LR^{ee} = +i * (real case) */
    static double zsmeft[1080], zleft[2178];
    memset(zsmeft, 0, sizeof zsmeft);
    zsmeft[2 * 54 + 1] = 1.0;
    CHECK(nueft_dim7_match_complex(NUEFT_DIM7_INPUTS_PAPER, NUEFT_DIM7_CONSISTENT, zsmeft, zleft) == NUEFT_OK);
    memset(smeft, 0, sizeof smeft);
    smeft[54] = 1.0;
    CHECK(nueft_dim7_match(NUEFT_DIM7_INPUTS_PAPER, NUEFT_DIM7_CONSISTENT, smeft, left) == NUEFT_OK);
    CHECK(zleft[2 * 1062] == 0.0 && close_to(zleft[2 * 1062 + 1], -left[1062], 1e-15)); /* c9_LR^{ee}: -i times real */
    CHECK(zleft[2 * 81 * NUEFT_DIM7_LEFT_DUNUE_RL_V7] == 0.0 && close_to(zleft[2 * 81 * NUEFT_DIM7_LEFT_DUNUE_RL_V7 + 1], left[81 * NUEFT_DIM7_LEFT_DUNUE_RL_V7], 1e-15));
    CHECK(nueft_dim7_match_complex(NUEFT_DIM7_INPUTS_PAPER, NUEFT_DIM7_CONSISTENT, NULL, zleft) == NUEFT_ERR_NULL_POINTER);

    /* O_eLLLH flavour relation: C^{mu e mu e} = 2 is C^{mu e e mu} = C^{mu mu e e} = 1 (same LEFT) */
    {
        static double pts[2 * 540], can[2 * 540], left2[1089];
        const int e0 = 54 + 81 * (NUEFT_DIM7_ELLLH - 6);
        memset(pts, 0, sizeof pts);
        pts[e0 + 27 * 1 + 9 * 0 + 3 * 1 + 0] = 2.0;              /* C^{mu e mu e} */
        pts[540 + e0 + 27 * 0 + 9 * 2 + 3 * 1 + 0] = 1.0;        /* point 2: C^{e tau mu e} */
        int32_t cinfo[2] = {-1, -1};
        CHECK(nueft_dim7_canonicalize(2, pts, can, cinfo) == NUEFT_OK && cinfo[0] == NUEFT_OK && cinfo[1] == NUEFT_OK);
        CHECK(can[e0 + 27 + 1] == 1.0 && can[e0 + 27 + 9] == 1.0 && can[e0 + 27 + 3] == 0.0);
        CHECK(can[540 + e0 + 9 * 1 + 2] == 1.0 && can[540 + e0 + 9 * 2 + 1] == 1.0 && can[540 + e0 + 3 * 1 + 2] == -1.0);
        CHECK(nueft_dim7_match(NUEFT_DIM7_INPUTS_PAPER, NUEFT_DIM7_CONSISTENT, pts, left) == NUEFT_OK);
        CHECK(nueft_dim7_match(NUEFT_DIM7_INPUTS_PAPER, NUEFT_DIM7_CONSISTENT, can, left2) == NUEFT_OK);
        CHECK(left[81 * NUEFT_DIM7_LEFT_ENU_LL_S + 27 + 1] != 0.0);
        for (int k = 0; k < 1089; k++) CHECK(fabs(left[k] - left2[k]) <= 1e-15 * fabs(left[81 * NUEFT_DIM7_LEFT_ENU_LL_S + 27 + 1]));
        CHECK(nueft_dim7_canonicalize(2, pts, pts, NULL) == NUEFT_OK && memcmp(pts, can, sizeof can) == 0); /* in place */
        pts[540 + 7] = NAN;
        CHECK(nueft_dim7_canonicalize(2, pts, can, cinfo) == NUEFT_ERR_SOME_POINTS_FAILED);
        CHECK(cinfo[0] == NUEFT_OK && cinfo[1] == NUEFT_POINT_NAN_INPUT && isnan(can[540]) && can[e0 + 27 + 1] == 1.0);
        CHECK(nueft_dim7_canonicalize(1, NULL, can, NULL) == NUEFT_ERR_NULL_POINTER);
        CHECK(nueft_dim7_canonicalize(1, pts, NULL, NULL) == NUEFT_ERR_NULL_POINTER);
        CHECK(nueft_dim7_canonicalize(-1, pts, can, NULL) == NUEFT_ERR_INVALID_COUNT);
        CHECK(nueft_dim7_canonicalize(0, NULL, NULL, NULL) == NUEFT_OK);
        CHECK(nueft_dim7_canonicalize((ptrdiff_t)1 << 62, pts, can, NULL) == NUEFT_ERR_INVALID_COUNT);
        /* complex: C^{tau tau mu e} = i -> i (C^{tau mu e tau} + C^{tau tau e mu} - C^{tau e mu tau}) */
        memset(zsmeft, 0, sizeof zsmeft);
        zsmeft[2 * (e0 + 54 + 9 * 2 + 3 * 1 + 0) + 1] = 1.0;
        CHECK(nueft_dim7_canonicalize_complex(1, zsmeft, zsmeft, NULL) == NUEFT_OK);
        CHECK(zsmeft[2 * (e0 + 54 + 9 * 1 + 2) + 1] == 1.0 && zsmeft[2 * (e0 + 54 + 9 * 2 + 1) + 1] == 1.0);
        CHECK(zsmeft[2 * (e0 + 54 + 3 * 1 + 2) + 1] == -1.0 && zsmeft[2 * (e0 + 54 + 9 * 2 + 3 * 1) + 1] == 0.0);
        CHECK(zsmeft[2 * (e0 + 54 + 9 * 1 + 2)] == 0.0);
        CHECK(nueft_dim7_canonicalize_complex(1, zsmeft, NULL, NULL) == NUEFT_ERR_NULL_POINTER);
        CHECK(nueft_dim7_canonicalize_complex(-2, zsmeft, zsmeft, NULL) == NUEFT_ERR_INVALID_COUNT);
    }

    /* plan handle: real plan gives the one-shot results; complex plan; invalid handles */
    nueft_dim7_plan *plan = NULL;
    CHECK(nueft_dim7_plan_create(2, 1, 0, 0, 0, 0, comps, lcomp, &plan) == NUEFT_OK && plan != NULL);
    ptrdiff_t pk = 0, pl = 0;
    int32_t pc = -1;
    CHECK(nueft_dim7_plan_size(plan, &pk, &pl, &pc) == NUEFT_OK && pk == 2 && pl == 1 && pc == 0);
    double r2[NUEFT_DIM7_NUM_PROBES * 3], lout2[3];
    int32_t seen2[3];
    CHECK(nueft_dim7_plan_evaluate(plan, 3, coeff, NULL, r2, seen2, lout2, NULL, pinfo) == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(nueft_dim7_probes_batch(3, 2, 0, 0, 0, comps, coeff, r, seen, NULL) == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(r2[NUEFT_DIM7_MUON_DECAY * 3] == r[NUEFT_DIM7_MUON_DECAY * 3] && seen2[0] == seen[0] && seen2[1] == seen[1]);
    CHECK(lout2[0] == lout[0] && pinfo[2] == NUEFT_POINT_NAN_INPUT);
    CHECK(nueft_dim7_plan_evaluate(plan, 3, coeff, coeff, r2, NULL, NULL, NULL, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_dim7_plan_evaluate(plan, -1, coeff, NULL, r2, NULL, NULL, NULL, NULL) == NUEFT_ERR_INVALID_COUNT);
    CHECK(nueft_dim7_plan_evaluate(plan, 3, NULL, NULL, r2, NULL, NULL, NULL, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_dim7_plan_evaluate(NULL, 3, coeff, NULL, r2, NULL, NULL, NULL, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_dim7_plan_destroy(plan) == NUEFT_OK);
    CHECK(nueft_dim7_plan_destroy(plan) == NUEFT_ERR_INVALID_ARGUMENT);  /* twice: detected, not freed again */
    CHECK(nueft_dim7_plan_evaluate(plan, 3, coeff, NULL, r2, NULL, NULL, NULL, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_dim7_plan_size((nueft_dim7_plan *)(void *)coeff, &pk, NULL, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_dim7_plan_destroy(NULL) == NUEFT_OK);
    CHECK(nueft_dim7_plan_create(2, 1, 0, 0, 0, 2, comps, lcomp, &plan) == NUEFT_ERR_INVALID_ARGUMENT && plan == NULL);
    CHECK(nueft_dim7_plan_create(2, 1, 0, 0, 0, 0, comps, NULL, &plan) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_dim7_plan_create(2, 0, 0, 0, 0, 0, comps, NULL, NULL) == NUEFT_ERR_NULL_POINTER);
    /* complex: C_eLLLH^{mu e e mu} = 100 i gives the muon-decay R of the real 100 */
    CHECK(nueft_dim7_plan_create(2, 0, 0, 0, 0, 1, comps, NULL, &plan) == NUEFT_OK);
    double zre[2] = {0.0, 0.0}, zim[2] = {100.0, 0.0};
    CHECK(nueft_dim7_plan_evaluate(plan, 1, zre, zim, r2, NULL, NULL, NULL, NULL) == NUEFT_OK);
    CHECK(close_to(r2[NUEFT_DIM7_MUON_DECAY], r[NUEFT_DIM7_MUON_DECAY * 3], 1e-14));
    CHECK(nueft_dim7_plan_evaluate(plan, 1, zre, NULL, r2, NULL, NULL, NULL, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_dim7_plan_evaluate(plan, 1, zre, zim, r2, NULL, lout2, NULL, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_dim7_plan_destroy(plan) == NUEFT_OK);

    /* the global view: size query, then the rows; O_LHW in 0nbb per row with the paper's
     * convention: 14.3 and 15.9 TeV (Table 5) */
    ptrdiff_t rows = 0;
    CHECK(nueft_dim7_global_view(0, NUEFT_DIM7_PAPER, 1, 0, &rows, NULL, NULL, NULL, NULL, NULL) == NUEFT_OK && rows > 12 && rows < 400);
    int32_t gops[400], gprobes[400];
    double gcur[400], gfut[400];
    static char glabels[400 * 3 * 32];
    CHECK(nueft_dim7_global_view(0, NUEFT_DIM7_PAPER, 1, rows, &rows, gops, gprobes, gcur, gfut, glabels) == NUEFT_OK);
    int lhw = 0;
    for (ptrdiff_t i = 0; i < rows; i++) {
        if (gops[i] == NUEFT_DIM7_LHW && gprobes[i] == NUEFT_DIM7_DOUBLE_BETA) {
            CHECK(fabs(gcur[i] - 14.3) < 0.1 || fabs(gcur[i] - 15.9) < 0.1);
            CHECK(glabels[3 * 32 * i] != 0);   /* the table row is named */
            lhw++;
        }
    }
    CHECK(lhw == 2);
    CHECK(nueft_dim7_global_view(0, 0, 1, rows - 1, &rows, gops, gprobes, gcur, gfut, NULL) == NUEFT_ERR_LENGTH_MISMATCH);
    CHECK(nueft_dim7_global_view(0, 0, 0, 10, NULL, gops, gprobes, gcur, gfut, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_dim7_global_view(0, 0, 0, 400, &rows, NULL, gprobes, gcur, gfut, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_dim7_global_view(0, 0, 0, -1, &rows, gops, gprobes, gcur, gfut, NULL) == NUEFT_ERR_INVALID_COUNT);
    CHECK(nueft_dim7_global_view(2, 0, 0, 400, &rows, gops, gprobes, gcur, gfut, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_dim7_global_view(0, 0, 2, 400, &rows, gops, gprobes, gcur, gfut, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
}

/* nuSMEFT (000_b99ff7acfa28d225.txt): field counts, a batch of n = 1 points (one NaN), the
 * Lagrangian path, JSON input sets, NULL pointers and bad counts. */
static void test_nusmeft(void) {
    CHECK(nueft_nusmeft_field_count(1) == 18 && nueft_nusmeft_field_count(2) == 37);
    CHECK(nueft_nusmeft_field_count(0) == -1 && nueft_nusmeft_field_count(5) == -1);
    CHECK(nueft_nusmeft_lagrangian_field_count(1) == 33 && nueft_nusmeft_lagrangian_field_count(9) == -1);
    enum { N = 3, F = 18, O = NUEFT_NUSMEFT_NUM_OBSERVABLES };
    double p[F * N];
    memset(p, 0, sizeof p);
    for (int i = 0; i < N; i++) {
        double lambda = 1200.0;
        p[0 * N + i] = lambda;                     /* Lambda */
        p[1 * N + i] = 300.0;                      /* m_4 */
        p[(2 + 2) * N + i] = 0.01;                 /* U_mu4 (re) */
        p[8 * N + i] = 1.0;                        /* U_S4 */
        p[(10 + 2) * N + i] = -1.0 / (lambda * lambda); /* C_S mu (re) */
    }
    p[1 * N + 2] = NAN;
    double out[O * N];
    int32_t info[N];
    CHECK(nueft_nusmeft_observables_batch(N, 1, NUEFT_NUSMEFT_INPUTS_PAPER, NULL, NUEFT_NUSMEFT_ALPHA_RB, p, out, info)
          == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(info[0] == NUEFT_OK && info[1] == NUEFT_OK && info[2] == NUEFT_POINT_NAN_INPUT);
    double amu = out[NUEFT_NUSMEFT_DELTA_A_MU * N + 0];
    CHECK(amu > 1e-9 && amu < 5e-9);                /* the Fig. 5 band */
    CHECK(out[NUEFT_NUSMEFT_DELTA_A_MU * N + 1] == amu);
    CHECK(isnan(out[NUEFT_NUSMEFT_DELTA_A_MU * N + 2]) && isnan(out[NUEFT_NUSMEFT_CHI_SQUARED * N + 2]));
    CHECK(out[NUEFT_NUSMEFT_DELTA_A_E * N + 0] == 0.0);
    CHECK(out[NUEFT_NUSMEFT_YUKAWA_RATIO_MU * N + 0] > 0.5 && out[NUEFT_NUSMEFT_YUKAWA_RATIO_MU * N + 0] < 2.0);
    /* a JSON input set with another Delta a_mu changes only the chi^2 */
    const char *json = "{\"base\": \"paper\", \"values\": {\"deltaAMu\": 3.0e-9}}";
    double out2[O * N];
    CHECK(nueft_nusmeft_observables_batch(N, 1, 0, json, 0, p, out2, NULL) == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(out2[NUEFT_NUSMEFT_DELTA_A_MU * N + 0] == amu && out2[NUEFT_NUSMEFT_CHI_SQUARED * N] != out[NUEFT_NUSMEFT_CHI_SQUARED * N]);
    CHECK(nueft_nusmeft_observables_batch(N, 1, 0, "{\"values\": {\"nope\": 1}}", 0, p, out2, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    /* bad calls */
    CHECK(nueft_nusmeft_observables_batch(N, 1, 0, NULL, 0, NULL, out, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_nusmeft_observables_batch(N, 1, 0, NULL, 0, p, NULL, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_nusmeft_observables_batch(-1, 1, 0, NULL, 0, p, out, NULL) == NUEFT_ERR_INVALID_COUNT);
    CHECK(nueft_nusmeft_observables_batch(N, 0, 0, NULL, 0, p, out, NULL) == NUEFT_ERR_UNSUPPORTED_DIMENSION);
    CHECK(nueft_nusmeft_observables_batch(N, 5, 0, NULL, 0, p, out, NULL) == NUEFT_ERR_UNSUPPORTED_DIMENSION);
    CHECK(nueft_nusmeft_observables_batch(N, 1, 7, NULL, 0, p, out, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_nusmeft_observables_batch(N, 1, 0, NULL, 9, p, out, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_nusmeft_observables_batch(0, 1, 0, NULL, 0, NULL, NULL, NULL) == NUEFT_OK);
    CHECK(nueft_nusmeft_observables_batch((ptrdiff_t)1 << 61, 1, 0, NULL, 0, p, out, NULL) == NUEFT_ERR_INVALID_COUNT);

    /* Lagrangian: M_L = 0.05 eV diag, M_D = (0, 3, 0) GeV, M_R = 300 GeV -> m_4 ~ 300 GeV, U_mu4 ~ 0.01 */
    double rec[33];
    memset(rec, 0, sizeof rec);
    rec[0] = 1200.0;
    for (int a = 0; a < 3; a++) rec[1 + 2 * (a * 3 + a)] = 5e-11;
    rec[19 + 2 * 1] = 3.0;                 /* M_D[mu][0] (re) */
    rec[25] = 300.0;                       /* M_R (re) */
    rec[27 + 2 * 1] = -1.0 / (1200.0 * 1200.0); /* C_S mu (re) */
    double lout[O];
    int32_t linfo;
    CHECK(nueft_nusmeft_lagrangian_batch(1, 1, 0, NULL, 0, rec, lout, &linfo) == NUEFT_OK && linfo == NUEFT_OK);
    CHECK(lout[NUEFT_NUSMEFT_DELTA_A_MU] > 1e-9 && lout[NUEFT_NUSMEFT_DELTA_A_MU] < 5e-9);
    CHECK(close_to(lout[NUEFT_NUSMEFT_VUD_RATIO], 1.0 + 0.5 * 1e-4, 1e-6));
    rec[3] = 1.0; /* M_L[0][1] != M_L[1][0]: not symmetric */
    CHECK(nueft_nusmeft_lagrangian_batch(1, 1, 0, NULL, 0, rec, lout, &linfo) == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(linfo == NUEFT_POINT_NOT_SYMMETRIC && isnan(lout[0]));
    CHECK(nueft_nusmeft_lagrangian_batch(1, 1, 0, NULL, 0, NULL, lout, NULL) == NUEFT_ERR_NULL_POINTER);

    /* A selection writes exactly the selected rows of the full batch. */
    {
        const int32_t selected[2] = {NUEFT_NUSMEFT_CHI_SQUARED, NUEFT_NUSMEFT_DELTA_A_MU};
        double full[O * N], part[2 * N];
        int32_t sinfo[N];
        CHECK(nueft_nusmeft_observables_batch_v2(N, 1, 0, NULL, 0, NUEFT_NUSMEFT_CKM_PDG, p, full, NULL)
              == NUEFT_ERR_SOME_POINTS_FAILED);
        CHECK(nueft_nusmeft_observables_select_batch(N, 1, 0, NULL, 0, NUEFT_NUSMEFT_CKM_PDG, 2, selected, p, part, sinfo)
              == NUEFT_ERR_SOME_POINTS_FAILED);
        for (int i = 0; i < 2; i++) { /* point 2 has a NaN mass */
            CHECK(part[i] == full[NUEFT_NUSMEFT_CHI_SQUARED * N + i] && part[N + i] == full[NUEFT_NUSMEFT_DELTA_A_MU * N + i]);
        }
        CHECK(isnan(part[2]) && isnan(part[N + 2]) && sinfo[2] == NUEFT_POINT_NAN_INPUT);
        const int32_t repeated[2] = {1, 1}, unknown[1] = {NUEFT_NUSMEFT_NUM_OBSERVABLES};
        CHECK(nueft_nusmeft_observables_select_batch(N, 1, 0, NULL, 0, 0, 2, repeated, p, part, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
        CHECK(nueft_nusmeft_observables_select_batch(N, 1, 0, NULL, 0, 0, 1, unknown, p, part, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
        CHECK(nueft_nusmeft_observables_select_batch(N, 1, 0, NULL, 0, 0, 0, selected, p, part, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
        CHECK(nueft_nusmeft_observables_select_batch(N, 1, 0, NULL, 0, 0, 2, NULL, p, part, NULL) == NUEFT_ERR_NULL_POINTER);
        CHECK(nueft_nusmeft_lagrangian_select_batch(N, 1, 0, NULL, 0, 0, 2, selected, NULL, part, NULL) == NUEFT_ERR_NULL_POINTER);
    }

    double bound = 0;
    CHECK(nueft_nusmeft_ckm_bound(NUEFT_NUSMEFT_INPUTS_PAPER, 1, 0, &bound) == NUEFT_OK && bound > 0.009 && bound < 0.0098);
    double bound_e = 0;
    CHECK(nueft_nusmeft_ckm_bound(NUEFT_NUSMEFT_INPUTS_PAPER, 0, 1, &bound_e) == NUEFT_OK && bound_e > 0.0703 && bound_e < 0.0713);
    CHECK(nueft_nusmeft_ckm_bound(0, 2, 0, &bound) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_nusmeft_ckm_bound(0, 1, 0, NULL) == NUEFT_ERR_NULL_POINTER);

    /* the CKM chi^2 term: 2.71 at the bound, 0 at u = 0, NaN + status for bad pairs */
    double ue[4] = {0.0, 0.0, bound_e * bound_e, NAN}, um[4] = {0.0, bound * bound, 0.0, 0.0}, dchi[4];
    int32_t cinfo[4];
    CHECK(nueft_nusmeft_ckm_chi2_batch(4, NUEFT_NUSMEFT_INPUTS_PAPER, NULL, 0, ue, um, dchi, cinfo) == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(dchi[0] == 0.0 && close_to(dchi[1], 2.705543454095404, 1e-8) && cinfo[0] == NUEFT_OK);
    CHECK(isnan(dchi[3]) && cinfo[3] == NUEFT_POINT_NAN_INPUT);
    ue[3] = -0.1;
    CHECK(nueft_nusmeft_ckm_chi2_batch(4, 0, NULL, 1, ue, um, dchi, cinfo) == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(close_to(dchi[2], 2.705543454095404, 1e-8) && cinfo[3] == NUEFT_POINT_OUT_OF_DOMAIN);
    CHECK(nueft_nusmeft_ckm_chi2_batch(3, 0, NULL, 2, ue, um, dchi, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_nusmeft_ckm_chi2_batch(3, 0, NULL, 0, NULL, um, dchi, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_nusmeft_ckm_chi2_batch(-1, 0, NULL, 0, ue, um, dchi, NULL) == NUEFT_ERR_INVALID_COUNT);
    CHECK(nueft_nusmeft_ckm_chi2_batch(0, 0, NULL, 0, NULL, NULL, NULL, NULL) == NUEFT_OK);

    /* the _v2 batches: CKM off = the v1 chi^2; on adds the term of nueft_nusmeft_ckm_chi2_batch */
    double out3[O * N], out4[O * N];
    CHECK(nueft_nusmeft_observables_batch_v2(N, 1, 0, NULL, 0, NUEFT_NUSMEFT_CKM_OFF, p, out3, NULL) == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(out3[NUEFT_NUSMEFT_CHI_SQUARED * N] == out[NUEFT_NUSMEFT_CHI_SQUARED * N]);
    CHECK(nueft_nusmeft_observables_batch_v2(N, 1, 0, NULL, 0, NUEFT_NUSMEFT_CKM_PDG, p, out4, NULL) == NUEFT_ERR_SOME_POINTS_FAILED);
    double u0 = 0.0, umu = 1e-4, term = 0;
    CHECK(nueft_nusmeft_ckm_chi2_batch(1, 0, NULL, 0, &u0, &umu, &term, NULL) == NUEFT_OK && term > 1.0);
    CHECK(close_to(out4[NUEFT_NUSMEFT_CHI_SQUARED * N] - out3[NUEFT_NUSMEFT_CHI_SQUARED * N], term, 1e-9));
    CHECK(nueft_nusmeft_observables_batch_v2(N, 1, 0, NULL, 0, 3, p, out4, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    rec[3] = 0.0;
    CHECK(nueft_nusmeft_lagrangian_batch_v2(1, 1, 0, NULL, 0, NUEFT_NUSMEFT_CKM_TH, rec, lout, &linfo) == NUEFT_OK && linfo == NUEFT_OK);
    CHECK(nueft_nusmeft_lagrangian_batch_v2(1, 1, 0, NULL, 0, -1, rec, lout, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
}

static void test_nusmeft_dimension_six(void) {
    /* Table 2: C_Hnue 3e3 Y_nu (mu) with the printed normalisation, sqrt(2) more with eq. (3.4) */
    double y[3] = {1.0, 0.5, -1.0}, r[3], r34[3];
    int32_t info[3];
    CHECK(nueft_nusmeft_table2_ratio_batch(3, NUEFT_NUSMEFT_OP_HNUE, 1, NUEFT_NUSMEFT_TABLE2_PRINTED, 0, NULL, y, r, info)
          == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(r[0] > 2500.0 && r[0] < 3500.0 && close_to(r[1], 0.5 * r[0], 1e-14) && isnan(r[2]));
    CHECK(info[0] == NUEFT_OK && info[2] == NUEFT_POINT_OUT_OF_DOMAIN);
    CHECK(nueft_nusmeft_table2_ratio_batch(2, NUEFT_NUSMEFT_OP_HNUE, 1, NUEFT_NUSMEFT_TABLE2_EQ34, 0, NULL, y, r34, NULL) == NUEFT_OK);
    CHECK(close_to(r34[0], sqrt(2.0) * r[0], 1e-14));
    CHECK(nueft_nusmeft_table2_ratio_batch(1, NUEFT_NUSMEFT_NUM_TABLE2_OPERATORS, 1, 0, 0, NULL, y, r, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_nusmeft_table2_ratio_batch(1, 0, 2, 0, 0, NULL, y, r, NULL) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_nusmeft_table2_ratio_batch(1, 0, 1, 0, 0, NULL, NULL, r, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_nusmeft_table2_ratio_batch(-1, 0, 1, 0, 0, NULL, y, r, NULL) == NUEFT_ERR_INVALID_COUNT);

    /* mu_nu of O_nuB at the bound equals the mu_nu limit, 2.8e-11 mu_B */
    double bound = 0, bound_w = 0;
    CHECK(nueft_nusmeft_dipole_bound(0, NULL, 0, &bound) == NUEFT_OK && bound > 5e-7 && bound < 1e-6);
    CHECK(nueft_nusmeft_dipole_bound(0, NULL, 1, &bound_w) == NUEFT_OK && bound_w > bound);
    CHECK(nueft_nusmeft_dipole_bound(0, NULL, 2, &bound) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_nusmeft_dipole_bound(0, NULL, 0, NULL) == NUEFT_ERR_NULL_POINTER);
    double v = 246.21965, cb[6] = {0}, cw[6] = {0}, u[18] = {0}, us[6] = {0}, mu[18];
    cb[2] = bound / (v * v);   /* [C_nuB]_mu,S (re) */
    u[2 * (1 * 3 + 0)] = 1.0;  /* U_mu1 */
    us[0] = 1.0;               /* U_S1 */
    CHECK(nueft_nusmeft_neutrino_magnetic_moment(1, 0, NULL, cb, cw, u, us, mu) == NUEFT_OK);
    CHECK(close_to(mu[0], -2.8e-11, 1e-10) && mu[1] == 0.0 && mu[2 * 4] == 0.0);
    CHECK(nueft_nusmeft_neutrino_magnetic_moment(5, 0, NULL, cb, cw, u, us, mu) == NUEFT_ERR_UNSUPPORTED_DIMENSION);
    CHECK(nueft_nusmeft_neutrino_magnetic_moment(1, 0, NULL, NULL, cw, u, us, mu) == NUEFT_ERR_NULL_POINTER);

    /* eq. (3.6): no photon dipole at first order; eq. (3.7): K_mu, K_e */
    double x[2] = {1.0, 0.0}, beb[2], bew[2], kmu = 0, ke = 0;
    CHECK(nueft_nusmeft_lnule_dipole_beta(0, NULL, x, beb, bew) == NUEFT_OK);
    double c = 80.377 / 91.1876, s = sqrt(1.0 - c * c);
    CHECK(fabs(c * beb[0] - s * bew[0]) < 1e-16 && bew[0] < 0.0);
    CHECK(nueft_nusmeft_lnule_leading_log(0, NULL, 1, &kmu) == NUEFT_OK && nueft_nusmeft_lnule_leading_log(0, NULL, 0, &ke) == NUEFT_OK);
    CHECK(kmu < -0.8 && kmu > -0.9 && close_to(ke / kmu, -13.8, 0.01));
    CHECK(nueft_nusmeft_lnule_leading_log(0, NULL, 2, &kmu) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_nusmeft_lnule_dipole_beta(0, NULL, NULL, beb, bew) == NUEFT_ERR_NULL_POINTER);

    /* eq. (4.46) */
    double cc[3] = {0.02, 0.1, NAN}, uu[3] = {0.01, 0.0, 0.1}, ww[3];
    int32_t winfo[3];
    CHECK(nueft_nusmeft_same_sign_ww_ratio_batch(3, cc, uu, ww, winfo) == NUEFT_ERR_SOME_POINTS_FAILED);
    CHECK(close_to(ww[0], 1.0, 1e-15) && isnan(ww[1]) && isnan(ww[2]));
    CHECK(winfo[0] == NUEFT_OK && winfo[1] == NUEFT_POINT_NONPOSITIVE_INPUT && winfo[2] == NUEFT_POINT_NAN_INPUT);
    CHECK(nueft_nusmeft_same_sign_ww_ratio_batch(1, NULL, uu, ww, NULL) == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_nusmeft_same_sign_ww_ratio_batch(0, NULL, NULL, NULL, NULL) == NUEFT_OK);
}

static ptrdiff_t progress_calls = 0, progress_last = 0;
static void count_progress(ptrdiff_t done, ptrdiff_t total, void *context) {
    progress_calls++;
    progress_last = done;
    *(ptrdiff_t *)context = total;
}

/* The Fig. 5 left panel at 60 x 60 points: the allowed window of sec. 5.1. */
static void test_nusmeft_scan(void) {
    int32_t flavour = -1;
    double mixing, mmin, mmax, lmin, lmax;
    CHECK(nueft_nusmeft_figure_panel(0, &flavour, &mixing, &mmin, &mmax, &lmin, &lmax) == NUEFT_OK);
    CHECK(flavour == 1 && mixing == 0.01 && mmin > 0 && mmax > mmin && lmax > lmin);
    CHECK(nueft_nusmeft_figure_panel(4, &flavour, &mixing, &mmin, &mmax, &lmin, &lmax) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_nusmeft_figure_panel(0, NULL, &mixing, &mmin, &mmax, &lmin, &lmax) == NUEFT_ERR_NULL_POINTER);

    enum { NM = 60, NL = 60 };
    static double da[NM * NL], y[NM * NL];
    static uint16_t regions[NM * NL];
    ptrdiff_t total = 0;
    CHECK(nueft_nusmeft_scan(flavour, mixing, mmin, mmax, NM, lmin, lmax, NL, NUEFT_NUSMEFT_INPUTS_PAPER, NULL, 1.0,
                             da, y, NULL, NULL, regions, count_progress, &total) == NUEFT_OK);
    CHECK(progress_calls >= 1 && progress_last == NM * NL && total == NM * NL);
    /* Point (i_m, i_L) at i_m * NL + i_L; m4 = mmin at i_m = 0: m4 < Lambda, Delta a_mu > 0. */
    CHECK(da[0] > 0 && y[0] > 0 && (regions[0] & NUEFT_NUSMEFT_REGION_INVALID) == 0);
    /* The last m4 (1000 GeV) above the smallest Lambda (100 GeV): outside the EFT. */
    CHECK((regions[(NM - 1) * NL] & NUEFT_NUSMEFT_REGION_INVALID) != 0);
    double window[6];
    int32_t found = 0;
    CHECK(nueft_nusmeft_allowed_window(regions, mmin, mmax, NM, lmin, lmax, NL, 1, 0, window, &found) == NUEFT_OK);
    CHECK(found == 1 && window[0] > 80 && window[0] < 120 && window[1] > 650 && window[1] < 800);
    CHECK(window[4] > 0.08 && window[4] < 0.12 && window[5] > 0.4 && window[5] < 0.55);

    /* Bad calls write nothing. */
    CHECK(nueft_nusmeft_scan(1, 0.01, 10, 1000, NM, 100, 4000, NL, 0, NULL, 1.0, da, y, NULL, NULL, NULL, NULL, NULL)
          == NUEFT_ERR_NULL_POINTER);
    CHECK(nueft_nusmeft_scan(2, 0.01, 10, 1000, NM, 100, 4000, NL, 0, NULL, 1.0, NULL, NULL, NULL, NULL, regions, NULL, NULL)
          == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_nusmeft_scan(1, 0.01, -10, 1000, NM, 100, 4000, NL, 0, NULL, 1.0, NULL, NULL, NULL, NULL, regions, NULL, NULL)
          == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_nusmeft_scan(1, 0.01, 10, 1000, 0, 100, 4000, NL, 0, NULL, 1.0, NULL, NULL, NULL, NULL, regions, NULL, NULL)
          == NUEFT_ERR_INVALID_COUNT);
    CHECK(nueft_nusmeft_scan(1, 0.01, 10, 1000, NM, 100, 4000, NL, 0, NULL, 0.0, NULL, NULL, NULL, NULL, regions, NULL, NULL)
          == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_nusmeft_allowed_window(regions, mmin, mmax, NM, lmin, lmax, NL, 3, 0, window, &found) == NUEFT_ERR_INVALID_ARGUMENT);
    CHECK(nueft_nusmeft_allowed_window(NULL, mmin, mmax, NM, lmin, lmax, NL, 1, 0, window, &found) == NUEFT_ERR_NULL_POINTER);
}

int main(void) {
    test_takagi();
    test_library();
    test_w();
    test_loop_integrals();
    test_brackets();
    test_threads_bitwise();
    test_dim7();
    test_nusmeft();
    test_nusmeft_scan();
    test_nusmeft_dimension_six();
    if (failures) {
        fprintf(stderr, "C ABI client: %d check(s) failed\n", failures);
        return 1;
    }
    printf("C ABI client: all checks passed\n");
    return 0;
}
