import FuzzSupport
import TableReader

/// XLSX: the ZIP reader, the inflater, the workbook parts and the first visible sheet's rows.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let path = FuzzFile.write(FuzzDriver.bytes(data, size), named: "fuzz.xlsx")
    guard let workbook = try? XLSXWorkbook(path: path), let cursor = try? workbook.firstVisibleSheetCursor() else {
        return 0
    }
    while let row = try? cursor.next() { _ = row.strings() }
    return 0
}

FuzzDriver.run(testOneInput)
