import Testing
import XMLStream

@Suite("Skipping and positions")
struct NavigationTests {
    @Test("skipSubtree skips an element's content and its end")
    func skipSubtree() throws {
        let reader = try XMLStreamReader(
            bytes: Array("<r><skip><a>1</a><b/>text</skip><keep>2</keep><e/><last/></r>".utf8), name: "t.xml")
        #expect(try reader.next() == .startElement(XMLName("r"), isEmpty: false))
        #expect(try reader.next() == .startElement(XMLName("skip"), isEmpty: false))
        try reader.skipSubtree()
        #expect(try reader.next() == .startElement(XMLName("keep"), isEmpty: false))
        #expect(try reader.next() == .text("2"))
        try reader.skipSubtree()  // not on a start element: no effect
        #expect(try reader.next() == .endElement(XMLName("keep")))
        #expect(try reader.next() == .startElement(XMLName("e"), isEmpty: true))
        try reader.skipSubtree()  // an empty element: drops its pending end
        #expect(try reader.next() == .startElement(XMLName("last"), isEmpty: true))
        #expect(try reader.next() == .endElement(XMLName("last")))
        #expect(try reader.next() == .endElement(XMLName("r")))
        #expect(try reader.next() == nil)
    }

    @Test("Skipping the root element ends the document")
    func skipRoot() throws {
        let reader = try XMLStreamReader(bytes: Array("<r><a/></r>".utf8), name: "t.xml")
        _ = try reader.next()
        try reader.skipSubtree()
        #expect(try reader.next() == nil)
    }

    @Test("line gives the current event's line")
    func lineNumbers() throws {
        let xml = "<?xml version=\"1.0\"?>\n<r>\n  <a\n     x=\"1\">text</a>\n\n  <b/>\n</r>\n"
        let reader = try XMLStreamReader(bytes: Array(xml.utf8), name: "t.xml")
        var lines: [String: Int] = [:]
        while let event = try reader.next() {
            if case .startElement(let name, _) = event { lines[name.localName] = reader.line }
            if case .text(let text) = event, text == "text" { lines["text"] = reader.line }
        }
        #expect(lines == ["r": 2, "a": 4, "text": 4, "b": 6])
    }
}
