import RopaExport
import RopaModel
import RopaStore
import RopaTestSupport

/// The five registers in Data/, as the exports see them.
enum SeedRegisters {
    static let names = ["ist-group", "ict-workgroup", "intelliplan", "izonen", "jsc-it-partner"]
    /// The date golden documents are written for, so findings and the title never depend on today.
    static let date = CalendarDate(year: 2026, month: 6, day: 1)

    /// The register and its head version.
    static func load(_ name: String) throws -> (register: Register, version: ExportVersion?) {
        let store = try RegisterStore(folder: "\(Fixtures.repositoryRoot)/Data/\(name)")
        let register = try store.load()
        let version = store.history.head.flatMap { store.history.version($0) }.map { ExportVersion($0) }
        return (register, version)
    }

    static func markdownOptions(_ language: Language, version: ExportVersion?) -> MarkdownOptions {
        MarkdownOptions(language: language, date: date, version: version)
    }
}
