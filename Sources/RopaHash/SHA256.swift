/// SHA-256 (FIPS 180-4), for naming versions and history objects by their content.
/// Foundation on Linux has no digest API, and ropa takes no package dependencies.
public struct SHA256 {
    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The digest as 64 lower-case hexadecimal digits.
    public static func hex<Bytes: Sequence>(_ message: Bytes) -> String where Bytes.Element == UInt8 {
        let bytes = digest(Array(message))
        return String(unsafeUninitializedCapacity: 64) { buffer in
            for (index, byte) in bytes.enumerated() {
                buffer[index * 2] = hexDigits[Int(byte >> 4)]
                buffer[index * 2 + 1] = hexDigits[Int(byte & 0x0F)]
            }
            return 64
        }
    }

    // Every file a save writes or checks is hashed, and a register of 10 000 activities is 25 MB: the
    // digest runs over the message in place (no padded copy), keeps the state in locals and the message
    // schedule in a fixed buffer, and the hex text is written directly (it was 32 small strings joined).
    public static func digest(_ message: [UInt8]) -> [UInt8] {
        var h0: UInt32 = 0x6a09e667, h1: UInt32 = 0xbb67ae85, h2: UInt32 = 0x3c6ef372, h3: UInt32 = 0xa54ff53a
        var h4: UInt32 = 0x510e527f, h5: UInt32 = 0x9b05688c, h6: UInt32 = 0x1f83d9ab, h7: UInt32 = 0x5be0cd19
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            roundConstants.withUnsafeBufferPointer { constants in
                func compress(_ block: UnsafeRawBufferPointer) {
                    for word in 0..<16 {
                        schedule[word] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: word * 4, as: UInt32.self))
                    }
                    for word in 16..<64 {
                        let w15 = schedule[word - 15], w2 = schedule[word - 2]
                        let s0 = rotate(w15, 7) ^ rotate(w15, 18) ^ (w15 &>> 3)
                        let s1 = rotate(w2, 17) ^ rotate(w2, 19) ^ (w2 &>> 10)
                        schedule[word] = schedule[word - 16] &+ s0 &+ schedule[word - 7] &+ s1
                    }
                    var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
                    // Eight rounds at a time with the roles of the variables rotated instead of their values
                    // moved: the same rounds with a fifth fewer instructions (object reads hash every object).
                    @inline(__always)
                    func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
                               _ h: inout UInt32, _ index: Int) {
                        let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
                        let choice = g ^ (e & (f ^ g))
                        let temp1 = h &+ s1 &+ choice &+ constants[index] &+ schedule[index]
                        let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
                        let majority = (a & b) | (c & (a | b))
                        d = d &+ temp1
                        h = temp1 &+ s0 &+ majority
                    }
                    for base in stride(from: 0, to: 64, by: 8) {
                        round(a, b, c, &d, e, f, g, &h, base)
                        round(h, a, b, &c, d, e, f, &g, base + 1)
                        round(g, h, a, &b, c, d, e, &f, base + 2)
                        round(f, g, h, &a, b, c, d, &e, base + 3)
                        round(e, f, g, &h, a, b, c, &d, base + 4)
                        round(d, e, f, &g, h, a, b, &c, base + 5)
                        round(c, d, e, &f, g, h, a, &b, base + 6)
                        round(b, c, d, &e, f, g, h, &a, base + 7)
                    }
                    h0 = h0 &+ a; h1 = h1 &+ b; h2 = h2 &+ c; h3 = h3 &+ d
                    h4 = h4 &+ e; h5 = h5 &+ f; h6 = h6 &+ g; h7 = h7 &+ h
                }
                let fullBlocks = message.count / 64
                message.withUnsafeBytes { bytes in
                    for block in 0..<fullBlocks {
                        compress(UnsafeRawBufferPointer(rebasing: bytes[block * 64..<block * 64 + 64]))
                    }
                }
                // The last bytes, the 0x80 marker, zeros and the length in bits: one or two blocks.
                var tail = Array(message[(fullBlocks * 64)...])
                tail.append(0x80)
                while tail.count % 64 != 56 { tail.append(0) }
                let bitLength = UInt64(message.count) &* 8
                for shift in stride(from: 56, through: 0, by: -8) {
                    tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
                }
                tail.withUnsafeBytes { bytes in
                    for block in 0..<(bytes.count / 64) {
                        compress(UnsafeRawBufferPointer(rebasing: bytes[block * 64..<block * 64 + 64]))
                    }
                }
            }
        }
        var result: [UInt8] = []
        result.reserveCapacity(32)
        for word in [h0, h1, h2, h3, h4, h5, h6, h7] {
            result.append(UInt8(truncatingIfNeeded: word >> 24))
            result.append(UInt8(truncatingIfNeeded: word >> 16))
            result.append(UInt8(truncatingIfNeeded: word >> 8))
            result.append(UInt8(truncatingIfNeeded: word))
        }
        return result
    }

    @inline(__always)
    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value &>> count) | (value &<< (32 &- count))
    }
}
