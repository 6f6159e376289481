import Foundation
import RopaCLI

let context = CommandContext(
    stdout: StandardOutput(FileHandle.standardOutput),
    stderr: StandardOutput(FileHandle.standardError),
    environment: ProcessInfo.processInfo.environment)
exit(RopaCommandLine.run(Array(CommandLine.arguments.dropFirst()), context: context))
