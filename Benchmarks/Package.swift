// swift-tools-version:6.1
//
// Throughput benchmarks of NuEFT, kept apart from the library and its tests so that
// `swift build`/`swift test` of the main package never compile the benchmark stack.
// Run from the repository root: `make bench-swift` (or `cd Benchmarks && swift package benchmark`).
import PackageDescription

/// One package-benchmark executable per area, in Benchmarks/<name>.
func benchmarkTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            .product(name: "NuEFT", package: "NuEFT"),
            .product(name: "Benchmark", package: "benchmark"),
        ],
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "NuEFTBenchmarks",
    dependencies: [
        .package(name: "NuEFT", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: ["LoopFunctions", "Takagi", "Dim7", "NuSMEFT"].map(benchmarkTarget)
)
