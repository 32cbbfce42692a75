import Testing
import XMLStream

private let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
private let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

@Suite("Events")
struct EventTests {
    @Test("A small document gives start, text and end events in order")
    func simpleDocument() throws {
        let result = try events("<?xml version=\"1.0\"?>\n<r><a>x</a><!-- note --><?pi data?><b/></r>")
        #expect(
            result == [
                .startElement(XMLName("r"), isEmpty: false),
                .startElement(XMLName("a"), isEmpty: false),
                .text("x"),
                .endElement(XMLName("a")),
                .startElement(XMLName("b"), isEmpty: true),
                .endElement(XMLName("b")),
                .endElement(XMLName("r")),
            ])
    }

    @Test("Names carry namespace URIs, whatever the prefix")
    func namespaces() throws {
        let xml = """
            <x:worksheet xmlns:x="\(mainNS)" xmlns:r="\(relNS)"><x:sheetData/><plain xmlns=""/>\
            <row xmlns="\(mainNS)"/></x:worksheet>
            """
        let result = try events(xml)
        #expect(
            result == [
                .startElement(XMLName("worksheet", namespaceURI: mainNS), isEmpty: false),
                .startElement(XMLName("sheetData", namespaceURI: mainNS), isEmpty: true),
                .endElement(XMLName("sheetData", namespaceURI: mainNS)),
                .startElement(XMLName("plain"), isEmpty: true),
                .endElement(XMLName("plain")),
                .startElement(XMLName("row", namespaceURI: mainNS), isEmpty: true),
                .endElement(XMLName("row", namespaceURI: mainNS)),
                .endElement(XMLName("worksheet", namespaceURI: mainNS)),
            ])
        #expect(XMLName("row", namespaceURI: "urn:a").description == "{urn:a}row")
        #expect(XMLName("row").description == "row")
    }

    @Test(
        "Predefined and character references, CDATA and Cyrillic text are decoded",
        arguments: [
            ("<r>a &amp; b &lt;c&gt; &quot;&apos;</r>", "a & b <c> \"'"),
            ("<r>&#1040;&#x0411;В</r>", "АБВ"),
            ("<r>Оқушы Әлем — 5 (қазақша)</r>", "Оқушы Әлем — 5 (қазақша)"),
            ("<r><![CDATA[<not a tag> & ]]></r>", "<not a tag> & "),
            ("<r>emoji 😀 ok</r>", "emoji 😀 ok"),
        ])
    func textDecoding(xml: String, expected: String) throws {
        let result = try events(xml)
        #expect(result == [.startElement(XMLName("r"), isEmpty: false), .text(expected), .endElement(XMLName("r"))])
    }

    @Test("Whitespace between elements is reported as text")
    func whitespace() throws {
        let result = try events("<r>\n  <t xml:space=\"preserve\"> </t>\n</r>")
        #expect(
            result == [
                .startElement(XMLName("r"), isEmpty: false),
                .text("\n  "),
                .startElement(XMLName("t"), isEmpty: false),
                .text(" "),
                .endElement(XMLName("t")),
                .text("\n"),
                .endElement(XMLName("r")),
            ])
    }

    @Test("UTF-16 with a byte order mark is decoded")
    func utf16() throws {
        let xml = "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-16\"?><r a=\"Ә\">Привет</r>"
        var bytes: [UInt8] = []
        for unit in xml.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let reader = try XMLStreamReader(bytes: bytes, name: "utf16.xml")
        #expect(try reader.next() == .startElement(XMLName("r"), isEmpty: false))
        #expect(reader.attribute("a") == "Ә")
        #expect(try drain(reader) == [.text("Привет"), .endElement(XMLName("r"))])
    }

    @Test("A plain DOCTYPE without entity declarations is accepted and ignored")
    func plainDoctype() throws {
        let result = try events("<!DOCTYPE r>\n<r>ok</r>")
        #expect(result == [.startElement(XMLName("r"), isEmpty: false), .text("ok"), .endElement(XMLName("r"))])
    }

    @Test("next() keeps returning nil after the end")
    func endIsStable() throws {
        let reader = try XMLStreamReader(bytes: Array("<r/>".utf8), name: "t.xml")
        #expect(try drain(reader).count == 2)
        #expect(try reader.next() == nil)
        #expect(try reader.next() == nil)
    }
}
