import Foundation
import RopaModel
import RopaStore

enum InitCommand: Command {
    static let name = "init"
    static let usage = "ropa init PATH [--name NAME] [--org-number NNNNNN-NNNN]"
    static let summary = "create an empty register in a new folder"
    static let help = """
    Creates the folder PATH (readable by its owner only) with register.json, organisation.json naming the
    organisation as its one legal entity, a .gitignore, and a first version "Created register". PATH must not
    exist, or be an empty folder.

    Options:
      --name NAME                 the organisation (the controller), e.g. 'Exempel AB'
      --org-number NNNNNN-NNNN    its Swedish organisation number; the last digit is a Luhn check digit.
                                  With a number the legal entity is Swedish and IMY its supervisory authority.

    Run in a terminal, init asks for what the options leave out (Enter skips the organisation number). In a
    script, --name is required. Nothing is written when PATH is not empty or the number is not valid.
    """

    static let message = "Created register"

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try Arguments(arguments, command: name, optionNames: ["--name", "--org-number"])
        let path = try requirePath(parsed, command: name)
        if parsed.positionals.count > 1 {
            throw UsageError("unexpected argument '\(TerminalText.escape(parsed.positionals[1]))'", command: name)
        }
        if path.isEmpty { throw UsageError("PATH is empty", command: name) }
        do {
            try RegisterStore.checkCanCreate(at: path)
        } catch let error as StoreError {
            throw UsageError(error.description, command: name)
        }
        var number: String?
        if let given = parsed.option("--org-number") {
            if let problem = problem(with: given) { throw UsageError("--org-number: \(problem)", command: name) }
            number = OrganisationNumber.normalised(given)
        }
        let organisation = try organisationName(parsed.option("--name"), context: context)
        if parsed.option("--org-number") == nil, context.input.isInteractive {
            number = askOrganisationNumber(context: context)
        }

        let register = Register.new(organisationName: organisation, organisationNumber: number)
        let store = try RegisterStore.create(register, at: path, message: message,
                                             author: Author.current(environment: context.environment))
        let version = store.history.head.flatMap { store.history.version($0) }
        let versionText = version.map { "version \($0.number) (\($0.shortHash))" } ?? "no version"
        context.out("Created the register of \(TerminalText.escape(organisation)) in \(TerminalText.escape(store.folder)): \(versionText).")
        context.out("Next: 'ropa \(TerminalText.escape(store.folder))' opens it; 'ropa import \(TerminalText.escape(store.folder)) --from csv FILE' reads a spreadsheet.")
        return ExitCode.success
    }

    /// The name from --name, or asked for in a terminal.
    static func organisationName(_ given: String?, context: CommandContext) throws -> String {
        if let given {
            let trimmed = given.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw UsageError("--name is empty: give the organisation's name", command: name) }
            return trimmed
        }
        guard context.input.isInteractive else {
            throw UsageError("give the organisation's name with --name (there is no terminal to ask on)", command: name)
        }
        while true {
            guard let answer = context.ask("Organisation name: ") else {
                throw UsageError("no organisation name given", command: name)
            }
            if !answer.isEmpty { return answer }
            context.err("The register needs the name of the organisation (the controller).")
        }
    }

    /// Asks until the answer is a valid number or empty (skip).
    static func askOrganisationNumber(context: CommandContext) -> String? {
        while true {
            guard let answer = context.ask("Organisation number (NNNNNN-NNNN, Enter to skip): "), !answer.isEmpty else { return nil }
            guard let problem = problem(with: answer) else { return OrganisationNumber.normalised(answer) }
            context.err(problem)
        }
    }

    /// What is wrong with an organisation number, or nil when it is valid.
    static func problem(with number: String) -> String? {
        switch OrganisationNumber.problem(number.trimmingCharacters(in: .whitespaces)) {
        case .none:
            return nil
        case .format:
            return "'\(TerminalText.escape(number))' is not a Swedish organisation number: write NNNNNN-NNNN"
        case .checkDigit(let expected):
            return "'\(TerminalText.escape(number))' fails the Luhn check (the last digit would be \(expected)): check the number against Bolagsverket"
        }
    }
}
