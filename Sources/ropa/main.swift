import Foundation
import RopaCLI

let context = CommandContext(
    stdout: StandardOutput(FileHandle.standardOutput),
    stderr: StandardOutput(FileHandle.standardError, forTerminal: true),
    environment: ProcessInfo.processInfo.environment,
    input: StandardInput(),
    exitsAfterCommand: true)
exit(RopaCommandLine.run(Array(CommandLine.arguments.dropFirst()), context: context))
