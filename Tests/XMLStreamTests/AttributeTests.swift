import Testing
import XMLStream

private let ssNS = "urn:schemas-microsoft-com:office:spreadsheet"

@Suite("Attributes")
struct AttributeTests {
    @Test("Attributes are looked up by qualified name on the current start element")
    func qualifiedNames() throws {
        let xml = """
            <Workbook xmlns="\(ssNS)" xmlns:ss="\(ssNS)"><Cell ss:Index="3" r="A1" t="a &amp; b &#1040;" e=""><Data/></Cell></Workbook>
            """
        let reader = try XMLStreamReader(bytes: Array(xml.utf8), name: "t.xml")
        _ = try reader.next()
        #expect(reader.attribute("r") == nil)
        #expect(try reader.next() == .startElement(XMLName("Cell", namespaceURI: ssNS), isEmpty: false))
        #expect(reader.attribute("r") == "A1")
        #expect(reader.attribute("ss:Index") == "3")
        #expect(reader.attribute("Index") == nil)
        #expect(reader.attribute("ss:") == nil)
        #expect(reader.attribute("t") == "a & b А")
        #expect(reader.attribute("e") == "")
        #expect(reader.attribute("missing") == nil)
        #expect(reader.attribute("Index", namespaceURI: ssNS) == "3")
        #expect(reader.attribute("Index", namespaceURI: nil) == nil)
        #expect(reader.attribute("r", namespaceURI: nil) == "A1")
        #expect(reader.attribute("r", namespaceURI: ssNS) == nil)
        #expect(try reader.next() == .startElement(XMLName("Data", namespaceURI: ssNS), isEmpty: true))
        #expect(reader.attribute("r") == nil)
        #expect(try reader.next() == .endElement(XMLName("Data", namespaceURI: ssNS)))
        #expect(reader.attribute("r") == nil)
    }

    @Test("Attribute lookup is unavailable after text and end events")
    func onlyOnStartElements() throws {
        let reader = try XMLStreamReader(bytes: Array("<r a=\"1\">x</r>".utf8), name: "t.xml")
        _ = try reader.next()
        #expect(reader.attribute("a") == "1")
        #expect(try reader.next() == .text("x"))
        #expect(reader.attribute("a") == nil)
        #expect(try reader.next() == .endElement(XMLName("r")))
        #expect(reader.attribute("a") == nil)
    }
}
