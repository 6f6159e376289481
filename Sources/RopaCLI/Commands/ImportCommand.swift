import Foundation
import RopaExport
import RopaImport
import RopaModel
import RopaStore

enum ImportCommand: Command {
    static let name = "import"
    static let usage = "ropa import PATH --from csv|xlsx FILE... [--dry-run] [-m MESSAGE] [--delimiter ','|';'] [--map 'Column=field']... [--keep-extra] [--no-create]"
    static let summary = CLIMessage.importSummary
    static let help = CLIMessage.importHelp
    static let commandOptions: [CommandOption] = [CommandOption("--from", value: "FORMAT", words: ["csv", "xlsx"]), CommandOption("--dry-run"), .message, .delimiter,
                                                 CommandOption("--map", value: "COLUMN=FIELD"), CommandOption("--keep-extra"), CommandOption("--no-create")]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let path = try requirePath(parsed, command: name)
        guard let format = parsed.option("--from") else { throw UsageError(.importNeedsFrom, command: name) }
        guard format == "csv" || format == "xlsx" else { throw UsageError(.importCannotImportFrom, TerminalText.escape(format), command: name) }
        guard parsed.positionals.count >= 2 else { throw UsageError(.importNeedsFile, command: name) }
        let files = Array(parsed.positionals.dropFirst())
        if format == "xlsx", files.count > 1 {
            throw UsageError(.errorUnexpectedArgument, TerminalText.escape(files[1]), command: name)
        }
        var options = ImportOptions(keepExtra: parsed.flag("--keep-extra"), createMissing: !parsed.flag("--no-create"))
        if let text = parsed.option("--delimiter") {
            guard let delimiter = CSVDelimiter(argument: text) else {
                throw UsageError(.errorDelimiterValue, TerminalText.escape(text), command: name)
            }
            options.delimiter = delimiter
        }
        for text in parsed.values("--map") {
            guard let (column, field) = ImportOptions.mapping(text) else {
                throw UsageError(.importMapValue, TerminalText.escape(text), command: name)
            }
            options.mappings[column] = field
        }
        let shownName = files.count == 1 ? (files[0].split(separator: "/").last.map(String.init) ?? files[0]) : files.joined(separator: ", ")
        let message = parsed.option(.message) ?? context.text(.importDefaultMessage, shownName)
        if message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw UsageError(.importEmptyMessage, command: name) }

        // The history is read when the import needs it: an import of a few rows through the caches reads only
        // the records since the sheet's version.
        let store = try RegisterStore(folder: path, deferringHistory: true)
        // Its history (a thousand records and more) is left to the exit to free.
        context.leaveToExit(store)
        let sheets: [SheetTable]
        var stamp: VersionStamp?
        do {
            if format == "xlsx" {
                let workbook = try SpreadsheetFiles.workbook(files[0])
                sheets = workbook.tables
                stamp = workbook.stamp.flatMap(VersionStamp.init(property:))
            } else {
                sheets = try SpreadsheetFiles.csv(files, options: options)
                stamp = SpreadsheetImport.stamp(in: sheets)
            }
        } catch let error as ImportError {
            reportProblems(error, file: files[0], context: context)
            return ExitCode.failure
        }
        if format == "xlsx", !sheets.isEmpty, (try? SpreadsheetImport.plan(sheets, into: Register(organisation: Organisation(name: "")), options: options))?.tables.isEmpty == true {
            context.err("ropa: " + context.text(.importNoTableInWorkbook, TerminalText.escape(files[0])))
            return ExitCode.failure
        }
        if parsed.flag("--dry-run") {
            let versions = try store.wholeRegisterVersions()
            let register = try store.load()
            guard let plan = try plan(sheets, file: files[0], stamp: stamp, store: store, into: register, versions: versions,
                                      options: options, context: context) else { return ExitCode.failure }
            report(plan, from: register, file: files[0], context: context)
            context.say(.importDryRunWroteNothing)
            return ExitCode.success
        }
        let author = PendingAuthor(environment: context.environment, folder: store.folder)
        if let done = try importTouched(sheets, file: files[0], stamp: stamp, store: store, options: options, message: message, author: author,
                                        context: context) {
            return done
        }
        var refused = false
        let saved = try store.edit(message: message, author: author.name) { register in
            // The edit refuses unrecorded changes first: the files it hands over are the head's.
            guard let plan = try plan(sheets, file: files[0], stamp: stamp, store: store, into: register, versions: try store.wholeRegisterVersions(),
                                      options: options, filesAreHead: true, context: context) else {
                refused = true
                return
            }
            describe(plan, file: files[0], dryRun: false, context: context)
            if plan.changesAnything { register = plan.register }
        }
        if refused { return ExitCode.failure }
        guard let saved else {
            context.say(.importNoChange)
            return ExitCode.success
        }
        context.say(.savedVersion, saved.version.label, saved.version.shortHash, TerminalText.escape(message))
        return ExitCode.success
    }

    /// An import of rows that each name their activity by ID, reading of the register only those activities
    /// and what rows can refer to (the organisation, processors, transfers, joint controllers, security
    /// measures), and writing through the save that pays for the files it touches. Nil, having said and
    /// written nothing, when the import needs the whole register: other tables, a row without an ID (matched
    /// by name), a created legal entity (given to every activity that named none), hand edits, two heads.
    static func importTouched(_ sheets: [SheetTable], file: String, stamp: VersionStamp?, store: RegisterStore, options: ImportOptions,
                              message: String, author: PendingAuthor, context: CommandContext) throws -> Int32? {
        guard let ids = SpreadsheetImport.activityIDs(in: sheets, options: options) else { return nil }
        // What it says is held back until it is known that this import is the one made; each attempt says it
        // afresh (one the caches could not answer is made again over the whole history).
        var said = (out: BufferOutput(), err: BufferOutput())
        let part = RegisterPart(wholeKinds: Set(EntityKind.allCases).subtracting([.organisation, .activity]), ids: ids)
        let outcome = try store.editPartTouched(part, author: author.name) { head, versions in
            said = (BufferOutput(), BufferOutput())
            var held = CommandContext(stdout: said.out, stderr: said.err, environment: context.environment, input: context.input, language: context.language)
            held.languageOption = context.languageOption
            guard let plan = try plan(sheets, file: file, stamp: stamp, store: store, into: head.register, entityIDs: { head.entityIDs }, versions: versions,
                                      options: options, filesAreHead: true, context: held) else { return .refused }
            if plan.createsLegalEntities { return .needsFullSave }
            describe(plan, file: file, dryRun: false, context: held)
            return .save(plan.changesAnything ? plan.register : head.register, message: message)
        }
        if outcome == .needsFullSave { return nil }
        context.stdout.write(said.out.text)
        context.stderr.write(said.err.text)
        switch outcome {
        case .refused, .needsFullSave:
            return ExitCode.failure
        case .unchanged:
            context.say(.importNoChange)
        case .saved(let saved):
            context.say(.savedVersion, saved.version.label, saved.version.shortHash, TerminalText.escape(message))
        }
        return ExitCode.success
    }

    /// The import's plan, or nil after reporting every problem with its file and line.
    ///
    /// A sheet stamped with an older version is read against that version, and what it changed is applied on
    /// top of the register as it is (`SheetMerge`): an old sheet never reverts newer work. Without a stamp the
    /// sheet is compared with the register as it is, and the user is told so.
    ///
    /// `register` may be part of the register (see `importTouched`): `entityIDs` then lists every id it
    /// holds (asked for only when the sheet is read against `register`), and `versions` reads the same part
    /// at another version.
    static func plan(_ sheets: [SheetTable], file: String, stamp: VersionStamp?, store: RegisterStore, into register: Register,
                     entityIDs: (() -> [(kind: EntityKind, id: String)])? = nil, versions: RegisterVersions,
                     options: ImportOptions, filesAreHead: Bool? = nil, context: CommandContext) throws -> ImportPlan? {
        let shown = TerminalText.escape(file)
        let head = versions.head
        let headNumber = head.map { "\($0.number)" } ?? "0"
        do {
            guard let stamp else {
                context.err("ropa: " + context.text(.importNoStamp, shown, headNumber))
                return try SpreadsheetImport.plan(sheets, into: register, options: options, entityIDs: entityIDs?())
            }
            guard let version = versions.version(stamp.hash) else {
                context.err("ropa: \(context.text(.wordWarning)): " + context.text(.importStampUnknown, shown, "\(stamp.number)", headNumber))
                return try SpreadsheetImport.plan(sheets, into: register, options: options, entityIDs: entityIDs?())
            }
            if version == head, try filesAreHead ?? store.unrecordedChanges().isEmpty {
                context.err("ropa: " + context.text(.importStampHead, shown, "\(version.number)"))
                return try SpreadsheetImport.plan(sheets, into: register, options: options, entityIDs: entityIDs?())
            }
            context.err("ropa: " + context.text(.importStampBase, shown, "\(version.number)", headNumber))
            let base = try versions.part(at: version.hash)
            var plan = try SpreadsheetImport.plan(sheets, into: base.register, options: options, entityIDs: base.entityIDs)
            let merged = SheetMerge.merge(mine: plan.register, base: base.register, head: register)
            plan.register = merged.register
            plan.conflicts = merged.conflicts
            plan.base = version.number
            return plan
        } catch let error as ImportError {
            reportProblems(error, file: file, context: context)
            return nil
        }
    }

    /// Every problem with its file (or sheet) and line, then that nothing was imported.
    static func reportProblems(_ error: ImportError, file: String, context: CommandContext) {
        for problem in error.problems {
            let source = TerminalText.escape(problem.source.flatMap { $0.isEmpty ? nil : $0 } ?? file)
            let column = problem.column.map { "\(TerminalText.escape($0)): " } ?? ""
            context.err("ropa: \(source):\(problem.line): \(column)\(problem.message(context.language))")
        }
        let count = error.problems.count
        context.err("ropa: " + (count == 1 ? context.text(.importNothingImportedOne) : context.text(.importNothingImportedMany, "\(count)")))
    }

    static func report(_ plan: ImportPlan, from register: Register, file: String, context: CommandContext) {
        describe(plan, file: file, dryRun: true, context: context)
        guard plan.changesAnything, let before = try? RegisterCodec.encode(register), let after = try? RegisterCodec.encode(plan.register) else { return }
        for change in StructuralDiff.changes(from: before, to: after) { context.out(change.describe(context.language)) }
    }

    /// How each table was read and what it does; the columns only in a dry run.
    static func describe(_ plan: ImportPlan, file: String, dryRun: Bool, context: CommandContext) {
        for skipped in plan.skipped { context.err("ropa: \(context.text(.wordWarning)): " + context.text(.importSkippedSheet, TerminalText.escape(skipped))) }
        for table in plan.tables {
            let source = TerminalText.escape(table.source.isEmpty ? file : table.source)
            if table.table == .activities {
                context.out(summary(plan, table: table, file: file, dryRun: dryRun, context: context))
            } else {
                context.out(context.text(dryRun ? .importTableSummaryDryRun : .importTableSummaryDone, source, table.table.title.text(context.language),
                                         "\(table.rows)", "\(table.added.count)", "\(table.changed.count)", "\(table.unchanged.count)"))
            }
            if let encoding = table.encoding { context.out(context.text(.importReadAs, source, encoding.name)) }
            if dryRun {
                context.out(context.text(.importColumnsOf, source))
                for column in table.columns {
                    let title = "'\(TerminalText.escape(column.title))'"
                    context.out(column.field.map { context.text(.importColumnTo, title, $0.text(context.language)) } ?? context.text(.importColumnNotRead, title))
                }
            }
            if table.purposeIsName { context.out(context.text(.importPurposeIsName, source)) }
            if !table.extraColumns.isEmpty {
                let names = table.extraColumns.map { "'\(TerminalText.escape($0))'" }.joined(separator: ", ")
                if table.keptExtra {
                    context.err("ropa: " + context.text(.importExtraKept, source, names))
                } else {
                    context.err("ropa: \(context.text(.wordWarning)): " + context.text(.importExtraIgnored, source, names))
                }
            }
        }
        if !plan.created.isEmpty {
            context.out(context.text(.importCreatedHeading))
            for created in plan.created {
                let place = "\(TerminalText.escape(created.source.isEmpty ? file : created.source)):\(created.line)"
                context.out(context.text(.importCreatedLine, created.kind.label.text(context.language), TerminalText.escape(created.name), created.id, place))
            }
        }
        if !plan.conflicts.isEmpty {
            context.out(context.text(.importConflictsHeading, "\(plan.base ?? 0)"))
            for conflict in plan.conflicts {
                let field = conflict.field.isEmpty ? conflict.kind.label.text(context.language).lowercased() : conflict.field
                context.out(context.text(.importConflictLine, conflict.kind.label.text(context.language), TerminalText.escape(conflict.name), field,
                                         conflict.sheet.text(context.language), conflict.register.text(context.language)))
            }
        }
        for warning in plan.warnings {
            let source = TerminalText.escape(warning.source.flatMap { $0.isEmpty ? nil : $0 } ?? file)
            let column = warning.column.map { "\(TerminalText.escape($0)): " } ?? ""
            context.err("ropa: \(context.text(.wordWarning)): \(source):\(warning.line): \(column)\(warning.message(context.language))")
        }
    }

    static func summary(_ plan: ImportPlan, table: ImportedTable, file: String, dryRun: Bool, context: CommandContext) -> String {
        let language = context.text(table.language == .sv ? .languageSwedish : .languageEnglish)
        let delimiter = plan.delimiter == .tab ? context.text(.delimiterTab) : "'\(plan.delimiter.rawValue)'"
        return context.text(dryRun ? .importSummaryDryRun : .importSummaryDone, TerminalText.escape(table.source.isEmpty ? file : table.source),
                            "\(table.rows)", language, delimiter, "\(table.added.count)", "\(table.changed.count)", "\(table.unchanged.count)")
    }
}
