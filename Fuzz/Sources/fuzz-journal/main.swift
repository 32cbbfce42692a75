import FuzzSupport
import GradePortAdapters
import GradePortCore

/// Journal tables read with the generic journal profile: header search, group rows, date headings,
/// student rows and marks.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzFile.readGradebook(
        FuzzDriver.bytes(data, size), named: "journal.csv", with: BuiltInPlatforms.registry,
        platform: PlatformID(rawValue: "journal"))
    return 0
}

FuzzDriver.run(testOneInput)
