import Foundation

/// The command line of `ropa-bench`.
struct BenchOptions {
    enum Mode {
        case generate(out: String)
        case measure
        /// `ropa-bench ropa ARGS…`: ropa's command line, for timing `validate` when no `ropa` binary is built.
        case ropa([String])
        /// `ropa-bench first-frame --register DIR`: opens the register to its first frame once and exits,
        /// for counting (callgrind) what the user waits for before anything is on screen.
        case firstFrame
        case help
    }

    var mode = Mode.measure
    var generation = GenerationOptions()
    var register: String?
    var cache = ProcessInfo.processInfo.environment["ROPA_BENCH_CACHE"] ?? (NSTemporaryDirectory() + "ropa-bench")
    var runs = 20
    var keystrokeRounds = 2
    var json = false
    var check = false
    var scaling = true
    var scalingActivities = 1_000
    var scalingProcessors = 50
    /// Measurement groups to run (profiling one of them); nil runs all.
    var only: Set<String>?

    static let groups = ["open", "keys", "save", "commands", "exports", "validate", "ratios", "disk", "memory", "merge", "scaling"]

    static let usage = """
    Usage:
      ropa-bench generate --activities N --processors M --versions V --out DIR [--seed S]
      ropa-bench first-frame --register DIR
      ropa-bench [--register DIR | --activities N --processors M --versions V --seed S] [--runs R]
                 [--rounds K] [--json] [--check] [--no-scaling] [--scaling-activities N] [--only GROUP,…]

    generate   writes a deterministic synthetic register with V versions of history through ropa's store.
    first-frame opens DIR to its first UI frame once and exits (for profiling what comes before it).
    (default)  measures a register (generated into the cache folder when --register is not given) and prints
               median and p99 of each measurement; --json prints them as JSON.
    --check    exits 1 when a target is missed (see the README's Performance section).
    --runs R   repetitions of each operation (default 20); --rounds K rounds of the keystroke scripts (default 2).
    --only     groups to run: \(groups.joined(separator: ", ")) (for profiling; --check needs them all).
    Generated registers are cached in $ROPA_BENCH_CACHE (default \(NSTemporaryDirectory())ropa-bench).
    """

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        if rest.first == "ropa" {
            mode = .ropa(Array(rest.dropFirst()))
            return
        }
        var out: String?
        if rest.first == "first-frame" {
            rest = rest.dropFirst()
            mode = .firstFrame
        }
        if rest.first == "generate" {
            rest = rest.dropFirst()
            out = ""
        }
        func value(_ name: String) throws -> String {
            guard let next = rest.popFirst() else { throw BenchError("\(name) needs a value") }
            return next
        }
        func number(_ name: String) throws -> Int {
            let text = try value(name)
            guard let result = Int(text), result >= 0 else { throw BenchError("\(name) wants a whole number, got '\(text)'") }
            return result
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--activities": generation.activities = try number(argument)
            case "--processors": generation.processors = try number(argument)
            case "--versions": generation.versions = max(1, try number(argument))
            case "--seed": generation.seed = UInt64(try number(argument))
            case "--out": out = try value(argument)
            case "--register": register = try value(argument)
            case "--cache": cache = try value(argument)
            case "--runs": runs = max(1, try number(argument))
            case "--rounds": keystrokeRounds = max(1, try number(argument))
            case "--json": json = true
            case "--check": check = true
            case "--no-scaling": scaling = false
            case "--scaling-activities": scalingActivities = max(1, try number(argument))
            case "--only":
                let groups = Set(try value(argument).split(separator: ",").map(String.init))
                if let unknown = groups.subtracting(Self.groups).first { throw BenchError("--only: no group named '\(unknown)'") }
                only = groups
            case "--help", "-h": mode = .help; return
            default: throw BenchError("unknown argument '\(argument)'")
            }
        }
        if let out {
            guard !out.isEmpty else { throw BenchError("generate needs --out DIR") }
            mode = .generate(out: out)
        }
    }

    func runs(_ group: String) -> Bool { only?.contains(group) ?? true }
}
