/// The merge's conflicts and a version prefix that names several versions, in English.
enum EnglishGit {
    static let table: [StoreMessage: String] = [
        .conflictRemoved: "(removed)",
        .conflictLine: "{0} · {1}: mine {2}, theirs {3}",
        .storeMergeConflicts: """
        {0}: {1} merge conflict(s) left by git, the same field changed on both branches:
        {2}
        Keep one side with 'ropa resolve {0} ID FIELD --mine' (or --theirs), or give the value with 'ropa resolve {0} ID FIELD=VALUE'.
        """,
        .storeAmbiguousVersion: "version {0} is on more than one branch: name one of {1}",
    ]
}
