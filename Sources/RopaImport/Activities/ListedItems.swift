import RopaModel

/// The items of an activity a cell lists by their text (its data categories, its purposes), matched to the
/// ones the activity has, so that reading an export back changes nothing.
enum ListedItems {
    /// An item keeps the existing one of the same text (exactly, else as `CellText.key` compares), with its
    /// id and its other values, and takes the cell's spelling; an item without one is new, with an id made
    /// from its text that no other item of the list has.
    static func match<Item>(_ texts: [String], to existing: [Item], id: KeyPath<Item, String>, text: WritableKeyPath<Item, String>,
                            new: (_ id: String, _ text: String) -> Item) -> [Item] {
        var unused = existing
        var items: [Item] = []
        for listed in texts {
            if let index = unused.firstIndex(where: { $0[keyPath: text] == listed })
                ?? unused.firstIndex(where: { CellText.key($0[keyPath: text]) == CellText.key(listed) }) {
                var item = unused.remove(at: index)
                item[keyPath: text] = listed
                items.append(item)
            } else {
                let taken = Set((items + unused).map { $0[keyPath: id] })
                items.append(new(EntityID.unique(from: listed, taken: taken), listed))
            }
        }
        return items
    }
}
