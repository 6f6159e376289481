import Foundation
import RopaCLI
import RopaJSON
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// A Swedish run of every command prints Swedish, and an English run prints what it always did. The language
/// is `--lang en|sv` (before or after the command), else LC_ALL, LC_MESSAGES or LANG starting with "sv".
final class SwedishCommandLineTests: CLITestCase {
    static let swedish = ["ROPA_AUTHOR": "Test DPO", "LANG": "sv_SE.UTF-8"]

    /// Words of the English messages that the Swedish ones never use.
    static let englishMarkers = ["Usage:", "Options:", "Exit code", "Saved version", "No change", " the ", " and ", " when ",
                                 " is ", " not ", "version(s)", "file(s)", "row(s)", "needs", "give "]

    func ropa(_ arguments: [String], environment: [String: String], input: LineInput = NoInput()) -> Run {
        let out = BufferOutput(), err = BufferOutput()
        let code = RopaCommandLine.run(arguments, context: CommandContext(stdout: out, stderr: err, environment: environment, input: input))
        return Run(code: code, stdout: out.text, stderr: err.text)
    }

    /// `ropa` in Swedish through LANG.
    func svenska(_ arguments: String...) -> Run {
        ropa(arguments, environment: Self.swedish)
    }

    func assertSwedish(_ run: Run, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let text = run.stdout + run.stderr
        XCTAssertFalse(text.isEmpty, "\(what) printed nothing", file: file, line: line)
        for marker in Self.englishMarkers where text.contains(marker) {
            XCTFail("\(what): \"\(marker)\" in:\n\(text)", file: file, line: line)
        }
    }

    /// Every option a text names, such as --format and -m.
    func options(in text: String) throws -> Set<String> {
        let expression = try NSRegularExpression(pattern: "(?<![A-Za-z0-9-])--?[A-Za-z][A-Za-z-]*")
        return Set(expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        })
    }

    func testTheOverviewAndTheHelpOfEveryCommandAreSwedish() throws {
        let overview = svenska("--help")
        XCTAssertEqual(overview.code, 0)
        XCTAssertTrue(overview.stdout.contains("\nAnvändning: ropa [PATH]\n            ropa COMMAND PATH [OPTIONS]\n"), overview.stdout)
        XCTAssertTrue(overview.stdout.contains("\nKommandon:\n") && overview.stdout.contains("\nFlaggor:\n"), overview.stdout)
        XCTAssertTrue(overview.stdout.contains("  validate  lista registrets iakttagelser"), overview.stdout)
        assertSwedish(overview, "ropa --help")
        XCTAssertEqual(try options(in: overview.stdout), try options(in: ropa("--help").stdout), "option names are not translated")
        XCTAssertEqual(ropa(["--lang", "sv", "--help"], environment: [:]).stdout, overview.stdout)
        XCTAssertEqual(ropa(["help"], environment: Self.swedish).stdout, overview.stdout)

        for name in RopaCommandLine.commandNames {
            let help = svenska("help", name)
            XCTAssertEqual(help.code, 0, name)
            XCTAssertTrue(help.stdout.hasPrefix("Användning: ropa \(name)"), help.stdout)
            XCTAssertTrue(help.stdout.hasSuffix("Alla kommandon tar --lang en|sv för språket i meddelanden och hjälp (standard: svenska när LC_ALL,\n"
                                                + "LC_MESSAGES eller LANG börjar med sv).\n"), help.stdout)
            assertSwedish(help, "ropa help \(name)")
            let english = ropa("help", name).stdout
            XCTAssertEqual(english.contains("\nOptions:\n"), help.stdout.contains("\nFlaggor:\n"), name)
            XCTAssertEqual(try options(in: help.stdout), try options(in: english), "ropa help \(name): option names are not translated")
            XCTAssertEqual(ropa([name, "--help", "--lang", "sv"], environment: [:]).stdout, help.stdout, name)
            XCTAssertEqual(ropa(["--lang=sv", name, "-h"], environment: [:]).stdout, help.stdout, name)
        }
        let review = svenska("help", "review").stdout
        XCTAssertTrue(review.hasPrefix("Användning: ropa review PATH [--as-of YYYY-MM-DD] [--json | --format text|markdown|json]\n"
                                       + "            ropa review PATH --mark-reviewed ID"), "the second usage line aligns under the first:\n\(review)")
    }

    func testTheLanguageIsTheOptionsThenTheEnvironments() throws {
        let folder = try savedRegister()
        let english = ropa("validate", folder, "--as-of", "2026-06-01").stdout
        XCTAssertEqual(english, "No findings.\n")
        for (arguments, environment) in [
            (["validate", folder, "--as-of", "2026-06-01"], Self.swedish),
            (["validate", folder, "--as-of", "2026-06-01"], ["LC_MESSAGES": "sv_SE.UTF-8", "LANG": "en_GB.UTF-8"]),
            (["validate", folder, "--as-of", "2026-06-01"], ["LC_ALL": "sv_FI.UTF-8", "LANG": "C"]),
            (["--lang", "sv", "validate", folder, "--as-of", "2026-06-01"], [:]),
            (["validate", "--lang", "sv", folder, "--as-of", "2026-06-01"], [:]),
            (["validate", folder, "--as-of", "2026-06-01", "--lang=sv"], ["LANG": "en_US.UTF-8"]),
        ] {
            XCTAssertEqual(ropa(arguments, environment: environment).stdout, "Inga iakttagelser.\n", "\(arguments) \(environment)")
        }
        for (arguments, environment) in [
            (["validate", folder, "--as-of", "2026-06-01"], ["LANG": "sv_SE.UTF-8", "LC_ALL": "C.UTF-8"]),
            (["validate", folder, "--as-of", "2026-06-01", "--lang", "en"], Self.swedish),
            (["--lang", "en", "validate", folder, "--as-of", "2026-06-01"], Self.swedish),
        ] {
            XCTAssertEqual(ropa(arguments, environment: environment).stdout, english, "\(arguments) \(environment)")
        }
        // The value of -m is a message, even when it reads like an option.
        let set = ropa(["set", folder, "kundservice", "owner=x", "-m", "--lang"], environment: Self.swedish)
        XCTAssertEqual(set.code, 0, set.stderr)
        XCTAssertTrue(set.stdout.hasPrefix("Sparade version 2 ("), set.stdout)
        XCTAssertTrue(set.stdout.hasSuffix("): --lang\n"), set.stdout)

        let unknown = ropa(["validate", folder, "--lang", "de"], environment: Self.swedish)
        XCTAssertEqual(unknown.code, 2)
        XCTAssertEqual(unknown.stderr, "ropa: okänt språk 'de': använd en eller sv\nAnvändning: ropa validate PATH [--json] [--as-of YYYY-MM-DD] [--severity error|warning|info] [--all] [--lang en|sv]\n")
        XCTAssertEqual(ropa(["--lang", "fr"], environment: [:]).stderr, "ropa: unknown language 'fr': use en or sv\nRun 'ropa --help' for the commands.\n")
        XCTAssertEqual(ropa(["validate", folder, "--lang"], environment: Self.swedish).stderr,
                       "ropa: --lang kräver ett värde\nAnvändning: ropa validate PATH [--json] [--as-of YYYY-MM-DD] [--severity error|warning|info] [--all] [--lang en|sv]\n")
    }

    func testUsageAndStoreErrorsAreSwedish() throws {
        let folder = try savedRegister()
        let option = svenska("validate", folder, "--colour")
        XCTAssertEqual(option.code, 2)
        XCTAssertEqual(option.stderr, "ropa: okänd flagga --colour\nAnvändning: ropa validate PATH [--json] [--as-of YYYY-MM-DD] [--severity error|warning|info] [--all] [--lang en|sv]\n")
        XCTAssertEqual(svenska("--frobnicate").stderr, "ropa: okänd flagga --frobnicate\nKör 'ropa --help' för att se kommandona.\n")
        XCTAssertEqual(svenska("help", "nothing").stderr, "ropa: det finns inget kommando som heter 'nothing'\nKör 'ropa --help' för att se kommandona.\n")
        XCTAssertTrue(svenska("validate").stderr.hasPrefix("ropa: PATH saknas\nAnvändning: ropa validate"))
        XCTAssertTrue(svenska("diff", folder, "1", "2", "3").stderr.hasPrefix("ropa: för många versioner: ange högst FROM och TO\n"))

        let missing = svenska("validate", "/nonexistent/register")
        XCTAssertEqual(missing.code, 2)
        XCTAssertEqual(missing.stderr, "ropa: /nonexistent/register: filen eller mappen finns inte\n")
        XCTAssertTrue(svenska("log", "\(folder)/register.json").stderr.contains("en mapp väntades, men det är en fil"))
        XCTAssertTrue(svenska("set", folder, "nope", "name=x").stderr == "ropa: ingen post med id \"nope\" i registret\n")
        XCTAssertTrue(svenska("set", folder, "kundservice", "role=boss").stderr
            .contains("role: \"boss\" är inte något av: controller, jointController, processor"))
        XCTAssertTrue(svenska("set", folder, "kundservice", "id=other").stderr.contains("id ändras aldrig: lägg till en ny post i stället"))
        XCTAssertTrue(svenska("set", folder, "kundservice", "colour=red").stderr.contains("okänt fält \"colour\""))
        XCTAssertTrue(svenska("set", folder, "kundservice", "tags:=[1,").stderr.contains("värdet är inte giltig JSON (kolumn"))

        try Data("{\n  \"id\": \"kundservice\",\n  \"name\": \"x\"\n  \"role\": \"controller\"\n}\n".utf8)
            .write(to: URL(fileURLWithPath: "\(folder)/activities/kundservice.json"))
        let json = svenska("show", folder)
        XCTAssertEqual(json.code, 2)
        XCTAssertTrue(json.stderr.contains("activities/kundservice.json:4:3: ogiltig JSON: ',' eller '}' väntades i ett objekt"), json.stderr)
        assertSwedish(json, "bad JSON")
    }

    func testASecondWriterIsToldWhoHoldsTheLockInSwedish() throws {
        let folder = try savedRegister()
        let lock = try RopaStoreLock.take(folder)
        defer { lock.release() }
        let run = svenska("set", folder, "kundservice", "owner=x")
        XCTAssertEqual(run.code, 2)
        XCTAssertTrue(run.stderr.contains(": registret redigeras av ") && run.stderr.contains("(process ") && run.stderr.contains(" sedan "),
                      run.stderr)
    }

    func testValidateSetLogDiffRestoreVerifyAndShowInSwedish() throws {
        let folder = try savedRegister()
        let set = svenska("set", folder, "kundservice", "purposes.svara.lawfulBasis:=null", "name=Kundtjänst")
        XCTAssertEqual(set.code, 0, set.stderr)
        XCTAssertTrue(set.stdout.hasPrefix("Sparade version 2 ("), set.stdout)
        XCTAssertTrue(set.stdout.hasSuffix("): Ändrade purposes.svara.lawfulBasis, name i kundservice\n"), set.stdout)
        XCTAssertEqual(svenska("set", folder, "kundservice", "name=Kundtjänst").stdout, "Ingen ändring: värdena var redan de angivna.\n")

        let validate = svenska("validate", folder, "--as-of", "2026-06-01")
        XCTAssertEqual(validate.code, 1)
        XCTAssertTrue(validate.stdout.hasPrefix("fel     missing-lawful-basis  Behandling 'Kundtjänst' (kundservice) · purposes[svara].lawfulBasis: "
                                                + "välj rättslig grund enligt art. 6.1"), validate.stdout)
        XCTAssertTrue(validate.stdout.hasSuffix("\n1 fel, 0 varningar, 0 info.\n"), validate.stdout)
        let findings = try XCTUnwrap(try JSONParser.parse(svenska("validate", folder, "--json", "--as-of", "2026-06-01").stdout).arrayValue)
        XCTAssertEqual(findings.first?["severity"], .string("error"), "codes stay as they are")
        XCTAssertTrue(findings.first?["message"]?.stringValue?.hasPrefix("välj rättslig grund") == true)

        let log = svenska("log", folder)
        XCTAssertTrue(log.stdout.contains("Test DPO [senaste]"), log.stdout)
        assertSwedish(svenska("log", folder), "log")
        let diff = svenska("diff", folder)
        XCTAssertTrue(diff.stdout.hasPrefix("Från version 1 till version 2: Ändrade"), diff.stdout)
        XCTAssertTrue(diff.stdout.contains("~ Behandling 'Kundtjänst' · name: 'Kundservice och kontakt' → 'Kundtjänst'"), diff.stdout)
        XCTAssertTrue(diff.stdout.contains("purposes[svara].lawfulBasis: - 'legitimateInterests'"), diff.stdout)
        XCTAssertEqual(svenska("diff", folder, "2", "2").stdout.split(separator: "\n").last, "Inga ändringar.")

        let restore = svenska("restore", folder, "1")
        XCTAssertTrue(restore.stdout.hasPrefix("Återställt som version 3 ("), restore.stdout)
        XCTAssertTrue(restore.stdout.hasSuffix("): Återställ version 1\n"), restore.stdout)
        XCTAssertEqual(svenska("restore", folder, "1").stdout, "Inget att återställa: registret är redan som version 1.\n")

        XCTAssertTrue(svenska("verify", folder).stdout.hasPrefix("OK: 3 versioner, kedjan obruten, filerna stämmer med version 3 ("))
        try "{}\n".write(toFile: "\(folder)/security-measures/ny.json", atomically: true, encoding: .utf8)
        let verify = svenska("verify", folder)
        XCTAssertEqual(verify.code, 1)
        XCTAssertTrue(verify.stdout.contains("FEL: 1 fil(er) har ändrats sedan den senaste versionen utan registrerad version"), verify.stdout)
        XCTAssertTrue(verify.stdout.contains("FEL: registrets filer kan inte läsas: "), verify.stdout)
        try FileManager.default.removeItem(atPath: "\(folder)/security-measures/ny.json")
        XCTAssertEqual(svenska("commit", folder, "-m", "x").stdout, "Inget att registrera: filerna är desamma som i den senaste versionen.\n")

        let show = svenska("show", folder)
        for text in ["Organisation: Exempel AB", "Dataskyddsombud: Dana Dataskydd", "Tillsynsmyndigheter: Integritetsskyddsmyndigheten (SE)",
                     "Behandlingar (1)", "Kundservice och kontakt [kundservice] · Personuppgiftsansvarig",
                     "ändamål: Svara på förfrågningar (Berättigat intresse, Art 6(1)(f))", "Kategorier av registrerade: Kunder", "Lagringstid: 90 dagar",
                     "Personuppgiftsbiträden (2)", "Ärendesystem AB [arendesystem] · SE · avtal: undertecknat",
                     "Överföringar (1)", "Gemensamt personuppgiftsansvariga (1)", "Säkerhetsåtgärder (1)"] {
            XCTAssertTrue(show.stdout.contains(text), "\(text) missing from:\n\(show.stdout)")
        }
        assertSwedish(show, "show")
    }

    func testReviewInSwedish() throws {
        let clean = try savedRegister()
        XCTAssertEqual(svenska("review", clean, "--as-of", "2026-06-01").stdout,
                       "Granskning av personuppgiftsbiträdesavtal · Exempel AB · per 2026-06-01\nInget personuppgiftsbiträdesavtal behöver åtgärdas.\n")
        let seed = svenska("review", Fixtures.repositoryRoot + "/Data/izonen", "--as-of", "2026-06-01")
        XCTAssertEqual(seed.code, 1)
        XCTAssertTrue(seed.stdout.contains("12 personuppgiftsbiträden behöver åtgärdas — saknar giltigt avtal men används: 8"), seed.stdout)
        XCTAssertTrue(seed.stdout.contains("   agreement-missing [Art 28(3)]: inget personuppgiftsbiträdesavtal är registrerat, trots att"), seed.stdout)
        XCTAssertTrue(seed.stdout.contains("     → teckna ett avtal som omfattar art. 28.3 a–h"), seed.stdout)
        assertSwedish(seed, "review")
        let markdown = svenska("review", Fixtures.repositoryRoot + "/Data/izonen", "--as-of", "2026-06-01", "--format", "markdown")
        XCTAssertTrue(markdown.stdout.hasPrefix("# Granskning av personuppgiftsbiträdesavtal: "), markdown.stdout)
        assertSwedish(markdown, "review --format markdown")
        let json = try XCTUnwrap(try JSONParser.parse(svenska("review", Fixtures.repositoryRoot + "/Data/izonen", "--as-of", "2026-06-01",
                                                               "--json").stdout).arrayValue)
        XCTAssertEqual(json.first?["urgency"], .string("critical"), "codes stay as they are")
        XCTAssertTrue(json.first?["reasons"]?.arrayValue?.first?["message"]?.stringValue?.hasPrefix("inget personuppgiftsbiträdesavtal") == true)

        let soon = try savedRegister()
        let mark = svenska("review", soon, "--mark-reviewed", "arendesystem", "--as-of", "2026-06-01")
        XCTAssertEqual(mark.code, 0, mark.stderr)
        XCTAssertTrue(mark.stdout.hasSuffix("): Granskade avtalet med Ärendesystem AB\nSenast granskat 2026-06-01; nästa granskning 2027-06-01.\n"),
                      mark.stdout)
        XCTAssertEqual(svenska("review", soon, "--mark-reviewed", "arendesystem", "--as-of", "2026-06-01").stdout,
                       "Ingen ändring: avtalet var redan markerat som granskat 2026-06-01.\n")
        XCTAssertTrue(svenska("review", soon, "--mark-reviewed", "nope").stderr.hasPrefix("ropa: inget personuppgiftsbiträde med id 'nope' i registret\n"))
        XCTAssertTrue(svenska("review", soon, "--format", "pdf").stderr.hasPrefix("ropa: --format kräver något av text, markdown, json, inte 'pdf'\n"))
    }

    func testExportSpeaksSwedishButOnlyAnExplicitLangChangesTheFiles() throws {
        let folder = try savedRegister()
        let target = try Fixtures.temporaryFolder("ropa-export-sv")
        folders.append(target)
        let written = svenska("export", folder, "--format", "csv", "--output", "\(target)/a.csv")
        XCTAssertEqual(written.code, 0, written.stderr)
        XCTAssertEqual(written.stderr, "Skrev \(target)/a.csv\n")
        for format in ["csv", "markdown", "json"] {
            XCTAssertEqual(svenska("export", folder, "--format", format).stdout, ropa("export", folder, "--format", format).stdout,
                           "LANG does not change the \(format) export")
        }
        let swedishCSV = svenska("export", folder, "--format", "csv", "--lang", "sv").stdout
        XCTAssertTrue(swedishCSV.hasPrefix("\u{FEFF}ID (ropa 1 ") && swedishCSV.contains(");Behandling;"), swedishCSV)
        XCTAssertEqual(ropa(["--lang", "sv", "export", folder, "--format", "csv"], environment: [:]).stdout, swedishCSV)
        XCTAssertEqual(ropa("export", folder, "--format", "json", "--lang", "sv").stdout, ropa("export", folder, "--format", "json").stdout,
                       "JSON has no language; --lang is accepted with it")
        let refused = svenska("export", folder, "--format", "csv", "--as-of", "2026-06-01")
        XCTAssertEqual(refused.stderr.split(separator: "\n").first, "ropa: --as-of gäller --format markdown, docx och html, inte csv")
        XCTAssertTrue(svenska("export", folder, "--format", "markdown", "--table", "all").stderr.contains("--table gäller --format csv, inte markdown"))
        XCTAssertTrue(svenska("export", folder, "--format", "csv", "--output", "\(target)/nej/a.csv").stderr
            .contains("mappen som exporten ska skrivas i finns inte"))
    }

    func testInitAsksAndAnswersInSwedish() throws {
        let parent = try Fixtures.temporaryFolder("ropa-init-sv")
        folders.append(parent)
        let asked = ropa(["init", "\(parent)/exempel"], environment: Self.swedish,
                         input: ScriptedInput(["", "Exempel AB", "556254-0807", "556254-0806"]))
        XCTAssertEqual(asked.code, 0, asked.stderr)
        XCTAssertEqual(asked.stderr, "Organisationens namn: Registret behöver organisationens namn (den personuppgiftsansvarige).\n"
                       + "Organisationens namn: Organisationsnummer (NNNNNN-NNNN, Enter för att hoppa över): "
                       + "'556254-0807' klarar inte Luhnkontrollen (sista siffran skulle vara 6): kontrollera numret mot Bolagsverket\n"
                       + "Organisationsnummer (NNNNNN-NNNN, Enter för att hoppa över): ")
        XCTAssertTrue(asked.stdout.hasPrefix("Skapade registret för Exempel AB i \(parent)/exempel: version 1 ("), asked.stdout)
        XCTAssertTrue(asked.stdout.contains("\nNästa steg: 'ropa \(parent)/exempel' öppnar det;"), asked.stdout)
        XCTAssertTrue(svenska("log", "\(parent)/exempel").stdout.contains("    Registret skapat\n"))

        let scripted = svenska("init", "\(parent)/annat")
        XCTAssertEqual(scripted.code, 2)
        XCTAssertTrue(scripted.stderr.hasPrefix("ropa: ange organisationens namn med --name (det finns ingen terminal att fråga i)\nAnvändning: ropa init"))
        XCTAssertTrue(svenska("init", "\(parent)/exempel", "--name", "X").stderr
            .hasPrefix("ropa: \(parent)/exempel: mappen är inte tom: ett nytt register behöver en ny eller tom mapp\n"))
        XCTAssertTrue(svenska("init", "\(parent)/tredje", "--name", "X", "--org-number", "12").stderr
            .hasPrefix("ropa: --org-number: '12' är inget svenskt organisationsnummer: skriv NNNNNN-NNNN\n"))
    }

    func testImportInSwedish() throws {
        let folder = try savedRegister()
        let csvFolder = try Fixtures.temporaryFolder("ropa-csv-sv")
        folders.append(csvFolder)
        let csv = "\(csvFolder)/aktiviteter.csv"
        try Data("ID;Behandling;Ansvarig\r\nkundservice;Kundservice och kontakt;Kundtjänstchef\r\n;Nyhetsbrev;Marknad\r\n".utf8)
            .write(to: URL(fileURLWithPath: csv))
        let dry = svenska("import", folder, "--from", "csv", csv, "--dry-run")
        XCTAssertEqual(dry.code, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.hasPrefix("\(csv): 2 rad(er), rubriker på svenska, ';' mellan fälten; skulle lägga till 1, ändra 1, 0 oförändrade.\n"),
                      dry.stdout)
        XCTAssertTrue(dry.stdout.contains("+ Behandling 'Nyhetsbrev' tillagd"), dry.stdout)
        XCTAssertTrue(dry.stdout.hasSuffix("Provkörning: inget skrevs.\n"), dry.stdout)
        let run = svenska("import", folder, "--from", "csv", csv)
        XCTAssertTrue(run.stdout.contains("1 tillagda, 1 ändrade, 0 oförändrade."), run.stdout)
        XCTAssertTrue(run.stdout.contains("): Import av aktiviteter.csv\n"), run.stdout)
        let again = svenska("import", folder, "--from", "csv", csv, "-m", "Igen")
        XCTAssertTrue(again.stderr.contains("ropa: varning: \(csv):3: ID: inget ID, så 'Nyhetsbrev' läggs till som en ny behandling (nyhetsbrev-2)"),
                      again.stderr)

        let bad = "\(csvFolder)/fel.csv"
        try Data("Behandling,Roll,Senast granskad\nX,Kontrollant,i går\n".utf8).write(to: URL(fileURLWithPath: bad))
        let refused = svenska("import", folder, "--from", "csv", bad)
        XCTAssertEqual(refused.code, 2)
        XCTAssertTrue(refused.stderr.contains(":2: Roll: 'Kontrollant' är inte något av: Personuppgiftsansvarig"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains(":2: Senast granskad: 'i går' är inget datum: skriv ÅÅÅÅ-MM-DD"), refused.stderr)
        XCTAssertTrue(refused.stderr.hasSuffix("ropa: inget importerades: rätta de 2 felen ovan och importera igen.\n"), refused.stderr)
        XCTAssertTrue(svenska("import", folder, "--from", "xls", bad).stderr.hasPrefix("ropa: kan inte importera från 'xls': använd --from csv\n"))
        XCTAssertTrue(svenska("import", folder, "--from", "csv", "\(csvFolder)/saknas.csv").stderr
            .contains("saknas.csv: kan inte läsas: Filen eller katalogen finns inte"))
    }

    /// English runs read as they always did, whatever the Swedish catalogue says.
    func testEnglishIsUnchanged() throws {
        let folder = try savedRegister()
        XCTAssertTrue(ropa("help", "validate").stdout.hasPrefix("Usage: ropa validate PATH [--json] [--as-of YYYY-MM-DD] [--severity error|warning|info] [--all] [--lang en|sv]\n\n"
                                                              + "list the register's findings: gaps the law requires closing, and what to do\n\n"
                                                              + "Each finding names the entity, the field, the rule (a stable code) and what to do.\n"))
        XCTAssertTrue(ropa("--help").stdout.hasPrefix("ropa — the register of processing activities (GDPR Article 30), kept in the terminal.\n\n"
                                                      + "Usage: ropa [PATH]\n       ropa COMMAND PATH [OPTIONS]\n"))
        XCTAssertEqual(ropa("review", folder, "--as-of", "2026-06-01").stdout,
                       "Processor agreement review · Exempel AB · as of 2026-06-01\nNo processor agreement needs attention.\n")
        XCTAssertEqual(ropa("validate", "/nonexistent/register").stderr, "ropa: /nonexistent/register: no such file or folder\n")
        XCTAssertEqual(ropa("validate", folder, "--colour").stderr,
                       "ropa: unknown option --colour\nUsage: ropa validate PATH [--json] [--as-of YYYY-MM-DD] [--severity error|warning|info] [--all] [--lang en|sv]\n")
        XCTAssertEqual(ropa(["validate", folder, "--as-of", "2026-06-01"], environment: ["LANG": "en_GB.UTF-8"]).stdout, "No findings.\n")
        XCTAssertTrue(ropa("verify", folder).stdout.hasPrefix("OK: 1 versions, chain intact, files match version 1 ("))
    }
}
