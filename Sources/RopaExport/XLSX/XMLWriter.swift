/// Writes XML text into bytes: markup as given, text escaped, and what XML 1.0 cannot hold left out.
///
/// XML 1.0 allows no C0 control character but tab, line feed and carriage return, and neither U+FFFE nor
/// U+FFFF: Excel refuses a workbook with one. They are dropped, and `dropped` counts them so that the caller
/// can say so.
struct XMLWriter {
    private(set) var bytes: [UInt8] = []
    private(set) var dropped = 0

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ markup: String) {
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Whether text holds a line break, looked for in its contiguous bytes.
    static func containsLineFeed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains(0x0A) }
    }

    /// A whole number in decimal, written digit by digit (every cell's reference holds its row number).
    mutating func number(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // The digits from the last, into a buffer on the stack, then appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Text content or an attribute value (in double quotes), escaped. Runs of bytes that need nothing are
    /// copied whole: a workbook of a large register is a hundred megabytes of text.
    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            var runStart = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                // Everything but markup characters, C0 controls and the lead byte of U+FFFE/U+FFFF passes.
                guard byte < 0x20 || byte == 0xEF || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
                        || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") else {
                    index += 1
                    continue
                }
                if index > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                switch byte {
                case UInt8(ascii: "&"): bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])            // &amp;
                case UInt8(ascii: "<"): bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])                  // &lt;
                case UInt8(ascii: ">"): bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])                  // &gt;
                case UInt8(ascii: "\""): bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])     // &quot;
                case 0x09, 0x0A: bytes.append(byte)
                case 0x0D: bytes.append(contentsOf: [0x26, 0x23, 0x31, 0x33, 0x3B])                         // &#13;, kept through parsing
                case 0x00..<0x20: dropped += 1
                case 0xEF where index + 2 < count && utf8[index + 1] == 0xBF && (utf8[index + 2] == 0xBE || utf8[index + 2] == 0xBF):
                    // U+FFFE and U+FFFF.
                    dropped += 1
                    index += 2
                default: bytes.append(byte)
                }
                index += 1
                runStart = index
            }
            if count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count])) }
        }
    }
}
