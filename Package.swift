// swift-tools-version:6.1
import PackageDescription

// Targets follow docs/architecture.md: dependencies point one way only,
// Domain <- Documents <- Store <- App <- Demo <- oversight (the executable). The demo council and
// the benchmark suite are a target of their own so the app's core does not ship them.
let package = Package(
    name: "Oversight",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "oversight", targets: ["oversight"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.115.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/JohnSundell/Ink.git", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0" ..< "5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.0"),
    ],
    targets: [
        .target(
            name: "OversightDomain",
            dependencies: [.product(name: "CSV", package: "CSV.swift")]
        ),
        // The system's zlib, which writes the zip of a `.docx` or `.xlsx` (`ZipWriter`).
        .systemLibrary(name: "OversightZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "OversightDocuments",
            dependencies: [
                "OversightDomain",
                "OversightZlib",
                .product(name: "Ink", package: "Ink"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "OversightStore",
            dependencies: [
                "OversightDomain",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "OversightApp",
            dependencies: [
                "OversightDomain",
                "OversightDocuments",
                "OversightStore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .target(
            name: "OversightDemo",
            dependencies: [
                "OversightDomain",
                "OversightDocuments",
                "OversightStore",
                "OversightApp",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
            ]
        ),
        .executableTarget(
            name: "oversight",
            dependencies: [
                "OversightApp",
                "OversightDemo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Shared by the test targets: a fresh database per test, SQLite in memory or a
        // PostgreSQL schema of its own when DATABASE_URL is set.
        .target(
            name: "OversightTestSupport",
            dependencies: [
                "OversightStore",
                .product(name: "Fluent", package: "fluent"),
            ],
            path: "Tests/Support"
        ),
        .testTarget(name: "OversightDomainTests", dependencies: ["OversightDomain", "OversightTestSupport"]),
        .testTarget(
            name: "OversightDocumentsTests",
            dependencies: ["OversightDocuments", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "OversightStoreTests",
            dependencies: ["OversightStore", "OversightTestSupport"]
        ),
        .testTarget(
            name: "OversightAppTests",
            dependencies: [
                "OversightApp",
                "OversightDemo",
                "OversightTestSupport",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Read from the source tree by path, so that a new snapshot can be written beside them.
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
