import Foundation
import RopaExport
import RopaModel

/// The names registers kept in spreadsheets give their columns, beside the ones `ropa export` writes: Swedish
/// and English practice, the ICO's documentation template and the CNIL's register model (in French and in
/// its English version). Compared as `HeaderNames.key` folds them: case, diacritics, white space, a trailing
/// "(if applicable)"-style remark and trailing `:`, `?` or `*` do not matter.
///
/// A name that practice uses for two different things is left out rather than guessed ("Kommentar" could be
/// notes or anything else): such a column is reported as not read, and
/// `--map 'Column=field'` says what it holds.
enum HeaderNames {
    static let activities: [ExportField: [String]] = [
        .activity: ["Activity", "Name", "Namn", "Behandlingens namn", "Namn på behandlingen", "Personuppgiftsbehandling",
                    "Processing", "Name of processing", "Processing name", "Name / acronym", "Nom / sigle", "Nom du traitement",
                    "Activité de traitement", "Aktivitet", "Process"],
        .description: ["Beskrivning av behandlingen", "Description of processing", "Description du traitement"],
        .owner: ["Ansvarig", "Behandlingsansvarig", "Ansvarig funktion", "Processansvarig", "Owner", "Process owner", "Responsible"],
        .purposes: ["Syfte", "Syften", "Ändamål", "Ändamål med behandlingen", "Ändamålen med behandlingen", "Purpose", "Purposes",
                    "Purpose of processing", "Purposes of processing", "Purposes of the processing", "Purpose(s) of the processing",
                    "Finalité", "Finalités", "Finalité du traitement", "Finalité(s) du traitement", "Finalité principale"],
        .lawfulBasis: ["Laglig grund", "Rättslig grund", "Rättslig grund för behandlingen", "Grund för behandlingen", "Lagstöd",
                       "Legal basis", "Lawful basis", "Lawful basis for processing", "Article 6 lawful basis for processing personal data",
                       "Article 6 lawful basis", "Base légale", "Base juridique", "Base légale du traitement"],
        .legitimateInterests: ["Berättigat intresse", "Berättigade intressen", "Legitimate interest", "Legitimate interests",
                               "Legitimate interests for the processing", "Intérêt légitime"],
        .article9Condition: ["Article 9 basis for processing special category data", "Article 9 condition", "Art 9 condition",
                             "Undantag enligt art. 9", "Villkor för känsliga personuppgifter"],
        .dataSubjects: ["Registrerade", "Kategorier av registrerade", "De registrerade", "Registrerade personer", "Data subjects",
                        "Categories of data subjects", "Categories of individuals", "Catégories de personnes concernées",
                        "Personnes concernées"],
        .dataCategories: ["Personuppgifter", "Kategorier av personuppgifter", "Typ av personuppgifter", "Uppgifter",
                          "Personal data", "Categories of personal data", "Data categories", "Catégories de données personnelles",
                          "Catégories de données personnelles concernées", "Données traitées"],
        .specialCategories: ["Känsliga personuppgifter", "Särskilda kategorier av personuppgifter", "Special categories",
                             "Special category data", "Special categories of personal data", "Données sensibles"],
        .dataSources: ["Källa", "Källor", "Varifrån kommer uppgifterna", "Source", "Sources", "Source of personal data",
                       "Data sources", "Source des données"],
        .recipients: ["Mottagare", "Kategorier av mottagare", "Recipients", "Categories of recipients", "Recipients of personal data",
                      "Destinataires", "Catégories de destinataires"],
        .processors: ["Personuppgiftsbiträde", "Personuppgiftsbiträden", "Biträde", "Biträden", "Processor", "Processors",
                      "Sous-traitant", "Sous-traitants"],
        .jointControllers: ["Gemensamt personuppgiftsansvarig", "Gemensamt ansvariga", "Joint controller", "Joint controllers",
                            "Name and contact details of joint controller", "Responsable conjoint", "Responsables conjoints"],
        .transferCountries: ["Tredjeland", "Tredjeländer", "Överföring till tredjeland", "Third country", "Third countries",
                             "Transfer countries",
                             "Names of third countries or international organisations that personal data are transferred to",
                             "Data transfers outside the EU", "Transferts hors UE", "Transferts de données hors UE", "Pays destinataire"],
        .transferMechanisms: ["Skyddsåtgärder", "Skyddsåtgärder vid överföring", "Överföringsmekanism", "Safeguards",
                              "Transfer safeguards", "Transfer mechanism",
                              "Safeguards for exceptional transfers of personal data to third countries or international organisations",
                              "Garanties", "Garanties appropriées"],
        .retention: ["Lagringstid", "Gallringsfrist", "Gallring", "Bevarandetid", "Lagringsperiod", "Hur länge sparas uppgifterna",
                     "Retention", "Retention period", "Retention schedule", "Storage period", "Durée de conservation",
                     "Délais d'effacement", "Time limits for erasure"],
        .securityMeasures: ["Säkerhetsåtgärder", "Tekniska och organisatoriska säkerhetsåtgärder", "Security measures",
                            "General description of technical and organisational security measures",
                            "Technical and organisational security measures", "Mesures de sécurité"],
        .automatedDecisions: ["Automatiserade beslut", "Automated decision-making",
                              "Existence of automated decision-making, including profiling", "Décision automatisée"],
        .dpiaNeeded: ["Konsekvensbedömning", "Konsekvensbedömning (DPIA) krävs", "DPIA required", "Data Protection Impact Assessment required",
                      "AIPD requise"],
        .dpiaStatus: ["DPIA progress"],
        .dpiaLink: ["Link to DPIA"],
        .lastReviewed: ["Senast uppdaterad", "Senast reviderad", "Last updated", "Date de dernière mise à jour"],
        .notes: ["Anteckningar", "Anmärkningar", "Notes"],
        // The ICO's and the CNIL's further columns.
        .department: ["Business function", "Department", "Service chargé de la mise en œuvre"],
        .rightsAvailable: ["Rights available to individuals", "Rättigheter för de registrerade"],
        .consentRecords: ["Link to record of consent", "Record of consent"],
        .legitimateInterestsAssessment: ["Link to legitimate interest assessment", "Legitimate interest assessment", "LIA"],
        .storageLocation: ["Location of personal data", "Lagringsplats"],
        .systems: ["Logiciels", "Logiciel", "IT-system", "System som används"],
        .retentionPolicy: ["Link to retention and erasure policy document", "Retention and erasure policy"],
        .retentionPeriods: ["Retention trigger", "Retention trigger event", "Trigger event", "Retention start", "Retention runs from",
                            "Lagringstiden räknas från", "Räknas från", "Utgångspunkt för lagringstiden", "Gallringsfristen räknas från",
                            "Point de départ de la durée de conservation"],
        .statutoryProvision: ["Lagrum", "Legal provision"],
    ]

    /// The names of a table's columns, by field: what the export writes in both languages, and for activities
    /// the names of practice above.
    static func names(_ table: CSVTable) -> [(String, ExportField)] {
        var names: [(String, ExportField)] = []
        for field in CSVExporter.fields(table) {
            names.append((field.text(.en), field))
            names.append((field.text(.sv), field))
        }
        // "Name"/"Namn" is read as the name of the table's entity.
        names.append((ExportField.name.text(.en), table.nameField))
        names.append((ExportField.name.text(.sv), table.nameField))
        if table == .activities {
            for (field, titles) in activities.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                names += titles.map { ($0, field) }
            }
        }
        return names
    }

    /// A header as it is compared: folded, runs of white space as one, a trailing remark in parentheses,
    /// `:`, `?` and `*` left out. "Retention schedule (if applicable)" reads as "retention schedule".
    static func key(_ title: String) -> String {
        let text = CellText.key(title)
        // An ASCII key (nearly every title) is trimmed on its bytes: Foundation's trimming built its set of
        // characters on every call, 15 000 instructions a title. The same answer as `trimmedByCharacters`.
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return trimmedByCharacters(text) }
        var bytes = Array(text.utf8)[...]
        func trim(_ slice: inout ArraySlice<UInt8>, spaceOnly: Bool) {
            func trimmed(_ byte: UInt8) -> Bool {
                byte == UInt8(ascii: " ") || (!spaceOnly && (byte == UInt8(ascii: ":") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "*")))
            }
            while let first = slice.first, trimmed(first) { slice.removeFirst() }
            while let last = slice.last, trimmed(last) { slice.removeLast() }
        }
        while true {
            trim(&bytes, spaceOnly: false)
            if bytes.last == UInt8(ascii: ")"), let open = bytes.lastIndex(of: UInt8(ascii: "(")), open != bytes.startIndex {
                var rest = bytes[..<open]
                trim(&rest, spaceOnly: true)
                if rest.isEmpty { return String(decoding: bytes, as: UTF8.self) }
                bytes = rest
                continue
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The trimming of `key` by characters, of a key `CellText.key` made: for keys that are not ASCII.
    static func trimmedByCharacters(_ key: String) -> String {
        var text = key
        while true {
            let trimmed = text.trimmingCharacters(in: [" ", ":", "?", "*"])
            if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("), open != trimmed.startIndex {
                let rest = String(trimmed[..<open]).trimmingCharacters(in: [" "])
                if rest.isEmpty { return trimmed }
                text = rest
                continue
            }
            return trimmed
        }
    }
}
