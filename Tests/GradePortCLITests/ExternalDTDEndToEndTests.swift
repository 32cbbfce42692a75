import Foundation
import Testing

/// Issue 11, item 6: `convert` reads an Excel 2003 XML journal whose DOCTYPE names an external DTD
/// without fetching it, and says so with a warning.
@Suite struct ExternalDTDEndToEndTests {
    static let journal = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE Workbook SYSTEM "http://example.invalid/w.dtd">
        <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
         <Worksheet ss:Name="7А Математика">
          <Table>
           <Row><Cell><Data ss:Type="String">ФИО</Data></Cell><Cell><Data ss:Type="String">СОР 1 (20)</Data></Cell>\
        <Cell><Data ss:Type="String">СОЧ (25)</Data></Cell></Row>
           <Row><Cell><Data ss:Type="String">Иванов Иван Петрович</Data></Cell><Cell><Data ss:Type="Number">18</Data></Cell>\
        <Cell><Data ss:Type="Number">22</Data></Cell></Row>
          </Table>
         </Worksheet>
        </Workbook>
        """

    @Test func theDTDIsNotLoadedAndAWarningSaysSo() throws {
        let folder = GradePortProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.journal.write(toFile: folder + "/7А Математика.xml", atomically: true, encoding: .utf8)
        let run = try GradePortProcess.run(["convert", "7А Математика.xml", "--to", "json"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(
            run.standardError.contains(
                "7А Математика.xml:1: warning: the file's DOCTYPE names an external DTD (\"http://example.invalid/w.dtd\"); "
                    + "it is not loaded (GradePort never fetches DTDs), so the file is read without anything it would add"
            ))
        let json = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
        let scores = (json?["results"] as? [[String: Any]] ?? []).compactMap { ($0["score"] as? NSNumber)?.intValue }
        #expect(scores == [18, 22])
    }
}
