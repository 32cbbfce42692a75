import FuzzSupport
import GradePortAdapters
import GradePortCore

/// Detection and every built-in adapter: the first byte picks the file's extension, the rest is
/// the file; it is detected and read as `convert` would (Classroom, Teams, Kundelik and
/// BilimClass dumps and CSVs, journals, workbooks).
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (fileExtension, content) = FuzzFile.split(FuzzDriver.bytes(data, size), extensions: fuzzExtensions)
    FuzzFile.readGradebook(content, named: "export." + fileExtension, with: BuiltInPlatforms.registry)
    return 0
}

/// The extensions the first byte chooses from (`Fuzz/seed-corpus.sh` writes seeds with it).
let fuzzExtensions = ["csv", "json", "xlsx", "xml", "tsv", "txt", "zip"]

FuzzDriver.run(testOneInput)
