/// Finds a sheet's merged ranges (`<mergeCells><mergeCell ref="A1:C1"/>…`) without parsing the
/// sheet twice.
///
/// `mergeCells` comes after `sheetData` in a sheet part, but filling merged header cells needs
/// the ranges before the first row. The part is already on disk, so this reads it backwards in
/// chunks to the last `sheetData` (the end of the rows) and scans only what follows, which is
/// small: merges, conditional formats, page setup.
enum XLSXMergedCells {
    private static let chunkSize = 1 << 20
    private static let maxTailBytes = 64 << 20

    /// The merged ranges listed after the rows of the sheet part in `file`.
    static func scan(_ file: RandomAccessFile, context: String, workbook: String) throws -> [MergedRange] {
        let marker = Array("sheetData".utf8)
        var end = file.size
        var tailStart: UInt64?
        while end > 0, tailStart == nil {
            let start = end > UInt64(chunkSize) ? end - UInt64(chunkSize) : 0
            let count = Int(end - start) + (end < file.size ? marker.count - 1 : 0)
            let chunk = try file.read(at: start, count: count)
            if let index = lastIndex(of: marker, in: chunk) {
                tailStart = start + UInt64(index)
            }
            end = start
        }
        guard let tailStart else { return [] }
        let tailLength = file.size - tailStart
        guard tailLength <= UInt64(maxTailBytes) else {
            throw TableReadError(
                .limitExceeded, file: workbook,
                message: "\(context): \(tailLength) bytes follow the rows; merged cells are not looked for beyond "
                    + "\(maxTailBytes)")
        }
        let tail = try file.read(at: tailStart, count: Int(tailLength))
        return ranges(in: tail)
    }

    /// The `ref` of every `mergeCell` element in `bytes`.
    static func ranges(in bytes: [UInt8]) -> [MergedRange] {
        let element = Array("mergeCell".utf8)
        let ref = Array("ref=".utf8)
        var ranges: [MergedRange] = []
        var index = 0
        while let found = firstIndex(of: element, in: bytes, from: index) {
            index = found + element.count
            // `<mergeCell ` or `<x:mergeCell `, not `<mergeCells>`.
            guard index < bytes.count,
                bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A
                    || bytes[index] == 0x0D || bytes[index] == UInt8(ascii: "/")
            else { continue }
            guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")),
                let refStart = firstIndex(of: ref, in: bytes, from: index), refStart < close,
                refStart + ref.count < close
            else { continue }
            let quote = bytes[refStart + ref.count]
            let valueStart = refStart + ref.count + 1
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"),
                let valueEnd = bytes[valueStart..<close].firstIndex(of: quote),
                let range = MergedRange(reference: String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self))
            else { continue }
            ranges.append(range)
            index = close
        }
        return ranges
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0] && bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func lastIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var index = bytes.count - pattern.count
        while index >= 0 {
            if bytes[index] == pattern[0] && bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index
            }
            index -= 1
        }
        return nil
    }
}
