/// One step of a streamed XML document, as returned by ``XMLStreamReader/next()``.
///
/// Every ``startElement(_:isEmpty:)`` is matched by exactly one ``endElement(_:)``, also for an empty element
/// (`<c/>`), so a consumer can track nesting without special cases. Comments, processing instructions, the XML
/// declaration and an allowed DOCTYPE are not reported. CDATA sections arrive as ``text(_:)``.
public enum XMLEvent: Sendable, Equatable {
    /// The start tag of an element. `isEmpty` is `true` for `<c/>`; its ``endElement(_:)`` follows immediately.
    ///
    /// While this is the current event, ``XMLStreamReader/attribute(_:)`` reads the element's attributes.
    case startElement(XMLName, isEmpty: Bool)

    /// The end of an element (`</c>`, or the implicit end of an empty element).
    case endElement(XMLName)

    /// Character data between tags, with predefined and character references (`&amp;`, `&#1040;`) already
    /// replaced. Whitespace between elements is reported too. One text node arrives as one event.
    case text(String)
}
