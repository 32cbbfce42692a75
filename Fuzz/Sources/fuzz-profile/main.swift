import FuzzSupport
import JournalProfiles

/// Journal profiles: YAML, then the profile's validation (keys, kinds, patterns).
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: FuzzDriver.bytes(data, size), as: UTF8.self)
    _ = try? JournalProfile(yaml: text, name: "fuzz.yaml", origin: .builtIn)
    return 0
}

FuzzDriver.run(testOneInput)
