internal import CLibXML2

/// Reuses the `String` of recently seen namespace URIs, so that a namespaced document does not allocate a new
/// string for every element (namespace URIs are longer than Swift's 15-byte small-string storage).
///
/// Entries are compared by content, never by pointer: libxml2 may free a namespace and reuse its address.
struct NamespaceCache {
    private var entries: [(bytes: [UInt8], string: String)] = []
    private var nextVictim = 0
    private static let capacity = 8

    /// Returns the URI at `uri` (a NUL-terminated UTF-8 string) as a `String`.
    mutating func string(for uri: UnsafePointer<xmlChar>) -> String {
        for entry in entries {
            let equal = entry.bytes.withUnsafeBufferPointer { xmlStrEqual($0.baseAddress, uri) == 1 }
            if equal { return entry.string }
        }
        let length = Int(xmlStrlen(uri))
        let buffer = UnsafeBufferPointer(start: uri, count: length)
        let string = String(decoding: buffer, as: UTF8.self)
        let entry = (bytes: Array(buffer) + [0], string: string)
        if entries.count < Self.capacity {
            entries.append(entry)
        } else {
            entries[nextVictim] = entry
            nextVictim = (nextVictim + 1) % Self.capacity
        }
        return string
    }
}
