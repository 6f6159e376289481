import RopaModel

/// How a list is scrolled, filtered and sorted.
public struct ListState: Equatable, Sendable {
    public var cursor = 0
    public var scroll = 0
    public var filter = ""
    /// The filter being typed after `/`, or nil.
    public var filterEditor: TextEditor?
    public var sortColumn = 0
    public var ascending = true

    public init() {}
}

/// A screen pushed over the section list: Esc pops it.
public enum Screen: Sendable {
    case detail(DetailState)
    case form(FormState)
    case diff(DiffState)
}

public struct DetailState: Sendable {
    public var ref: EntityRef
    public var cursor = 0
    public var scroll = 0
}

public struct FormState: Sendable {
    public var ref: EntityRef
    public var cursor = 0
    public var scroll = 0
    /// The text field being edited, on the row at `cursor`.
    public var editor: TextEditor?
    /// A refused value: which row and why. Shown next to the field; nothing was stored.
    public var error: (path: [String], message: String)?
    /// Set while the form is a draft from `a` (no name yet): the register before the draft was added.
    public var draft: Register?

    public var isDraft: Bool { draft != nil }
}

public struct DiffState: Sendable {
    public var title: String
    public var lines: [String]
    public var scroll = 0
    /// A text to read (the privacy notice), not a version's changes: the mode says TEXT.
    public var isText = false
}

/// A dialog over the current screen. Only one at a time.
public enum Modal: Sendable {
    /// The `?` overlay, scrolled by this many lines.
    case help(scroll: Int)
    case confirm(Confirmation)
    case prompt(Prompt)
    case picker(Picker)
    /// Quitting with unsaved changes: save, discard or cancel.
    case quit
    /// A save found the files changed on disk: reload and re-apply the edits, or keep editing.
    case changedOnDisk([String])
    /// Unsaved edits of an earlier session were found: restore or discard them.
    case recovery(time: String, register: Register)
}

public struct Confirmation: Sendable {
    public enum Action: Sendable {
        case delete(EntityRef)
        case restore(VersionSummary)
        /// Mark a processor's agreement reviewed although other edits are unsaved.
        case markReviewed(EntityRef)
    }

    public var title: String
    public var lines: [String]
    public var action: Action
    /// The key that confirms; never the key that started the action, never Enter.
    public var confirmKey: Character = "y"
}

public struct Prompt: Sendable {
    public enum Purpose: Sendable {
        case saveMessage(thenQuit: Bool)
        case exportPath
    }

    public var title: String
    public var editor: TextEditor
    public var purpose: Purpose
}

/// A choice from a list: a vocabulary, a country, or entities to reference.
public struct Picker: Sendable {
    public struct Option: Equatable, Sendable {
        public var value: String?
        public var label: String
        public var detail: String
    }

    public var title: String
    public var options: [Option]
    public var cursor = 0
    public var scroll = 0
    public var multiple: Bool
    public var chosen: Set<String>
    /// Typed text narrows the options.
    public var filter = ""
    public var ref: EntityRef
    public var path: [String]

    public var visibleOptions: [Option] {
        filter.isEmpty ? options : options.filter { TextFolding.contains($0.label + " " + $0.detail, filter) }
    }
}
