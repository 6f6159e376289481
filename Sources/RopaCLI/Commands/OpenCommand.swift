import RopaModel
import RopaStore

/// `ropa [PATH]`: opens the terminal UI; a folder of registers is listed.
enum OpenCommand {
    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let path = arguments.first ?? "."
        if arguments.count > 1 { throw UsageError("unexpected argument '\(TerminalText.escape(arguments[1]))'") }
        if RegisterStore.isRegister(path) {
            _ = try RegisterStore(folder: path).load()
            context.err("ropa: the terminal UI is not part of this build yet; use 'ropa show \(path)' or 'ropa --help'")
            return ExitCode.failure
        }
        switch FileIO.kind(path) {
        case .missing: throw StoreError.notFound(path: path)
        case .folder: break
        default: throw StoreError.notARegister(path: path)
        }
        let registers = try FileIO.list(path).filter { RegisterStore.isRegister("\(path)/\($0)") }
        guard !registers.isEmpty else { throw StoreError.notARegister(path: path) }
        context.out("Registers in \(path):")
        let width = registers.map(\.count).max() ?? 0
        for name in registers {
            let folder = path.hasSuffix("/") ? "\(path)\(name)" : "\(path)/\(name)"
            do {
                let register = try RegisterStore(folder: folder).load()
                let organisation = TerminalText.escape(register.organisation.name)
                context.out("  \(name.padding(toLength: width, withPad: " ", startingAt: 0))  \(organisation) · \(register.activities.count) activities, \(register.processors.count) processors")
            } catch {
                context.out("  \(name.padding(toLength: width, withPad: " ", startingAt: 0))  (cannot be read: \(error))")
            }
        }
        context.out()
        context.out("Open one with: ropa \(path.hasSuffix("/") ? path : path + "/")\(registers[0])")
        return ExitCode.success
    }
}
