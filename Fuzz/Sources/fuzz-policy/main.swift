import FuzzSupport
import GradePortCore
import GradePortReports

/// Grading policies: a policy file's YAML and its validation.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: FuzzDriver.bytes(data, size), as: UTF8.self)
    _ = try? GradingPolicy(policyText: text, file: "fuzz-policy.yaml")
    return 0
}

FuzzDriver.run(testOneInput)
