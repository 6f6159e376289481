extension AppState {
    mutating func handleDetailKey(_ key: Key) -> [Effect] {
        guard case .detail(var detail)? = stack.last else { return [] }
        let outcome = detail.update(key, lines: DetailLines.lines(for: detail.ref, self), page: Layout.pageBodyHeight(size))
        stack[stack.count - 1] = .detail(detail)
        switch outcome {
        case .handled, .ignored:
            break
        case .back:
            stack.removeLast()
        case .follow(let link):
            if RegisterEditing.json(of: link, in: register) != nil {
                openDetail(link)
            } else {
                status = (text("'\(link.id)' is not in the register", "'\(link.id)' finns inte i registret"), true)
            }
        case .edit(let focus):
            openForm(detail.ref, focus: focus)
        case .delete:
            askDelete(detail.ref)
        }
        return []
    }

    mutating func handleDiffKey(_ key: Key) -> [Effect] {
        guard case .diff(var diff)? = stack.last else { return [] }
        let outcome = diff.update(key, page: Layout.pageBodyHeight(size), rowCount: diff.rows(width: size.columns - 2).count)
        stack[stack.count - 1] = .diff(diff)
        if outcome == .back { stack.removeLast() }
        return []
    }
}
