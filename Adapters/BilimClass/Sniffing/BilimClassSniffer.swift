import Foundation
import GradePortCore
import JSONStream

/// Decides cheaply whether an input is a BilimClass dump, from the first bytes or a folder's names.
///
/// | input | confidence |
/// | --- | --- |
/// | JSON whose top-level keys include `user_info` | high |
/// | JSON with two or more of the keys `periods`, `subjects`, `quarter`, `year` (also `subjects-q1`, …) | high |
/// | JSON with one of those keys and a BilimClass field (below) | medium |
/// | one endpoint response: `studentInfo`; `periodType` with `periodStart`; `schedules` with `markMax`; `formattedScore`; `"sor":{` or `"soch":{` with `markMax`; `yearScores` with `attestations` | medium |
/// | folder with `user_info*.json`, or files for two of the collections | high |
/// | folder with files for one collection | medium |
struct BilimClassSniffer {
    /// What the sniffer found.
    struct Finding {
        /// How sure it is.
        var confidence: Confidence
        /// Why.
        var reason: String
    }

    private static let dumpKeys = ["periods", "subjects", "quarter", "year"]

    /// Sniffs a file or a folder.
    func sniff(_ file: ExportFile) -> Finding? {
        if file.isDirectory { return sniffFolder(file) }
        return sniffJSON(file.head)
    }

    /// Sniffs a JSON text's first bytes.
    func sniffJSON(_ head: [UInt8]) -> Finding? {
        guard Self.looksLikeJSON(head) else { return nil }
        let keys = APIDump.topLevelKeys(inPrefix: head).map { $0.lowercased() }
        if keys.contains("user_info") || keys.contains("userinfo") {
            return Finding(confidence: .high, reason: "a dump with the user_info of a BilimClass account")
        }
        let collections = Set(keys.compactMap(Self.collection(ofName:)))
        if collections.count >= 2 {
            return Finding(
                confidence: .high,
                reason: "a dump with the BilimClass collections \(collections.sorted().joined(separator: ", "))")
        }
        if let field = Self.marker(in: head) {
            return Finding(confidence: .medium, reason: "a BilimClass response with \(field)")
        }
        return nil
    }

    /// The BilimClass field the text shows, if any.
    static func marker(in head: [UInt8]) -> String? {
        if contains(head, "\"studentInfo\"") { return "studentInfo" }
        if contains(head, "\"periodType\"") && contains(head, "\"periodStart\"") { return "periodType and periodStart" }
        if contains(head, "\"schedules\"") && contains(head, "\"markMax\"") { return "schedules and markMax" }
        if contains(head, "\"formattedScore\"") { return "formattedScore" }
        if contains(head, "\"markMax\"") && (contains(head, "\"sor\"") || contains(head, "\"soch\"")) {
            return "sor/soch marks with markMax"
        }
        if contains(head, "\"yearScores\"") && contains(head, "\"attestations\"") {
            return "yearScores and attestations"
        }
        return nil
    }

    /// The collection a key or file name stands for: `subjects-q1.json` → `subjects`.
    static func collection(ofName name: String) -> String? {
        var stem = name.lowercased()
        if stem.hasSuffix(".json") { stem.removeLast(5) }
        if stem.hasPrefix("user_info") || stem.hasPrefix("userinfo") || stem.hasPrefix("user-info") {
            return "user_info"
        }
        for key in dumpKeys where stem.hasPrefix(key) {
            let rest = stem.dropFirst(key.count)
            if rest.isEmpty || !(rest.first!.isLetter) { return key }
        }
        return nil
    }

    private func sniffFolder(_ file: ExportFile) -> Finding? {
        let names = file.entries.filter { $0.lowercased().hasSuffix(".json") }
        let collections = Set(names.compactMap(Self.collection(ofName:)))
        if collections.contains("user_info") || collections.count >= 2 {
            return Finding(
                confidence: .high,
                reason: "a folder with the BilimClass files \(collections.sorted().joined(separator: ", "))")
        }
        guard let only = names.first(where: { Self.collection(ofName: $0) != nil }) else { return nil }
        if let handle = FileHandle(forReadingAtPath: file.path(ofEntry: only)) {
            defer { try? handle.close() }
            let head = Array((try? handle.read(upToCount: 4096)) ?? Data())
            if let field = Self.marker(in: head) {
                return Finding(confidence: .medium, reason: "a folder with a BilimClass response with \(field)")
            }
        }
        return nil
    }

    /// Whether the bytes start (after an optional UTF-8 BOM and white space) with `{` or `[`.
    static func looksLikeJSON(_ head: [UInt8]) -> Bool {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return false }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    private static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard haystack.count >= pattern.count else { return false }
        return (0...(haystack.count - pattern.count)).contains { start in
            haystack[start] == pattern[0] && haystack[start..<start + pattern.count].elementsEqual(pattern)
        }
    }
}
