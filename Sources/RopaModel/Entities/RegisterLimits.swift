/// Sizes a register never reaches unless it is damaged or hostile.
public enum RegisterLimits {
    /// The largest file ropa reads into a register, and the largest value an import stores: a register
    /// file is a few kilobytes, so anything far larger is refused before it can exhaust memory.
    public static let maximumFileSize = 16 * 1024 * 1024
}
