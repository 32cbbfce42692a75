import FuzzSupport
import GradePortAdapters
import GradePortCore

/// The OneRoster bundle reader: a zipped bundle read by the `oneroster` adapter.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzFile.readGradebook(
        FuzzDriver.bytes(data, size), named: "bundle.zip", with: BuiltInPlatforms.registry,
        platform: PlatformID(rawValue: "oneroster"))
    return 0
}

FuzzDriver.run(testOneInput)
