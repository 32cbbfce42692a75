import FuzzSupport
import TableReader

/// Text decoding: the input read as each encoding the readers know, forced, through a small odd
/// chunk size so that characters are cut between chunks.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    for encoding in [TextEncoding.utf8, .utf16LE, .utf16BE, .windows1251] {
        var options = CSVReadOptions()
        options.encoding = encoding
        options.chunkSize = 61
        guard let reader = try? CSVReader(bytes: bytes, name: "fuzz.txt", options: options) else { continue }
        while let row = try? reader.next() { _ = row.strings() }
    }
    return 0
}

FuzzDriver.run(testOneInput)
