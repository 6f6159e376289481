import RopaModel
import XCTest

/// Ids are checked on their UTF-8 bytes: the same answer as checking each Unicode scalar.
final class EntityIDTests: XCTestCase {
    private func byScalars(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 120, let first = id.unicodeScalars.first, first != "-" else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    func testBytesGiveTheAnswerOfScalars() {
        var ids = ["", "-", "a", "a-", "-a", "kundservice", "0-9", "A", "å", "a\u{301}", "e\u{301}x", "a b", "a_b", "a.json",
                   String(repeating: "x", count: 120), String(repeating: "x", count: 121), String(repeating: "å", count: 60)]
        for value in UInt32(0)...0x3FF { if let scalar = Unicode.Scalar(value) { ids += ["a\(scalar)", "\(scalar)a", "\(scalar)"] } }
        for id in ids { XCTAssertEqual(EntityID.isValid(id), byScalars(id), id.debugDescription) }
    }
}
