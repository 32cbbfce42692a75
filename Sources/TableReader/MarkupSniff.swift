/// A look at the first bytes of a file, to see whether it starts like XML or HTML.
struct MarkupSniff {
    /// Whether the start looks like an HTML page rather than XML data.
    let looksLikeHTML: Bool

    /// `nil` when the first non-space character (after a UTF-8 or UTF-16 byte order mark) is not `<`.
    init?(_ head: [UInt8]) {
        var text: [UInt8]
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            // UTF-16: keep the low (ASCII) byte of each unit; enough to look at markup.
            let littleEndian = head[0] == 0xFF
            text = stride(from: 2, to: head.count - 1, by: 2).map { littleEndian ? head[$0] : head[$0 + 1] }
        } else if head.starts(with: [0x3C, 0x00]) {
            text = stride(from: 0, to: head.count - 1, by: 2).map { head[$0] }
        } else {
            text = head.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(head.dropFirst(3)) : head
        }
        guard let first = text.firstIndex(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }),
            text[first] == UInt8(ascii: "<")
        else { return nil }
        let lowered = String(decoding: text, as: UTF8.self).lowercased()
        looksLikeHTML =
            (lowered.contains("<html") || lowered.contains("<!doctype html") || lowered.contains("<table"))
            && !lowered.contains("urn:schemas-microsoft-com:office:spreadsheet")
    }
}
