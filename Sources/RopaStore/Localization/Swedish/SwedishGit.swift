/// The merge's conflicts and a version prefix that names several versions, in Swedish.
enum SwedishGit {
    static let table: [StoreMessage: String] = [
        .conflictRemoved: "(borttaget)",
        .conflictLine: "{0} · {1}: min {2}, deras {3}",
        .storeMergeConflicts: """
        {0}: {1} sammanslagningskonflikt(er) efter git, samma fält ändrat på båda grenarna:
        {2}
        Behåll en sida med 'ropa resolve {0} ID FÄLT --mine' (eller --theirs), eller ange värdet med 'ropa resolve {0} ID FÄLT=VÄRDE'.
        """,
        .storeAmbiguousVersion: "version {0} finns på mer än en gren: ange en av {1}",
    ]
}
