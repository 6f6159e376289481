/// An object's hash as its 32 bytes: a pack's header lists thousands of hashes (10 571 in the first version of
/// a register of 10 000 activities), and keeping them as 64-character strings (each allocated, hashed as text)
/// was most of the 47 M instructions of reading that header to find two objects.
struct ObjectKey: Hashable {
    let first: UInt64, second: UInt64, third: UInt64, fourth: UInt64

    /// From exactly 64 lower-case hexadecimal digits; nil for anything else.
    init?(hex bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 64, let base = UnsafeRawPointer(bytes.baseAddress) else { return nil }
        // Eight digits at a time, as the bytes of one integer: a header of 10 571 hashes is 676 000 digits.
        func digits(_ offset: Int) -> UInt64? {
            let text = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            guard ObjectKey.areHexDigits(text) else { return nil }
            return ObjectKey.value(ofHexDigits: text)
        }
        guard let a = digits(0), let b = digits(8), let c = digits(16), let d = digits(24), let e = digits(32), let f = digits(40),
              let g = digits(48), let h = digits(56) else { return nil }
        first = a << 32 | b
        second = c << 32 | d
        third = e << 32 | f
        fourth = g << 32 | h
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowNibbles: UInt64 = 0x0F0F_0F0F_0F0F_0F0F

    /// Whether each of eight bytes is `0`–`9` or `a`–`f`. A byte below 0x80 plus (0x80 − low) has its high bit
    /// set when it is at least `low`; plus (0x7F − high), when it is above `high`; no sum carries into the next
    /// byte.
    static func areHexDigits(_ text: UInt64) -> Bool {
        guard text & highBits == 0 else { return false }
        func within(_ low: UInt8, _ high: UInt8) -> UInt64 {
            let atLeastLow = text &+ UInt64(0x80 - low) &* 0x0101_0101_0101_0101
            let aboveHigh = text &+ UInt64(0x7F - high) &* 0x0101_0101_0101_0101
            return atLeastLow & ~aboveHigh & highBits
        }
        return within(UInt8(ascii: "0"), UInt8(ascii: "9")) | within(UInt8(ascii: "a"), UInt8(ascii: "f")) == highBits
    }

    /// The 32-bit value of eight hexadecimal digits (the first, in the lowest byte, the most significant).
    static func value(ofHexDigits text: UInt64) -> UInt64 {
        // A digit's low four bits, plus 9 for a letter (bit 6 set): a value 0–15 in each byte.
        var value = (text & lowNibbles) &+ ((text >> 6) & 0x0101_0101_0101_0101) &* 9
        value = value.byteSwapped
        value = (value | value >> 4) & 0x00FF_00FF_00FF_00FF
        value = (value | value >> 8) & 0x0000_FFFF_0000_FFFF
        return (value | value >> 16) & 0x0000_0000_FFFF_FFFF
    }

    init?(hex: String) {
        var text = hex
        guard let key = text.withUTF8({ ObjectKey(hex: $0) }) else { return nil }
        self = key
    }

    /// The 64 lower-case hexadecimal digits.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for word in [first, second, third, fourth] {
            for shift in stride(from: 60, through: 0, by: -4) { bytes.append(digits[Int((word >> UInt64(shift)) & 0xF)]) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
