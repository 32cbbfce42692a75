internal import CLibXML2
import GradePortBase

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes a reader parses: an open file descriptor or an in-memory buffer, fed to libxml2 through
/// `xmlReaderForIO` so that the input is never loaded whole and its size limit is enforced as it streams.
///
/// libxml2 holds a retained reference (released by its close callback); the reader holds another to inspect
/// ``failure`` after a read. Not thread-safe: it belongs to one reader.
final class InputSource {
    /// A reason the input stopped early, recorded here because libxml2 only sees an end of input.
    struct Failure {
        var code: XMLStreamError.Code
        var message: String
    }

    private enum Storage {
        case file(descriptor: Int32)
        case bytes([UInt8], offset: Int)
        case closed
    }

    private var storage: Storage
    private let maxBytes: Int
    /// Counts what is read from a file someone watches (``ReadProgress``).
    private let tally: ReadTally?

    /// The number of bytes handed to libxml2 so far.
    private(set) var bytesRead = 0

    /// Whether the end of the input was reached (or reading stopped because of a failure).
    private(set) var reachedEnd = false

    /// Why reading stopped early, if it did: an I/O error or the size limit.
    private(set) var failure: Failure? {
        didSet { hasFailed = failure != nil }
    }

    /// Whether ``failure`` is set: a cheap check for every read, unlike copying ``failure``.
    private(set) var hasFailed = false

    /// Opens `path` for streaming.
    ///
    /// - Throws: ``XMLStreamError`` with code `io` if the file cannot be opened or is a directory, or `tooLarge`
    ///   if its size exceeds `maxBytes`.
    init(path: String, maxBytes: Int) throws(XMLStreamError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw XMLStreamError(code: .io, message: "Cannot open the file: \(Self.errnoDescription())", file: path)
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let message = "Cannot read the file's status: \(Self.errnoDescription())"
            closeDescriptor(descriptor)
            throw XMLStreamError(code: .io, message: message, file: path)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            closeDescriptor(descriptor)
            throw XMLStreamError(code: .io, message: "The path is a directory, not a file", file: path)
        }
        if (info.st_mode & S_IFMT) == S_IFREG && Int(info.st_size) > maxBytes {
            closeDescriptor(descriptor)
            throw XMLStreamError(
                code: .tooLarge,
                message:
                    "The file has \(info.st_size) bytes, more than \(InputLimit.inputSize.describe(value: maxBytes))",
                file: path)
        }
        self.storage = .file(descriptor: descriptor)
        self.maxBytes = maxBytes
        tally = ReadProgress.tally(opening: path)
    }

    /// Wraps an in-memory buffer.
    init(bytes: [UInt8], maxBytes: Int) {
        self.storage = .bytes(bytes, offset: 0)
        self.maxBytes = maxBytes
        tally = nil
    }

    deinit {
        close()
    }

    /// Copies up to `capacity` bytes into `buffer`; returns the count, or 0 at the end of input.
    ///
    /// Never returns -1: libxml2 reports a failed read through its global error channel (which could print to
    /// stderr), so a failure is recorded in ``failure`` and presented to libxml2 as the end of the input.
    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int32 {
        guard failure == nil, capacity > 0 else { return 0 }
        var count = 0
        switch storage {
        case .closed:
            return 0
        case .file(let descriptor):
            while true {
                let result = readDescriptor(descriptor, buffer, capacity)
                if result >= 0 {
                    count = result
                    tally?.add(result)
                    break
                }
                if errno == EINTR { continue }
                failure = Failure(code: .io, message: "Reading failed: \(Self.errnoDescription())")
                reachedEnd = true
                return 0
            }
        case .bytes(let bytes, let offset):
            count = min(capacity, bytes.count - offset)
            if count > 0 {
                bytes.withUnsafeBytes { source in
                    UnsafeMutableRawPointer(buffer).copyMemory(from: source.baseAddress! + offset, byteCount: count)
                }
                storage = .bytes(bytes, offset: offset + count)
            }
        }
        if count == 0 {
            reachedEnd = true
            return 0
        }
        bytesRead += count
        if bytesRead > maxBytes {
            failure = Failure(code: .tooLarge, message: "The input exceeds the limit of \(maxBytes) bytes")
            reachedEnd = true
            return 0
        }
        return Int32(count)
    }

    /// Closes the file descriptor or drops the buffer. Safe to call more than once.
    func close() {
        if case .file(let descriptor) = storage {
            closeDescriptor(descriptor)
        }
        storage = .closed
    }

    private static func errnoDescription() -> String {
        String(cString: strerror(errno))
    }
}

// The system calls, outside the class so that its `read` and `close` methods do not shadow them.
private func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

private func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}

/// libxml2's read callback: forwards to the ``InputSource`` passed as context.
let inputReadCallback: xmlInputReadCallback = { context, buffer, length in
    guard let context, let buffer else { return 0 }
    let source = Unmanaged<InputSource>.fromOpaque(context).takeUnretainedValue()
    return source.read(into: buffer, capacity: Int(length))
}

/// libxml2's close callback: closes the ``InputSource`` and releases libxml2's reference to it.
let inputCloseCallback: xmlInputCloseCallback = { context in
    guard let context else { return 0 }
    let source = Unmanaged<InputSource>.fromOpaque(context).takeRetainedValue()
    source.close()
    return 0
}
