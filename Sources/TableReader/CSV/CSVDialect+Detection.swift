extension CSVDialect {
    /// How many records delimiter detection looks at.
    static let sniffedRecordCount = 20

    /// The delimiter given by an Excel `sep=X` first line of `text`, if there is one.
    static func sepLineDelimiter(in text: [UInt8]) -> CSVDelimiter? {
        let prefix = Array("sep=".utf8)
        guard text.count >= 5, text[0..<4].elementsEqual(prefix, by: { $0 | 0x20 == $1 | 0x20 }) else {
            return nil
        }
        guard text.count == 5 || text[5] == 0x0A || text[5] == 0x0D else { return nil }
        return CSVDelimiter(byte: text[4])
    }

    /// Picks the delimiter among `,` `;` and tab that splits the first records most consistently.
    ///
    /// Delimiters are counted outside quotes in each of the first ``sniffedRecordCount``
    /// non-empty records. For each candidate the most common non-zero count wins, scored by how
    /// many records have it, so preamble lines with fewer delimiters (a title, "Class 7A") do
    /// not matter. On a tie the candidate with more delimiters per record wins, then tab beats
    /// semicolon beats comma, since commas also appear as decimal separators in `;`-separated
    /// files. When no candidate occurs at all (a
    /// single-column file) the result is `fallback`.
    static func detectDelimiter(in text: [UInt8], isComplete: Bool, fallback: CSVDelimiter) -> CSVDelimiter {
        let candidates = CSVDelimiter.detectable
        var records: [[Int]] = []
        var counts = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        var recordLength = 0
        for byte in text {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes && (byte == 0x0A || byte == 0x0D) {
                if recordLength > 0 { records.append(counts) }
                if records.count == sniffedRecordCount { break }
                counts = [Int](repeating: 0, count: candidates.count)
                recordLength = 0
                continue
            } else if !inQuotes, let k = candidates.firstIndex(where: { $0.byte == byte }) {
                counts[k] += 1
            }
            recordLength += 1
        }
        if isComplete && recordLength > 0 && records.count < sniffedRecordCount { records.append(counts) }

        var best: (delimiter: CSVDelimiter, records: Int, count: Int)?
        for (k, candidate) in candidates.enumerated() {
            var frequency: [Int: Int] = [:]
            for record in records where record[k] > 0 { frequency[record[k], default: 0] += 1 }
            guard let (count, records) = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else {
                continue
            }
            if let best, (best.records, best.count) >= (records, count) { continue }
            best = (candidate, records, count)
        }
        return best?.delimiter ?? fallback
    }
}
