import XMLStream

/// The structure of an XLSX workbook: where its parts are and what its workbook part says.
///
/// Read from `_rels/.rels` (which part is the workbook), the workbook part (sheet names, order,
/// visibility and relationship ids; the 1904 date system) and the workbook's relationships (each
/// sheet's part, the shared strings and styles parts).
struct XLSXPackage {
    /// A sheet and the path of its part.
    struct Sheet {
        let info: WorkbookSheet
        /// The part's path inside the archive, such as `xl/worksheets/sheet1.xml`.
        let part: String
    }

    let workbookPart: String
    let sheets: [Sheet]
    let date1904: Bool
    let sharedStringsPart: String?
    let stylesPart: String?

    private static let relationshipNamespaces = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ]

    /// Reads the structure of the workbook in `archive`.
    ///
    /// - Throws: ``TableReadError`` `notAWorkbook` when the archive has no workbook part (a
    ///   `.docx`, a plain ZIP), `malformedWorkbook` when a sheet's part is missing, or the
    ///   error of a part that cannot be parsed.
    init(archive: ZIPArchive, limits: WorkbookLimits) throws {
        let file = archive.path
        var workbookPart = "xl/workbook.xml"
        if let rootRelationships = archive.entry("_rels/.rels") {
            let relationships = try Self.relationships(
                in: rootRelationships, basePath: "", archive: archive, limits: limits)
            if let document = relationships.first(where: { $0.type.hasSuffix("/officeDocument") }),
                archive.entry(document.target) != nil
            {
                workbookPart = document.target
            }
        }
        guard let workbookEntry = archive.entry(workbookPart) else {
            let hint =
                archive.entry("word/document.xml") != nil
                ? " (it is a Word document)"
                : archive.entry("ppt/presentation.xml") != nil
                    ? " (it is a PowerPoint presentation)"
                    : archive.entry("content.xml") != nil ? " (an OpenDocument file? save it as .xlsx)" : ""
            throw TableReadError(
                .notAWorkbook, file: file,
                message: "a ZIP archive but not an Excel workbook: there is no \(workbookPart)\(hint)")
        }
        let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
        let relationshipsPart =
            (folder.isEmpty ? "" : folder + "/") + "_rels/"
            + (workbookPart.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        let relationships =
            try archive.entry(relationshipsPart).map {
                try Self.relationships(in: $0, basePath: folder, archive: archive, limits: limits)
            } ?? []
        let targets = Dictionary(relationships.map { ($0.id, $0.target) }, uniquingKeysWith: { first, _ in first })

        // The workbook part: <workbookPr date1904="1"/>, <sheets><sheet name= sheetId= state= r:id=/></sheets>.
        let bytes = try archive.bytes(
            of: workbookEntry, limit: limits.maxPartBytes, limits: limits, context: workbookEntry.path)
        var sheets: [Sheet] = []
        var date1904 = false
        try withPartContext(workbookEntry.path, of: file) {
            let reader = try XMLStreamReader(bytes: bytes, name: workbookEntry.path)
            while let event = try reader.next() {
                guard case .startElement(let name, _) = event else { continue }
                switch name.localName {
                case "workbookPr":
                    let value = reader.attribute("date1904")
                    date1904 = value == "1" || value == "true"
                case "sheet":
                    let sheetName = reader.attribute("name") ?? "Sheet\(sheets.count + 1)"
                    let id =
                        Self.relationshipNamespaces.lazy.compactMap { reader.attribute("id", namespaceURI: $0) }.first
                        ?? reader.attribute("r:id")
                    let visibility: WorkbookSheet.Visibility =
                        switch reader.attribute("state") {
                        case "hidden": .hidden
                        case "veryHidden": .veryHidden
                        default: .visible
                        }
                    guard let id, let part = targets[id] else {
                        throw TableReadError(
                            .malformedWorkbook, file: file, sheet: sheetName,
                            message: "sheet '\(sheetName)': \(workbookEntry.path) names no part for it (relationship "
                                + "'\(id ?? "")' is not in \(relationshipsPart))")
                    }
                    sheets.append(
                        Sheet(
                            info: WorkbookSheet(name: sheetName, index: sheets.count, visibility: visibility),
                            part: part))
                case "sheets", "workbook":
                    continue
                default:
                    try reader.skipSubtree()
                }
            }
        }
        guard !sheets.isEmpty else {
            throw TableReadError(.noRows, file: file, message: "the workbook has no sheets")
        }
        self.workbookPart = workbookEntry.path
        self.sheets = sheets
        self.date1904 = date1904
        self.sharedStringsPart =
            relationships.first { $0.type.hasSuffix("/sharedStrings") }?.target
            ?? (archive.entry("xl/sharedStrings.xml") != nil ? "xl/sharedStrings.xml" : nil)
        self.stylesPart =
            relationships.first { $0.type.hasSuffix("/styles") }?.target
            ?? (archive.entry("xl/styles.xml") != nil ? "xl/styles.xml" : nil)
    }

    /// A relationship: its id, type URI and target part path (resolved against `basePath`).
    private struct Relationship {
        let id: String
        let type: String
        let target: String
    }

    private static func relationships(
        in entry: ZIPEntry, basePath: String, archive: ZIPArchive, limits: WorkbookLimits
    ) throws -> [Relationship] {
        let bytes = try archive.bytes(of: entry, limit: limits.maxPartBytes, limits: limits, context: entry.path)
        return try withPartContext(entry.path, of: archive.path) {
            let reader = try XMLStreamReader(bytes: bytes, name: entry.path)
            var result: [Relationship] = []
            while let event = try reader.next() {
                guard case .startElement(let name, _) = event, name.localName == "Relationship" else { continue }
                guard let id = reader.attribute("Id"), let target = reader.attribute("Target"),
                    reader.attribute("TargetMode") != "External"
                else { continue }
                result.append(
                    Relationship(id: id, type: reader.attribute("Type") ?? "", target: resolve(target, in: basePath)))
            }
            return result
        }
    }

    /// Resolves a relationship target: absolute (`/xl/worksheets/sheet1.xml`) or relative to the
    /// source part's folder (`worksheets/sheet1.xml`, `../xl/…`).
    static func resolve(_ target: String, in basePath: String) -> String {
        var components: [Substring] = target.hasPrefix("/") ? [] : basePath.split(separator: "/")
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}
