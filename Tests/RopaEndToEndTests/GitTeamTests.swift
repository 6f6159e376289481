import Foundation
import RopaJSON
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// Two people edit one register in their own clones and meet through a bare remote, with ropa's merge
/// driver installed as `ropa git-setup` says: merges need no hand work unless the same field changed.
final class GitTeamTests: XCTestCase {
    var team: GitTeam?

    override func tearDown() {
        team?.remove()
    }

    /// A team with the clean register plus an activity nothing refers to, and two clones.
    private func twoClones() throws -> (GitTeam, alice: String, bob: String) {
        let team = try GitTeam()
        self.team = team
        var register = Fixtures.cleanRegister()
        register.activities.append(Activity(id: "nyhetsbrev", name: "Nyhetsbrev", dataSubjects: ["Prenumeranter"]))
        try team.start(with: register)
        return (team, try team.clone("Alice"), try team.clone("Bob"))
    }

    private func reg(_ clone: String) -> String { "\(clone)/register" }

    /// "Saved version 2 (abc…)": the number ropa printed.
    private func printedVersion(_ output: String) -> String? {
        guard let range = output.range(of: #"version (\S+) \("#, options: .regularExpression) else { return nil }
        return String(output[range].dropFirst("version ".count).dropLast(2))
    }

    private func logNumbers(_ register: String, _ team: GitTeam) throws -> [String: Int] {
        let log = try team.ropa("log", register, "--json")
        XCTAssertEqual(log.code, 0, log.output)
        let value = try JSONParser.parse(Array(log.output.utf8))
        var numbers: [String: Int] = [:]
        for entry in value.arrayValue ?? [] {
            if let hash = entry["hash"]?.stringValue, case .int(let number)? = entry["number"] { numbers[hash] = number }
        }
        return numbers
    }

    func testDifferentFieldsOfOneActivityMergeAndVerifyWithoutAnExtraStep() throws {
        let (team, alice, bob) = try twoClones()
        let aliceSet = try team.ropa("set", reg(alice), "kundservice", "name=Kundtjänst")
        XCTAssertEqual(aliceSet.code, 0, aliceSet.output)
        try team.commit(alice, "Alice renames")
        try team.git(alice, "push", "-q", "origin", "main")
        let bobSet = try team.ropa("set", reg(bob), "kundservice", "owner=Marknadschef")
        XCTAssertEqual(bobSet.code, 0, bobSet.output)
        try team.commit(bob, "Bob sets the owner")
        let numbersBefore = try logNumbers(reg(bob), team)
        XCTAssertEqual(printedVersion(aliceSet.output), "2")
        XCTAssertEqual(printedVersion(bobSet.output), "2")

        let pull = try team.gitRun(bob, ["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"])
        XCTAssertEqual(pull.code, 0, "the merge needed hand work: \(pull.output)")
        XCTAssertEqual(try team.git(bob, "status", "--porcelain"), "")
        let merged = try team.register(bob)
        XCTAssertEqual(merged.activity("kundservice")?.name, "Kundtjänst")
        XCTAssertEqual(merged.activity("kundservice")?.owner, "Marknadschef")

        let verify = try team.ropa("verify", reg(bob))
        XCTAssertEqual(verify.code, 0, verify.output)
        XCTAssertTrue(verify.output.contains("merge"), verify.output)
        XCTAssertFalse(verify.output.contains("warning"), "the driver is installed: \(verify.output)")

        // Every number printed before the merge names the same version after it; equal numbers get hashes.
        let numbersAfter = try logNumbers(reg(bob), team)
        for (hash, number) in numbersBefore { XCTAssertEqual(numbersAfter[hash], number, hash) }
        let log = try team.ropa("log", reg(bob))
        XCTAssertEqual(log.output.components(separatedBy: "\n").filter { $0.hasPrefix("2·") }.count, 2, log.output)
        let ambiguous = try team.ropa("show", reg(bob), "--version", "2")
        XCTAssertEqual(ambiguous.code, 2)
        XCTAssertTrue(ambiguous.output.contains("2·"), ambiguous.output)

        // The next save records the merge with both heads as parents, by git's author.
        let next = try team.ropa("set", reg(bob), "nyhetsbrev", "owner=Kommunikationschef")
        XCTAssertEqual(next.code, 0, next.output)
        XCTAssertEqual(printedVersion(next.output), "3")
        let history = try RegisterStore(folder: reg(bob)).history
        let head = try XCTUnwrap(history.head.flatMap { history.version($0) })
        XCTAssertEqual(head.record.parents.count, 2)
        XCTAssertEqual(head.record.author, "Bob <bob@example.org>")
        XCTAssertEqual(try team.ropa("verify", reg(bob)).code, 0)
    }

    func testTheSameFieldChangedOnBothSidesIsAConflictRopaNamesAndResolves() throws {
        let (team, alice, bob) = try twoClones()
        XCTAssertEqual(try team.ropa("set", reg(alice), "kundservice", "name=Kundtjänst").code, 0)
        try team.commit(alice, "Alice renames")
        try team.git(alice, "push", "-q", "origin", "main")
        XCTAssertEqual(try team.ropa("set", reg(bob), "kundservice", "name=Kundkontakt", "owner=Chef").code, 0)
        try team.commit(bob, "Bob renames")

        let pull = try team.gitRun(bob, ["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"])
        XCTAssertNotEqual(pull.code, 0, "the same field on both sides must be a conflict")
        for command in ["validate", "show"] {
            let run = try team.ropa(command, reg(bob))
            XCTAssertEqual(run.code, 2, run.output)
            XCTAssertTrue(run.output.contains("Activity 'Kundkontakt' (kundservice) · name: mine 'Kundkontakt', theirs 'Kundtjänst'"), run.output)
            XCTAssertFalse(run.output.contains("JSON"), run.output)
        }
        let list = try team.ropa("resolve", reg(bob))
        XCTAssertEqual(list.code, 1)
        XCTAssertTrue(list.output.contains("1 merge conflict"), list.output)

        let resolve = try team.ropa("resolve", reg(bob), "kundservice", "name", "--theirs")
        XCTAssertEqual(resolve.code, 0, resolve.output)
        XCTAssertTrue(resolve.output.contains("git add activities/kundservice.json"), "names what git still lists: \(resolve.output)")
        let merged = try team.register(bob)
        XCTAssertEqual(merged.activity("kundservice")?.name, "Kundtjänst")
        XCTAssertEqual(merged.activity("kundservice")?.owner, "Chef", "the field only Bob changed is kept")
        try team.commit(bob, "Merge")
        XCTAssertEqual(try team.ropa("verify", reg(bob)).code, 0)
        let history = try RegisterStore(folder: reg(bob)).history
        XCTAssertEqual(history.head.flatMap { history.records[$0] }?.parents.count, 2)
    }

    func testAPurposeAddedOnBothSidesKeepsBoth() throws {
        let (team, alice, bob) = try twoClones()
        func addPurpose(_ clone: String, _ purpose: Purpose) throws {
            let store = try RegisterStore(folder: reg(clone))
            var register = try store.load()
            register.activities[0].purposes.append(purpose)
            try store.save(register, message: "Add a purpose", author: "test")
        }
        try addPurpose(alice, Purpose(id: "marknad", description: "Marknadsföring", lawfulBasis: .consent))
        try team.commit(alice, "Alice adds a purpose")
        try team.git(alice, "push", "-q", "origin", "main")
        try addPurpose(bob, Purpose(id: "statistik", description: "Statistik", lawfulBasis: .legitimateInterests, legitimateInterest: "Förbättra tjänsten"))
        try team.commit(bob, "Bob adds a purpose")

        let pull = try team.gitRun(bob, ["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"])
        XCTAssertEqual(pull.code, 0, pull.output)
        XCTAssertEqual(try team.register(bob).activity("kundservice")?.purposes.map(\.id), ["svara", "statistik", "marknad"])
        XCTAssertEqual(try team.ropa("verify", reg(bob)).code, 0)
    }

    func testAnEntityDeletedOnOneSideAndEditedOnTheOtherIsAConflictGitNames() throws {
        let (team, alice, bob) = try twoClones()
        XCTAssertEqual(try team.ropa("delete", reg(alice), "nyhetsbrev").code, 0)
        try team.commit(alice, "Alice deletes")
        try team.git(alice, "push", "-q", "origin", "main")
        XCTAssertEqual(try team.ropa("set", reg(bob), "nyhetsbrev", "owner=Kommunikationschef").code, 0)
        try team.commit(bob, "Bob edits")

        let pull = try team.gitRun(bob, ["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"])
        XCTAssertNotEqual(pull.code, 0)
        XCTAssertTrue(try team.git(bob, "status", "--porcelain").contains("register/activities/nyhetsbrev.json"))
        // `ropa resolve` names git's own conflict and what to do, though no field conflicts.
        let list = try team.ropa("resolve", reg(bob))
        XCTAssertEqual(list.code, 1, list.output)
        XCTAssertTrue(list.output.contains("activities/nyhetsbrev.json"), list.output)
        XCTAssertTrue(list.output.contains("ropa commit"), list.output)
        // Bob keeps his edit: the register reads, verify says the decision is not recorded yet.
        try team.commit(bob, "Merge, keeping the newsletter")
        let verify = try team.ropa("verify", reg(bob))
        XCTAssertEqual(verify.code, 1)
        XCTAssertTrue(verify.output.contains("activities/nyhetsbrev.json"), verify.output)
        XCTAssertEqual(try team.ropa("commit", reg(bob), "-m", "Keep the newsletter").code, 0)
        XCTAssertEqual(try team.ropa("verify", reg(bob)).code, 0)
        XCTAssertEqual(try team.register(bob).activity("nyhetsbrev")?.owner, "Kommunikationschef")
    }

    func testBothAddingAnEntityWithTheSameNameMergeFieldByField() throws {
        let (team, alice, bob) = try twoClones()
        let added = try team.ropa("add", reg(alice), "activity", "name=Löneadministration", "owner=HR")
        XCTAssertEqual(added.code, 0, added.output)
        XCTAssertTrue(added.output.contains("loneadministration"), added.output)
        try team.commit(alice, "Alice adds payroll")
        try team.git(alice, "push", "-q", "origin", "main")
        XCTAssertEqual(try team.ropa("add", reg(bob), "activity", "name=Löneadministration", "owner=Ekonomi").code, 0)
        try team.commit(bob, "Bob adds payroll")

        let pull = try team.gitRun(bob, ["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"])
        XCTAssertNotEqual(pull.code, 0)
        let validate = try team.ropa("validate", reg(bob))
        XCTAssertTrue(validate.output.contains("(loneadministration) · owner: mine 'Ekonomi', theirs 'HR'"), validate.output)
        XCTAssertEqual(try team.ropa("resolve", reg(bob), "loneadministration", "--mine").code, 0)
        try team.commit(bob, "Merge")
        XCTAssertEqual(try team.register(bob).activity("loneadministration")?.owner, "Ekonomi")
        XCTAssertEqual(try team.ropa("verify", reg(bob)).code, 0)
    }

    func testARebaseOfASeriesOfSavesNeedsNoHandWork() throws {
        let (team, alice, bob) = try twoClones()
        XCTAssertEqual(try team.ropa("set", reg(alice), "kundservice", "name=Kundtjänst").code, 0)
        try team.commit(alice, "Alice renames")
        try team.git(alice, "push", "-q", "origin", "main")
        for (field, message) in [("owner=Chef", "owner"), ("lastReviewed=2026-02-01", "reviewed"), ("dataSubjects:=[\"Kunder\",\"Leverantörer\"]", "subjects")] {
            XCTAssertEqual(try team.ropa("set", reg(bob), "kundservice", field).code, 0)
            try team.commit(bob, message)
        }
        let numbersBefore = try logNumbers(reg(bob), team)
        let rebase = try team.gitRun(bob, ["pull", "-q", "--rebase", "origin", "main"])
        XCTAssertEqual(rebase.code, 0, rebase.output)
        let activity = try XCTUnwrap(try team.register(bob).activity("kundservice"))
        XCTAssertEqual([activity.name, activity.owner, activity.lastReviewed], ["Kundtjänst", "Chef", "2026-02-01"])
        XCTAssertEqual(activity.dataSubjects, ["Kunder", "Leverantörer"])
        XCTAssertEqual(try team.ropa("verify", reg(bob)).code, 0)
        let numbersAfter = try logNumbers(reg(bob), team)
        for (hash, number) in numbersBefore { XCTAssertEqual(numbersAfter[hash], number) }
    }

    func testACherryPickedSaveIsNamedNotCrashedOn() throws {
        let (team, alice, _) = try twoClones()
        try team.git(alice, "checkout", "-qb", "feature")
        XCTAssertEqual(try team.ropa("set", reg(alice), "kundservice", "owner=Chef").code, 0)
        try team.commit(alice, "first")
        XCTAssertEqual(try team.ropa("set", reg(alice), "kundservice", "name=Kundtjänst").code, 0)
        try team.commit(alice, "second")
        try team.git(alice, "checkout", "-q", "main")
        let pick = try team.gitRun(alice, ["cherry-pick", "feature"])
        XCTAssertEqual(pick.code, 0, pick.output)
        let verify = try team.ropa("verify", reg(alice))
        XCTAssertEqual(verify.code, 1, verify.output)
        XCTAssertTrue(verify.output.contains("FAIL"), verify.output)
        // The picked save's parent is not in this history: named, never a crash or a wrong register.
        let show = try team.ropa("show", reg(alice))
        XCTAssertEqual(show.code, 2, show.output)
        XCTAssertTrue(show.output.contains("missing"), show.output)
        XCTAssertTrue(show.output.contains("git cherry-pick --abort"), "says how to get out: \(show.output)")
    }

    func testVerifyWarnsWhenTheCloneLacksTheDriver() throws {
        let (team, alice, _) = try twoClones()
        try team.git(alice, "config", "--unset", "merge.ropa.driver")
        let verify = try team.ropa("verify", reg(alice))
        XCTAssertEqual(verify.code, 0)
        XCTAssertTrue(verify.output.contains("ropa git-setup"), verify.output)
        let attributes = try String(contentsOfFile: "\(reg(alice))/.gitattributes", encoding: .utf8)
        XCTAssertTrue(attributes.contains("activities/*.json merge=ropa"), attributes)
    }

    func testInitInsideARepositoryWritesTheAttributesAndShowsTheConfigLine() throws {
        let team = try GitTeam()
        self.team = team
        let repository = "\(team.root)/repo"
        try FileManager.default.createDirectory(atPath: repository, withIntermediateDirectories: true)
        try team.git(repository, "init", "-q", "-b", "main")
        try team.git(repository, "config", "user.name", "Dana")
        try team.git(repository, "config", "user.email", "dana@example.org")
        let run = try team.ropa("init", "\(repository)/register", "--name", "Exempel AB")
        XCTAssertEqual(run.code, 0, run.output)
        XCTAssertTrue(run.output.contains(GitRepository.configLine), run.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(repository)/register/.gitattributes"))
        let history = try RegisterStore(folder: "\(repository)/register").history
        XCTAssertEqual(history.versions.first?.record.author, "Dana <dana@example.org>")
    }
}

/// The pre-commit hook in `hooks/` refuses a commit of a register that does not verify.
final class PreCommitHookTests: XCTestCase {
    func testTheHookRefusesAnUnrecordedHandEditAndPassesOnceRecorded() throws {
        let team = try GitTeam()
        defer { team.remove() }
        try team.start(with: Fixtures.cleanRegister())
        let clone = try team.clone("Alice")
        let hook = "\(Fixtures.repositoryRoot)/hooks/pre-commit"
        try FileManager.default.copyItem(atPath: hook, toPath: "\(clone)/.git/hooks/pre-commit")
        let file = "\(clone)/register/activities/kundservice.json"
        let text = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "Kundservicechef", with: "Chef")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        try team.git(clone, "add", "-A")
        let refused = try team.gitRun(clone, ["commit", "-qm", "hand edit"])
        XCTAssertNotEqual(refused.code, 0)
        XCTAssertTrue(refused.output.contains("ropa commit"), refused.output)
        XCTAssertEqual(try team.ropa("commit", "\(clone)/register", "-m", "Owner").code, 0)
        try team.git(clone, "add", "-A")
        let accepted = try team.gitRun(clone, ["commit", "-qm", "recorded"])
        XCTAssertEqual(accepted.code, 0, accepted.output)
    }
}
