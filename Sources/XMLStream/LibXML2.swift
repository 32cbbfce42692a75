internal import CLibXML2

/// Process-wide libxml2 set-up and the constants the reader uses.
///
/// `xmlInitParser()` runs once, lazily and thread-safely, through a global `let`. `xmlCleanupParser()` is never
/// called: the process shares one libxml2 with FoundationXML. No global libxml2 default is changed.
enum LibXML2 {
    /// Evaluating this initializes libxml2 exactly once.
    static let initialized: Void = xmlInitParser()

    /// Parser options for untrusted input: no network, CDATA merged into text, compact text nodes. No entity
    /// substitution, DTD loading or validation, XInclude, HUGE or RECOVER (see `shim.h`).
    static var secureOptions: Int32 { cgp_secure_reader_options() }

    // Node types of `xmlTextReaderNodeType`.
    static let element = Int32(XML_READER_TYPE_ELEMENT.rawValue)
    static let text = Int32(XML_READER_TYPE_TEXT.rawValue)
    static let cdata = Int32(XML_READER_TYPE_CDATA.rawValue)
    static let entityReference = Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue)
    static let entity = Int32(XML_READER_TYPE_ENTITY.rawValue)
    static let documentType = Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue)
    static let whitespace = Int32(XML_READER_TYPE_WHITESPACE.rawValue)
    static let significantWhitespace = Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue)
    static let endElement = Int32(XML_READER_TYPE_END_ELEMENT.rawValue)

    // Tree node types (`xmlNode.type`).
    static let textNode = XML_TEXT_NODE
    static let cdataNode = XML_CDATA_SECTION_NODE
    static let entityDeclarationNode = XML_ENTITY_DECL

    // Error codes (`xmlParserErrors`) that the reader maps to its own codes.
    static let errorInternal = Int32(XML_ERR_INTERNAL_ERROR.rawValue)
    static let errorDocumentEmpty = Int32(XML_ERR_DOCUMENT_EMPTY.rawValue)
    static let errorDocumentEnd = Int32(XML_ERR_DOCUMENT_END.rawValue)
    /// Errors about entities: undeclared, unparsed, external or parameter entities referenced from content or
    /// attributes, reference loops and amplification. All mean a document that uses entities, which is refused.
    static let entityErrors: Set<Int32> = Set(
        [
            XML_ERR_UNDECLARED_ENTITY, XML_WAR_UNDECLARED_ENTITY, XML_ERR_UNPARSED_ENTITY, XML_ERR_ENTITY_IS_EXTERNAL,
            XML_ERR_ENTITY_IS_PARAMETER, XML_ERR_EXT_ENTITY_STANDALONE, XML_ERR_ENTITY_PE_INTERNAL, XML_ERR_ENTITY_LOOP,
            XML_ERR_ENTITY_BOUNDARY, XML_ERR_ENTITY_PROCESSING, XML_WAR_ENTITY_REDEFINED,
        ].map { Int32($0.rawValue) })
    static let warningUndeclaredEntity = Int32(XML_WAR_UNDECLARED_ENTITY.rawValue)
}
