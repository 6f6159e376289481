import RopaJSON
import XCTest

/// The python check can fail: output that is not one answer per case is an error, never a skip.
final class PythonValidatorTests: XCTestCase {
    func testUnexpectedPythonOutputFailsInsteadOfSkipping() throws {
        try PythonValidator.requireJSONSchema()
        let cases = [PythonValidator.Case.value(.object([:]), schema: "register.schema.json", label: "empty")]
        for odd in ["print('Traceback? no: just words')", "print('[null, null]')", "print('{}')"] {
            XCTAssertThrowsError(try PythonValidator.validate(cases, schemaFolder: SchemaFiles.folder, script: odd), odd) { error in
                XCTAssertFalse(error is XCTSkip, "\(odd): unexpected output must fail the test, not skip it")
                XCTAssertTrue(error is PythonValidator.UnexpectedOutput, "\(odd): \(error)")
            }
        }
    }
}
