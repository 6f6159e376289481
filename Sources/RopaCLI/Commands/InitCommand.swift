import Foundation
import RopaModel
import RopaStore

enum InitCommand: Command {
    static let name = "init"
    static let usage = "ropa init PATH [--name NAME] [--org-number NNNNNN-NNNN]"
    static let summary = CLIMessage.initSummary
    static let help = CLIMessage.initHelp
    static let commandOptions: [CommandOption] = [CommandOption("--name", value: "NAME"), CommandOption("--org-number", value: "NNNNNN-NNNN")]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let path = try requirePath(parsed, command: name)
        if parsed.positionals.count > 1 {
            throw UsageError(.errorUnexpectedArgument, TerminalText.escape(parsed.positionals[1]), command: name)
        }
        if path.isEmpty { throw UsageError(.initPathEmpty, command: name) }
        do {
            try RegisterStore.checkCanCreate(at: path)
        } catch let error as StoreError {
            throw UsageError(.verbatim(error.description(context.language)), command: name)
        }
        var number: String?
        if let given = parsed.option("--org-number") {
            if let problem = problem(with: given, context: context) { throw UsageError(.verbatim("--org-number: \(problem)"), command: name) }
            number = OrganisationNumber.normalised(given)
        }
        let organisation = try organisationName(parsed.option("--name"), context: context)
        if parsed.option("--org-number") == nil, context.input.isInteractive {
            number = askOrganisationNumber(context: context)
        }

        let register = Register.new(organisationName: organisation, organisationNumber: number)
        let store = try RegisterStore.create(register, at: path, message: context.text(.initDefaultMessage),
                                             author: Author.current(environment: context.environment, folder: existingParent(of: path)))
        let version = store.history.head.flatMap { store.history.version($0) }
        let versionText = version.map { context.text(.versionWithHash, $0.label, $0.shortHash) } ?? context.text(.initNoVersion)
        let folder = TerminalText.escape(store.folder)
        context.say(.initCreated, TerminalText.escape(organisation), folder, versionText)
        context.say(.initNext, folder)
        // Inside a git repository the register is shared: its files go to ropa's merge driver.
        if GitRepository.isInside(store.folder, environment: context.environment) {
            GitSetupCommand.writeAttributes(store.folder, context: context)
        }
        return ExitCode.success
    }

    /// The nearest folder on the way to `path` that exists: where git is asked for the author.
    static func existingParent(of path: String) -> String {
        var current = path
        for _ in 0..<256 {
            let candidate = FileIO.parentFolder(of: current)
            if FileIO.kind(candidate) == .folder || candidate == current {
                return candidate
            }
            current = candidate
        }
        return "." 
    }

    /// The name from --name, or asked for in a terminal.
    static func organisationName(_ given: String?, context: CommandContext) throws -> String {
        if let given {
            let trimmed = given.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw UsageError(.initNameEmpty, command: name) }
            return trimmed
        }
        guard context.input.isInteractive else {
            throw UsageError(.initNameNeeded, command: name)
        }
        while true {
            guard let answer = context.ask(context.text(.initAskName)) else {
                throw UsageError(.initNoNameGiven, command: name)
            }
            if !answer.isEmpty { return answer }
            context.err(context.text(.initNameRequired))
        }
    }

    /// Asks until the answer is a valid number or empty (skip).
    static func askOrganisationNumber(context: CommandContext) -> String? {
        while true {
            guard let answer = context.ask(context.text(.initAskNumber)), !answer.isEmpty else { return nil }
            guard let problem = problem(with: answer, context: context) else { return OrganisationNumber.normalised(answer) }
            context.err(problem)
        }
    }

    /// What is wrong with an organisation number, or nil when it is valid.
    static func problem(with number: String, context: CommandContext) -> String? {
        switch OrganisationNumber.problem(number.trimmingCharacters(in: .whitespaces)) {
        case .none:
            return nil
        case .format:
            return context.text(.initNumberFormat, TerminalText.escape(number))
        case .checkDigit(let expected):
            return context.text(.initNumberCheckDigit, TerminalText.escape(number), "\(expected)")
        }
    }
}
