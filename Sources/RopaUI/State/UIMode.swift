import Foundation
import RopaModel

/// What keys do right now, always named in the status bar: a stray letter in a list is a command, in a
/// field it is text, and the user must be able to tell which before typing.
public enum UIMode: Equatable, Sendable {
    case list
    case filter
    case detail
    case form
    /// Typing into the named field.
    case editing(String)
    case picker
    case prompt
    case help
    case dialog
    case diff
    /// Reading a text (the privacy notice).
    case text

    public func label(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .list: return sv ? "LISTA" : "LIST"
        case .filter: return sv ? "FILTER" : "FILTER"
        case .detail: return sv ? "VISA" : "VIEW"
        case .form: return sv ? "FORMULÄR" : "FORM"
        case .editing(let field): return (sv ? "SKRIVER: " : "EDITING: ") + field
        case .picker: return sv ? "VÄLJ" : "PICK"
        case .prompt: return sv ? "FRÅGA" : "PROMPT"
        case .help: return sv ? "HJÄLP" : "HELP"
        case .dialog: return sv ? "DIALOG" : "DIALOG"
        case .diff: return sv ? "ÄNDRINGAR" : "CHANGES"
        case .text: return "TEXT"
        }
    }
}

extension AppState {
    /// The mode the next key is read in.
    public var mode: UIMode {
        switch modal {
        case .help?: return .help
        case .prompt?: return .prompt
        case .picker?: return .picker
        case .confirm?, .quit?, .changedOnDisk?, .recovery?: return .dialog
        case nil: return screenMode
        }
    }

    /// The mode of the screen under any dialog (what `?` shows the keys of).
    var screenMode: UIMode {
        switch stack.last {
        case .form(let form)?:
            guard form.editor != nil else { return .form }
            let rows = formRows(for: form.ref)
            guard rows.indices.contains(form.cursor) else { return .editing("") }
            let row = rows[form.cursor]
            // A new or listed item ("+ add", "•") is named by its list's heading.
            let heading = row.kind == .add || row.kind == .textItem
                ? rows[..<form.cursor].last { $0.kind == .header && $0.depth < row.depth } : nil
            return .editing((heading ?? row).label.trimmingCharacters(in: .whitespaces))
        case .detail?: return .detail
        case .diff(let diff)?: return diff.isText ? .text : .diff
        case nil: return list.filterEditor != nil ? .filter : .list
        }
    }
}
