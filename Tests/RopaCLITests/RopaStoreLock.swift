import RopaStore

/// The register lock as another editor would hold it.
enum RopaStoreLock {
    static func take(_ folder: String) throws -> RegisterLock {
        try RegisterLock.acquire(folder: folder)
    }
}
