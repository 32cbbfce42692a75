import Testing
import XMLStream

@Suite("Malformed input")
struct MalformedInputTests {
    @Test("A tag mismatch carries libxml2's message, line and column")
    func mismatch() throws {
        let error = #expect(throws: XMLStreamError.self) { try events("<a>\n<b>text</a>") }
        #expect(error?.code == .malformed)
        #expect(error?.message == "Opening and ending tag mismatch: b line 2 and a")
        #expect(error?.line == 2)
        #expect(error?.column == 12)
        #expect(error?.description == "test.xml:2:12: Opening and ending tag mismatch: b line 2 and a")
    }

    @Test("Empty input fails with a clear message")
    func empty() throws {
        let error = #expect(throws: XMLStreamError.self) { try events([UInt8]()) }
        #expect(error?.code == .malformed)
        #expect(error?.message == "The input is empty (0 bytes)")
    }

    @Test(
        "A truncated document fails",
        arguments: ["<r><a>trunc", "<r><a>x</a>", "<r><a x=\"1", "<?xml version=\"1.0\"?>", "<r><!-- open"])
    func truncated(xml: String) throws {
        let error = #expect(throws: XMLStreamError.self) { try events(xml) }
        #expect(error?.code == .malformed)
    }

    @Test("A truncated document says it may be truncated")
    func truncatedMessage() throws {
        let error = #expect(throws: XMLStreamError.self) { try events("<r><a>trunc") }
        #expect(error?.message.hasPrefix("The document ends before 2 open element(s) are closed") == true)
    }

    @Test("Binary garbage fails without crashing", arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func garbage(seed: UInt64) throws {
        let bytes = pseudoRandomBytes(count: 5_000, seed: seed)
        let error = #expect(throws: XMLStreamError.self) { try events(bytes) }
        #expect(error?.code == .malformed)
    }

    @Test("Garbage after a valid start fails", arguments: [11, 12, 13] as [UInt64])
    func garbageInside(seed: UInt64) throws {
        let bytes = Array("<r><a>".utf8) + pseudoRandomBytes(count: 20_000, seed: seed)
        #expect(throws: XMLStreamError.self) { try events(bytes) }
    }

    @Test(
        "Other malformed documents fail",
        arguments: [
            "<r></r><extra/>", "<r a=\"1\" a=\"2\"/>", "<x:r/>", "<r>\u{1}</r>", "text only", "<r>&#0;</r>",
            "<r>&#xD800;</r>", "<?xml version=\"1.0\" encoding=\"no-such-encoding\"?><r/>",
        ])
    func otherMalformed(xml: String) throws {
        let error = #expect(throws: XMLStreamError.self) { try events(xml) }
        #expect(error?.code == .malformed)
    }

    @Test("An error is final: later calls throw it again")
    func stickyError() throws {
        let reader = try XMLStreamReader(bytes: Array("<a><b></a>".utf8), name: "t.xml")
        let first = #expect(throws: XMLStreamError.self) { try drain(reader) }
        let second = #expect(throws: XMLStreamError.self) { try reader.next() }
        #expect(first?.message == second?.message)
        #expect(throws: XMLStreamError.self) { try reader.skipSubtree() }
    }

    @Test("Invalid UTF-8 fails")
    func invalidUTF8() throws {
        let bytes = Array("<r>".utf8) + [0xC3, 0x28, 0xFF] + Array("</r>".utf8)
        let error = #expect(throws: XMLStreamError.self) { try events(bytes) }
        #expect(error?.code == .malformed)
    }
}
