import Foundation
import RopaModel
@testable import RopaStore
import RopaTestSupport
@testable import RopaUI
@testable import RopaUIDriver
import XCTest

/// The driver against a real register folder: saves and restores come back as events that keep the
/// UI's list of versions equal to the history.
final class DriverTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = try Fixtures.savedRegister()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func testEachSaveAddsItsVersionToTheList() throws {
        var (state, driver) = try AppDriver.open(path: folder, environment: ["ROPA_AUTHOR": "Test"], language: .en)
        defer { driver.close() }
        for round in 1...3 {
            state.register.activities[0].notes = "ändring \(round)"
            let event = try XCTUnwrap(driver.perform(.save(message: "r\(round)"), state: state))
            guard case .savedAs(let version) = event else { return XCTFail("expected .savedAs, got \(event)") }
            XCTAssertEqual(version.number, round + 1)
            _ = reduce(&state, event)
            XCTAssertEqual(state.session.versions, AppDriver.versions(of: driver.store))
            XCTAssertEqual(state.session.head?.message, "r\(round)")
        }
        // A restore lists every version again.
        let restored = try XCTUnwrap(driver.perform(.restore(hash: state.session.versions[0].hash), state: state))
        _ = reduce(&state, restored)
        XCTAssertEqual(state.session.versions, AppDriver.versions(of: driver.store))
        XCTAssertEqual(state.session.versions.count, 5)
    }

    /// The register opens without its findings; the first frame asks for them, and the driver checks
    /// them on another thread and hands them back as an event.
    func testTheFindingsAreCheckedAfterTheFirstFrameOnAnotherThread() throws {
        var register = Fixtures.cleanRegister()
        register.activities[0].purposes[0].lawfulBasis = nil
        let folder = try Fixtures.savedRegister(register)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var (state, driver) = try AppDriver.open(path: folder, environment: ["ROPA_AUTHOR": "Test"], language: .en)
        defer { driver.close() }
        XCTAssertTrue(state.findingsPending)
        let effects = reduce(&state, .started(Size(columns: 100, rows: 30)))
        XCTAssertEqual(effects, [.checkFindings])
        XCTAssertNil(driver.perform(.checkFindings, state: state), "the check's result comes later")
        let events = driver.waitForFinishedEvents()
        XCTAssertEqual(events.count, 1)
        XCTAssertFalse(driver.isWorking)
        for event in events { XCTAssertEqual(reduce(&state, event), []) }
        XCTAssertFalse(state.findingsPending)
        XCTAssertEqual(state.findings, Validator(register: state.register, asOf: state.asOf).findings())
        XCTAssertFalse(state.findings.isEmpty)
        XCTAssertEqual(driver.finishedEvents().count, 0, "each event is handed over once")
    }

    /// Once `.ropa-history` answers, the register opens knowing only its head; History's versions are read
    /// when asked for, and a save lists them all.
    func testTheUIOpensWithTheHeadAloneAndReadsTheVersionsWhenAsked() throws {
        for round in 1...2 {
            var (state, driver) = try AppDriver.open(path: folder, environment: ["ROPA_AUTHOR": "Test"], language: .en)
            state.register.activities[0].notes = "ändring \(round)"
            _ = reduce(&state, try XCTUnwrap(driver.perform(.save(message: "r\(round)"), state: state)))
            driver.close()
        }
        let all = AppDriver.versions(of: try RegisterStore(folder: folder))
        XCTAssertEqual(all.count, 3)
        var (state, driver) = try AppDriver.open(path: folder, environment: ["ROPA_AUTHOR": "Test"], language: .en)
        defer { driver.close() }
        XCTAssertTrue(driver.store.historyIsUnread, "no version record but the head's was read")
        XCTAssertEqual(state.session.versions, [all[2]])
        XCTAssertFalse(state.session.versionsAreComplete)
        let loaded = try XCTUnwrap(driver.perform(.loadVersions, state: state))
        _ = reduce(&state, loaded)
        XCTAssertEqual(state.session.versions, all)
        XCTAssertTrue(state.session.versionsAreComplete)
    }

    func testASaveFromTheHeadAloneListsEveryVersion() throws {
        var (first, opened) = try AppDriver.open(path: folder, environment: ["ROPA_AUTHOR": "Test"], language: .en)
        first.register.activities[0].notes = "ändrad"
        _ = reduce(&first, try XCTUnwrap(opened.perform(.save(message: "r1"), state: first)))
        opened.close()
        var (state, driver) = try AppDriver.open(path: folder, environment: ["ROPA_AUTHOR": "Test"], language: .en)
        defer { driver.close() }
        XCTAssertFalse(state.session.versionsAreComplete)
        state.register.activities[0].notes = "ändrad igen"
        _ = reduce(&state, try XCTUnwrap(driver.perform(.save(message: "r2"), state: state)))
        XCTAssertEqual(state.session.versions, AppDriver.versions(of: try RegisterStore(folder: folder)))
        XCTAssertEqual(state.session.versions.count, 3)
        XCTAssertTrue(state.session.versionsAreComplete)
    }

    func testAListThatDoesNotMatchTheHistoryIsSentWhole() throws {
        var (state, driver) = try AppDriver.open(path: folder, environment: ["ROPA_AUTHOR": "Test"], language: .en)
        defer { driver.close() }
        state.session.versions = []
        state.register.activities[0].notes = "ändrad"
        let event = try XCTUnwrap(driver.perform(.save(message: "x"), state: state))
        guard case .saved(let versions) = event else { return XCTFail("expected .saved, got \(event)") }
        XCTAssertEqual(versions, AppDriver.versions(of: driver.store))
    }
}
