// swift-tools-version:6.1
//
// Throughput benchmarks of NuEFT, kept apart from the library and its tests so that
// `swift build`/`swift test` of the main package never compile the benchmark stack.
// Run from the repository root: `make bench-swift` (or `cd Benchmarks && swift package benchmark`).
import PackageDescription

let package = Package(
    name: "NuEFTBenchmarks",
    dependencies: [
        .package(name: "NuEFT", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "LoopFunctions",
            dependencies: [
                .product(name: "NuEFT", package: "NuEFT"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/LoopFunctions",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Takagi",
            dependencies: [
                .product(name: "NuEFT", package: "NuEFT"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Takagi",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Dim7",
            dependencies: [
                .product(name: "NuEFT", package: "NuEFT"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Dim7",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "NuSMEFT",
            dependencies: [
                .product(name: "NuEFT", package: "NuEFT"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/NuSMEFT",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
