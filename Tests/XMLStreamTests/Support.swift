import Foundation
import XMLStream

/// Reads every event of `xml` (UTF-8), or throws the reader's error.
func events(_ xml: String, options: XMLStreamOptions = .init()) throws -> [XMLEvent] {
    try events(Array(xml.utf8), options: options)
}

/// Reads every event of `bytes`, or throws the reader's error.
func events(_ bytes: [UInt8], options: XMLStreamOptions = .init()) throws -> [XMLEvent] {
    let reader = try XMLStreamReader(bytes: bytes, name: "test.xml", options: options)
    return try drain(reader)
}

/// Reads the remaining events of `reader`.
func drain(_ reader: XMLStreamReader) throws -> [XMLEvent] {
    var result: [XMLEvent] = []
    while let event = try reader.next() { result.append(event) }
    return result
}

/// Reads `xml` until the reader throws, collecting the events seen before; returns both.
func eventsUntilError(_ xml: String) -> (events: [XMLEvent], error: (any Error)?) {
    var seen: [XMLEvent] = []
    do {
        let reader = try XMLStreamReader(bytes: Array(xml.utf8), name: "test.xml")
        while let event = try reader.next() { seen.append(event) }
        return (seen, nil)
    } catch {
        return (seen, error)
    }
}

/// Deterministic pseudo-random bytes (SplitMix64), so garbage-input tests are reproducible.
func pseudoRandomBytes(count: Int, seed: UInt64) -> [UInt8] {
    var state = seed
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    while bytes.count < count {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        withUnsafeBytes(of: z) { bytes.append(contentsOf: $0.prefix(count - bytes.count)) }
    }
    return bytes
}

/// A sheet-like document of `rows` rows with three cells each.
func sheetXML(rows: Int) -> String {
    var xml = #"<?xml version="1.0" encoding="UTF-8"?>"#
    xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
    for row in 1...rows {
        xml += #"<row r="\#(row)"><c r="A\#(row)" t="s"><v>\#(row % 1000)</v></c>"#
        xml += #"<c r="B\#(row)"><v>\#(row).5</v></c><c r="C\#(row)" t="inlineStr"><is><t>Әлем мир</t></is></c></row>"#
    }
    return xml + "</sheetData></worksheet>"
}
