import FuzzSupport
import TableReader

/// CSV with dialect sniffing: encoding, `sep=` line, delimiter, then every row, header search
/// included.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let reader = try? CSVReader(bytes: FuzzDriver.bytes(data, size), name: "fuzz.csv") else { return 0 }
    _ = try? reader.locateHeader(maxRows: 5) { $0.count > 2 }
    while let row = try? reader.next() { _ = row.strings() }
    return 0
}

FuzzDriver.run(testOneInput)
