import GradePortCore
import JSONStream
import TableReader

/// The cheap look at an input that decides whether it is a Classroom export, and which kind.
///
/// It reads only ``ExportFile/head`` (decoded with the CSV reader, so CP1251 and UTF-16 files are
/// recognised too) or a folder's file names.
struct ExportSniffer {
    /// Collections only a Classroom dump has.
    static let distinctiveKeys: Set<String> = ["courseWork", "studentSubmissions"]
    /// Every collection of a Classroom dump.
    static let classroomKeys: Set<String> = [
        "courses", "students", "teachers", "courseWork", "studentSubmissions", "topics", "topic",
    ]

    /// Whether the input is JSON (or a folder, which can only be an API dump).
    static func looksLikeJSON(_ file: ExportFile) -> Bool {
        if file.isDirectory || file.fileExtension == "json" { return true }
        return JSONHead.startsLikeJSON(file.head)
    }

    /// The finding for an input, or `nil` when it is not a Classroom export.
    func sniff(_ file: ExportFile) -> SniffFinding? {
        if Self.looksLikeJSON(file) {
            let keys =
                file.isDirectory
                ? file.entries.filter { $0.lowercased().hasSuffix(".json") }.map(Self.collectionName)
                : APIDump.topLevelKeys(inPrefix: file.head)
            return sniffDump(keys: Set(keys))
        }
        return sniffCSV(file)
    }

    private func sniffDump(keys: Set<String>) -> SniffFinding? {
        let distinctive = keys.intersection(Self.distinctiveKeys)
        if !distinctive.isEmpty {
            return SniffFinding(
                export: ClassroomExport.apiDump, confidence: .high,
                reason: "API dump with \(distinctive.sorted().joined(separator: ", "))")
        }
        if keys.contains("courses") && keys.isSubset(of: Self.classroomKeys) {
            return SniffFinding(
                export: ClassroomExport.apiDump, confidence: .medium,
                reason: "API dump with courses but no courseWork or studentSubmissions (yet)")
        }
        return nil
    }

    /// The file extensions a grades CSV comes with: Classroom's `.csv`, Excel's `.txt` ("Unicode text").
    static let tableExtensions: Set<String> = ["csv", "tsv", "txt", ""]

    private func sniffCSV(_ file: ExportFile) -> SniffFinding? {
        guard !file.head.isEmpty, Self.tableExtensions.contains(file.fileExtension),
            let reader = TablePreview.cursor(for: file),
            let located = try? reader.locateHeader(
                maxRows: GradesCSVImport.headerSearchRows, where: { GradesHeader.isHeader($0.strings()) }),
            let header = GradesHeader(
                located.header.strings(), course: CourseFromFileName(baseName: file.baseName))
        else { return nil }
        let labels = located.header.strings().prefix(4).joined(separator: ", ")
        if !header.hasClassroomShape {
            return SniffFinding(
                export: ClassroomExport.gradesCSV, confidence: .low,
                reason: "header \"\(labels)\" has names and e-mail but First Name first or Feedback columns "
                    + "(more like Teams)")
        }
        return SniffFinding(
            export: ClassroomExport.gradesCSV, confidence: header.isEnglish ? .high : .medium,
            reason: "header \"\(labels)\"")
    }

    /// `studentSubmissions-2.json` → `studentSubmissions`.
    static func collectionName(_ fileName: String) -> String {
        var stem = Substring(fileName.lowercased().hasSuffix(".json") ? fileName.dropLast(5) : fileName[...])
        if let cut = stem.lastIndex(where: { $0 == "-" || $0 == "_" || $0 == "." }), cut > stem.startIndex {
            var suffix = stem[stem.index(after: cut)...].lowercased()[...]
            if suffix.hasPrefix("page") {
                suffix = suffix.dropFirst(4)
            } else if suffix.hasPrefix("p") {
                suffix = suffix.dropFirst()
            }
            if !suffix.isEmpty, suffix.allSatisfy({ $0.isASCII && $0.isNumber }) { stem = stem[..<cut] }
        }
        return String(stem)
    }
}
