// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ropa",
    products: [
        .executable(name: "ropa", targets: ["ropa"]),
    ],
    targets: [
        // libncursesw (Debian's libncurses-dev), reached through a shim header that defines the wide-character
        // macros itself (see Sources/CNCursesw/shim.h): no pkg-config, whose -D flags SwiftPM refuses with a warning.
        .systemLibrary(name: "CNCursesw"),
        // Which target may depend on which is the README's "Layering of the targets" table; `.ci/check-layering`
        // fails when this file or an `import` goes against it.
        // SHA-256, naming versions and history objects by their content.
        .target(name: "RopaHash"),
        // Mapping a list on every core, in order, with the sequential map's first error.
        .target(name: "RopaConcurrency"),
        // JSON values, the strict parser with line/column errors, canonical writer, Codable bridge.
        .target(name: "RopaJSON"),
        // ZIP archives (CRC-32, stored and deflated entries), the container of XLSX and DOCX files.
        .target(name: "RopaArchive"),
        // The register's domain model, vocabularies, reference data and validation.
        .target(name: "RopaModel", dependencies: ["RopaJSON", "RopaConcurrency"]),
        // Register folders on disk: loading, saving, versions, history, structural diff, locking.
        .target(name: "RopaStore", dependencies: ["RopaModel", "RopaJSON", "RopaHash", "RopaConcurrency"]),
        // Exports: CSV tables, the Markdown document, canonical JSON; writing them to a file or folder.
        .target(name: "RopaExport", dependencies: ["RopaModel", "RopaJSON", "RopaStore", "RopaArchive"]),
        // Reading spreadsheets back: activities from the CSV the export writes (English or Swedish, `,` or `;`).
        .target(name: "RopaImport", dependencies: ["RopaModel", "RopaJSON", "RopaExport", "RopaArchive"]),
        // The terminal UI core: state, reduce(state, event), render(state, size) to a grid. The model alone:
        // never curses, never a file.
        .target(name: "RopaUI", dependencies: ["RopaModel", "RopaJSON"]),
        // The UI's I/O: opens a register for the UI, and performs the core's effects (save, history diffs,
        // restore, export, the notice) through the store and the exporters.
        .target(name: "RopaUIDriver", dependencies: ["RopaUI", "RopaModel", "RopaJSON", "RopaStore", "RopaExport"]),
        // The thin curses backend: key codes to the UI's keys, the grid to the screen, terminal restore.
        .target(name: "RopaTerminal", dependencies: ["RopaUI", "RopaModel", "CNCursesw"]),
        // The command line: argument parsing, subcommands, exit codes.
        .target(name: "RopaCLI", dependencies: ["RopaModel", "RopaJSON", "RopaConcurrency", "RopaStore", "RopaExport", "RopaImport", "RopaUI", "RopaUIDriver", "RopaTerminal"]),
        .executableTarget(name: "ropa", dependencies: ["RopaCLI"]),
        // Generates a large synthetic register and measures ropa on it against the performance targets:
        // swift run -c release ropa-bench [--check] (see the README's Performance section).
        .executableTarget(name: "ropa-bench", dependencies: ["RopaCLI", "RopaUI", "RopaUIDriver", "RopaExport", "RopaImport", "RopaStore", "RopaModel", "RopaJSON",
                                                              "RopaTestSupport"],
                          path: "Benchmarks/RopaBench"),
        // Fixtures shared by the test targets: a register with no findings, temporary folders.
        .target(name: "RopaTestSupport", dependencies: ["RopaModel", "RopaStore"], path: "Tests/RopaTestSupport"),
        .testTarget(name: "RopaJSONTests", dependencies: ["RopaJSON"]),
        .testTarget(name: "RopaHashTests", dependencies: ["RopaHash"]),
        .testTarget(name: "RopaConcurrencyTests", dependencies: ["RopaConcurrency"]),
        .testTarget(name: "RopaArchiveTests", dependencies: ["RopaArchive", "RopaTestSupport"]),
        // Drives the real `ropa` binary in tmux.
        .testTarget(name: "RopaEndToEndTests", dependencies: ["RopaTestSupport", "ropa"]),
        .testTarget(name: "RopaUITests", dependencies: ["RopaUI", "RopaUIDriver", "RopaModel", "RopaStore", "RopaJSON", "RopaTestSupport"]),
        .testTarget(name: "RopaModelTests", dependencies: ["RopaModel", "RopaTestSupport"]),
        .testTarget(name: "RopaStoreTests", dependencies: ["RopaStore", "RopaModel", "RopaJSON", "RopaHash", "RopaTestSupport"]),
        // The CSV import: the reader, rows to activities, round trips of the seed registers, `ropa import` and `ropa init`.
        .testTarget(name: "RopaImportTests", dependencies: ["RopaImport", "RopaExport", "RopaModel", "RopaStore", "RopaJSON", "RopaCLI", "RopaTestSupport"]),
        // The JSON Schemas in Data/schema: every register file in Data/ validated by python's jsonschema, enums = vocabularies.
        .testTarget(name: "RopaSchemaTests", dependencies: ["RopaModel", "RopaStore", "RopaJSON", "RopaTestSupport"]),
        .testTarget(name: "RopaCLITests", dependencies: ["RopaCLI", "RopaStore", "RopaExport", "RopaImport", "RopaUI", "RopaModel", "RopaJSON",
                                                      "RopaTestSupport"]),
        // The processor-agreement review: engine rules, mark-reviewed, processor tree, `ropa review`, seed queues.
        .testTarget(name: "RopaReviewTests", dependencies: ["RopaModel", "RopaStore", "RopaCLI", "RopaJSON", "RopaExport", "RopaTestSupport"]),
        // Golden files live in Tests/RopaExportTests/Golden and are read from the source tree, not as resources.
        .testTarget(name: "RopaExportTests", dependencies: ["RopaExport", "RopaModel", "RopaStore", "RopaJSON", "RopaTestSupport"],
                    exclude: ["Golden"]),
    ]
)
