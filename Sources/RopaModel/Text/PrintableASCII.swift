/// Whether text is printable ASCII only (0x20 to 0x7E): most register text is, and then it needs no
/// placeholder and is one column per byte. Checked eight bytes at a time: byte by byte, the check was two
/// fifths of writing `ropa validate`'s 15 000 lines.
public enum PrintableASCII {
    public static func holds(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(holds)
    }

    public static func holds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // A byte of 0x80 or more; then, with every byte below 0x80, one below 0x20 (its subtraction
            // borrows into its high bit) or one equal to 0x7F (a zero byte after the exclusive or).
            if word & highs != 0 { return false }
            if (word &- 0x20 &* ones) & ~word & highs != 0 { return false }
            let delete = word ^ (0x7F &* ones)
            if (delete &- ones) & ~delete & highs != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte >= 0x7F { return false }
            index += 1
        }
        return true
    }
}
