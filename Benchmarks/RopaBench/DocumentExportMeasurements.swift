import Foundation
import RopaExport
import RopaModel
import RopaStore
import RopaUI

/// The register document as `ropa export --format docx|html -o FILE` writes it: build, render, write.
extension SessionMeasurements {
    func documentExports(_ state: AppState) throws -> [Measurement] {
        let target = folder + "-exports"
        try FileIO.makeFolder(target)
        var docx: [Double] = [], html: [Double] = []
        for _ in 0..<runs {
            docx.append(try exportDocument(.docx, to: "\(target)/register.docx", state))
            html.append(try exportDocument(.html, to: "\(target)/register.html", state))
        }
        let docxSize = FolderSize.of("\(target)/register.docx").apparentBytes
        let htmlSize = FolderSize.of("\(target)/register.html").apparentBytes
        return [
            Measurement("export.docx", "DOCX export (register document)", samples: docx, note: "DOCX \(docxSize / 1024) KiB"),
            Measurement("export.html", "HTML export (register document)", samples: html, note: "HTML \(htmlSize / 1024) KiB"),
        ]
    }

    private func exportDocument(_ format: ExportFormat, to path: String, _ state: AppState) throws -> Double {
        let start = Clock.now()
        let version = state.session.head.map { ExportVersion(number: $0.number, hash: $0.hash) }
        let request = ExportRequest.simple(format, language: .sv, date: state.asOf, version: version)
        try Exporter.write(state.register, request: request, to: path)
        return Clock.milliseconds(since: start)
    }
}
