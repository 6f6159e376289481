import CNCursesw
import RopaUI

/// Maps what `get_wch` returns to the UI's keys.
enum KeyMapping {
    static func key(character value: UInt32) -> Key {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26:
            guard let scalar = Unicode.Scalar(value + 96) else { return .unknown }
            return .control(Character(scalar))
        default:
            guard let scalar = Unicode.Scalar(value), value >= 32 else { return .unknown }
            return .character(Character(scalar))
        }
    }

    static func key(function code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        default: return nil
        }
    }
}
