import FuzzSupport
import XMLStream

/// XMLStream: every event of a document, with its attributes.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let reader = try? XMLStreamReader(bytes: FuzzDriver.bytes(data, size), name: "fuzz.xml") else { return 0 }
    while let event = try? reader.next() {
        _ = event
        _ = reader.attribute("id")
    }
    return 0
}

FuzzDriver.run(testOneInput)
