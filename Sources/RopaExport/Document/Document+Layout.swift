/// Layout decisions both renderers make the same way.
extension Document {
    /// Whether a landscape page starts with the block at `position`: a wide table starts one, or the
    /// heading right before it, so that the heading is not left alone at the foot of an upright page.
    func opensLandscapePage(at position: Int) -> Bool {
        switch blocks[position] {
        case .heading:
            return isLandscapeTable(at: position + 1)
        case .table(let table):
            guard table.landscape else { return false }
            if position > 0, case .heading = blocks[position - 1] { return false }
            return true
        default:
            return false
        }
    }

    private func isLandscapeTable(at position: Int) -> Bool {
        guard position < blocks.count, case .table(let table) = blocks[position] else { return false }
        return table.landscape
    }
}
