import Foundation
import Synchronization
import RopaCLI
import RopaExport
import RopaImport
import RopaModel
import RopaStore
import RopaUI
import RopaUIDriver

/// Measures what a DPO does with a large register, in this process, through the same code `ropa` runs:
/// opening it in the UI, keys, saving, log, diff, restore and exports. Every sample is one operation
/// timed with the monotonic clock; nothing is averaged away.
struct SessionMeasurements {
    /// A copy of the generated register: saves and restores change it, the generated one stays as made.
    let folder: String
    let runs: Int
    let keystrokeRounds: Int
    let size = Size(columns: 120, rows: 40)
    let environment = ["ROPA_AUTHOR": "ropa-bench"]
    let log: (String) -> Void

    /// Keeps results alive so the optimiser cannot drop the work that made them.
    private static let sink = Atomic<Int>(0)

    /// Runs the groups asked for (nil: all) in the order a session would: open, keys, save, commands, exports.
    func run(_ groups: Set<String>?) throws -> [Measurement] {
        func wanted(_ group: String) -> Bool { groups?.contains(group) ?? true }
        var results: [Measurement] = []
        if wanted("open") {
            log("open → first frame, → findings shown")
            results += try firstFrame()
        }
        if wanted("keys") || wanted("save") {
            var (state, driver) = try OpeningSession.withFindings(folder, size: size, environment: environment)
            defer { driver.close() }
            if wanted("keys") {
                log("keystrokes")
                results += try keystrokes(&state)
            }
            if wanted("save") {
                log("save")
                results.append(try saves(&state, driver: driver, syncs: false))
                results.append(try saves(&state, driver: driver, syncs: true))
            }
        }
        if wanted("commands") {
            log("log, diff, restore")
            results += try commands()
        }
        if wanted("exports") {
            log("exports")
            let (state, driver) = try OpeningSession.withFindings(folder, size: size, environment: environment)
            defer { driver.close() }
            results += try exports(state, driver: driver)
            results += try documentExports(state)
        }
        return results
    }

    // MARK: Opening

    /// Open (read, decode) to the first frame, as `ropa PATH` draws it, and on to the frame that shows the
    /// findings checked meanwhile on another thread.
    func firstFrame() throws -> [Measurement] {
        var frames: [Double] = [], findings: [Double] = []
        for _ in 0..<runs {
            let session = try OpeningSession(folder, size: size, environment: environment)
            frames.append(session.firstFrame)
            findings.append(session.findingsShown)
            Self.sink.wrappingAdd(session.frame.cells.count, ordering: .relaxed)
            session.driver.close()
        }
        return [Measurement("open.firstFrame", "open → first frame (load, render)", samples: frames),
                Measurement("open.findingsShown", "open → findings shown (validated on another thread)", samples: findings)]
    }

    // MARK: Keys

    /// One key through `reduce` and `render`, as the terminal loop does for every key.
    private func press(_ key: Key, _ state: inout AppState) -> Double {
        let start = Clock.now()
        _ = reduce(&state, .key(key))
        let grid = render(state, size: size)
        let elapsed = Clock.milliseconds(since: start)
        Self.sink.wrappingAdd(grid.cells.count, ordering: .relaxed)
        return elapsed
    }

    private func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

    func keystrokes(_ state: inout AppState) throws -> [Measurement] {
        _ = reduce(&state, .key(.character("2")))
        var scrolling: [Double] = []
        var filtering: [Double] = []
        var editing: [Double] = []
        for _ in 0..<keystrokeRounds {
            let scrollKeys: [Key] = Array(repeating: .down, count: 300) + Array(repeating: .pageDown, count: 30)
                + Array(repeating: .up, count: 100) + Array(repeating: .pageUp, count: 30) + [.end, .home] + type("jjjjjkkkkk")
            for key in scrollKeys { scrolling.append(press(key, &state)) }

            // `/`, a word typed and taken back letter by letter, Enter keeps a filter, Esc clears it.
            for word in ["kundtjänst", "löneadministration malmö", "hr, umeå 2", "öresund", "zzz"] {
                filtering.append(press(.character("/"), &state))
                for key in type(word) { filtering.append(press(key, &state)) }
                for _ in word { filtering.append(press(.backspace, &state)) }
                for key in type("kund") { filtering.append(press(key, &state)) }
                filtering.append(press(.enter, &state))
                filtering.append(press(.escape, &state))
            }

            // Edit an activity's description: open the form, go to the field, type, store it, go back.
            for _ in 0..<10 {
                _ = reduce(&state, .key(.down))
                let keys: [Key] = [.character("e"), .down, .enter] + type(" Ändrad i mätningen.") + [.enter, .escape]
                for key in keys { editing.append(press(key, &state)) }
            }
        }
        guard state.isDirty else { throw BenchError("the editing keys changed nothing: the form layout is not what the benchmark expects") }
        return [
            Measurement("keystroke.scroll", "keystroke: scrolling the activity list", samples: scrolling),
            Measurement("keystroke.filter", "keystroke: filtering with /", samples: filtering),
            Measurement("keystroke.edit", "keystroke: editing a field (typing, storing)", samples: editing),
        ]
    }

    // MARK: Saving

    /// Saves one changed field as a version, through the driver as the UI's `s` does.
    func saves(_ state: inout AppState, driver: AppDriver, syncs: Bool) throws -> Measurement {
        return try FileIO.$writing.withValue(syncs ? .durable : .unsynced) {
            var samples: [Double] = []
            var random = SeededRandom(seed: syncs ? 7 : 8)
            for run in 0..<runs {
                let index = random.int(below: state.register.activities.count)
                state.register.activities[index].notes = "Ändrad i mätning \(run) (\(syncs ? "fsync" : "utan fsync"))."
                // The edit is made outside the timing, and the UI brought up to date with it as after an edit
                // in a form (which updates the list in place): setting the register directly makes the next
                // event rebuild the 10 000-row list, which is the edit's cost, not the save's.
                _ = reduce(&state, .resize(state.size))
                let start = Clock.now()
                guard let event = driver.perform(.save(message: "Mätning \(run)"), state: state) else { throw BenchError("save returned nothing") }
                _ = reduce(&state, event)
                samples.append(Clock.milliseconds(since: start))
                if case .failed(let message) = event { throw BenchError("save failed: \(message)") }
            }
            return syncs
                ? Measurement("save.fsync", "save one changed field (with fsync)", samples: samples)
                : Measurement("save.nofsync", "save one changed field (without fsync)", samples: samples)
        }
    }

    // MARK: Commands

    /// `ropa log`, `ropa diff 1 LAST` and `ropa restore`, run in this process with their output captured.
    func commands() throws -> [Measurement] {
        var logs: [Double] = [], diffs: [Double] = [], restores: [Double] = []
        let last = try RegisterStore(folder: folder).history.count
        var diffLines = 0
        for _ in 0..<runs {
            logs.append(try run(["log", folder]).milliseconds)
            let diff = try run(["diff", folder, "1", "\(last)"])
            diffs.append(diff.milliseconds)
            diffLines = diff.lines
        }
        for run in 0..<runs {
            // Each restore brings back the version before the head: a real undo of the last save.
            let head = try RegisterStore(folder: folder).history.count
            restores.append(try self.run(["restore", folder, "\(head - 1)", "-m", "Återställd i mätning \(run)"]).milliseconds)
        }
        return [
            Measurement("log", "ropa log", samples: logs),
            Measurement("diff.firstToLast", "ropa diff first → last version", samples: diffs,
                        note: "diff 1 → \(last): \(diffLines) lines of changes"),
            Measurement("restore", "ropa restore (the version before the head)", samples: restores),
        ]
    }

    private func run(_ arguments: [String]) throws -> (milliseconds: Double, lines: Int) {
        let output = BufferOutput(), errors = BufferOutput()
        let context = CommandContext(stdout: output, stderr: errors, environment: environment)
        let start = Clock.now()
        let status = RopaCommandLine.run(arguments, context: context)
        let elapsed = Clock.milliseconds(since: start)
        guard status == ExitCode.success else {
            throw BenchError("ropa \(arguments.joined(separator: " ")) failed (\(status)): \(errors.text)")
        }
        return (elapsed, output.text.split(separator: "\n").count)
    }

    // MARK: Exports

    /// CSV and Markdown exports as the UI's `x` writes them.
    func exports(_ state: AppState, driver: AppDriver) throws -> [Measurement] {
        let target = folder + "-exports"
        try FileIO.makeFolder(target)
        var csv: [Double] = [], markdown: [Double] = []
        for _ in 0..<runs {
            csv.append(try export(to: "\(target)/register.csv", state, driver))
            markdown.append(try export(to: "\(target)/register.md", state, driver))
        }
        // Sizes from the file system: the whole document is larger than a register file may be.
        let csvSize = FolderSize.of("\(target)/register.csv").apparentBytes
        let markdownSize = FolderSize.of("\(target)/register.md").apparentBytes
        return [
            Measurement("export.csv", "CSV export (activities table)", samples: csv, note: "CSV \(csvSize / 1024) KiB"),
            Measurement("export.markdown", "Markdown export (whole document)", samples: markdown, note: "Markdown \(markdownSize / 1024) KiB"),
        ] + (try workbook(state.register))
    }

    /// The whole register as an Excel workbook, and that workbook imported back into the register (read,
    /// every sheet recognised, every row compared): the DPO's round trip through Excel.
    func workbook(_ register: Register) throws -> [Measurement] {
        var exports: [Double] = [], imports: [Double] = []
        var size = 0
        for _ in 0..<runs {
            let (book, exportTime) = try Clock.time { try XLSXExporter.export(register, options: WorkbookOptions(language: .sv)).bytes }
            size = book.count
            exports.append(exportTime)
            let (plan, importTime) = try Clock.time { () throws -> ImportPlan in
                let read = try XLSXImport.read(book, source: "register.xlsx")
                return try SpreadsheetImport.plan(read.tables, into: register)
            }
            imports.append(importTime)
            if plan.changesAnything { throw BenchError("the workbook's import changed the register: \(plan.changed.prefix(3))") }
        }
        return [
            Measurement("export.xlsx", "XLSX export (whole workbook)", samples: exports, note: "XLSX \(size / 1024) KiB"),
            Measurement("import.xlsx", "XLSX import of that workbook (no change)", samples: imports),
        ]
    }

    private func export(to path: String, _ state: AppState, _ driver: AppDriver) throws -> Double {
        let start = Clock.now()
        let event = driver.perform(.export(path: path), state: state)
        let elapsed = Clock.milliseconds(since: start)
        if case .failed(let message)? = event { throw BenchError("export to \(path) failed: \(message)") }
        return elapsed
    }
}
