import GradePortCore

/// What an adapter's `describe` command said: its id, name, version and export kinds.
public struct AdapterDescription: Sendable, Hashable {
    /// One export kind, with the file extensions it comes in.
    public struct Export: Sendable, Hashable {
        /// The kind's id.
        public var kind: ExportKindID
        /// A sentence for people.
        public var description: String
        /// Lower-case extensions with their dot (`.csv`); empty when any input may be this kind.
        public var extensions: [String]
    }

    /// The adapter's id.
    public var id: PlatformID
    /// The name people know.
    public var name: String
    /// The adapter's own version string.
    public var version: String
    /// The export kinds it reads.
    public var exports: [Export]

    /// The descriptor the host's ``ExternalAdapter`` answers with.
    public var descriptor: PlatformDescriptor {
        PlatformDescriptor(
            id: id, displayName: name, exports: exports.map { .init(id: $0.kind, summary: $0.description) })
    }

    /// Parses the lines of a `describe` run (hello, descriptor, summary).
    ///
    /// - Throws: ``AdapterFailure`` naming `program` when the lines break the protocol.
    static func parse(_ lines: [[UInt8]], program: String) throws(AdapterFailure) -> AdapterDescription {
        var hello: Hello?
        var descriptor: ProtocolMessage?
        var summary = false
        for line in lines {
            guard let message = ProtocolMessage(line: line) else { throw .notJSON(program, line: line) }
            if hello == nil {
                hello = try Hello(message, program: program)
                continue
            }
            switch message.type {
            case "descriptor": descriptor = message
            case "summary": summary = true
            default: continue
            }
        }
        guard let hello else { throw AdapterFailure("\(program) wrote nothing for 'describe'") }
        guard let descriptor else { throw AdapterFailure("\(program) has no descriptor line in its 'describe' output") }
        guard summary else { throw AdapterFailure("\(program) has no summary line in its 'describe' output") }
        do {
            return try parse(descriptor, hello: hello, program: program)
        } catch {
            throw AdapterFailure("\(program) described itself wrongly: descriptor \(error)")
        }
    }

    private static func parse(
        _ message: ProtocolMessage, hello: Hello, program: String
    ) throws(FieldError) -> AdapterDescription {
        let id = try message.requiredString("id")
        guard Self.isValidID(id) else {
            throw FieldError(field: "id", expected: "lower-case letters, digits and '-' (not '\(id)')")
        }
        let name = try message.string("name") ?? id
        guard let list = message.fields["exports"]?.array, !list.isEmpty else {
            throw FieldError(field: "exports", expected: "a non-empty list of export kinds")
        }
        var exports: [Export] = []
        for (index, item) in list.enumerated() {
            guard let object = item.object, let kind = object["kind"]?.string, isValidID(kind) else {
                throw FieldError(field: "exports[\(index)].kind", expected: "a kebab-case string")
            }
            let extensions = (object["extensions"]?.array ?? []).compactMap(\.string).map { extensionText in
                let lower = extensionText.lowercased()
                return lower.hasPrefix(".") ? lower : "." + lower
            }
            exports.append(
                Export(
                    kind: ExportKindID(rawValue: kind), description: object["description"]?.string ?? kind,
                    extensions: extensions))
        }
        return AdapterDescription(
            id: PlatformID(rawValue: id), name: name, version: hello.version, exports: exports)
    }

    /// Whether `text` is a protocol id: lower-case letters, digits and `-`, not empty.
    static func isValidID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }
}

/// The `hello` line every command starts with.
struct Hello: Sendable, Hashable {
    /// The adapter's id as it announced it.
    var adapter: String
    /// Its own version.
    var version: String

    /// Checks that `message` is a hello for protocol 1.
    ///
    /// - Throws: ``AdapterFailure`` for another line type or another protocol version.
    init(_ message: ProtocolMessage, program: String) throws(AdapterFailure) {
        guard message.type == "hello" else {
            throw .missingHello(program, found: "a '\(message.type)' line")
        }
        let announced = message.fields["protocol"]
        guard announced?.number?.int64 == 1 else {
            let text: String
            switch announced {
            case .number(let number): text = number.text
            case .string(let string): text = string
            default: text = "<none>"
            }
            throw .protocolMismatch(program, announced: text)
        }
        adapter = message.fields["adapter"]?.string ?? ""
        version = message.fields["version"]?.string ?? message.fields["version"]?.number?.text ?? "?"
    }
}
