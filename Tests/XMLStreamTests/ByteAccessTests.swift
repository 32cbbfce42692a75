import Testing
import XMLStream

/// Reads every node of `xml` through the byte-level fast path and rebuilds the events ``XMLStreamReader/next()``
/// would report (element names without namespace, which the fast path reports separately).
private func nodeEvents(_ xml: String, options: XMLStreamOptions = .init()) throws -> [XMLEvent] {
    let reader = try XMLStreamReader(bytes: Array(xml.utf8), name: "test.xml", options: options)
    var result: [XMLEvent] = []
    while let kind = try reader.nextNode() {
        switch kind {
        case .startElement:
            let name = XMLName(
                String(decoding: reader.localNameBytes, as: UTF8.self),
                namespaceURI: reader.namespaceURIBytes.map { String(decoding: $0, as: UTF8.self) })
            result.append(.startElement(name, isEmpty: reader.isEmptyElement))
        case .endElement:
            let name = XMLName(
                String(decoding: reader.localNameBytes, as: UTF8.self),
                namespaceURI: reader.namespaceURIBytes.map { String(decoding: $0, as: UTF8.self) })
            result.append(.endElement(name))
        case .text:
            result.append(.text(String(decoding: reader.textBytes, as: UTF8.self)))
        }
    }
    return result
}

/// The error the fast path throws for `xml`.
private func nodeError(_ xml: String, options: XMLStreamOptions = .init()) -> XMLStreamError? {
    do {
        _ = try nodeEvents(xml, options: options)
        return nil
    } catch {
        return error as? XMLStreamError
    }
}

@Suite("Byte-level fast path")
struct ByteAccessTests {
    @Test(
        "nextNode reports the same nodes as next",
        arguments: [
            "<r/>",
            "<r><a/><b>text</b> <c x='1'/></r>",
            "<x:r xmlns:x='urn:a'><x:row r='1'><c xmlns='urn:b'>v</c></x:row></x:r>",
            "<r>&amp;&lt;&#1040;&#x41;<![CDATA[<raw>]]>tail</r>",
            "<?xml version='1.0'?><!-- c --><r><?pi x?><a>Ашық</a>\n</r>",
            "<worksheet><sheetData><row r='1'><c r='A1' t='s'><v>0</v></c><c r='B1'/></row></sheetData></worksheet>",
        ])
    func sameNodes(xml: String) throws {
        #expect(try nodeEvents(xml) == events(xml))
    }

    @Test("Attributes read as bytes match attribute(_:)")
    func attributes() throws {
        let xml = "<r xmlns:ss='urn:ss'><c r='AB12' t='inlineStr' s=\"3\" q='a&amp;b&#65;' ss:Type='Number'/></r>"
        let reader = try XMLStreamReader(bytes: Array(xml.utf8), name: "test.xml")
        #expect(try reader.nextNode() == .startElement)
        #expect(try reader.nextNode() == .startElement)
        #expect(reader.isLocalName("c"))
        #expect(!reader.isLocalName("cc"))
        for name: StaticString in ["r", "t", "s", "q", "ss:Type", "Type", "missing"] {
            let bytes = reader.attributeBytes(name).map { String(decoding: $0, as: UTF8.self) }
            #expect(bytes == reader.attribute("\(name)"), "attribute \(name)")
        }
        #expect(reader.attributeBytes("q").map { String(decoding: $0, as: UTF8.self) } == "a&bA")
        #expect(try reader.nextNode() == .endElement)
        #expect(reader.attributeBytes("r") == nil)
        #expect(reader.isLocalName("c"))
        #expect(try reader.nextNode() == .endElement)
        #expect(try reader.nextNode() == nil)
    }

    @Test("skipSubtree works between nextNode calls")
    func skip() throws {
        let reader = try XMLStreamReader(bytes: Array("<r><f><x>1</x></f><v>2</v><e/><w/></r>".utf8), name: "t")
        var seen: [String] = []
        while let kind = try reader.nextNode() {
            if kind == .startElement && (reader.isLocalName("f") || reader.isLocalName("e")) {
                try reader.skipSubtree()
                continue
            }
            if kind == .text { seen.append(String(decoding: reader.textBytes, as: UTF8.self)) }
            if kind != .text { seen.append("\(kind == .startElement ? "+" : "-")\(reader.currentDepth)") }
        }
        #expect(seen == ["+1", "+2", "2", "-1", "+2", "-1", "-0"])
    }

    @Test(
        "The fast path refuses what next refuses, with the same error",
        arguments: [
            "<!DOCTYPE r [<!ENTITY e \"expanded\">]><r>&e;</r>",
            "<!DOCTYPE r [<!ENTITY e \"expanded\">]><r a=\"&e;\"/>",
            "<r>&undeclared;</r>",
            "<r><a></r>",
            "<r>",
        ])
    func refusals(xml: String) throws {
        let fast = try #require(nodeError(xml))
        let slow = try #require(#expect(throws: XMLStreamError.self) { try events(xml) })
        #expect(fast.code == slow.code)
        #expect(fast.message == slow.message)
    }

    @Test("The fast path enforces the depth and text size limits")
    func limits() throws {
        let deep = String(repeating: "<a>", count: 20) + String(repeating: "</a>", count: 20)
        #expect(nodeError(deep, options: .init(maxDepth: 10))?.code == .depthExceeded)
        let long = "<r>" + String(repeating: "x", count: 1_001) + "</r>"
        #expect(nodeError(long, options: .init(maxTextBytes: 1_000))?.code == .tooLarge)
        #expect(try nodeEvents(long, options: .init(maxTextBytes: 1_001)).count == 3)
    }
}
