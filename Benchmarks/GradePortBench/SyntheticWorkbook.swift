import Foundation
import GradePortCore
import ZIPFoundation

/// Writes a large synthetic journal workbook (`.xlsx`) for the benchmark: a name column (shared
/// strings), an IIN column (valid checksums, so every row is a different student), and numeric mark
/// columns.
struct SyntheticWorkbook {
    /// The size of the sheet XML, uncompressed, in bytes.
    private(set) var sheetBytes = 0

    private static let names = [
        "Серікқызы Аружан Ерланқызы", "Нұрланұлы Ерасыл", "Иванова Мария Петровна", "Ким Алексей",
        "Әбдірахманова Әйгерім", "Ахметов Нұрлан Серікұлы", "Петров Илья", "Оспанова Дана",
    ]

    /// Writes the workbook at `path` with `rows` student rows of `columns` mark columns.
    mutating func write(to path: String, rows: Int, columns: Int) throws {
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        func add(_ name: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count),
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add(
            "[Content_Types].xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
            </Types>
            """)
        try add(
            "_rels/.rels",
            """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """)
        try add(
            "xl/workbook.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
            <sheet name="Математика" sheetId="1" r:id="rId1"/></sheets></workbook>
            """)
        try add(
            "xl/_rels/workbook.xml.rels",
            """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
            </Relationships>
            """)
        var strings =
            ["ФИО", "ИИН"] + (0..<columns).map { $0 % 10 == 9 ? "СОЧ \($0 / 10 + 1) (25)" : "СОР \($0 + 1) (20)" }
        strings += Self.names
        let shared = strings.map { "<si><t>\($0)</t></si>" }.joined()
        try add(
            "xl/sharedStrings.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            count="\(strings.count)" uniqueCount="\(strings.count)">\(shared)</sst>
            """)
        var sheet =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
            + "spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
        for column in 0...(columns + 1) {
            sheet += "<c r=\"\(Self.letters(column))1\" t=\"s\"><v>\(column)</v></c>"
        }
        sheet += "</row>"
        for row in 0..<rows {
            let r = row + 2
            sheet += "<row r=\"\(r)\"><c r=\"A\(r)\" t=\"s\"><v>\(columns + 2 + row % Self.names.count)</v></c>"
            sheet += "<c r=\"B\(r)\" t=\"inlineStr\"><is><t>\(Self.iin(row))</t></is></c>"
            for column in 2...(columns + 1) {
                sheet += "<c r=\"\(Self.letters(column))\(r)\"><v>\((row * 7 + column * 3) % 21)</v></c>"
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        sheetBytes = sheet.utf8.count
        try add("xl/worksheets/sheet1.xml", sheet)
    }

    /// A valid IIN for the `n`th student (up to 120,000): born in 2012 in month 1 + n / 10,000, serial
    /// n mod 10,000; the sex digit or the day moves when a prefix has no valid check digit.
    private static func iin(_ n: Int) -> String {
        let month = String(format: "%02d", 1 + (n / 10_000) % 12)
        let serial = String(format: "%04d", n % 10_000)
        for day in ["01", "02", "03"] {
            for sex in ["5", "6"] {
                let digits = "12" + month + day + sex + serial
                if let check = IIN.checkDigit(forFirstEleven: digits) { return digits + String(check) }
            }
        }
        return "12" + month + "04" + "5" + serial + "0"
    }

    /// `A`, `B`, … `Z`, `AA`, … for a 0-based column.
    private static func letters(_ column: Int) -> String {
        var column = column
        var text = ""
        repeat {
            text = String(UnicodeScalar(UInt8(65 + column % 26))) + text
            column = column / 26 - 1
        } while column >= 0
        return text
    }
}
