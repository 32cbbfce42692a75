import Foundation
import GradePortTesting
import Testing
import XMLStream

@Suite("Hostile input")
struct SecurityTests {
    @Test("An external entity (XXE) is refused and the file's contents never appear")
    func externalEntity() throws {
        let directory = try TemporaryFolder(prefix: "XMLStreamTests")
        let secret = "TOP-SECRET-\(UUID().uuidString)"
        let secretPath = try directory.write("secret.txt", Array(secret.utf8))
        let variants = [
            "<!DOCTYPE r [<!ENTITY x SYSTEM \"file://\(secretPath)\">]>\n<r>&x;</r>",
            "<!DOCTYPE r [<!ENTITY x SYSTEM \"\(secretPath)\">]>\n<r a=\"&x;\">text</r>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n<!ENTITY x SYSTEM \"file://\(secretPath)\">\n]>\n<r>&x;</r>",
        ]
        for xml in variants {
            let (seen, error) = eventsUntilError(xml)
            let streamError = try #require(error as? XMLStreamError)
            #expect(streamError.code == .entityDeclaration)
            #expect(!"\(seen)".contains("TOP-SECRET"))
            #expect(!streamError.message.contains("TOP-SECRET"))
        }
        let (_, error) = eventsUntilError(variants[2])
        let streamError = try #require(error as? XMLStreamError)
        #expect(streamError.message.contains("external entity 'x'"))
        #expect((streamError.line ?? 0) >= 4)
        #expect(streamError.file == "test.xml")
    }

    @Test(
        "Entity declarations are refused before any event",
        arguments: [
            "<!DOCTYPE r [<!ENTITY e \"expanded\">]><r>&e;</r>",
            "<!DOCTYPE r [<!ENTITY e \"expanded\">]><r>no reference</r>",
            "<!DOCTYPE r [<!ENTITY e \"expanded\">]><r a=\"&e;\"/>",
            "<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://example.com/p.dtd\"> %p;]><r/>",
            "<!DOCTYPE r [<!ENTITY % p \"<!ENTITY e 'x'>\">]><r/>",
            "<!DOCTYPE r [<!ENTITY u SYSTEM \"http://example.com/u\" NDATA gif><!NOTATION gif SYSTEM \"g\">]><r/>",
        ])
    func entityDeclarations(xml: String) throws {
        let (seen, error) = eventsUntilError(xml)
        #expect(seen.isEmpty)
        #expect((error as? XMLStreamError)?.code == .entityDeclaration)
    }

    @Test("Billion laughs is refused without expansion", arguments: ["<lolz>&lol9;</lolz>", "<lolz a=\"&lol9;\"/>"])
    func billionLaughs(body: String) throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        xml += " <!ENTITY lol1 \"" + String(repeating: "&lol;", count: 10) + "\">\n"
        for level in 2...9 {
            xml += " <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        xml += "]>\n" + body + "\n"
        let (seen, error) = eventsUntilError(xml)
        #expect(seen.isEmpty)
        #expect((error as? XMLStreamError)?.code == .entityDeclaration)
    }

    @Test("A DOCTYPE naming an external DTD is read without fetching it")
    func externalDTDReference() throws {
        let xml = "<!DOCTYPE r SYSTEM \"http://example.invalid/x.dtd\">\n<r a=\"1\">ok</r>"
        let result = try events(xml)
        #expect(result == [.startElement(XMLName("r"), isEmpty: false), .text("ok"), .endElement(XMLName("r"))])
        let publicID =
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/x.dtd\"><html/>"
        #expect(try events(publicID).count == 2)
    }

    @Test(
        "References to undeclared entities are refused, also when an external DTD might declare them",
        arguments: [
            "<!DOCTYPE r SYSTEM \"http://example.invalid/x.dtd\">\n<r>&foo;</r>",
            "<!DOCTYPE r SYSTEM \"http://example.invalid/x.dtd\">\n<r a=\"&foo;\">text</r>",
            "<r>&foo;</r>",
        ])
    func undeclaredEntities(xml: String) throws {
        let (_, error) = eventsUntilError(xml)
        let streamError = try #require(error as? XMLStreamError)
        #expect(streamError.code == .entityDeclaration)
        #expect(streamError.message.contains("foo"))
    }

    @Test("10,000 nested elements exceed the depth limit")
    func depthBomb() throws {
        let xml = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        let (seen, error) = eventsUntilError(xml)
        let streamError = try #require(error as? XMLStreamError)
        #expect(streamError.code == .depthExceeded)
        #expect(streamError.line == 1)
        #expect(seen.count <= 256)
    }

    @Test("maxDepth is enforced with the line of the offending element")
    func customDepth() throws {
        let xml = "<a>\n<b>\n<c>\n<d/>\n</c>\n</b>\n</a>"
        #expect(try events(xml, options: .init(maxDepth: 4)).count == 14)
        let error = #expect(throws: XMLStreamError.self) { try events(xml, options: .init(maxDepth: 3)) }
        #expect(error?.code == .depthExceeded)
        #expect(error?.line == 4)
        #expect(error?.message == "Elements are nested deeper than 3 (the XML nesting limit)")
    }
}
