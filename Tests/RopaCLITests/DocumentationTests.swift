import Foundation
import RopaCLI
import RopaTestSupport
import XCTest

/// `ropa --help`, the man page and the bash and zsh completions name every command and option.
final class DocumentationTests: CLITestCase {
    var root: String { Fixtures.repositoryRoot }

    func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: "\(root)/\(path)")), as: UTF8.self)
    }

    /// The man page as it reads: roff's escaped hyphens as hyphens.
    func manPage() throws -> String {
        try read("docs/ropa.1").replacingOccurrences(of: "\\-", with: "-")
    }

    /// Every option a command's help names, such as --format, -m and --dry-run.
    func options(of command: String) throws -> Set<String> {
        let help = ropa("help", command).stdout
        let expression = try NSRegularExpression(pattern: "(?<![A-Za-z0-9-])--?[A-Za-z][A-Za-z-]*")
        let range = NSRange(help.startIndex..., in: help)
        var found = Set<String>()
        for match in expression.matches(in: help, range: range) {
            if let text = Range(match.range, in: help) { found.insert(String(help[text])) }
        }
        return found
    }

    func testHelpHasAUsageLineAndEveryCommand() {
        let run = ropa("--help")
        XCTAssertEqual(run.code, 0)
        XCTAssertTrue(run.stdout.contains("\nUsage: ropa [PATH]\n"), run.stdout)
        XCTAssertTrue(RopaCommandLine.commandNames.contains("init") && RopaCommandLine.commandNames.contains("import"))
        for name in RopaCommandLine.commandNames {
            XCTAssertTrue(run.stdout.contains("\n  \(name) "), name)
            let help = ropa("help", name)
            XCTAssertEqual(help.code, 0, name)
            XCTAssertTrue(help.stdout.hasPrefix("Usage: ropa \(name)"), help.stdout)
        }
    }

    func testTheManPageDescribesEveryCommandOptionAndTheEnvironment() throws {
        let page = try manPage()
        for name in RopaCommandLine.commandNames {
            XCTAssertTrue(page.contains("\"ropa \(name) "), "the man page has no entry for ropa \(name)")
            for option in try options(of: name) {
                XCTAssertTrue(page.contains(option), "the man page does not mention \(option) of ropa \(name)")
            }
        }
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "THE TERMINAL UI", "EXIT STATUS", "ENVIRONMENT", "FILES"] {
            XCTAssertTrue(page.contains(".SH \(section)\n"), section)
        }
        for variable in ["ROPA_AUTHOR", "LANG", "NO_COLOR", "VISUAL", "EDITOR"] {
            XCTAssertTrue(page.contains(variable), variable)
        }
        XCTAssertTrue(page.contains("ropa \(RopaCommandLine.version)"), "the man page names the version")
    }

    func testTheManPageIsCleanRoff() throws {
        let page = try read("docs/ropa.1")
        XCTAssertTrue(page.unicodeScalars.allSatisfy(\.isASCII), "write non-ASCII characters as roff escapes, e.g. \\(:a")
        guard let groff = Program.find("groff") else { throw XCTSkip("groff is not installed") }
        let lint = try Program.run(groff, ["-man", "-ww", "-z", "\(root)/docs/ropa.1"])
        XCTAssertEqual(lint.status, 0)
        XCTAssertEqual(lint.errors, "", "groff warns about the man page")
    }

    func testBothCompletionScriptsKnowEveryCommandAndOption() throws {
        for script in ["completions/ropa.bash", "completions/_ropa"] {
            let text = try read(script)
            for name in RopaCommandLine.commandNames {
                XCTAssertTrue(text.contains(name), "\(script) does not complete the command \(name)")
                for option in try options(of: name) {
                    XCTAssertTrue(text.contains(option), "\(script) does not complete \(option) of ropa \(name)")
                }
            }
        }
    }

    /// Runs the bash completion function as bash would for `words`, the cursor on the last word.
    func bashCompletions(_ words: [String], in directory: String) throws -> [String] {
        guard let bash = Program.find("bash") else { throw XCTSkip("bash is not installed") }
        let quoted = words.map { "'\($0.replacingOccurrences(of: "'", with: "'\\''"))'" }.joined(separator: " ")
        let script = """
        source '\(root)/completions/ropa.bash'
        COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
        _ropa 2>/dev/null
        printf '%s\\n' "${COMPREPLY[@]}"
        """
        let result = try Program.run(bash, ["--noprofile", "--norc", "-c", script], directory: directory)
        XCTAssertEqual(result.status, 0, result.errors)
        return result.output.split(separator: "\n").map(String.init).sorted()
    }

    /// A folder holding only the clean register, as `register`.
    func registerInAFolderOfItsOwn() throws -> (parent: String, name: String) {
        let parent = try Fixtures.temporaryFolder("ropa-complete")
        folders.append(parent)
        try FileManager.default.moveItem(atPath: try savedRegister(), toPath: "\(parent)/register")
        return (parent, "register")
    }

    func testBashCompletesCommandsOptionsValuesFoldersAndIds() throws {
        let (parent, name) = try registerInAFolderOfItsOwn()
        XCTAssertEqual(try bashCompletions(["ropa", "i"], in: parent), ["import", "init"])
        XCTAssertEqual(try bashCompletions(["ropa", "export", name, "--format", ""], in: parent), ["csv", "docx", "html", "json", "markdown", "xlsx"])
        XCTAssertEqual(try bashCompletions(["ropa", "review", name, "--format", ""], in: parent), ["json", "markdown", "text"])
        XCTAssertEqual(try bashCompletions(["ropa", "import", name, "--from", ""], in: parent), ["csv", "xlsx"])
        XCTAssertEqual(try bashCompletions(["ropa", "import", name, "--d"], in: parent), ["--delimiter", "--dry-run"])
        XCTAssertEqual(try bashCompletions(["ropa", "set", name, "k"], in: parent), ["kundservice"])
        XCTAssertEqual(try bashCompletions(["ropa", "review", name, "--mark-reviewed", ""], in: parent), ["arendesystem", "molnleverantor"])
        XCTAssertEqual(try bashCompletions(["ropa", "validate", name], in: parent), [name])
        XCTAssertEqual(try bashCompletions(["ropa", "help", "re"], in: parent), ["resolve", "restore", "review"])
    }

    func testZshCompletesCommandsOptionsValuesAndIds() throws {
        guard let zsh = Program.find("zsh") else { throw XCTSkip("zsh is not installed") }
        let syntax = try Program.run(zsh, ["-n", "\(root)/completions/_ropa"])
        XCTAssertEqual(syntax.status, 0, syntax.errors)
        let (parent, name) = try registerInAFolderOfItsOwn()
        func completions(_ line: String) throws -> String {
            let result = try Program.run(zsh, ["-f", "-c", Self.zshCapture, "zsh", "\(root)/completions", parent, line], timeout: 15)
            XCTAssertFalse(result.output.contains("_arguments:"), result.output)
            return result.output
        }
        let commands = try completions("ropa i")
        XCTAssertTrue(commands.contains("import") && commands.contains("init"), commands)
        XCTAssertTrue(try completions("ropa reg").contains("register/"), "a folder to open")
        XCTAssertTrue(try completions("ropa export \(name) --format ").contains("markdown"))
        XCTAssertTrue(try completions("ropa import \(name) --from ").contains("csv"))
        let options = try completions("ropa import \(name) x.csv --")
        XCTAssertTrue(options.contains("--dry-run") && options.contains("--delimiter"), options)
        XCTAssertTrue(try completions("ropa set \(name) kund").contains("kundservice"))
        XCTAssertTrue(try completions("ropa review \(name) --mark-reviewed arende").contains("arendesystem"))
    }

    /// Types a line and Tab in an interactive zsh (through zpty) with the completion loaded, and prints
    /// what the terminal shows then: the completed line or the list of candidates.
    static let zshCapture = #"""
    setopt extendedglob
    zmodload zsh/zpty || exit 3
    zpty z zsh -f -i
    zpty -w z "PROMPT='> '; fpath=(${(q)1} \$fpath); cd ${(q)2}; autoload -U compinit; compinit -u -D; bindkey '^I' complete-word; print ROPA-READY"
    local line
    while zpty -r z line; do [[ $line == ROPA-READY* ]] && break; done
    zpty -n -w z "$3"$'\t'
    sleep 1
    while zpty -r -t z line; do print -r -- "${line//$'\e'\[[0-9;?]#[A-Za-z]/}"; done
    zpty -d z
    """#
}
