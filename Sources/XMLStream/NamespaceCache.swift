internal import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reuses the `String` of recently seen namespace URIs, so that a namespaced document does not allocate a new
/// string for every element (namespace URIs are longer than Swift's 15-byte small-string storage).
///
/// Entries are compared by content, never by pointer: libxml2 may free a namespace and reuse its address. The
/// cache is private to one reader, used from one thread, and never hands out references into its storage, so its
/// properties opt out of dynamic exclusivity checks (they showed in profiles of the element loop).
final class NamespaceCache {
    private static let capacity = 8
    /// NUL-terminated copies of the cached URIs, owned by the cache.
    @exclusivity(unchecked) private var copies: [UnsafeMutablePointer<CChar>] = []
    @exclusivity(unchecked) private var strings: [String] = []
    @exclusivity(unchecked) private var nextVictim = 0
    /// The index of the last hit, tried first: most documents use one namespace for nearly all elements.
    @exclusivity(unchecked) private var lastHit = 0

    deinit {
        for copy in copies { free(copy) }
    }

    /// Returns the URI at `uri` (a NUL-terminated UTF-8 string) as a `String`.
    func string(for uri: UnsafePointer<xmlChar>) -> String {
        let cURI = UnsafeRawPointer(uri).assumingMemoryBound(to: CChar.self)
        if lastHit < copies.count && strcmp(copies[lastHit], cURI) == 0 {
            return strings[lastHit]
        }
        for index in copies.indices where strcmp(copies[index], cURI) == 0 {
            lastHit = index
            return strings[index]
        }
        let string = String(cString: uri)
        guard let copy = strdup(cURI) else { return string }
        if copies.count < Self.capacity {
            copies.append(copy)
            strings.append(string)
        } else {
            free(copies[nextVictim])
            copies[nextVictim] = copy
            strings[nextVictim] = string
            nextVictim = (nextVictim + 1) % Self.capacity
        }
        return string
    }
}
