/// `ropa --help` and every command's summary and help, in English. Command and option names, and the
/// metavariables of the usage lines (PATH, FILE, N), read the same in both languages.
enum EnglishHelp {
    static let table: [CLIMessage: String] = [
        .helpOverviewHead: """
        ropa — the register of processing activities (GDPR Article 30), kept in the terminal.

        Usage: ropa [PATH]
               ropa COMMAND PATH [OPTIONS]

        PATH is a register folder, or a folder holding several registers.

        Commands:

        """,
        .helpOverviewTail: """

        Options:
          -h, --help     show this help, or a command's help (ropa help COMMAND)
          -V, --version  show the version
          --lang en|sv   the language of messages and help: English or Swedish (default: Swedish when
                         LC_ALL, LC_MESSAGES or LANG starts with sv); before or after the command

        Exit codes: 0 fine; 1 findings or a failed check; 2 bad usage or unreadable input.
        Versions are recorded as the author in ROPA_AUTHOR, else git's user.name <user.email>, else user@host.

        """,
        .helpUsage: "Usage: ",
        .helpLanguageFooter: """
        Every command takes --lang en|sv for the language of its messages and help (default: Swedish when
        LC_ALL, LC_MESSAGES or LANG starts with sv).
        """,
        .initSummary: "create an empty register in a new folder",
        .initHelp: """
        Creates the folder PATH (readable by its owner only) with register.json, organisation.json naming the
        organisation as its one legal entity, a .gitignore, and a first version "Created register". PATH must not
        exist, or be an empty folder.

        Options:
          --name NAME                 the organisation (the controller), e.g. 'Exempel AB'
          --org-number NNNNNN-NNNN    its Swedish organisation number; the last digit is a Luhn check digit.
                                      With a number the legal entity is Swedish and IMY its supervisory authority.

        Run in a terminal, init asks for what the options leave out (Enter skips the organisation number). In a
        script, --name is required. Nothing is written when PATH is not empty or the number is not valid.
        """,
        .validateSummary: "list the register's findings: gaps the law requires closing, and what to do",
        .validateHelp: """
        Each finding names the entity, the field, the rule (a stable code) and what to do.
        What the privacy notice (Art 13 and 14, ropa notice) still needs comes last, under its own heading.
        Severity: error (the law requires it), warning (required where possible, or good practice), info.

        Options:
          --json                 print an array of objects: severity, code, category, entity, id, kind, file, field, message, article
          --as-of YYYY-MM-DD     measure review dates against this day instead of today
          --severity LEVEL       only findings of this severity or worse: error, warning or info
          --all                  list every info finding; without it they are summarised one line per rule
          --fail-on LEVEL        exit 1 only for findings of at least this severity: error, warning (default) or never

        Exit code 1 when there is any error or warning (see --fail-on), 0 when there is none.
        """,
        .verifySummary: "check the history: every version and file is what its hash says, and the files match the head",
        .verifyHelp: """
        Checks that every version record and stored file matches its SHA-256 name (nothing was changed after it
        was written), that every parent link resolves, and that the register's files are those of the head
        version. Changes made outside ropa (a hand edit, a git merge) are reported until recorded with
        'ropa commit'.

        Exit code 0 when everything holds, 1 when something does not.
        """,
        .logSummary: "list the versions: number, time, author, message, hash",
        .logHelp: """
        Newest first. A version's number is its generation (its parent's number + 1), so it never changes;
        versions of two branches with the same number are shown with a short hash (2·a6c5). A version can be
        named by its number, that form, or a prefix of its hash anywhere a number is accepted.

        Options:
          -n N, --max-count N   only the newest N versions; on a long history only their records are read
          --json                print an array of objects: number, time, author, message, hash, parents
        """,
        .diffSummary: "show what changed between two versions, field by field",
        .diffHelp: """
        Without versions: the head against its parent. With FROM only: FROM against the head.
        Versions are numbers (see 'ropa log') or hash prefixes. Entities are matched by id, never by position.

        Options:
          --json   print an array of changes: file, kind, id, entity, action, field, old, new
        """,
        .showSummary: "print the register (or an old version of it) as readable text",
        .showHelp: """
        Options:
          --version N   show the register as it was at version N (a number or a hash prefix)
          --json        print the whole register as one canonical JSON document
        """,
        .setSummary: "change fields of one entity, recorded as one version",
        .setHelp: """
        ID is the entity's id (see 'ropa show'); the organisation is also 'organisation'.
        FIELD is a dotted path: nested objects by key, lists by element id or index, e.g.
          ropa set Data/ist-group kundservice-och-kontakt name='Kundtjänst'
          ropa set Data/ist-group kundservice-och-kontakt purposes.svara-pa-forfragningar.lawfulBasis=legitimateInterests
          ropa set Data/ist-group avastar agreement.status=signed agreement.signedDate=2024-03-01
        VALUE is stored exactly as given (control characters included). A field that is not text (a number, a
        flag, a list) reads VALUE as JSON. FIELD:=JSON always reads JSON; FIELD:=null removes an optional field.

        Options:
          -m, --message MESSAGE   the version message (default: "Set FIELD… on ID")

        Nothing is written when any assignment is refused.
        """,
        .importSummary: "create or update the register from a spreadsheet (CSV or XLSX), as one version",
        .importHelp: """
        FILE is a CSV file, a folder of them (as 'ropa export --table all' writes), or with --from xlsx one
        workbook. Each file or sheet is recognised by its name or header as activities, processors,
        sub-processors, transfers, joint controllers or security measures; the other tables are read first.
        Headers in English or Swedish, as the export writes them or as practice does (Syfte, Laglig grund,
        Registrerade, Gallringsfrist, the ICO's and the CNIL's templates); --map 'Column=field' names the rest.
        A column that names no field is reported once and not read (--keep-extra keeps it in the notes). Text
        in UTF-8, UTF-16 or Windows-1252 (Excel's "CSV (semikolonavgränsad)"), ',' or ';' between fields.

        A row whose ID is an activity of the register updates it; a row with an empty ID, or a new id, adds one.
        A cell that still reads as the export writes it leaves the activity's fields as they are. Vocabulary cells
        take the English or Swedish label, with or without the article, or the stored value; lawful bases also
        as practice writes them ("Intresseavvägning", "art. 6.1 c"). A processor, joint controller, security
        measure, transfer or legal entity a row names that is nowhere is created from its name and listed
        (--no-create refuses instead). Multi-valued cells are split at ';' and at line breaks. What the files
        do not mention is not changed; the controller contact, DPO and EU representative columns are not read.

        Every row that cannot be read is reported with its line in FILE, and then nothing is imported.

        Options:
          --from csv|xlsx        the format of FILE
          --dry-run              show what would change, field by field, and write nothing
          -m, --message MESSAGE  the version message (default: "Import FILE")
          --delimiter D          ',' ';' tab or '|' between the fields (default: found from the header row)
          --map 'Column=field'   read Column as field (its name in ropa or its header); may be repeated
          --keep-extra           keep columns that name no field in each activity's notes
          --no-create            refuse names of entities that are nowhere instead of creating them
        """,
        .commitSummary: "record changes made outside ropa (a hand edit, a git merge) as a version",
        .commitHelp: """
        Reads the register's files, checks them, rewrites them canonically and records what differs from the
        head as one version. After a git merge of two branches this records the merge (both heads as parents).
        Nothing is written when the files cannot be read.

        Options:
          -m, --message MESSAGE   the version message (required)
        """,
        .restoreSummary: "make an old version the new head, as a new version (history is never rewritten)",
        .restoreHelp: """
        N is a version number or hash prefix (see 'ropa log').

        Options:
          -m, --message MESSAGE   the version message (default: "Restore version N")
        """,
        .exportSummary: "write the register as CSV for spreadsheets, a document (DOCX, HTML, Markdown), or JSON",
        .exportHelp: """
        Formats:
          --format csv        RFC 4180 tables for Excel, LibreOffice and Google Sheets: UTF-8, fields quoted where
                              needed, multi-valued cells joined with "; ", cells that a spreadsheet would run as
                              a formula (=, +, -, @, tab, CR) prefixed with ' so they show as text
          --format markdown   a document for management, auditors and the supervisory authority: title with the
                              organisation, organisation numbers, DPO, date and version; contents; summary; a
                              section per activity; processors and sub-processors; transfers; joint controllers;
                              security measures; open findings. CommonMark with GFM tables; converts with pandoc:
                                pandoc -f gfm register.md -o register.docx
          --format json       one canonical JSON document with the keys organisation, activities, processors,
                              transfers, jointControllers, securityMeasures
          --format docx       the register as a Word document to hand to the supervisory authority: A4, title
                              page with organisation and version, contents with page numbers, the controller,
                              a summary, a section per activity with the points of Art 30(1) in order,
                              processors, transfers, joint controllers, security measures; page numbers in
                              the footer. Needs --output FILE
          --format html       the same document as one self-contained HTML file; a browser prints it to A4
          --format xlsx       an Excel workbook (needs --output): a sheet per table (organisation, activities,
                              processors, sub-processors, transfers, joint controllers, security measures,
                              findings, review queue), header row frozen and filtered, dates as dates, stamped
                              with the register version so that 'ropa import --from xlsx' reads it back

        Options:
          -o, --output FILE|DIR
                              write to FILE, or into DIR (activities.csv, register.md, …), instead of standard
                              output; files are readable by their owner only
          --version N         export the register as it was at version N (a number or a hash prefix)
          --lang en|sv        headers, headings and vocabulary in English (default) or Swedish (csv, markdown),
                              and the messages; LANG and LC_ALL do not change the files
          --table NAME        csv: activities (default), processors, subprocessors, transfers, joint-controllers,
                              security-measures, or all (one file each; needs --output DIR)
          --delimiter D       csv: the field separator: ',' (default), ';' for Swedish Excel, tab or '|'
          --bom               csv: start with a UTF-8 byte order mark, so Excel reads å, ä, ö right
          --excel, --no-excel csv: for Excel (';' in Swedish, a BOM, phone numbers kept) or plain; default: Excel with --lang sv
          --as-of YYYY-MM-DD  markdown, docx, html: the date the document speaks for and findings are
                              measured against (default today)
          --findings          docx, html: add the open findings as an appendix (left out by default)

        The same register gives the same bytes.
        """,
        .reviewSummary: "the processor agreements that need attention (Art 28), most urgent first; mark one reviewed",
        .reviewHelp: """
        Lists every processor and sub-processor whose agreement needs attention, each reason with its code,
        the article behind it and what to do. Urgency, most urgent first:
          critical      no signed agreement (missing, draft, sent, expired, terminated) while an activity uses
                        the processor; a sub-processor you objected to that is still engaged
          overdue       the review date has passed, or no review date can be established
          dueSoon       the review falls due within the register's due-soon window (register.json: dueSoonDays)
          agreement     Art 28(3)(a)–(h) clauses missing, partial or not checked; signing date unknown
          subprocessor  sub-processor not approved, no notice under a general authorisation, authorisation unknown
          transfer      processor outside the EU/EEA with no transfer; SCC without module, reference or TIA

        Options:
          --as-of YYYY-MM-DD      measure review dates against this day instead of today
          --json                  print an array of objects (same as --format json)
          --format FORMAT         text (default), markdown (a management report) or json
          --mark-reviewed ID      record that ID's agreement was reviewed: last reviewed = the as-of day, next
                                  review = that day plus the register's review interval (reviewIntervalMonths),
                                  saved as one version
          -m, --message MESSAGE   the version message for --mark-reviewed (default: "Reviewed agreement with NAME")

        Exit code 1 when any agreement needs attention, 0 when none does; --mark-reviewed exits 0 when saved.
        """,
    ]
}
