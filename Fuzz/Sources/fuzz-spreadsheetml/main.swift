import FuzzSupport
import TableReader

/// SpreadsheetML (Excel 2003 XML): the workbook and the first visible sheet's rows.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let path = FuzzFile.write(FuzzDriver.bytes(data, size), named: "fuzz.xml")
    guard let workbook = try? SpreadsheetMLWorkbook(path: path), let cursor = try? workbook.firstVisibleSheetCursor()
    else { return 0 }
    while let row = try? cursor.next() { _ = row.strings() }
    return 0
}

FuzzDriver.run(testOneInput)
