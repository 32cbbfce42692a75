#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of one JSON text as UTF-8, in memory the scanner owns, followed by zero padding.
///
/// The padding is a sentinel: scanning loops stop at a byte below 0x20 without a bounds check,
/// and literals (`true`, `false`, `null`) may read a few bytes past the end. Immutable after
/// creation, hence `Sendable`.
final class JSONBuffer: @unchecked Sendable {
    /// Zero bytes after the text.
    static let padding = 16

    private let allocation: UnsafeMutablePointer<UInt8>
    /// The first byte of the text (after a byte order mark).
    let base: UnsafePointer<UInt8>
    /// The number of text bytes.
    let count: Int
    /// A problem with the encoding, reported when reading starts.
    let encodingProblem: (reason: JSONReadError.Reason, line: Int, column: Int)?

    private init(
        allocation: UnsafeMutablePointer<UInt8>, offset: Int, count: Int,
        problem: (reason: JSONReadError.Reason, line: Int, column: Int)?
    ) {
        self.allocation = allocation
        self.base = UnsafePointer(allocation + offset)
        self.count = count
        self.encodingProblem = problem
    }

    deinit { allocation.deallocate() }

    /// Copies `bytes`, handling a byte order mark: UTF-8's is skipped, UTF-16 is transcoded.
    static func make(bytes: some Collection<UInt8>) -> JSONBuffer {
        let count = bytes.count
        let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: count + padding)
        _ = UnsafeMutableBufferPointer(start: memory, count: count).initialize(from: bytes)
        (memory + count).initialize(repeating: 0, count: padding)
        return normalized(memory, count: count)
    }

    /// Reads the file at `path`.
    static func load(path: String, name: String) throws(JSONReadError) -> JSONBuffer {
        func failure(_ what: String) -> JSONReadError {
            let detail = String(cString: strerror(errno))
            return JSONReadError(.io("cannot \(what): \(detail)"), file: name, line: 0, column: 0)
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure("open file") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure("read file") }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            throw JSONReadError(.io("is a folder, not a file"), file: name, line: 0, column: 0)
        }
        // One byte more than the size, so that the read which reports the end of the file has room.
        var capacity = max(Int(status.st_size), 0) + 1
        var memory = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + padding)
        var count = 0
        while true {
            if count == capacity {  // The file grew, or its size is unknown (a pipe).
                let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2 + 65_536 + padding)
                larger.moveInitialize(from: memory, count: count)
                memory.deallocate()
                memory = larger
                capacity = capacity * 2 + 65_536
            }
            let got = read(descriptor, memory + count, capacity - count)
            if got < 0 {
                if errno == EINTR { continue }
                memory.deallocate()
                throw failure("read file")
            }
            if got == 0 { break }
            count += got
        }
        (memory + count).initialize(repeating: 0, count: padding)
        return normalized(memory, count: count)
    }

    /// Takes ownership of `memory` (`count` bytes plus padding) and sorts out its encoding.
    private static func normalized(_ memory: UnsafeMutablePointer<UInt8>, count: Int) -> JSONBuffer {
        func byte(_ i: Int) -> UInt8? { i < count ? memory[i] : nil }
        func unsupported(_ detail: String) -> JSONBuffer {
            JSONBuffer(
                allocation: memory, offset: 0, count: count, problem: (.unsupportedEncoding(detail), 1, 1))
        }
        switch (byte(0), byte(1), byte(2), byte(3)) {
        case (0xEF, 0xBB, 0xBF, _):
            return JSONBuffer(allocation: memory, offset: 3, count: count - 3, problem: nil)
        case (0xFF, 0xFE, 0x00, 0x00), (0x00, 0x00, 0xFE, 0xFF):
            return unsupported("UTF-32 (convert the file to UTF-8)")
        case (0xFF, 0xFE, _, _):
            defer { memory.deallocate() }
            return transcodeUTF16(memory + 2, count: count - 2, bigEndian: false)
        case (0xFE, 0xFF, _, _):
            defer { memory.deallocate() }
            return transcodeUTF16(memory + 2, count: count - 2, bigEndian: true)
        case (0x00, _, _, _), (_, 0x00, _, _):
            return unsupported("UTF-16 or UTF-32 without a byte order mark (convert the file to UTF-8)")
        default:
            return JSONBuffer(allocation: memory, offset: 0, count: count, problem: nil)
        }
    }

    private static func transcodeUTF16(_ source: UnsafePointer<UInt8>, count: Int, bigEndian: Bool) -> JSONBuffer {
        var output: [UInt8] = []
        output.reserveCapacity(count + count / 2)
        var problem: (reason: JSONReadError.Reason, line: Int, column: Int)?
        var line = 1
        var column = 1
        var index = 0
        func unit(_ at: Int) -> UInt16 {
            bigEndian
                ? UInt16(source[at]) << 8 | UInt16(source[at + 1]) : UInt16(source[at + 1]) << 8 | UInt16(source[at])
        }
        while index + 1 < count {
            let first = unit(index)
            var scalar: Unicode.Scalar?
            var width = 2
            if first & 0xFC00 == 0xD800, index + 3 < count, unit(index + 2) & 0xFC00 == 0xDC00 {
                let value = 0x10000 + (UInt32(first & 0x3FF) << 10 | UInt32(unit(index + 2) & 0x3FF))
                scalar = Unicode.Scalar(value)
                width = 4
            } else {
                scalar = Unicode.Scalar(first)
            }
            guard let scalar else {
                problem = (.unsupportedEncoding("invalid UTF-16: lone surrogate"), line, column)
                break
            }
            output.append(contentsOf: UTF8.encode(scalar)!)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += width
        }
        if problem == nil, index < count {
            problem = (.unsupportedEncoding("invalid UTF-16: odd number of bytes"), line, column)
        }
        if let problem {
            let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: padding)
            memory.initialize(repeating: 0, count: padding)
            return JSONBuffer(allocation: memory, offset: 0, count: 0, problem: problem)
        }
        return make(bytes: output)
    }
}
