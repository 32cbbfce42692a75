internal import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Byte-level access to the current node, for hot loops that read large documents through ``nextNode()``.
///
/// ## Lifetime of the buffers
///
/// Every buffer returned here is borrowed: it points into libxml2's memory (or, for some attribute values, into
/// scratch space owned by the reader) and is valid only until the next call of any method of the reader —
/// ``nextNode()``, ``next()``, ``skipSubtree()``, another ``attributeBytes(_:)`` — and never after the reader is
/// released. Copy what must outlive that (for example with `String(decoding:as:)`). The bytes are UTF-8, whatever
/// the document's encoding.
extension XMLStreamReader {
    /// The local name of the current element, without prefix (`row` for `<x:row>`), or an empty buffer when the
    /// current node is text.
    ///
    /// Valid after ``nextNode()`` or ``next()`` reported a start or end element, until the reader advances.
    public var localNameBytes: UnsafeBufferPointer<UInt8> {
        guard let name = currentNamePointer else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: name, count: CStringLength.of(name))
    }

    /// Whether the current element's local name is `name` (compared byte for byte, without building a `String`).
    ///
    /// - Parameter name: The local name to compare with, such as `"row"`.
    /// - Returns: `false` when the current node is not an element.
    public func isLocalName(_ name: StaticString) -> Bool {
        guard let current = currentNamePointer else { return false }
        return Self.equal(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount), current)
    }

    /// The namespace URI of the current element as bytes, or `nil` when it is in no namespace or on text.
    ///
    /// Valid until the reader advances.
    public var namespaceURIBytes: UnsafeBufferPointer<UInt8>? {
        guard let href = currentNamespacePointer else { return nil }
        return UnsafeBufferPointer(start: href, count: CStringLength.of(href))
    }

    /// The bytes of the current text node, with references replaced; empty when the current node is not text.
    ///
    /// Valid until the reader advances.
    /// Text longer than ``XMLStreamOptions/maxTextBytes`` never gets here: ``nextNode()`` throws first.
    public var textBytes: UnsafeBufferPointer<UInt8> {
        currentTextBytes
    }

    /// The element nesting of the current node: the root's start and end are at 1, text inside the root at 1.
    public var currentDepth: Int { depth }

    /// Returns the value of the current start element's attribute named `name` as written in the document, with
    /// its prefix if it has one, as borrowed bytes: the byte-level counterpart of ``attribute(_:)``.
    ///
    /// The buffer is valid until the next call of any method of the reader, including another
    /// `attributeBytes(_:)`.
    ///
    /// - Parameter name: The attribute's qualified name (`"r"`, `"ss:Type"`).
    /// - Returns: The value with references replaced, or `nil` if the element has no such attribute or the last
    ///   node was not a start element.
    public func attributeBytes(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        let found = findAttributeNode { attribute in
            let local = attribute.pointee.name!
            guard let prefix = attribute.pointee.ns?.pointee.prefix else {
                return Self.equal(wanted, local)
            }
            let prefixLength = Int(xmlStrlen(prefix))
            guard wanted.count > prefixLength, wanted[prefixLength] == UInt8(ascii: ":") else { return false }
            return Self.equal(UnsafeBufferPointer(rebasing: wanted[..<prefixLength]), prefix)
                && Self.equal(UnsafeBufferPointer(rebasing: wanted[(prefixLength + 1)...]), local)
        }
        guard let found else { return nil }
        return valueBytes(of: found)
    }

    /// The text of an attribute as bytes: borrowed from its only text child in the common case, otherwise the
    /// text children concatenated into the reader's scratch space.
    private func valueBytes(of attribute: UnsafeMutablePointer<xmlAttr>) -> UnsafeBufferPointer<UInt8> {
        let first = attribute.pointee.children
        if let first, first.pointee.next == nil {
            guard first.pointee.type == LibXML2.textNode || first.pointee.type == LibXML2.cdataNode,
                let content = first.pointee.content
            else { return UnsafeBufferPointer(start: nil, count: 0) }
            return UnsafeBufferPointer(start: content, count: CStringLength.of(content))
        }
        var length = 0
        var child = first
        while let node = child {
            if node.pointee.type == LibXML2.textNode || node.pointee.type == LibXML2.cdataNode,
                let content = node.pointee.content
            {
                let count = CStringLength.of(content)
                reserveScratch(length + count)
                UnsafeMutableRawPointer(attributeScratch.baseAddress! + length).copyMemory(
                    from: content, byteCount: count)
                length += count
            }
            child = node.pointee.next
        }
        return UnsafeBufferPointer(start: attributeScratch.baseAddress, count: length)
    }

    /// Grows the scratch space to hold at least `count` bytes, keeping its contents.
    private func reserveScratch(_ count: Int) {
        guard count > attributeScratch.count else { return }
        let grown = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(count, attributeScratch.count * 2, 64))
        if let old = attributeScratch.baseAddress, attributeScratch.count > 0 {
            grown.baseAddress!.update(from: old, count: attributeScratch.count)
        }
        attributeScratch.deallocate()
        attributeScratch = grown
    }
}
