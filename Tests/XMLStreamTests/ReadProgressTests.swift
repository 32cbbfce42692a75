import Foundation
import GradePortBase
import GradePortTesting
import Testing
import XMLStream

@Suite("Read progress: bytes the XML reader takes from a watched file")
struct ReadProgressTests {
    @Test("An XML file read event by event: the count grows and ends at the file's size")
    func xmlFile() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-xml-progress")
        var xml = "<?xml version=\"1.0\"?><rows>"
        for row in 0..<20_000 { xml += "<row n=\"\(row)\">Student number \(row)</row>" }
        xml += "</rows>"
        let path = folder.file("rows.xml")
        try Data(xml.utf8).write(to: URL(fileURLWithPath: path))
        let progress = ReadProgress(watching: path)
        defer { progress.stop() }
        #expect(progress.totalBytes == Int64(xml.utf8.count))
        let reader = try XMLStreamReader(path: path)
        var seen: [Int64] = []
        var count = 0
        while try reader.next() != nil {
            count += 1
            if count % 5_000 == 0 { seen.append(progress.bytesRead) }
        }
        #expect(seen == seen.sorted())
        #expect(seen.first.map { $0 > 0 && $0 < progress.totalBytes } == true)
        #expect(progress.bytesRead == progress.totalBytes)
    }
}
