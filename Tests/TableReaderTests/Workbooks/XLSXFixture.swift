import Foundation
import GradePortTesting
import TableReader
import ZIPFoundation

/// Builds minimal XLSX workbooks for tests: the parts Excel needs, written with ZIPFoundation,
/// so that each test states exactly the XML it reads.
struct XLSXFixture: Sendable {
    /// One sheet: its name, `state` (`hidden`, `veryHidden`) and the content of its `<sheetData>`.
    struct Sheet: Sendable {
        var name: String
        var rows: String
        var state: String? = nil
        /// Elements after `</sheetData>`, such as `<mergeCells>…</mergeCells>`.
        var tail: String = ""
        /// The whole part, replacing the generated one.
        var rawXML: String? = nil
    }

    var sheets: [Sheet]
    /// The `<si>` items of the shared strings part (`nil`: no part).
    var sharedStrings: [String]? = nil
    /// Custom number formats (id → code) and the cell formats' `numFmtId`s, in `s` order.
    var numberFormats: [Int: String] = [:]
    var cellFormats: [Int] = [0]
    var date1904 = false
    /// Parts to leave out or add.
    var omittedParts: Set<String> = []
    var extraParts: [String: String] = [:]
    /// Store the parts uncompressed instead of deflating them.
    var stored = false

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A one-sheet workbook.
    init(rows: String, sharedStrings: [String]? = nil, name: String = "Лист1") {
        self.sheets = [Sheet(name: name, rows: rows)]
        self.sharedStrings = sharedStrings
    }

    init(sheets: [Sheet], sharedStrings: [String]? = nil) {
        self.sheets = sheets
        self.sharedStrings = sharedStrings
    }

    /// Shared string items for plain strings.
    static func plain(_ strings: [String]) -> [String] {
        strings.map { "<si><t xml:space=\"preserve\">\(escape($0))</t></si>" }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// The parts, by path.
    var parts: [(String, String)] {
        var parts: [(String, String)] = []
        parts.append(
            (
                "[Content_Types].xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                </Types>
                """
            ))
        parts.append(
            (
                "_rels/.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """
            ))
        let sheetList = sheets.enumerated().map { index, sheet in
            let state = sheet.state.map { " state=\"\($0)\"" } ?? ""
            return
                "<sheet name=\"\(Self.escape(sheet.name))\" sheetId=\"\(index + 1)\"\(state) r:id=\"rId\(index + 1)\"/>"
        }.joined()
        parts.append(
            (
                "xl/workbook.xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="\(Self.main)" xmlns:r="\(Self.relationships)">\
                <workbookPr\(date1904 ? " date1904=\"1\"" : "")/><bookViews><workbookView activeTab="0"/></bookViews>\
                <sheets>\(sheetList)</sheets></workbook>
                """
            ))
        var relationships = sheets.indices.map { index in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        relationships.append(
            "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        )
        if sharedStrings != nil {
            relationships.append(
                "<Relationship Id=\"rIdStrings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>"
            )
        }
        parts.append(
            (
                "xl/_rels/workbook.xml.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                \(relationships.joined())</Relationships>
                """
            ))
        if let sharedStrings {
            parts.append(
                (
                    "xl/sharedStrings.xml",
                    """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <sst xmlns="\(Self.main)" count="\(sharedStrings.count)" uniqueCount="\(sharedStrings.count)">\
                    \(sharedStrings.joined())</sst>
                    """
                ))
        }
        let formats = numberFormats.sorted { $0.key < $1.key }.map {
            "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\(Self.escape($0.value).replacingOccurrences(of: "\"", with: "&quot;"))\"/>"
        }.joined()
        let xfs = cellFormats.map { "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" }
            .joined()
        parts.append(
            (
                "xl/styles.xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="\(Self.main)"><numFmts count="\(numberFormats.count)">\(formats)</numFmts>\
                <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="\(cellFormats.count)">\(xfs)</cellXfs></styleSheet>
                """
            ))
        for (index, sheet) in sheets.enumerated() {
            parts.append(
                (
                    "xl/worksheets/sheet\(index + 1).xml",
                    sheet.rawXML
                        ?? """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <worksheet xmlns="\(Self.main)" xmlns:r="\(Self.relationships)">\
                        <sheetViews><sheetView workbookViewId="0"/></sheetViews>\
                        <sheetData>\(sheet.rows)</sheetData>\(sheet.tail)<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>
                        """
                ))
        }
        for (path, content) in extraParts { parts.append((path, content)) }
        return parts.filter { !omittedParts.contains($0.0) }
    }

    /// Writes the workbook to a new file and returns its path.
    func write(name: String = "journal.xlsx") throws -> String {
        try Self.zip(parts.map { ($0.0, Data($0.1.utf8)) }, name: name, compression: stored ? .none : .deflate)
    }

    /// Writes `entries` as a ZIP archive to a new file in a fresh temporary folder.
    static func zip(
        _ entries: [(String, Data)], name: String, compression: CompressionMethod = .deflate
    ) throws
        -> String
    {
        let url = try TestFiles.folder().appendingPathComponent(name)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression,
                bufferSize: 1 << 20
            ) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return url.path
    }
}

/// Temporary files for tests.
enum TestFiles {
    /// A new empty folder, removed with the others when the test process exits.
    static func folder() throws -> URL {
        URL(fileURLWithPath: try TemporaryFolder.scratch(prefix: "gradeport-tests"), isDirectory: true)
    }

    /// Writes `bytes` to a new file called `name`.
    static func write(_ bytes: [UInt8], name: String) throws -> String {
        let url = try folder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes `text` to a new file called `name`.
    static func write(_ text: String, name: String) throws -> String {
        try write(Array(text.utf8), name: name)
    }

    /// All rows of `cursor` as field arrays.
    static func fields(_ cursor: any TableCursor) throws -> [[String]] {
        var rows: [[String]] = []
        while let row = try cursor.next() { rows.append(row.strings()) }
        return rows
    }

    /// All rows of `cursor` as (line, fields).
    static func lines(_ cursor: any TableCursor) throws -> [Int] {
        var lines: [Int] = []
        while let row = try cursor.next() { lines.append(row.line) }
        return lines
    }
}
