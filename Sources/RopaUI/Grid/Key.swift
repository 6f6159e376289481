import RopaModel

/// A key press as the UI understands it, independent of the terminal library that read it.
public enum Key: Equatable, Hashable, Sendable {
    case character(Character)
    case enter
    case escape
    case tab
    case backTab
    case up, down, left, right
    case pageUp, pageDown, home, end
    case backspace
    case delete
    /// Ctrl with a letter: `.control("r")` is Ctrl-R.
    case control(Character)
    case unknown

    /// A short name for help screens and tests.
    public var name: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .control(let character): return "Ctrl-\(character.uppercased())"
        case .unknown: return "?"
        }
    }
}

/// What the UI reacts to: keys, a new terminal size, and results of work done outside the pure core.
public enum Event: Sendable {
    case key(Key)
    case resize(Size)
    case saved(versions: [VersionSummary])
    /// Saved as this version, which follows the versions listed: the list grows by one without being
    /// sent again (a copy of 10 000 versions for every save).
    case savedAs(VersionSummary)
    case nothingToSave
    case failed(String)
    case diffLoaded(title: String, lines: [String])
    case restored(Register, versions: [VersionSummary])
    case editorFinished(String)
    case exported(String)
    /// A save was refused because these files changed on disk since they were read.
    case changedOnDisk([String])
    /// The register as it is on disk now, to re-apply the unsaved edits onto.
    case reloaded(Register, versions: [VersionSummary])
    /// Unsaved edits from a session that was stopped, found when the register was opened.
    case recovered(time: String, register: Register)
    /// The status message has been shown for a few seconds: the hints come back.
    case statusExpired
    /// The session's first frame is about to be drawn at this size: as a resize, and the work to start
    /// once it is on screen (checking the findings of a register opened without them).
    case started(Size)
    /// The findings of the register as it was at `generation` (see `AppState.findingsCheck`), checked on
    /// another thread: shown only when the register and the day are still what was checked.
    case findingsChecked(FindingsCheck.Result, generation: Int)
    /// Every version of the history, oldest first (after `Effect.loadVersions`).
    case versionsLoaded([VersionSummary])
}


/// Terminal size in cells.
public struct Size: Equatable, Sendable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }
}
