import RopaModel

/// Reads the sheets of an Excel workbook (.xlsx) as tables.
public enum XLSXImport {
    public static func tables(_ bytes: [UInt8], source: String) throws -> [SheetTable] {
        throw ImportError([ImportProblem(line: 1, LocalizedText(.importNotAWorkbook, source, "not yet"))])
    }
}
