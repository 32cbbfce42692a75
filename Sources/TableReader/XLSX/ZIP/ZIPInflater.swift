import CSystemZlib

/// Inflates exactly one ZIP entry's compressed bytes with zlib, in fixed-size buffers.
///
/// Input is read only from the entry's own byte range, so a stream that does not end where its
/// entry ends is an error, never a loop waiting for more input. Output goes to the caller in
/// chunks, which may throw to stop early (a limit crossed).
enum ZIPInflater {
    /// A damaged or truncated deflate stream.
    struct Failure: Error {
        let message: String
    }

    private static let inputChunk = 64 << 10
    private static let outputChunk = 256 << 10

    /// Inflates `count` raw-deflate bytes at `offset` of `file`; returns the CRC-32 of the output.
    static func inflate(
        from file: RandomAccessFile, at offset: UInt64, count: UInt64,
        consume: (UnsafeRawBufferPointer) throws -> Void
    ) throws -> UInt32 {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(message: "zlib could not start inflating")
        }
        defer { inflateEnd(&stream) }
        let input = UnsafeMutableRawBufferPointer.allocate(byteCount: inputChunk, alignment: 8)
        let output = UnsafeMutableRawBufferPointer.allocate(byteCount: outputChunk, alignment: 8)
        defer {
            input.deallocate()
            output.deallocate()
        }
        var crc: UInt = crc32(0, nil, 0)
        var position = offset
        var remaining = count
        var finished = false
        while !finished {
            if stream.avail_in == 0 {
                guard remaining > 0 else {
                    throw Failure(
                        message: "the compressed data ends before the part does; the file is truncated or corrupt")
                }
                let wanted = Int(min(UInt64(inputChunk), remaining))
                let got = try file.read(at: position, into: UnsafeMutableRawBufferPointer(rebasing: input[..<wanted]))
                guard got == wanted else {
                    throw Failure(message: "the archive ends inside the part's data; the file is truncated")
                }
                position += UInt64(got)
                remaining -= UInt64(got)
                stream.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.avail_in = uInt(got)
            }
            stream.next_out = output.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.avail_out = uInt(outputChunk)
            let status = inflateWithoutFlush(&stream)
            switch status {
            case Z_OK, Z_BUF_ERROR: break
            case Z_STREAM_END: finished = true
            default:
                let reason = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                throw Failure(message: "the compressed data is damaged (zlib: \(reason)); the file is corrupt")
            }
            let produced = outputChunk - Int(stream.avail_out)
            if produced > 0 {
                let chunk = UnsafeRawBufferPointer(rebasing: output[..<produced])
                crc = crc32(crc, chunk.baseAddress!.assumingMemoryBound(to: Bytef.self), uInt(produced))
                try consume(chunk)
            } else if status == Z_BUF_ERROR && stream.avail_in > 0 {
                throw Failure(message: "the compressed data is damaged (zlib made no progress); the file is corrupt")
            }
        }
        return UInt32(truncatingIfNeeded: crc)
    }

    /// Copies `count` stored (uncompressed) bytes at `offset`; returns their CRC-32.
    static func copyStored(
        from file: RandomAccessFile, at offset: UInt64, count: UInt64,
        consume: (UnsafeRawBufferPointer) throws -> Void
    ) throws -> UInt32 {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: outputChunk, alignment: 8)
        defer { buffer.deallocate() }
        var crc: UInt = crc32(0, nil, 0)
        var position = offset
        var remaining = count
        while remaining > 0 {
            let wanted = Int(min(UInt64(outputChunk), remaining))
            let got = try file.read(at: position, into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<wanted]))
            guard got == wanted else {
                throw TableReadError(
                    .corruptArchive, file: file.path,
                    message: "the archive ends inside a part's data; the file is truncated")
            }
            let chunk = UnsafeRawBufferPointer(rebasing: buffer[..<got])
            crc = crc32(crc, chunk.baseAddress!.assumingMemoryBound(to: Bytef.self), uInt(got))
            try consume(chunk)
            position += UInt64(got)
            remaining -= UInt64(got)
        }
        return UInt32(truncatingIfNeeded: crc)
    }
}

/// zlib's `inflate` with `Z_NO_FLUSH`, named apart from ``ZIPInflater/inflate(from:at:count:consume:)``.
private func inflateWithoutFlush(_ stream: inout z_stream) -> Int32 {
    inflate(&stream, Z_NO_FLUSH)
}
