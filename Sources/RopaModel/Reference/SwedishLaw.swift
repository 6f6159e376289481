/// The provisions of Swedish law the rules cite, kept as dated data with their sources, so that a change in
/// the law is one edit here. Checked 2026-12-02.
public enum SwedishLaw {
    /// The day the provisions below were last checked against their sources.
    public static let checked = "2026-12-02"

    /// Art 10 data outside public authorities: only with a basis in Union or national law. Dataskyddslagen
    /// 3 kap. 8 § and förordning (2018:219) 5 § say when; under the ordinance's 6 § IMY may decide more
    /// (DIFS 2018:2). Consent is no basis.
    /// Sources: SFS 2018:218 (riksdagen.se; lagboken.se, amended up to SFS 2022:444); DIFS 2018:2, "Föreskrifter om
    /// behandling av personuppgifter som rör lagöverträdelser" of 3 May 2018 (lagen.nu/difs/2018:2), whose 1 § places
    /// the cases in which others than authorities may process Art 10 data in 5 § of förordning (2018:219) and IMY's
    /// power to add to them in its 6 §; IMY, "Personuppgifter som rör lagöverträdelser" (imy.se, with IMYRS 2021:1).
    /// Checked 2026-12-02.
    public static let offenceData = "dataskyddslagen (2018:218) 3 kap. 8 §, förordning (2018:219) 5 §"

    /// Where IMY's own decisions on Art 10 data rest: förordning (2018:219) 6 § (source as for `offenceData`).
    public static let offenceDataByIMY = "förordning (2018:219) 6 §, DIFS 2018:2"

    /// What förordning (2018:219) 5 § allows others than authorities, as IMY's page on offence data words it: the
    /// processing is necessary to establish, exercise or defend legal claims, or to fulfil a legal obligation
    /// under an act or ordinance (e.g. an insurer investigating a concrete suspicion of fraud; a bank under the
    /// money-laundering act).
    public static let offenceDataExceptions = BilingualText(
        en: "legal claims to be established, exercised or defended, or a legal obligation under an act or ordinance",
        sv: "rättsliga anspråk ska kunna fastställas, göras gällande eller försvaras, eller en rättslig förpliktelse enligt lag eller förordning ska kunna fullgöras")

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
