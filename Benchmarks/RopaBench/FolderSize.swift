import Foundation

/// The size of a folder as `du` counts it: the blocks the files take on disk, and the bytes they hold.
struct FolderSize {
    var allocatedBytes = 0
    var apparentBytes = 0
    var files = 0

    static func of(_ folder: String) -> FolderSize {
        var size = FolderSize()
        add(folder, to: &size)
        return size
    }

    private static func add(_ path: String, to size: inout FolderSize) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        size.allocatedBytes += Int(info.st_blocks) * 512
        if info.st_mode & S_IFMT == S_IFDIR {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                add("\(path)/\(name)", to: &size)
            }
        } else {
            size.apparentBytes += Int(info.st_size)
            size.files += 1
        }
    }
}
