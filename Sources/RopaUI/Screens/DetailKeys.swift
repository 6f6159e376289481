extension AppState {
    mutating func handleDetailKey(_ key: Key) -> [Effect] {
        guard case .detail(var detail)? = stack.last else { return [] }
        let lines = DetailLines.lines(for: detail.ref, self)
        if let moved = Layout.move(detail.cursor, key: key, count: lines.count, page: Layout.pageBodyHeight(size)) {
            detail.cursor = moved
            stack[stack.count - 1] = .detail(detail)
            return []
        }
        guard let action = KeyTable.action(ScreenKeys.detail(detail.ref), for: key) else { return [] }
        switch action {
        case .back:
            stack.removeLast()
        case .follow:
            if lines.indices.contains(detail.cursor), let link = lines[detail.cursor].link {
                if RegisterEditing.json(of: link, in: register) != nil {
                    openDetail(link)
                } else {
                    status = (text("'\(link.id)' is not in the register", "'\(link.id)' finns inte i registret"), true)
                }
            }
        case .nextLink:
            if let next = lines.indices.first(where: { $0 > detail.cursor && lines[$0].link != nil }) {
                detail.cursor = next
                stack[stack.count - 1] = .detail(detail)
            }
        case .previousLink:
            if let previous = lines.indices.last(where: { $0 < detail.cursor && lines[$0].link != nil }) {
                detail.cursor = previous
                stack[stack.count - 1] = .detail(detail)
            }
        case .edit:
            // The form opens on the field under the cursor; on the id or a heading, on the name.
            let path = lines.indices.contains(detail.cursor) ? lines[detail.cursor].path.joined(separator: ".") : ""
            openForm(detail.ref, focus: path.isEmpty || path == "id" ? nil : path)
        case .delete:
            askDelete(detail.ref)
        }
        return []
    }

    mutating func handleDiffKey(_ key: Key) -> [Effect] {
        guard case .diff(var diff)? = stack.last else { return [] }
        if let moved = Layout.move(diff.scroll, key: key, count: max(1, diff.lines.count - Layout.pageBodyHeight(size) + 1), page: Layout.pageBodyHeight(size)) {
            diff.scroll = moved
            stack[stack.count - 1] = .diff(diff)
            return []
        }
        if case .back? = KeyTable.action(ScreenKeys.diff, for: key) { stack.removeLast() }
        return []
    }
}
