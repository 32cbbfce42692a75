/// UTF-8 text decoded from a ``ByteSource`` one chunk at a time.
///
/// Call ``refill()`` to replace ``text`` with the next decoded chunk. When the input turns out to
/// be ill-formed, the chunk holds the text before the problem and ``failure`` describes it once
/// the text runs out, so that the consumer can report the line and field where it happened.
struct TextStream {
    let encoding: TextEncoding
    private let source: ByteSource
    private var transcoder: any UTF8Transcoder
    private var raw: [UInt8]
    private var bytesToSkip: Int
    private var isAtEnd = false

    /// The current chunk of UTF-8 text.
    private(set) var text: [UInt8] = []
    /// Why decoding stopped early, reported after the last chunk.
    private(set) var failure: String?
    /// The ill-formed sequences replaced by U+FFFD in ``text``, in order of their offsets.
    private(set) var replacements: [TextReplacement] = []

    /// Creates a stream that skips the first `skip` bytes (a byte order mark).
    init(source: ByteSource, encoding: TextEncoding, skip: Int, chunkSize: Int) {
        self.source = source
        self.encoding = encoding
        self.raw = [UInt8](repeating: 0, count: max(chunkSize, 1))
        self.bytesToSkip = skip
        self.transcoder = Self.transcoder(for: encoding)
        text.reserveCapacity(raw.count + 8)
    }

    /// A fresh transcoder from `encoding` to UTF-8.
    static func transcoder(for encoding: TextEncoding) -> any UTF8Transcoder {
        switch encoding {
        case .utf8, .utf8BOM: UTF8PassThrough()
        case .utf16LE: UTF16Transcoder(bigEndian: false)
        case .utf16BE: UTF16Transcoder(bigEndian: true)
        case .windows1251: Windows1251Transcoder()
        }
    }

    /// Decodes the next chunk into ``text``.
    /// - Returns: `false` when there is no more text (check ``failure``).
    mutating func refill() throws -> Bool {
        text.removeAll(keepingCapacity: true)
        replacements.removeAll()
        while text.isEmpty {
            if isAtEnd || failure != nil { return false }
            let source = self.source
            let count = try raw.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 {
                isAtEnd = true
                failure = transcoder.finish()
                return false
            }
            var start = 0
            if bytesToSkip > 0 {
                start = min(bytesToSkip, count)
                bytesToSkip -= start
            }
            failure = raw.withUnsafeBufferPointer { buffer in
                transcoder.transcode(UnsafeBufferPointer(rebasing: buffer[start..<count]), into: &text)
            }
            replacements += transcoder.takeReplacements()
        }
        return true
    }
}
