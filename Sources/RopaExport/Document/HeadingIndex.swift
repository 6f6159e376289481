/// The headings of a document, each with the id a renderer gives it: the contents list them, and links to
/// an anchor land on them. Anchors are the document's own; a heading without one, or whose anchor an earlier
/// heading took, gets a made-up id, so every id is unique.
struct HeadingIndex {
    struct Entry {
        let block: Int
        let level: Int
        let text: String
        let id: String
    }

    private(set) var entries: [Entry] = []
    /// The id of the heading each block is, by block position.
    private var idsByBlock: [Int: String] = [:]
    private var idsByAnchor: [String: String] = [:]

    /// `makeID(anchor, number)` gives the renderer's id for the number-th heading (from 1) with that anchor.
    init(_ blocks: [DocumentBlock], makeID: (String?, Int) -> String) {
        var number = 0
        for (position, block) in blocks.enumerated() {
            guard case .heading(let level, let text, let anchor) = block else { continue }
            number += 1
            let fresh = anchor.map { idsByAnchor[$0] == nil } ?? false
            let id = makeID(fresh ? anchor : nil, number)
            if fresh, let anchor { idsByAnchor[anchor] = id }
            entries.append(Entry(block: position, level: level, text: text, id: id))
            idsByBlock[position] = id
        }
    }

    func id(ofBlock position: Int) -> String? { idsByBlock[position] }

    func id(ofAnchor anchor: String) -> String? { idsByAnchor[anchor] }
}
