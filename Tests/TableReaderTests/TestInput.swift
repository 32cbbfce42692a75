import Foundation
import TableReader

/// Builders of test inputs as bytes, and a way to read them all.
enum TestInput {
    /// Chunk sizes that make fields, characters and line ends straddle chunk boundaries.
    static let chunkSizes = [1, 2, 3, 5, 7, 16, 1 << 20]

    static func utf8(_ text: String, bom: Bool = false) -> [UInt8] {
        (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    }

    static func utf16(_ text: String, bigEndian: Bool, bom: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    static func windows1251(_ text: String) -> [UInt8] {
        Array(text.data(using: .windowsCP1251)!)
    }

    /// Reads every row, returning the reader too (for its dialect and warnings).
    static func read(
        _ bytes: [UInt8], name: String = "test.csv", options: CSVReadOptions = .init()
    ) throws -> (reader: CSVReader, rows: [CSVRow]) {
        let reader = try CSVReader(bytes: bytes, name: name, options: options)
        var rows: [CSVRow] = []
        while let row = try reader.next() { rows.append(row) }
        return (reader, rows)
    }

    /// The fields of every row.
    static func fields(_ bytes: [UInt8], chunkSize: Int = 1 << 20, delimiter: CSVDelimiter? = nil) throws -> [[String]]
    {
        try read(bytes, options: CSVReadOptions(delimiter: delimiter, chunkSize: chunkSize)).rows.map { $0.strings() }
    }

    /// The error thrown while opening or reading `bytes` completely.
    static func error(_ bytes: [UInt8], options: CSVReadOptions = .init()) -> TableReadError? {
        do {
            _ = try read(bytes, options: options)
            return nil
        } catch {
            return error as? TableReadError
        }
    }
}
