import RopaExport
import RopaModel

/// Reads CSV files as spreadsheets save them into tables for `SpreadsheetImport`: the encoding (UTF-8 with or
/// without a byte order mark, UTF-16 with one, else Windows-1252) and the delimiter (`,` `;` tab `|`) are
/// found from the file.
public enum CSVImport {
    /// One file as a table; `name` (the file's name without its extension) may say which table it is.
    public static func table(_ bytes: [UInt8], source: String, name: String, options: ImportOptions = ImportOptions()) throws -> SheetTable {
        let (text, encoding) = TextDecoding.utf8(bytes)
        let delimiterByte = options.delimiter.flatMap { $0.rawValue.utf8.first } ?? CSVReader.detectDelimiter(text)
        let delimiter = CSVDelimiter.allCases.first { $0.rawValue.utf8.first == delimiterByte } ?? .comma
        do {
            let records = try CSVReader.records(text, delimiter: delimiterByte)
            return SheetTable(source: source, name: name, records: records, encoding: encoding, delimiter: delimiter)
        } catch let error as CSVSyntaxError {
            throw ImportError([ImportProblem(line: error.line, error.text)])
        }
    }

    /// Imports one CSV file of activities (or of another table, when its header says so).
    public static func plan(_ bytes: [UInt8], into register: Register, options: ImportOptions = ImportOptions()) throws -> ImportPlan {
        try SpreadsheetImport.plan([try table(bytes, source: "", name: "", options: options)], into: register, options: options)
    }
}
