import Foundation
import RopaExport
import RopaModel

// Measures exporting a large register, the issue's bar being "well under a second" for 10 000 activities
// in a release build. Run: swift run -c release ropa-export-benchmark [ACTIVITIES [WORD]], where WORD keeps
// only the measurements whose label contains it (for profiling one of them).
let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 10_000
let only = CommandLine.arguments.dropFirst(2).first
let register = SyntheticRegister.make(activities: count)

func measure(_ label: String, _ body: () throws -> [UInt8]) rethrows {
    if let only, !label.localizedCaseInsensitiveContains(only) { return }
    let start = DispatchTime.now().uptimeNanoseconds
    let bytes = try body()
    let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    print("\(label.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", milliseconds)) ms  \(bytes.count / 1024) KiB")
}

print("Exporting a register of \(count) activities")
measure("CSV activities (en)") { CSVExporter.export(register, table: .activities) }
measure("CSV activities (sv, ; and BOM)") {
    CSVExporter.export(register, table: .activities, options: CSVOptions(language: .sv, delimiter: .semicolon, byteOrderMark: true))
}
measure("CSV all six tables (en)") {
    CSVExporter.export(register, tables: CSVTable.allCases).flatMap(\.bytes)
}
let date = CalendarDate(year: 2026, month: 6, day: 1)
measure("Markdown (en), findings included") { MarkdownExporter.export(register, options: MarkdownOptions(language: .en, date: date)) }
measure("Markdown (sv), findings included") { MarkdownExporter.export(register, options: MarkdownOptions(language: .sv, date: date)) }
try measure("JSON") { try JSONExporter.export(register) }
measure("Validator alone (for comparison)") { Array(repeating: 0, count: Validator(register: register, asOf: date).findings().count) }
