#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The length of NUL-terminated strings from libxml2, tuned for the short names, attribute values and cell
/// texts of spreadsheet XML: the first bytes are scanned inline, and only longer strings call `strlen`.
enum CStringLength {
    /// The number of bytes before the terminating NUL of `string`.
    @inline(__always)
    static func of(_ string: UnsafePointer<UInt8>) -> Int {
        var index = 0
        while index < 16 {
            if string[index] == 0 { return index }
            index += 1
        }
        return 16 + UnsafeRawPointer(string + 16).withMemoryRebound(to: CChar.self, capacity: 1) { strlen($0) }
    }
}
