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
    private static let dumpKeys = ["periods", "subjects", "quarter", "year"]

    /// Sniffs a file or a folder.
    func sniff(_ file: ExportFile) -> SniffFinding? {
        if file.isDirectory { return sniffFolder(file) }
        return sniffJSON(file.head)
    }

    /// Sniffs a JSON text's first bytes.
    func sniffJSON(_ head: [UInt8]) -> SniffFinding? {
        guard JSONHead.startsLikeJSON(head) else { return nil }
        let keys = APIDump.topLevelKeys(inPrefix: head).map { $0.lowercased() }
        if keys.contains("user_info") || keys.contains("userinfo") {
            return SniffFinding(
                export: BilimClassExport.apiDump, confidence: .high,
                reason: "a dump with the user_info of a BilimClass account")
        }
        let collections = Set(keys.compactMap(Self.collection(ofName:)))
        if collections.count >= 2 {
            return SniffFinding(
                export: BilimClassExport.apiDump,
                confidence: .high,
                reason: "a dump with the BilimClass collections \(collections.sorted().joined(separator: ", "))")
        }
        if let field = Self.marker(in: head) {
            return SniffFinding(
                export: BilimClassExport.apiDump, confidence: .medium, reason: "a BilimClass response with \(field)")
        }
        return nil
    }

    /// The BilimClass field the text shows, if any.
    static func marker(in head: [UInt8]) -> String? {
        if JSONHead.contains("\"studentInfo\"", in: head) { return "studentInfo" }
        if JSONHead.contains("\"periodType\"", in: head) && JSONHead.contains("\"periodStart\"", in: head) {
            return "periodType and periodStart"
        }
        if JSONHead.contains("\"schedules\"", in: head) && JSONHead.contains("\"markMax\"", in: head) {
            return "schedules and markMax"
        }
        if JSONHead.contains("\"formattedScore\"", in: head) { return "formattedScore" }
        if JSONHead.contains("\"markMax\"", in: head)
            && (JSONHead.contains("\"sor\"", in: head) || JSONHead.contains("\"soch\"", in: head))
        {
            return "sor/soch marks with markMax"
        }
        if JSONHead.contains("\"yearScores\"", in: head) && JSONHead.contains("\"attestations\"", in: head) {
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

    private func sniffFolder(_ file: ExportFile) -> SniffFinding? {
        let names = file.entries.filter { $0.lowercased().hasSuffix(".json") }
        let collections = Set(names.compactMap(Self.collection(ofName:)))
        if collections.contains("user_info") || collections.count >= 2 {
            return SniffFinding(
                export: BilimClassExport.apiDump,
                confidence: .high,
                reason: "a folder with the BilimClass files \(collections.sorted().joined(separator: ", "))")
        }
        guard let only = names.first(where: { Self.collection(ofName: $0) != nil }) else { return nil }
        if let handle = FileHandle(forReadingAtPath: file.path(ofEntry: only)) {
            defer { try? handle.close() }
            let head = Array((try? handle.read(upToCount: 4096)) ?? Data())
            if let field = Self.marker(in: head) {
                return SniffFinding(
                    export: BilimClassExport.apiDump, confidence: .medium,
                    reason: "a folder with a BilimClass response with \(field)")
            }
        }
        return nil
    }

}
