/// The provisions of Swedish law the rules cite, kept as dated data with their sources, so that a change in
/// the law is one edit here. Checked 2026-12-02.
public enum SwedishLaw {
    /// The day the provisions below were last checked against their sources.
    public static let checked = "2026-12-02"

    /// Art 10 data outside public authorities: only with a basis in Union or national law. Dataskyddslagen
    /// 3 kap. 8 § and förordning (2018:219) say when; IMY may decide more (DIFS 2018:2). Consent is no basis.
    /// Sources: SFS 2018:218 (riksdagen.se; lagboken.se, amended up to SFS 2022:444); IMY (formerly
    /// Datainspektionen), "Personuppgifter som rör lagöverträdelser".
    public static let offenceData = "dataskyddslagen (2018:218) 3 kap. 8 §, förordning (2018:219)"

    /// Personnummer and samordningsnummer without consent only when clearly justified by the purpose, the
    /// importance of secure identification or another considerable reason (Art 87 GDPR).
    /// Sources: SFS 2018:218 3 kap. 10 § (riksdagen.se); IMY's guidance on personnummer.
    public static let identityNumbers = "dataskyddslagen (2018:218) 3 kap. 10 §"

    /// The words a category of personal data is named by when it holds Swedish identity numbers.
    static let identityNumberWords = ["personnummer", "samordningsnummer", "personal identity number", "personal id number",
                                      "national identity number", "national id number", "social security number",
                                      "coordination number", "civic registration number", "swedish id number"]
    static let identityNumberPhrases = FoldedPhrases(identityNumberWords)
}

extension DataCategory {
    /// Whether the category holds personnummer or samordningsnummer (dataskyddslagen 3 kap. 10 §), by its name.
    public var holdsIdentityNumbers: Bool {
        SwedishLaw.identityNumberPhrases.occur(in: name)
    }
}
