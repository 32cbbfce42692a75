#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file in the temporary directory that a workbook part is inflated into.
///
/// The XML reader streams it instead of holding the part in memory. The file is removed when this object
/// goes away, or earlier with ``remove()`` once a reader has it open.
final class TemporaryFile {
    /// The file's path.
    let path: String
    private var descriptor: Int32
    private var isRemoved = false

    /// Creates an empty file, readable only by this user, named after `purpose`.
    init(purpose: String, file: String) throws {
        let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array("\(directory)/gradeport-\(purpose)-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw TableReadError(
                .io, file: file,
                message: "cannot create a temporary file in \(directory): \(String(cString: strerror(errno)))")
        }
        self.descriptor = descriptor
        self.path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        remove()
    }

    /// Appends `bytes`.
    func write(_ bytes: UnsafeRawBufferPointer, file: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw TableReadError(
                    .io, file: file, message: "cannot write a temporary file: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    /// Closes the file for writing; it stays on disk until ``remove()``.
    func finishWriting() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }

    /// Removes the file from the directory (an open reader keeps reading it).
    func remove() {
        guard !isRemoved else { return }
        isRemoved = true
        unlink(path)
    }
}
