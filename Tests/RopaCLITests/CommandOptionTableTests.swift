import Foundation
import RopaCLI
import RopaTestSupport
import XCTest

/// Each command's options are declared once (`CommandOption`); the help, the man page and the bash and zsh
/// completions must name exactly those, and offer the same fixed values.
final class CommandOptionTableTests: CLITestCase {
    private var root: String { Fixtures.repositoryRoot }
    private let global: Set<String> = ["--lang", "-h", "--help"]

    private func read(_ path: String) throws -> String {
        try String(contentsOfFile: "\(root)/\(path)", encoding: .utf8)
    }

    private func declared(_ command: String) -> Set<String> {
        Set((RopaCommandLine.declaredOptions[command] ?? []).flatMap(\.names))
    }

    private var valueOptions: Set<String> {
        Set(RopaCommandLine.declaredOptions.values.flatMap { $0 }.filter { !$0.isFlag }.flatMap(\.names))
    }

    /// Option names in `text`: `-m`, `--dry-run`.
    private func optionNames(in text: String) -> Set<String> {
        guard let expression = try? NSRegularExpression(pattern: "(?<![A-Za-z0-9_-])--?[A-Za-z][A-Za-z-]*") else { return [] }
        return Set(expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        })
    }

    func testEveryCommandDeclaresItsOptionsOnceAndTheParserTakesEveryName() {
        for (command, options) in RopaCommandLine.declaredOptions {
            let names = options.flatMap(\.names)
            XCTAssertEqual(names.count, Set(names).count, "\(command) declares a name twice")
        }
        // Both names of an option are one option: the value given by either is found.
        let folder = try? savedRegister()
        XCTAssertNotNil(folder)
        if let folder {
            XCTAssertEqual(ropa("set", folder, "kundservice", "owner=A", "--message", "långt").code, 0)
            XCTAssertEqual(ropa("set", folder, "kundservice", "owner=B", "-m", "kort").code, 0)
            let log = ropa("log", folder).stdout
            XCTAssertTrue(log.contains("långt") && log.contains("kort"), log)
        }
    }

    func testTheHelpOfEachCommandNamesItsOptionsAndNoOthers() {
        for command in RopaCommandLine.commandNames {
            // Quoted command lines ('ropa export --table all', 'pandoc -f gfm …') are examples, not options.
            let help = ropa("help", command).stdout
                .replacingOccurrences(of: #"'(ropa|pandoc) [^']*'|pandoc .*"#, with: "", options: .regularExpression)
            XCTAssertEqual(optionNames(in: help).subtracting(global), declared(command), "ropa help \(command)")
        }
    }

    func testTheManPageNamesEveryOption() throws {
        let page = try read("docs/ropa.1").replacingOccurrences(of: "\\-", with: "-")
        for command in RopaCommandLine.commandNames {
            for name in declared(command) {
                XCTAssertTrue(page.contains(name), "the man page does not name \(name) of ropa \(command)")
            }
        }
    }

    func testBashCompletesEachCommandsOptionsAndSkipsEveryValue() throws {
        let script = try read("completions/ropa.bash")
        // `_ropa_options`: one line per command, `name) echo "…" ;;`.
        let line = try NSRegularExpression(pattern: #"^\s+([a-z-]+)\) echo "([^"]*)" ;;"#, options: .anchorsMatchLines)
        var offered: [String: Set<String>] = [:]
        for match in line.matches(in: script, range: NSRange(script.startIndex..., in: script)) {
            guard let name = Range(match.range(at: 1), in: script), let list = Range(match.range(at: 2), in: script) else { continue }
            offered[String(script[name])] = Set(script[list].split(separator: " ").map(String.init))
        }
        for command in RopaCommandLine.commandNames {
            XCTAssertEqual(offered[command] ?? [], declared(command), "bash offers other options for ropa \(command)")
        }
        // The options whose value is skipped when finding the command and PATH.
        let skip = try XCTUnwrap(script.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--name|") })
        XCTAssertEqual(optionNames(in: String(skip)), valueOptions.union(["--lang"]), "bash's list of options that take a value")
        for option in RopaCommandLine.declaredOptions.values.flatMap({ $0 }) where !option.words.isEmpty {
            let words = option.words.map { $0.count == 1 ? "'\($0)'" : $0 }.joined(separator: " ")
            XCTAssertTrue(script.contains("compgen -W \"\(words)\""), "bash does not offer \(words) for \(option.names)")
        }
    }

    func testZshCompletesEachCommandsOptionsAndSkipsEveryValue() throws {
        let script = try read("completions/_ropa")
        let lines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "arguments)" }) else {
            return XCTFail("no arguments) state in _ropa")
        }
        var sections: [String: String] = [:]
        var current: String?
        for line in lines[(start + 1)...] {
            // A command's branch starts with `        name)` alone on its line.
            if line.range(of: #"^        [a-z-]+\)$"#, options: .regularExpression) != nil {
                current = String(line.trimmingCharacters(in: .whitespaces).dropLast())
                continue
            }
            if let current { sections[current, default: ""] += line + "\n" }
        }
        for command in RopaCommandLine.commandNames {
            let section = (sections[command] ?? "").replacingOccurrences(of: #"_files -[a-z/]+"#, with: "", options: .regularExpression)
            var names = optionNames(in: section)
            if section.contains("$message") { names.formUnion(["-m", "--message"]) }
            XCTAssertEqual(names.subtracting(global), declared(command), "zsh offers other options for ropa \(command)")
            for option in RopaCommandLine.declaredOptions[command] ?? [] where !option.words.isEmpty && option != .delimiter {
                XCTAssertTrue(section.contains("(\(option.words.joined(separator: " ")))"), "zsh does not offer \(option.words) for \(option.names) of \(command)")
            }
        }
        let skip = try XCTUnwrap(lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--name|") })
        XCTAssertEqual(optionNames(in: skip), valueOptions.union(["--lang"]), "zsh's list of options that take a value")
    }
}
