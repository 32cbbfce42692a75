import FuzzSupport
import JSONStream

/// JSONStream: one whole value, and the top-level keys of a dump's prefix.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    _ = try? JSONReader(bytes: bytes, name: "fuzz.json").readValue()
    _ = APIDump.topLevelKeys(inPrefix: bytes)
    return 0
}

FuzzDriver.run(testOneInput)
