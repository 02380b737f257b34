// The fit-like configuration used by the benchmarks, the CLI throughput run and the NumPy
// comparison (Benchmarks/compare_dim7.py builds the same 24 components).

/// 24 components: the flavour structures of the paper's probes (ee for 0νββ, μμ for the
/// collider, eμ for μ_ν, μeeμ for μ⁺ decay, the kaon and B components of C_dLQLH1).
public enum Dim7Benchmark {
    public static let fitComponents: [Dim7Component] = [
        .init(.lh, [0, 0]), .init(.lh, [1, 1]), .init(.leHD, [0, 0]), .init(.leHD, [1, 1]), .init(.lHD1, [0, 0]),
        .init(.lHD1, [1, 1]), .init(.lHD2, [0, 0]), .init(.lHB, [0, 1]), .init(.lHW, [0, 0]), .init(.lHW, [0, 1]),
        .init(.duLLD, [0, 0, 0, 0]), .init(.duLLD, [0, 0, 1, 1]), .init(.eLLLH, [1, 0, 0, 1]), .init(.dLueH, [0, 0, 0, 0]),
        .init(.dLueH, [0, 1, 0, 1]), .init(.dLQLH1, [0, 0, 0, 0]), .init(.dLQLH1, [0, 1, 0, 1]), .init(.dLQLH1, [0, 0, 1, 0]),
        .init(.dLQLH1, [1, 0, 0, 0]), .init(.dLQLH1, [1, 1, 2, 1]), .init(.dLQLH2, [0, 0, 0, 0]), .init(.dLQLH2, [0, 1, 0, 1]),
        .init(.quLLH, [0, 0, 0, 0]), .init(.quLLH, [0, 0, 1, 1]),
    ]
}
