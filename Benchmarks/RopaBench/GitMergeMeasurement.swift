import Foundation
import RopaModel
import RopaStore

/// A team's merge at scale: two git branches of 500 saves each on the large register, merged by git with
/// ropa's merge driver (`ropa merge-file`), then `ropa verify` on the result, which must pass with no
/// extra step. The first saves of both branches edit the same activities (different fields), so the
/// driver merges those files field by field; the rest are spread over the register.
struct GitMergeMeasurement {
    let source: String
    let work: String
    let seed: UInt64
    let log: (String) -> Void

    static let savesPerBranch = 500
    static let sharedActivities = 50

    func measure() throws -> [Measurement] {
        guard let git = Subprocess.find("git") else {
            return [.skipped("merge.git", "git merge of two branches of \(Self.savesPerBranch) saves", reason: "git is not installed")]
        }
        let repository = "\(work)/git-merge"
        if FileIO.kind(repository) != .missing { try FileManager.default.removeItem(atPath: repository) }
        try FileIO.makeFolder(repository)
        defer { try? FileManager.default.removeItem(atPath: repository) }
        let register = "\(repository)/register"
        try FileManager.default.copyItem(atPath: source, toPath: register)
        let ropa = Self.ropaCommand()
        func run(_ arguments: [String]) throws -> Subprocess.Result {
            let result = try Subprocess.run(git, arguments, in: repository)
            guard result.status == 0 else { throw BenchError("git \(arguments.joined(separator: " ")) failed: \(result.errors)") }
            return result
        }
        log("git merge: a repository of the register, two branches of \(Self.savesPerBranch) saves each")
        _ = try run(["init", "-q", "-b", "main"])
        _ = try run(["config", "user.name", "ropa-bench"])
        _ = try run(["config", "user.email", "bench@example.org"])
        let driver = (([ropa.executable] + ropa.prefix).map { "'\($0)'" } + ["merge-file", "%O", "%A", "%B", "%P"]).joined(separator: " ")
        _ = try run(["config", "merge.ropa.driver", driver])
        try GitAttributes.write(in: register)
        _ = try run(["add", "-A"])
        _ = try run(["commit", "-qm", "register"])

        let count = try RegisterStore(folder: register).load().activities.count
        var shared: [Int] = []
        var random = SeededRandom(seed: seed &+ 17)
        while shared.count < min(Self.sharedActivities, count) {
            let index = random.int(below: count)
            if !shared.contains(index) { shared.append(index) }
        }
        for (branch, field) in [("alice", "notes"), ("bob", "owner")] {
            _ = try run(["checkout", "-q", "-b", branch, "main"])
            let store = try RegisterStore(folder: register)
            var model = try store.load()
            var spread = SeededRandom(seed: seed &+ (branch == "alice" ? 1 : 2))
            for save in 0..<Self.savesPerBranch {
                let index = save < shared.count ? shared[save] : spread.int(below: count)
                if field == "notes" { model.activities[index].notes = "Ändrad av \(branch), \(save)." } else { model.activities[index].owner = "Ägare \(save)" }
                try store.save(model, message: "\(branch) \(save)", author: branch)
            }
            _ = try run(["add", "-A"])
            _ = try run(["commit", "-qm", branch])
        }
        let merge = try run(["merge", "-q", "--no-edit", "alice"])
        let verify = try Subprocess.run(ropa.executable, ropa.prefix + ["verify", register], in: nil)
        guard verify.status == 0 else { throw BenchError("ropa verify after the merge failed (\(verify.status)): \(verify.errors)") }
        let merged = try RegisterStore(folder: register).load()
        for index in shared where merged.activities[index].notes == nil || merged.activities[index].owner == nil {
            throw BenchError("the merge lost a field of \(merged.activities[index].id)")
        }
        return [
            Measurement("merge.git", "git merge of 2 × \(Self.savesPerBranch) saves (merge driver)", samples: [merge.milliseconds],
                        note: "git merge: \(Self.savesPerBranch) saves on each of two branches, \(shared.count) activities edited on both "
                            + "(different fields, merged by ropa merge-file), then ropa verify passes with no extra step"),
            Measurement("merge.verify", "ropa verify after that merge (subprocess)", samples: [verify.milliseconds]),
        ]
    }

    /// The release `ropa` beside this executable, else this executable's own `ropa` mode.
    static func ropaCommand() -> (executable: String, prefix: [String]) {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let sibling = me.deletingLastPathComponent().appendingPathComponent("ropa").path
        if FileManager.default.isExecutableFile(atPath: sibling) { return (sibling, []) }
        return (me.path, ["ropa"])
    }
}
