import FuzzSupport
import GradePortCore

/// The cell-value and heading parsers: marks, statuses, fractions, percents; a heading's title and
/// maximum; the assessment-kind classifier; a full name's parts.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: FuzzDriver.bytes(data, size), as: UTF8.self)
    _ = CellValueParser().parse(text)
    _ = CellValueParser(decimalComma: true).parse(text)
    _ = ColumnHeading(text)
    _ = AssessmentKindClassifier().classify(title: text, category: text)
    _ = PersonName(fullName: text)
    return 0
}

FuzzDriver.run(testOneInput)
