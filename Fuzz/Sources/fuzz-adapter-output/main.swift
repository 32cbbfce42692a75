import ExternalAdapters
import FuzzSupport
import GradePortCore

/// The external-adapter host reading an adapter's standard output: lines split at the protocol's
/// limit, the hello, and every record checked and put into a gradebook.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var builder = GradebookBuilder()
    builder.beginSource(file: "fuzz.csv", platform: "fuzz", export: "fuzz")
    _ = try? RecordedAdapterOutput.read(FuzzDriver.bytes(data, size), adapterID: "fuzz", into: &builder)
    _ = builder.build()
    return 0
}

FuzzDriver.run(testOneInput)
