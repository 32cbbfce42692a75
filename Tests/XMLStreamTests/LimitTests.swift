import Foundation
import GradePortTesting
import Testing
import XMLStream

@Suite("Sizes and files")
struct LimitTests {
    @Test("An input over 10 MB parses (Foundation's XMLParser(data:) fails there)")
    func largeInput() throws {
        let xml = sheetXML(rows: 70_000)
        #expect(xml.utf8.count > 10_000_000)
        var rows = 0
        var cells = 0
        var lastValue = ""
        let reader = try XMLStreamReader(bytes: Array(xml.utf8), name: "big.xml")
        while let event = try reader.next() {
            switch event {
            case .startElement(let name, _) where name.localName == "row": rows += 1
            case .startElement(let name, _) where name.localName == "c": cells += 1
            case .text(let text): lastValue = text
            default: break
            }
        }
        #expect(rows == 70_000)
        #expect(cells == 210_000)
        #expect(lastValue == "Әлем мир")
    }

    @Test("A single text node over maxTextBytes fails")
    func textLimit() throws {
        let xml = "<r>" + String(repeating: "x", count: 1_001) + "</r>"
        #expect(try events(xml, options: .init(maxTextBytes: 1_001)).count == 3)
        let error = #expect(throws: XMLStreamError.self) { try events(xml, options: .init(maxTextBytes: 1_000)) }
        #expect(error?.code == .tooLarge)
    }

    @Test("A 20 MB text node hits libxml2's own ceiling")
    func hugeTextNode() throws {
        let xml = "<r>" + String(repeating: "x", count: 20_000_000) + "</r>"
        let error = #expect(throws: XMLStreamError.self) {
            try events(xml, options: .init(maxTextBytes: 100_000_000))
        }
        #expect(error?.code == .tooLarge)
    }

    @Test("Inputs over maxInputBytes are refused")
    func inputLimit() throws {
        let bytes = Array("<r>0123456789</r>".utf8)
        let error = #expect(throws: XMLStreamError.self) {
            try XMLStreamReader(bytes: bytes, name: "t.xml", options: .init(maxInputBytes: 10))
        }
        #expect(error?.code == .tooLarge)
        let directory = try TemporaryFolder(prefix: "XMLStreamTests")
        let path = try directory.write("big.xml", bytes)
        let fileError = #expect(throws: XMLStreamError.self) {
            try XMLStreamReader(path: path, options: .init(maxInputBytes: 10))
        }
        #expect(fileError?.code == .tooLarge)
        #expect(fileError?.file == path)
    }

    @Test("maxInputBytes is enforced while streaming an input of unknown size (a pipe)")
    func streamingLimit() throws {
        let directory = try TemporaryFolder(prefix: "XMLStreamTests")
        let fifo = directory.url.appendingPathComponent("pipe.xml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // 50 KB fits into the pipe's buffer, so the writer never blocks once the reader stops.
        let document = Array(("<r>" + String(repeating: "<a/>", count: 12_500)).utf8)
        let writer = Thread {
            let descriptor = open(fifo, O_WRONLY)
            guard descriptor >= 0 else { return }
            _ = document.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        writer.start()
        let reader = try XMLStreamReader(path: fifo, options: .init(maxInputBytes: 10_000))
        let error = #expect(throws: XMLStreamError.self) { try drain(reader) }
        #expect(error?.code == .tooLarge)
        #expect(error?.message == "The input exceeds the limit of 10000 bytes")
    }

    @Test("Reading from a path streams the file")
    func fromPath() throws {
        let xml = sheetXML(rows: 2_000)
        let directory = try TemporaryFolder(prefix: "XMLStreamTests")
        let path = try directory.write("sheet.xml", Array(xml.utf8))
        let fromFile = try drain(XMLStreamReader(path: path))
        #expect(fromFile == (try events(xml)))
        #expect(fromFile.count == 2_000 * 19 + 4)
    }

    @Test("A malformed file's error names the path")
    func fileErrorNamesPath() throws {
        let directory = try TemporaryFolder(prefix: "XMLStreamTests")
        let path = try directory.write("bad.xml", Array("<r>\n</x>".utf8))
        let error = #expect(throws: XMLStreamError.self) { try drain(XMLStreamReader(path: path)) }
        #expect(error?.file == path)
        #expect(error?.line == 2)
    }

    @Test("An empty file fails with a clear message")
    func emptyFile() throws {
        let directory = try TemporaryFolder(prefix: "XMLStreamTests")
        let path = try directory.write("empty.xml", [])
        let error = #expect(throws: XMLStreamError.self) { try drain(XMLStreamReader(path: path)) }
        #expect(error?.code == .malformed)
        #expect(error?.description == "\(path): The input is empty (0 bytes)")
    }

    @Test("A missing file or a directory fails with an I/O error")
    func missingFile() throws {
        let directory = try TemporaryFolder(prefix: "XMLStreamTests")
        let missing = #expect(throws: XMLStreamError.self) {
            try XMLStreamReader(path: directory.url.appendingPathComponent("none.xml").path)
        }
        #expect(missing?.code == .io)
        let folder = #expect(throws: XMLStreamError.self) { try XMLStreamReader(path: directory.url.path) }
        #expect(folder?.code == .io)
    }
}
