import GradePortBase

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Raw bytes of a table file, read from a file descriptor or from memory.
///
/// A file is read with `read(2)` into the caller's buffer, so memory use does not depend on the
/// file size. The first bytes, read once for encoding detection, are replayed before the rest.
final class ByteSource {
    private enum Storage {
        case file(Int32)
        case memory([UInt8])
    }

    private var storage: Storage
    private var replay: [UInt8] = []
    private var offset = 0
    /// Counts what is read from a file someone watches (``ReadProgress``).
    private let tally: ReadTally?
    let name: String

    /// Opens the file at `path` for reading; errors name it `name` (by default its path).
    init(path: String, name: String? = nil) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw TableReadError(
                .io, file: name ?? path, message: "cannot open file: \(String(cString: strerror(errno)))")
        }
        storage = .file(descriptor)
        self.name = name ?? path
        tally = ReadProgress.tally(opening: path)
    }

    /// Wraps bytes already in memory.
    init(bytes: [UInt8], name: String) {
        storage = .memory(bytes)
        self.name = name
        tally = nil
    }

    deinit {
        if case .file(let descriptor) = storage { close(descriptor) }
    }

    /// Reads up to `count` bytes from the start, to be replayed by the following reads.
    /// - Returns: The bytes and whether they are the whole input.
    func peek(_ count: Int) throws -> (bytes: [UInt8], isComplete: Bool) {
        switch storage {
        case .memory(let bytes):
            return (Array(bytes.prefix(count)), bytes.count <= count)
        case .file:
            var buffer = [UInt8](repeating: 0, count: count)
            var filled = 0
            while filled < count {
                let n = try buffer.withUnsafeMutableBytes { try read(into: $0, from: filled) }
                if n == 0 { break }
                filled += n
            }
            buffer.removeLast(count - filled)
            // One more byte would tell whether the file is longer; reading it is not needed
            // when the buffer is not full.
            var isComplete = filled < count
            if !isComplete {
                var probe: UInt8 = 0
                let n = try withUnsafeMutableBytes(of: &probe) { try read(into: $0, from: 0) }
                if n == 0 { isComplete = true } else { buffer.append(probe) }
            }
            replay = buffer
            return (Array(buffer.prefix(count)), isComplete)
        }
    }

    /// Fills `buffer` from its start with up to `buffer.count` bytes.
    /// - Returns: The number of bytes read; 0 at the end of the input.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        switch storage {
        case .memory(let bytes):
            let n = min(buffer.count, bytes.count - offset)
            if n > 0 {
                bytes.withUnsafeBytes { source in
                    buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: n)
                }
            }
            offset += n
            return n
        case .file:
            if offset < replay.count {
                let n = min(buffer.count, replay.count - offset)
                replay.withUnsafeBytes { source in
                    buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: n)
                }
                offset += n
                if offset == replay.count { replay = [] }
                return n
            }
            return try read(into: buffer, from: 0)
        }
    }

    private func read(into buffer: UnsafeMutableRawBufferPointer, from start: Int) throws -> Int {
        guard case .file(let descriptor) = storage else { return 0 }
        while true {
            let n = readDescriptor(descriptor, buffer.baseAddress! + start, buffer.count - start)
            if n >= 0 {
                tally?.add(n)
                return n
            }
            if errno == EINTR { continue }
            throw TableReadError(.io, file: name, message: "cannot read file: \(String(cString: strerror(errno)))")
        }
    }
}

/// `read(2)`, outside the class whose methods are also named `read`.
private func readDescriptor(_ descriptor: Int32, _ address: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, address, count)
}
