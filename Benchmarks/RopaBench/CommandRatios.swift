import Foundation
import RopaCLI
import RopaStore
import RopaUI
import RopaUIDriver

/// The command line against its floors, as ratios of times taken side by side: each round runs every
/// command once, one after the other, and each ratio is the median over rounds of the two times of one
/// round. On a shared, noisy machine absolute times drift by the minute; two times taken seconds apart
/// drift together.
///
/// Floors and peers: reading every tracked file once (a Python loop, as the issue measured it), `jq -c .`
/// over the same files, and `git commit -a` of a one-file edit in a git copy of the same register.
/// Commands: `ropa validate`, opening to the first frame (in this process), and the one-change saves (`set`,
/// `commit` of one hand-edited file, `restore` of the previous version, `review --mark-reviewed`, `import`
/// of a one-row sheet), each with the stat cache warm and without it (`.ropa-index` removed first).
struct CommandRatios {
    let source: String
    let work: String
    let rounds: Int
    let log: (String) -> Void

    private struct Setup {
        let register: String
        let gitCopy: String?
        let files: [String]
        let activity: String
        let processor: String
        let sheet: String
        let sheetRow: (header: String, row: String, name: String)
    }

    /// The one-change commands, each timed cold (no stat cache) and warm.
    static let saves = ["set", "commit", "restore", "review", "import"]

    func measure() throws -> [Measurement] {
        let setup = try prepare()
        let ropa = ExternalMeasurements.ropaCommand()
        let python = Subprocess.pythonInterpreter()
        let jq = Subprocess.find("jq")
        let git = setup.gitCopy == nil ? nil : Subprocess.find("git")
        var samples: [String: [Double]] = [:]
        func time(_ key: String, _ executable: String, _ arguments: [String], in directory: String? = nil, accepting: Set<Int32> = [0]) throws {
            let result = try Subprocess.run(executable, arguments, in: directory)
            guard accepting.contains(result.status) else {
                throw BenchError("\(key): \(executable) \(arguments.prefix(4).joined(separator: " ")) … exited with \(result.status): \(result.errors)")
            }
            samples[key, default: []].append(result.milliseconds)
        }
        func ropaTime(_ key: String, _ arguments: [String], accepting: Set<Int32> = [0]) throws {
            try time(key, ropa.executable, ropa.prefix + arguments, accepting: accepting)
        }
        let index = "\(setup.register)/\(RegisterLayout.statIndexFile)"
        log("command ratios: \(rounds) rounds over \(setup.files.count) files (\(ropa.description))")
        for round in 0..<rounds {
            if let python {
                try time("read", python, ["-c", "import sys\nfor p in sys.argv[1:]:\n    with open(p, 'rb') as f: f.read()"] + setup.files, in: setup.register)
            }
            if let jq { try time("jq", jq, ["-c", "."] + setup.files, in: setup.register) }
            try ropaTime("validate", ["validate", setup.register], accepting: [0, 1])
            samples["open", default: []].append(try firstFrame(setup.register))
            for warm in [false, true] {
                let suffix = warm ? ".warm" : ".cold"
                func save(_ key: String, _ arguments: [String]) throws {
                    if !warm { try? FileManager.default.removeItem(atPath: index) }
                    try ropaTime(key + suffix, arguments)
                }
                let tag = "r\(round)\(warm ? "w" : "c")"
                try save("set", ["set", setup.register, setup.activity, "owner=Mätning \(tag)", "-m", "bench \(tag)"])
                try editByHand("\(setup.register)/activities/\(setup.activity).json", owner: "Handredigerad \(tag)")
                try save("commit", ["commit", setup.register, "-m", "bench commit \(tag)"])
                let head = try RegisterStore(folder: setup.register).history.count
                try save("restore", ["restore", setup.register, "\(head - 1)", "-m", "bench restore \(tag)"])
                let day = String(format: "2027-%02d-%02d", 1 + round % 12, warm ? 20 : 10)
                try save("review", ["review", setup.register, "--mark-reviewed", setup.processor, "--as-of", day, "-m", "bench review \(tag)"])
                let row = setup.sheetRow.row.replacingOccurrences(of: setup.sheetRow.name, with: "\(setup.sheetRow.name) \(tag)")
                try Data("\(setup.sheetRow.header)\n\(row)\n".utf8).write(to: URL(fileURLWithPath: setup.sheet))
                try save("import", ["import", setup.register, "--from", "csv", setup.sheet, "-m", "bench import \(tag)"])
            }
            if let git, let copy = setup.gitCopy {
                try editByHand("\(copy)/activities/\(setup.activity).json", owner: "Git r\(round)")
                try time("git", git, ["commit", "-q", "-a", "-m", "bench r\(round)"], in: copy)
            }
        }
        return report(samples, hasPython: python != nil, hasJq: jq != nil, hasGit: git != nil)
    }

    private func report(_ samples: [String: [Double]], hasPython: Bool, hasJq: Bool, hasGit: Bool) -> [Measurement] {
        var results: [Measurement] = []
        let titles = ["read": "read every tracked file once (python3 loop)", "jq": "jq -c . over the same files",
                      "validate": "ropa validate", "open": "open → first frame (in this process)",
                      "git": "git commit -a of a one-file edit (git copy)"]
        for key in ["read", "jq", "validate", "open", "git"] {
            if let values = samples[key] { results.append(Measurement("cli.\(key)", titles[key] ?? key, samples: values)) }
        }
        for save in CommandRatios.saves {
            for suffix in [".cold", ".warm"] {
                if let values = samples[save + suffix] {
                    results.append(Measurement("cli.\(save)\(suffix)", "ropa \(save), stat cache \(suffix == ".warm" ? "warm" : "cold")", samples: values))
                }
            }
        }
        /// The median over rounds of `numerator ÷ denominator` within each round.
        func ratio(_ key: String, _ title: String, _ numerator: String, _ denominator: String, missing: String) {
            guard let top = samples[numerator], let bottom = samples[denominator], top.count == bottom.count, !top.isEmpty else {
                results.append(.skipped(key, title, unit: .ratio, reason: missing))
                return
            }
            let ratios = zip(top, bottom).map { $0 / max(0.001, $1) }
            results.append(Measurement(key, title, unit: .ratio, samples: [Summary(ratios).median]))
        }
        let noPython = "python3 is not installed: no read floor", noJq = "jq is not installed (apt-get install jq)"
        ratio("ratio.validateToRead", "validate ÷ reading every file", "validate", "read", missing: noPython)
        ratio("ratio.validateToJq", "validate ÷ jq -c .", "validate", "jq", missing: noJq)
        ratio("ratio.openToRead", "open → first frame ÷ reading every file", "open", "read", missing: noPython)
        for save in CommandRatios.saves {
            ratio("ratio.\(save).cold", "\(save) (no stat cache) ÷ validate", "\(save).cold", "validate", missing: "")
            ratio("ratio.\(save).warm", "\(save) (warm stat cache) ÷ validate", "\(save).warm", "validate", missing: "")
        }
        for save in CommandRatios.saves {
            ratio("ratio.\(save).toGit", "\(save) (warm stat cache) ÷ git commit -a", "\(save).warm", "git", missing: "git is not installed")
        }
        return results
    }

    // MARK: Setting up

    private func prepare() throws -> Setup {
        let base = "\(work)/ratios"
        if FileIO.kind(base) != .missing { try FileManager.default.removeItem(atPath: base) }
        try FileIO.makeFolder(base)
        let register = "\(base)/register"
        try FileManager.default.copyItem(atPath: source, toPath: register)
        let files = try RegisterStore(folder: register).readFiles().keys.sorted()
        guard let activity = files.first(where: { $0.hasPrefix("activities/") }).map(idOf),
              let processor = files.first(where: { $0.hasPrefix("processors/") }).map(idOf) else {
            throw BenchError("the register has no activity or no processor to change")
        }
        var gitCopy: String?
        if let git = Subprocess.find("git") {
            let copy = "\(base)/git"
            try FileManager.default.copyItem(atPath: source, toPath: copy)
            log("a git copy of the register for git commit -a")
            for arguments in [["init", "-q"], ["add", "-A"], ["-c", "user.name=ropa-bench", "-c", "user.email=bench@example.invalid", "commit", "-q", "-m", "register"],
                              ["config", "user.name", "ropa-bench"], ["config", "user.email", "bench@example.invalid"]] {
                let result = try Subprocess.run(git, arguments, in: copy)
                guard result.status == 0 else { throw BenchError("git \(arguments[0]) failed: \(result.errors)") }
            }
            gitCopy = copy
        }
        let sheet = "\(base)/one-row.csv"
        let export = "\(base)/export.csv"
        let context = CommandContext(stdout: BufferOutput(), stderr: BufferOutput(), environment: ["ROPA_AUTHOR": "ropa-bench"])
        guard RopaCommandLine.run(["export", register, "--format", "csv", "--output", export], context: context) == 0 else {
            throw BenchError("ropa export --format csv failed")
        }
        let store = try RegisterStore(folder: register)
        guard let first = try store.load().activities.first(where: { $0.id == activity }) else { throw BenchError("no activity \(activity)") }
        let records = firstRecords(try String(contentsOfFile: export, encoding: .utf8), count: 2)
        guard records.count == 2, records[1].contains(first.name) else { throw BenchError("the exported sheet has no row for \(activity)") }
        // The sheet's first row is the first activity by the export's order: import changes the one it names.
        return Setup(register: register, gitCopy: gitCopy, files: files, activity: activity, processor: processor, sheet: sheet,
                     sheetRow: (records[0], records[1], first.name))
    }

    private func idOf(_ path: String) -> String {
        String(path.split(separator: "/").last?.dropLast(5) ?? "")
    }

    /// The first `count` records of CSV text (a newline inside quotes belongs to its field).
    private func firstRecords(_ text: String, count: Int) -> [String] {
        var records: [String] = [], current = "", quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if (character == "\n" || character == "\r\n") && !quoted {
                records.append(current)
                current = ""
                if records.count == count { break }
            } else {
                current.append(character)
            }
        }
        return records
    }

    /// A hand edit of an entity file: its owner changed in place, as an editor would.
    private func editByHand(_ path: String, owner: String) throws {
        var text = try String(contentsOfFile: path, encoding: .utf8)
        if let range = text.range(of: "\"owner\": \"[^\"]*\"", options: .regularExpression) {
            text.replaceSubrange(range, with: "\"owner\": \"\(owner)\"")
        } else if let brace = text.firstIndex(of: "{") {
            text.insert(contentsOf: "\n  \"owner\": \"\(owner)\",", at: text.index(after: brace))
        }
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// Opening the register in the UI to its first rendered frame, as `ropa PATH` does before the first draw.
    private func firstFrame(_ register: String) throws -> Double {
        let session = try OpeningSession(register, size: Size(columns: 120, rows: 40), environment: ["ROPA_AUTHOR": "ropa-bench"],
                                         waitingForFindings: false)
        // The findings the first frame leaves for later are not checked here: this is the frame alone.
        session.driver.close()
        if session.frame.cells.isEmpty { log("(empty first frame)") }
        return session.firstFrame
    }
}
