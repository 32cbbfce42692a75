import GradePortBase

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file opened read-only for reads at any offset (`pread(2)`), used to read a ZIP archive's
/// directory and entries without loading the archive.
final class RandomAccessFile {
    /// The path, used in errors.
    let path: String
    /// The file's size in bytes when it was opened.
    let size: UInt64
    private let descriptor: Int32
    /// Counts what is read from a file someone watches (``ReadProgress``).
    private let tally: ReadTally?

    /// Opens `path`.
    ///
    /// - Throws: ``TableReadError`` with code `io` if the file cannot be opened or is a directory.
    init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw TableReadError(.io, file: path, message: "cannot open file: \(String(cString: strerror(errno)))")
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else {
            close(descriptor)
            throw TableReadError(.io, file: path, message: "cannot read the file (a directory?)")
        }
        self.path = path
        self.descriptor = descriptor
        self.size = UInt64(max(0, info.st_size))
        tally = ReadProgress.tally(opening: path)
    }

    deinit {
        close(descriptor)
    }

    /// Reads up to `count` bytes at `offset`; fewer only at the end of the file.
    func read(at offset: UInt64, count: Int) throws -> [UInt8] {
        guard count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        let got = try bytes.withUnsafeMutableBytes { try read(at: offset, into: $0) }
        bytes.removeLast(count - got)
        return bytes
    }

    /// Reads into `buffer` at `offset`, as many bytes as fit or remain; returns how many were read.
    func read(at offset: UInt64, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        var total = 0
        while total < buffer.count {
            let got = pread(descriptor, buffer.baseAddress! + total, buffer.count - total, off_t(offset) + off_t(total))
            if got < 0 {
                if errno == EINTR { continue }
                throw TableReadError(.io, file: path, message: "cannot read file: \(String(cString: strerror(errno)))")
            }
            if got == 0 { break }
            total += got
        }
        tally?.add(total)
        return total
    }
}
