// swift-tools-version:6.1
//
// NuEFT: batched numerics for neutrino-EFT phenomenology.
//
// No target passes unsafe compiler flags, so the package can be a versioned SwiftPM dependency.
// AVX2/FMA code generation is a build choice: the Makefile passes `--toolset toolset.json`
// (`-march=x86-64-v3`) on machines that support it; every kernel is also correct without it.
import PackageDescription

let package = Package(
    name: "NuEFT",
    products: [
        // The Swift API.
        .library(name: "NuEFT", targets: ["NuEFT"]),
        // The C ABI (CSupport/CNuEFT/include/nueft.h) as libnueft.so, also loaded by python/nueft.
        .library(name: "nueft", type: .dynamic, targets: ["NuEFTCABI"]),
        // `make run`: the kernels on a physical grid.
        .executable(name: "nueft-cli", targets: ["NuEFTCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // LAPACKE + OpenBLAS (Debian: liblapacke-dev, libopenblas-dev).
        .systemLibrary(
            name: "CLapacke",
            path: "CSupport/CLapacke",
            pkgConfig: "lapacke",
            providers: [.apt(["liblapacke-dev", "libopenblas-dev"])]
        ),
        // Header-only vector intrinsics (vsqrtpd on whole SIMD vectors) for the Swift kernels.
        .systemLibrary(name: "CNuEFTIntrinsics", path: "CSupport/CNuEFTIntrinsics"),
        // The hand-written public C header; header-only, so @c @implementation is checked against it.
        .systemLibrary(name: "CNuEFT", path: "CSupport/CNuEFT"),
        // All the math. Knows nothing of C.
        .target(
            name: "NuEFT",
            dependencies: [
                "CLapacke",
                "CNuEFTIntrinsics",
                .product(name: "ComplexModule", package: "swift-numerics"),
                .product(name: "RealModule", package: "swift-numerics"),
            ]
        ),
        // Thin C ABI: pointer checks, status mapping and @c wrappers only.
        .target(name: "NuEFTCABI", dependencies: ["NuEFT", "CNuEFT"]),
        .executableTarget(
            name: "NuEFTCLI",
            dependencies: [
                "NuEFT",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "NuEFTTests", dependencies: ["NuEFT"]),
        .testTarget(name: "NuEFTReferenceTests", dependencies: ["NuEFT"]),
    ]
)
