import RopaModel
import RopaTestSupport

/// The clean register with text that attacks each format: CSV quoting and formula injection, Markdown
/// markup, raw HTML, links, table pipes, line breaks and terminal control characters.
enum HostileRegister {
    static let quotes = "Say \"hello\", \"world\""
    static let newlines = "First line\nsecond line\r\nthird line\rfourth"
    static let pipes = "a | b || c \\| d"
    static let hyperlink = "=HYPERLINK(\"http://x\")"
    static let plusCommand = "+cmd|' /C calc'!A0"
    static let atSum = "@SUM(A1)"
    static let minus = "-2+3"
    static let tabStart = "\tTAB"
    static let crStart = "\rCR"
    static let script = "<script>alert(1)</script>"
    static let bold = "**bold** and __bold__ and *em* _em_"
    static let code = "`code` and ```fence```"
    static let heading = "# Not a heading"
    static let list = "- not a list"
    static let ordered = "1. not a list"
    static let lettered = "a) not a list either"
    static let link = "[link](http://x) ![image](http://x/i.png) <http://x>"
    static let autolinks = "www.example.com dso@example.se https://example.se :smile:"
    static let entity = "&amp; &lt;b&gt; &#60;"
    static let pandocMarkup = "$x^2$ ~sub~ ^sup^ {#id .class} [span]{.x} @cite"
    static let control = "Evil\u{1B}[2J\u{7}bell\u{0}nul\u{202E}drowkcab"
    static let thematic = "---"
    static let negativeNumber = "-5"
    static let plusNumber = "+46"

    /// Every hostile value, for checks that each survives as text.
    static let all = [quotes, newlines, pipes, hyperlink, plusCommand, atSum, minus, tabStart, crStart, script, bold, code,
                      heading, list, ordered, lettered, link, autolinks, entity, pandocMarkup, control, thematic, negativeNumber, plusNumber]

    static func make() -> Register {
        var register = Fixtures.cleanRegister()
        register.organisation.name = "Hostile \(pipes) AB"
        register.organisation.notes = newlines
        var activity = register.activities[0]
        activity.name = quotes
        activity.description = hyperlink
        activity.owner = plusCommand
        activity.notes = atSum
        activity.dataSubjects = [script, bold, minus]
        activity.recipients = [heading, list, ordered, lettered, thematic]
        activity.dataSources = [link, autolinks]
        activity.purposes[0].description = code
        activity.purposes[0].legitimateInterest = entity
        activity.dataCategories[0].name = pandocMarkup
        activity.retention[0].text = newlines
        activity.securityDescription = control
        activity.lastReviewed = tabStart
        activity.dpia = DPIA(needed: .yes, status: .inProgress, link: crStart, date: negativeNumber)
        activity.automatedDecisionMaking = AutomatedDecisionMaking(used: .no, profiling: .no, description: plusNumber)
        register.activities[0] = activity

        var second = Activity(id: "andra", name: pipes, role: .processor,
                              controllers: [ExternalParty(id: "kund", name: hyperlink, contact: Contact(email: atSum))],
                              purposes: [Purpose(id: "p", description: newlines, lawfulBasis: .contract)],
                              dataSubjects: [newlines], dataCategories: [DataCategory(id: "halsa", name: "Hälsa", specialCategory: .health)],
                              recipients: ["none"], processorIds: ["molnleverantor"], notes: script)
        second.provenance = ["record": link]
        register.activities.append(second)

        register.processors[0].name = script
        register.processors[0].notes = pipes
        register.processors[1].service = hyperlink
        register.processors.append(Processor(id: "djup", name: bold, country: "IN", parentProcessorId: "molnleverantor",
                                             approval: SubprocessorApproval(status: .pending)))
        register.transfers[0].notes = link
        register.transfers[0].supplementaryMeasures = [atSum, newlines]
        register.jointControllers[0].responsibilities = code
        register.jointControllers[0].contactPoint = autolinks
        register.securityMeasures[0].description = heading
        register.securityMeasures[0].notes = newlines
        return register
    }
}
