import RopaExport
import RopaModel

/// Reads the sheets of an Excel workbook (.xlsx) as tables for `SpreadsheetImport`, and the version stamp
/// `ropa export --format xlsx` put in it.
public enum XLSXImport {
    public struct Workbook: Sendable {
        public let tables: [SheetTable]
        /// "N HASH": the register version the workbook was exported from; nil for a workbook ropa did not write.
        public let stamp: String?
    }

    /// The largest workbook file read: the workbook of a large register is tens of megabytes (more than the
    /// 16 MB a register file may hold), and what its parts expand to is bounded by the ZIP reader.
    public static let maximumFileSize = 256 << 20

    public static func read(_ bytes: [UInt8], source: String) throws -> Workbook {
        do {
            let reader = try XLSXReader(bytes)
            let tables = try reader.sheets().map { sheet in
                SheetTable(source: "\(source) (\(sheet.name))", name: sheet.name, records: sheet.records)
            }
            return Workbook(tables: tables, stamp: try reader.customProperties()[XLSXExporter.versionProperty])
        } catch let failure as XLSXReader.Failure {
            let problem = ImportProblem(line: 1, LocalizedText(.importWorkbookDamaged, arguments: [.verbatim(ImportProblem.quoted(source)), failure.reason]))
            throw ImportError([problem.from(source)])
        }
    }

    public static func tables(_ bytes: [UInt8], source: String) throws -> [SheetTable] {
        try read(bytes, source: source).tables
    }
}
