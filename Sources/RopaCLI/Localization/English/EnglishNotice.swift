/// The help and errors of `ropa notice`, and the notice's heading in `ropa validate`, in English.
enum EnglishNotice {
    static let table: [CLIMessage: String] = [
        .noticeSummary: "write the privacy notice (Art 13 and 14 information) for data subjects from the register",
        .noticeHelp: """
        Writes the information owed to data subjects under Articles 13 and 14 from the register, as a text for
        the public: the controller and its legal entities, contact details, the data protection officer, the EU
        representative, joint controllers and the essence of their arrangement; for each current activity what is
        processed and why, each purpose with its legal basis in plain words, the legitimate interest, the Art 9
        condition, whether the data must be given and what happens if not, the source when the data does not come
        from the person; recipients and processors; transfers outside the EU/EEA with their safeguard and how to get a
        copy; how long data is kept; the rights that follow from the legal bases; complaints to the supervisory
        authority; automated decisions and profiling. It states only what the register holds: ropa validate lists,
        under "notice", what the register still lacks for a complete notice.

        Options:
          --format FORMAT       markdown (default), html or docx
          -o, --output FILE     write to FILE (readable by its owner only) instead of standard output
          --audience SUBJECTS   only the activities whose data subjects contain SUBJECTS (case and accents
                                ignored), e.g. --audience 'söker jobb' for the job applicants' notice
          --lang en|sv          the notice's language (default English; the environment does not choose it)
        """,
        .noticeDOCXNeedsOutput: "--format docx writes a binary file: name it with --output FILE",
        .noticeAudienceEmpty: "--audience needs the data subjects to select, e.g. --audience kunder",
        .validateNoticeHeading: "Privacy notice (Art 13 and 14): what the register lacks for it",
    ]
}
