import Testing

@testable import XMLStream

/// Issue 11, item 6: a DOCTYPE that names an external DTD is read without loading it, and the
/// reader says which DTD it was, so that front ends can warn.
@Suite struct ExternalDTDTests {
    @Test func theSystemIdentifierIsKept() throws {
        let reader = try XMLStreamReader(
            bytes: Array(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"http://example.invalid/r.dtd\">\n<r>x</r>".utf8),
            name: "r.xml")
        #expect(reader.externalDTD == nil)
        let drained = try drain(reader)
        #expect(drained.count == 3)
        #expect(reader.externalDTD == "http://example.invalid/r.dtd")
    }

    @Test func aPublicIdentifierWithoutSystemOneIsKept() throws {
        let reader = try XMLStreamReader(
            bytes: Array("<!DOCTYPE r PUBLIC \"-//Example//DTD R//EN\" \"r.dtd\"><r/>".utf8), name: "r.xml")
        _ = try drain(reader)
        #expect(reader.externalDTD == "r.dtd")
    }

    @Test func anInternalSubsetOrNoDoctypeNamesNoDTD() throws {
        for xml in ["<!DOCTYPE r [<!ELEMENT r ANY>]><r/>", "<r/>"] {
            let reader = try XMLStreamReader(bytes: Array(xml.utf8), name: "r.xml")
            _ = try drain(reader)
            #expect(reader.externalDTD == nil, "\(xml)")
        }
    }
}
