internal import CLibXML2
import GradePortBase

/// A forward-only cursor over an XML document, streaming it through libxml2's `xmlTextReader`.
///
/// The reader parses from a file or a byte buffer without building a tree of the document, so memory stays flat
/// whatever the input size. Call ``next()`` until it returns `nil`:
///
/// ```swift
/// let reader = try XMLStreamReader(path: "xl/worksheets/sheet1.xml")
/// while let event = try reader.next() {
///     if case .startElement(let name, _) = event, name.localName == "c" {
///         let reference = reader.attribute("r")    // "A1"
///     }
/// }
/// ```
///
/// ## Untrusted input
///
/// The reader is built for hostile files. It never touches the network, never loads a DTD, never substitutes
/// entities, and refuses (``XMLStreamError/Code/entityDeclaration``) any document whose DOCTYPE declares entities
/// or that references an entity other than the predefined and character references. A DOCTYPE without entity
/// declarations, also one naming an external DTD, is accepted and ignored (the DTD is not fetched). Nesting depth,
/// input size and text node size are bounded by ``XMLStreamOptions``. Malformed input fails with libxml2's own
/// message and location; nothing is printed to stderr.
///
/// ## Errors
///
/// Once ``next()`` or ``skipSubtree()`` has thrown, the reader is finished: further calls throw the same error.
///
/// ## Concurrency
///
/// A reader is a mutable cursor that owns a libxml2 reader, so it is not `Sendable`: create, use and discard it
/// within one task. Separate readers may run concurrently on separate threads.
public final class XMLStreamReader {
    /// The name of the input used in errors: the path, or the name given with the bytes.
    public let name: String

    /// The limits this reader enforces.
    public let options: XMLStreamOptions

    private let reader: OpaquePointer
    private let input: InputSource
    private let diagnostics = DiagnosticCollector()
    private let namespaces = NamespaceCache()

    // The cursor state below is read and written for every node. A reader is used from one task, and no
    // property is ever passed `inout` across a call that touches another, so the properties opt out of dynamic
    // exclusivity checks (they showed in profiles of the node loop, as in `NamespaceCache`).

    /// Element nesting of the last event: the root's start is at 1.
    @exclusivity(unchecked) var depth = 0
    /// The end of an empty element that was just reported as started is still owed.
    @exclusivity(unchecked) var hasPendingEnd = false
    /// The name of that owed end, when ``next()`` reported the start (so it need not be built twice).
    @exclusivity(unchecked) private var pendingEndName: XMLName?
    /// The libxml2 reader already sits on a node not yet reported (after `xmlTextReaderNext`).
    @exclusivity(unchecked) private var isPositioned = false
    /// The last event was a start element, so the libxml2 reader sits on that element.
    @exclusivity(unchecked) var isOnStartElement = false
    /// Whether the current start element is empty (`<c/>`); its ``XMLNodeKind/endElement`` follows at once.
    ///
    /// Meaningful after ``nextNode()`` or ``next()`` reported a start element.
    @exclusivity(unchecked) public private(set) var isEmptyElement = false
    @exclusivity(unchecked) private var isFinished = false
    @exclusivity(unchecked) private var failure: XMLStreamError?

    /// The local name of the current element (start or end), NUL-terminated, owned by libxml2: valid until the
    /// reader advances (names come from the parser's dictionary, which lives as long as the reader).
    @exclusivity(unchecked) var currentNamePointer: UnsafePointer<xmlChar>?
    /// The namespace URI of the current element, owned by the element's node: valid until the reader advances.
    @exclusivity(unchecked) var currentNamespacePointer: UnsafePointer<xmlChar>?
    /// The bytes of the current text node, owned by libxml2: valid until the reader advances.
    @exclusivity(unchecked) var currentTextPointer: UnsafePointer<xmlChar>?
    /// The length of ``currentTextPointer`` in bytes.
    @exclusivity(unchecked) var currentTextLength = 0
    /// Room for attribute values that libxml2 stores in several nodes, allocated and freed by the reader (see
    /// ``attributeBytes(_:)``): its contents stay valid until the next call of any reader method.
    @exclusivity(unchecked) var attributeScratch: UnsafeMutableBufferPointer<UInt8> = .init(start: nil, count: 0)

    /// Creates a reader that streams the file at `path`.
    ///
    /// The file is read in small chunks as parsing proceeds; it is never loaded whole.
    ///
    /// - Parameters:
    ///   - path: The file to read. It also names the input in errors.
    ///   - options: The limits to enforce.
    /// - Throws: ``XMLStreamError`` with code `io` if the file cannot be opened, or `tooLarge` if it is larger
    ///   than ``XMLStreamOptions/maxInputBytes``.
    public convenience init(path: String, options: XMLStreamOptions = .init()) throws {
        let input = try InputSource(path: path, maxBytes: options.maxInputBytes)
        try self.init(input: input, name: path, options: options)
    }

    /// Creates a reader over bytes held in memory.
    ///
    /// - Parameters:
    ///   - bytes: The document, in any encoding libxml2 detects (UTF-8, UTF-16 with a BOM, or as declared).
    ///   - name: A name for the input, used in errors (for example the ZIP entry it came from).
    ///   - options: The limits to enforce.
    /// - Throws: ``XMLStreamError`` with code `tooLarge` if `bytes` is larger than
    ///   ``XMLStreamOptions/maxInputBytes``.
    public convenience init(bytes: [UInt8], name: String, options: XMLStreamOptions = .init()) throws {
        guard bytes.count <= options.maxInputBytes else {
            throw XMLStreamError(
                code: .tooLarge,
                message:
                    "The input has \(bytes.count) bytes, more than \(InputLimit.inputSize.describe(value: options.maxInputBytes))",
                file: name)
        }
        try self.init(input: InputSource(bytes: bytes, maxBytes: options.maxInputBytes), name: name, options: options)
    }

    private init(input: InputSource, name: String, options: XMLStreamOptions) throws {
        LibXML2.initialized
        // libxml2 keeps a retained reference until it calls the close callback, which it does also when creating
        // the reader fails.
        let context = Unmanaged.passRetained(input).toOpaque()
        guard
            let reader = xmlReaderForIO(
                inputReadCallback, inputCloseCallback, context, name, nil, LibXML2.secureOptions)
        else {
            throw XMLStreamError(code: .io, message: "libxml2 could not create a reader", file: name)
        }
        self.reader = reader
        self.input = input
        self.name = name
        self.options = options
        xmlTextReaderSetStructuredErrorHandler(
            reader, structuredErrorCallback, Unmanaged.passUnretained(diagnostics).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
        attributeScratch.deallocate()
    }

    // MARK: - Reading

    /// Reads the next event, or returns `nil` at the end of the document.
    ///
    /// - Returns: The next event, or `nil` once the root element has ended.
    /// - Throws: ``XMLStreamError`` if the input is malformed, refused, too large or too deep, or cannot be read.
    public func next() throws -> XMLEvent? {
        guard let kind = try nextNode() else { return nil }
        switch kind {
        case .startElement:
            let name = currentName()
            if isEmptyElement {
                pendingEndName = name
                return .startElement(name, isEmpty: true)
            }
            return .startElement(name, isEmpty: false)
        case .endElement:
            if let name = pendingEndName {
                pendingEndName = nil
                return .endElement(name)
            }
            return .endElement(currentName())
        case .text:
            return .text(String(decoding: currentTextBytes, as: UTF8.self))
        }
    }

    /// Moves to the next node and reports only its kind, without building names or strings.
    ///
    /// This is the byte-level fast path, and also the core of ``next()``: both report the same nodes and enforce
    /// the same limits and refusals. After it, read the node through ``localNameBytes``, ``textBytes`` and
    /// ``attributeBytes(_:)``, whose buffers are borrowed from libxml2 and valid only until the reader advances.
    /// ``next()`` and ``nextNode()`` may be mixed on one reader.
    ///
    /// - Returns: The kind of the next node, or `nil` once the root element has ended.
    /// - Throws: ``XMLStreamError`` if the input is malformed, refused, too large or too deep, or cannot be read.
    public func nextNode() throws -> XMLNodeKind? {
        if let failure { throw failure }
        isOnStartElement = false
        pendingEndName = nil
        if hasPendingEnd {
            // The libxml2 reader still sits on the empty element, so its name stays current.
            hasPendingEnd = false
            depth -= 1
            return .endElement
        }
        if isFinished { return nil }
        while true {
            let status: Int32
            if isPositioned {
                isPositioned = false
                status = 1
            } else {
                status = xmlTextReaderRead(reader)
            }
            if diagnostics.hasError || input.hasFailed || status < 0 {
                throw fail(with: parserError())
            }
            if status == 0 {
                isFinished = true
                return nil
            }
            switch xmlTextReaderNodeType(reader) {
            case LibXML2.element:
                guard depth < options.maxDepth else {
                    throw fail(
                        .depthExceeded,
                        "Elements are nested deeper than \(InputLimit.xmlDepth.describe(value: options.maxDepth))")
                }
                depth += 1
                captureName()
                isOnStartElement = true
                isEmptyElement = xmlTextReaderIsEmptyElement(reader) == 1
                hasPendingEnd = isEmptyElement
                return .startElement
            case LibXML2.endElement:
                depth -= 1
                captureName()
                return .endElement
            case LibXML2.text, LibXML2.cdata, LibXML2.whitespace, LibXML2.significantWhitespace:
                try captureText()
                return .text
            case LibXML2.documentType:
                try checkDocumentType()
            case LibXML2.entityReference, LibXML2.entity:
                let entity = xmlTextReaderConstName(reader).map { String(cString: $0) } ?? "?"
                throw fail(
                    .entityDeclaration,
                    "The document references the entity '&\(entity);'; entities other than the predefined and "
                        + "character references are refused")
            default:
                continue  // comments, processing instructions, the XML declaration
            }
        }
    }

    /// Skips the content of the element whose start was the last event, including its end.
    ///
    /// After `skipSubtree()`, ``next()`` returns the event that follows the element's end tag; the skipped
    /// ``XMLEvent/endElement(_:)`` is not reported. If the last event was not a start element, this does nothing.
    ///
    /// - Throws: ``XMLStreamError`` if the skipped content is malformed or cannot be read.
    public func skipSubtree() throws {
        if let failure { throw failure }
        guard isOnStartElement else { return }
        isOnStartElement = false
        depth -= 1
        if hasPendingEnd {
            hasPendingEnd = false
            pendingEndName = nil
            return
        }
        let status = xmlTextReaderNext(reader)
        if diagnostics.hasError || input.hasFailed || status < 0 {
            throw fail(with: parserError())
        }
        if status == 0 {
            isFinished = true
        } else {
            isPositioned = true
        }
    }

    // MARK: - Position

    /// The 1-based line of the current event.
    ///
    /// For a start or end element this is the line where its start tag ends; for text, where the text ends.
    /// libxml2 stores lines per node up to 65,534; beyond that, and where no node is current, this falls back to the
    /// parser's line, which may run a little ahead of the current event.
    public var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = Int(xmlGetLineNo(node))
            if line > 0 && line < 65_535 { return line }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// The parser's current 1-based column, an approximation of the current event's position.
    ///
    /// libxml2 does not store columns per node, and its parser may run up to a few hundred bytes ahead of the
    /// event just returned. Useful mostly to locate events in single-line documents such as XLSX sheets.
    public var column: Int {
        Int(xmlTextReaderGetParserColumnNumber(reader))
    }

    // MARK: - Attributes

    /// Returns the value of the current start element's attribute named `name` as written in the document,
    /// with its prefix if it has one (`"r"`, `"ss:Type"`).
    ///
    /// Attributes are looked up on demand, without building a dictionary per element.
    ///
    /// - Parameter name: The attribute's qualified name.
    /// - Returns: The attribute's value with references replaced, or `nil` if the element has no such attribute
    ///   or the last event was not a ``XMLEvent/startElement(_:isEmpty:)``.
    public func attribute(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { wanted in
            findAttribute { attribute in
                let local = attribute.pointee.name!
                guard let prefix = attribute.pointee.ns?.pointee.prefix else {
                    return Self.equal(wanted, local)
                }
                let prefixLength = Int(xmlStrlen(prefix))
                guard wanted.count > prefixLength, wanted[prefixLength] == UInt8(ascii: ":") else { return false }
                return Self.equal(UnsafeBufferPointer(rebasing: wanted[..<prefixLength]), prefix)
                    && Self.equal(UnsafeBufferPointer(rebasing: wanted[(prefixLength + 1)...]), local)
            }
        }
    }

    /// Returns the value of the current start element's attribute with the local name `localName` in the
    /// namespace `namespaceURI`, whatever prefix the document uses for it.
    ///
    /// - Parameters:
    ///   - localName: The attribute's local name (`"Type"` for `ss:Type`).
    ///   - namespaceURI: The attribute's namespace URI, or `nil` for an attribute without a prefix.
    /// - Returns: The attribute's value with references replaced, or `nil` if the element has no such attribute
    ///   or the last event was not a ``XMLEvent/startElement(_:isEmpty:)``.
    public func attribute(_ localName: String, namespaceURI: String?) -> String? {
        var localName = localName
        var namespaceURI = namespaceURI
        return localName.withUTF8 { wantedLocal in
            findAttribute { attribute in
                guard Self.equal(wantedLocal, attribute.pointee.name!) else { return false }
                let href = attribute.pointee.ns?.pointee.href
                guard namespaceURI != nil else { return href == nil }
                guard let href else { return false }
                return namespaceURI!.withUTF8 { Self.equal($0, href) }
            }
        }
    }

    // MARK: - Internals

    /// Walks the current element's attributes and returns the value of the first one `matches` accepts.
    private func findAttribute(where matches: (UnsafeMutablePointer<xmlAttr>) -> Bool) -> String? {
        findAttributeNode(where: matches).map(Self.value(of:))
    }

    /// Walks the current element's attributes and returns the first one `matches` accepts.
    func findAttributeNode(
        where matches: (UnsafeMutablePointer<xmlAttr>) -> Bool
    ) -> UnsafeMutablePointer<xmlAttr>? {
        guard isOnStartElement, let node = xmlTextReaderCurrentNode(reader) else { return nil }
        var attribute = node.pointee.properties
        while let current = attribute {
            if current.pointee.name != nil && matches(current) {
                return current
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The text of an attribute: the concatenated content of its text children.
    static func value(of attribute: UnsafeMutablePointer<xmlAttr>) -> String {
        var child = attribute.pointee.children
        var result = ""
        while let node = child {
            if node.pointee.type == LibXML2.textNode || node.pointee.type == LibXML2.cdataNode,
                let content = node.pointee.content
            {
                result += String(cString: content)
            }
            child = node.pointee.next
        }
        return result
    }

    /// Whether the bytes of `buffer` equal the NUL-terminated string `string`.
    static func equal(_ buffer: UnsafeBufferPointer<UInt8>, _ string: UnsafePointer<xmlChar>) -> Bool {
        var index = 0
        while index < buffer.count {
            let byte = string[index]
            if byte == 0 || byte != buffer[index] { return false }
            index += 1
        }
        return string[index] == 0
    }

    /// Records the name of the element the libxml2 reader is on.
    private func captureName() {
        guard let node = xmlTextReaderCurrentNode(reader) else {
            currentNamePointer = nil
            currentNamespacePointer = nil
            return
        }
        currentNamePointer = node.pointee.name
        currentNamespacePointer = node.pointee.ns?.pointee.href
    }

    /// The name of the current element as an ``XMLName``.
    private func currentName() -> XMLName {
        guard let local = currentNamePointer else { return XMLName("") }
        let localName = String(cString: local)
        guard let href = currentNamespacePointer else { return XMLName(localName) }
        return XMLName(localName, namespaceURI: namespaces.string(for: href))
    }

    /// Records the value of the text node the libxml2 reader is on, within the text size limit.
    private func captureText() throws {
        guard let value = xmlTextReaderConstValue(reader) else {
            currentNamePointer = nil
            currentNamespacePointer = nil
            currentTextPointer = nil
            currentTextLength = 0
            return
        }
        let length = CStringLength.of(value)
        guard length <= options.maxTextBytes else {
            throw fail(
                .tooLarge,
                "A text node has \(length) bytes, more than \(InputLimit.xmlText.describe(value: options.maxTextBytes))"
            )
        }
        currentTextPointer = value
        currentTextLength = length
        currentNamePointer = nil
        currentNamespacePointer = nil
    }

    /// The bytes of the current text node (empty when the last event was not text).
    var currentTextBytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: currentTextPointer, count: currentTextLength)
    }

    /// The external DTD the document's DOCTYPE names (its SYSTEM identifier, else its PUBLIC one),
    /// once the DOCTYPE has been read; `nil` when there is none. The DTD is never loaded: readers
    /// say so to the user (issue 11), since a document that relies on it (for default attributes)
    /// is read without them.
    public private(set) var externalDTD: String?

    /// Refuses a DOCTYPE that declares general or parameter entities; accepts any other DOCTYPE,
    /// remembering the external DTD it names (``externalDTD``).
    private func checkDocumentType() throws {
        guard let node = xmlTextReaderCurrentNode(reader) else { return }
        let dtd = UnsafeMutablePointer<xmlDtd>(OpaquePointer(node))
        if let identifier = dtd.pointee.SystemID ?? dtd.pointee.ExternalID {
            externalDTD = String(cString: identifier)
        }
        var child = dtd.pointee.children
        while let current = child {
            if current.pointee.type == LibXML2.entityDeclarationNode {
                let entity = UnsafeMutablePointer<xmlEntity>(OpaquePointer(current))
                throw fail(.entityDeclaration, Self.describeDeclaration(of: entity))
            }
            child = current.pointee.next
        }
        let entityCount = dtd.pointee.entities.map { xmlHashSize(OpaquePointer($0)) } ?? 0
        let parameterEntityCount = dtd.pointee.pentities.map { xmlHashSize(OpaquePointer($0)) } ?? 0
        if entityCount > 0 || parameterEntityCount > 0 {
            throw fail(.entityDeclaration, "The DOCTYPE declares entities; documents that declare entities are refused")
        }
    }

    private static func describeDeclaration(of entity: UnsafeMutablePointer<xmlEntity>) -> String {
        let name = entity.pointee.name.map { String(cString: $0) } ?? "?"
        let kind: String
        switch entity.pointee.etype {
        case XML_INTERNAL_GENERAL_ENTITY: kind = "an internal entity"
        case XML_EXTERNAL_GENERAL_PARSED_ENTITY, XML_EXTERNAL_GENERAL_UNPARSED_ENTITY: kind = "an external entity"
        case XML_INTERNAL_PARAMETER_ENTITY: kind = "an internal parameter entity"
        case XML_EXTERNAL_PARAMETER_ENTITY: kind = "an external parameter entity"
        default: kind = "an entity"
        }
        var message = "The DOCTYPE declares \(kind) '\(name)'"
        if let system = entity.pointee.SystemID {
            message += " (SYSTEM \"\(String(cString: system))\")"
        }
        return message + "; documents that declare entities are refused"
    }

    /// The error for a failed read: the input's own failure first, then libxml2's first error, then a fallback.
    private func parserError() -> XMLStreamError {
        if let failure = input.failure {
            return XMLStreamError(code: failure.code, message: failure.message, file: name, line: line)
        }
        if input.bytesRead == 0 && input.reachedEnd {
            return XMLStreamError(code: .malformed, message: "The input is empty (0 bytes)", file: name)
        }
        guard let diagnostic = diagnostics.first else {
            return XMLStreamError(
                code: .malformed, message: "libxml2 stopped reading without an error message", file: name,
                line: line, column: column)
        }
        var code = XMLStreamError.Code.malformed
        var message = diagnostic.message
        switch diagnostic.code {
        case _ where LibXML2.entityErrors.contains(diagnostic.code):
            code = .entityDeclaration
            message += " (entities other than the predefined and character references are refused)"
        case LibXML2.errorInternal where message.contains("Excessive depth"):
            code = .depthExceeded
        case _ where message.contains("huge text node") || message.contains("huge input lookup"):
            code = .tooLarge
        case LibXML2.errorDocumentEmpty:
            message = "Not an XML document: no root element found (libxml2: \(message))"
        case LibXML2.errorDocumentEnd where depth > 0:
            message =
                "The document ends before \(depth) open element(s) are closed; it may be truncated "
                + "(libxml2: \(message))"
        default:
            break
        }
        return XMLStreamError(
            code: code, message: message, file: name, line: diagnostic.line, column: diagnostic.column)
    }

    /// Records `error` as the reader's final state and returns it for throwing.
    private func fail(with error: XMLStreamError) -> XMLStreamError {
        failure = error
        isOnStartElement = false
        hasPendingEnd = false
        pendingEndName = nil
        return error
    }

    private func fail(_ code: XMLStreamError.Code, _ message: String) -> XMLStreamError {
        fail(with: XMLStreamError(code: code, message: message, file: name, line: line, column: column))
    }
}

@available(*, unavailable, message: "An XMLStreamReader is a cursor for use within one task")
extension XMLStreamReader: Sendable {}
