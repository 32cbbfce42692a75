/// The kind of node ``XMLStreamReader/nextNode()`` moved to: the byte-level counterpart of ``XMLEvent``.
///
/// The same nodes are reported as by ``XMLStreamReader/next()``, in the same order, including the end of an empty
/// element right after its start.
public enum XMLNodeKind: Sendable, Equatable {
    /// The start tag of an element; ``XMLStreamReader/localNameBytes`` names it and
    /// ``XMLStreamReader/attributeBytes(_:)`` reads its attributes.
    case startElement
    /// The end of an element (`</c>`, or the implicit end of an empty element); ``XMLStreamReader/localNameBytes``
    /// names it.
    case endElement
    /// Character data; ``XMLStreamReader/textBytes`` holds it, with references already replaced.
    case text
}
