// Seeded parameter points for throughput measurements: the package benchmarks
// (Benchmarks/Benchmarks/NuSMEFT) and `nueft-cli scan`'s throughput line time the batch kernels
// on the same kind of points, so the numbers in the docs can be compared.

/// Field-major record sets (`NuSMEFTBatch.evaluate` / `evaluateLagrangian` layouts) drawn from a
/// `SplitMix64` seed: the same seed gives the same doubles on every machine.
public enum NuSMEFTBenchmark {
    /// `count` physical records with n heavy states (`NuSMEFTPoint.flat` order, field-major).
    /// Random: Λ uniform in 1–6 TeV, each m_j uniform in 80–1000 GeV (a new m_j per point, so the
    /// loop functions run for every vector), every mixing component (re, im) uniform in ±0.02,
    /// the C_Hνe components in ±2·10⁻⁸ GeV⁻² (v²|C| ≲ 10⁻³) and m_ββ in ±2·10⁻⁸ GeV. Grid (`grid: true`): a scan of
    /// 1024 Λ values (100 + 4k GeV) per mass, m_j = 10 + ⌊i/1024⌋ + 37j GeV, so that m_j is
    /// constant along Λ as in the Figs. 5–6 scan (the loop functions are reused).
    public static func physicalRecords(sterileCount n: Int, count: Int, grid: Bool = false, seed: UInt64) -> [Double] {
        var g = SplitMix64(seed: seed)
        let fields = NuSMEFTPoint.fieldCount(sterileCount: n)
        let coefficients = 1 + 7 * n + 2 * n * n   // C_Sα and m_ββ close the record
        var r = [Double](repeating: 0, count: fields * count)
        for i in 0..<count {
            r[i] = grid ? 100 + Double(i % 1024) * 4 : Double.random(in: 1000...6000, using: &g)
            for j in 0..<n {
                r[(1 + j) * count + i] = grid ? 10 + Double(i / 1024) + 37 * Double(j) : Double.random(in: 80...1000, using: &g)
            }
            for k in (1 + n)..<fields {
                r[k * count + i] = Double.random(in: -0.02...0.02, using: &g) * (k >= coefficients ? 1e-6 : 1)
            }
        }
        return r
    }

    /// `count` Lagrangian records with n sterile states (`NuSMEFTBatch.lagrangianFieldCount`
    /// layout): Λ = 3 TeV; M_L diagonal 0.05, 0.10, 0.15 eV; M_D components uniform in ±10 GeV;
    /// M_R diagonal, uniform in 200–1000 GeV; C_Hνe components uniform in ±10⁻⁷ GeV⁻².
    public static func lagrangianRecords(sterileCount n: Int, count: Int, seed: UInt64) -> [Double] {
        var g = SplitMix64(seed: seed)
        let fields = NuSMEFTBatch.lagrangianFieldCount(sterileCount: n)
        var r = [Double](repeating: 0, count: fields * count)
        for i in 0..<count {
            r[i] = 3000
            for a in 0..<3 { r[(1 + 2 * (a * 3 + a)) * count + i] = 5e-11 * Double(a + 1) }
            for q in 0..<(6 * n) { r[(19 + q) * count + i] = Double.random(in: -10...10, using: &g) }
            for s in 0..<n { r[(19 + 6 * n + 2 * (s * n + s)) * count + i] = Double.random(in: 200...1000, using: &g) }
            for q in 0..<(6 * n) { r[(19 + 6 * n + 2 * n * n + q) * count + i] = Double.random(in: -1e-7...1e-7, using: &g) }
        }
        return r
    }
}
