import Foundation
import RopaModel
import RopaStore
import RopaTerminal
import RopaUI
import RopaUIDriver

/// `ropa [PATH]`: opens the terminal UI on a register, or on a picker when PATH holds several.
enum OpenCommand {
    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try Arguments(arguments, command: "")
        let path = parsed.positionals.first ?? "."
        if parsed.positionals.count > 1 { throw UsageError(.errorUnexpectedArgument, TerminalText.escape(parsed.positionals[1])) }
        let language = context.language
        var registerPath = path
        var picker: RegisterPickerState?
        if !RegisterStore.isRegister(path) {
            switch FileIO.kind(path) {
            case .missing: throw StoreError.notFound(path: path)
            case .folder: break
            default: throw StoreError.notAFolder(path: path)
            }
            let entries = try registers(in: path, context: context)
            guard !entries.isEmpty else { throw StoreError.notARegister(path: path) }
            // Without a terminal (a script, a pipe) the registers are listed instead of picked.
            if isatty(STDOUT_FILENO) == 0 || isatty(STDIN_FILENO) == 0 {
                context.say(.openRegistersIn, TerminalText.escape(path))
                for entry in entries { context.out("  \(TerminalText.escape(entry.title))  ·  \(entry.detail)") }
                return ExitCode.success
            }
            picker = RegisterPickerState(folder: path, entries: entries, language: language)
        }
        // The register is read before the terminal is taken over, so that bad input is reported plainly, and
        // with a terminal it is opened for the UI there and then: reading it to check it and again for the UI
        // was a third of the wait for the first frame of a large register. Without one (a script) it is only
        // read, as a reader, before the terminal is refused.
        var opened: (AppState, AppDriver)?
        if picker == nil {
            let hasTerminal = (try? Terminal.check(environment: context.environment)) != nil
            func open() throws {
                if hasTerminal {
                    opened = try AppDriver.open(path: path, environment: context.environment, language: language)
                } else {
                    _ = try RegisterStore(folder: path).load()
                }
            }
            do {
                try open()
            } catch StoreError.mergeConflicts where context.input.isInteractive {
                // Conflicts a git merge left are settled first, one by one (see ConflictPrompt).
                guard try ConflictPrompt.run(path, context: context) else { return ExitCode.findings }
                try open()
            }
        }
        let terminal: Terminal
        do {
            terminal = try Terminal(environment: context.environment)
        } catch let error as TerminalError {
            opened?.1.close()
            context.err("ropa: \(describe(error, context: context))")
            return ExitCode.failure
        }
        defer { terminal.shutdown() }
        // A register chosen in the folder picker returns to the picker when it is closed with `q`.
        while true {
            if var chooser = picker {
                guard let chosen = TerminalApp.pick(chooser, terminal: terminal) else { return ExitCode.success }
                registerPath = chosen
                chooser.cursor = chooser.entries.firstIndex { $0.path == chosen } ?? 0
                picker = chooser
            }
            let session: (AppState, AppDriver)
            if let first = opened {
                session = first
                opened = nil
            } else {
                do {
                    session = try AppDriver.open(path: registerPath, environment: context.environment, language: language)
                } catch {
                    terminal.shutdown()
                    context.err("ropa: \(context.describe(error))")
                    return ExitCode.failure
                }
            }
            let code = TerminalApp.run(session.0, driver: session.1, terminal: terminal)
            session.1.close()
            guard picker != nil, code == ExitCode.success else { return code }
            terminal.invalidate()
        }
    }

    static func registers(in folder: String, context: CommandContext) throws -> [RegisterPickerState.Entry] {
        try FileIO.list(folder).compactMap { name -> RegisterPickerState.Entry? in
            let path = folder.hasSuffix("/") ? "\(folder)\(name)" : "\(folder)/\(name)"
            guard RegisterStore.isRegister(path) else { return nil }
            do {
                let register = try RegisterStore(folder: path).load()
                return .init(path: path, title: "\(name) — \(register.organisation.name)",
                             detail: RegisterPickerState.detail(activities: register.activities.count, processors: register.processors.count,
                                                                   language: context.language))
            } catch {
                return .init(path: path, title: name, detail: context.text(.openCannotBeRead, context.describe(error)))
            }
        }
    }

    /// Why the terminal could not be used, in the run's language.
    static func describe(_ error: TerminalError, context: CommandContext) -> String {
        switch error {
        case .notATerminal: return context.text(.terminalNeeded)
        case .termNotSet: return context.text(.terminalTermNotSet)
        case .unknownTerminal(let term): return context.text(.terminalUnknownType, TerminalText.escape(term))
        }
    }
}
