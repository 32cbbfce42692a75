import Yams

extension LocatedNode {
    /// The root node of a YAML (or JSON) text.
    ///
    /// - Parameters:
    ///   - text: The file's text.
    ///   - file: The file name errors name.
    ///   - format: What the text should be, for syntax errors (`YAML`, `YAML or JSON`).
    ///   - emptyMessage: The message when the text holds no document at all.
    ///   - notAMapping: The message, before ", found …", when the document is not a mapping of keys.
    /// - Throws: A `.syntax` or `.unreadable` error at the parser's place, a `.missingKey` error at
    ///   line 1, column 1 when the text is empty, or a `.wrongType` error when it is not a mapping.
    package static func root(
        parsing text: String, file: String, format: String, emptyMessage: String, notAMapping: String
    ) throws(LocatedError<Kind>) -> LocatedNode {
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: text)
        } catch {
            throw syntaxError(error, file: file, format: format)
        }
        guard let root = composed else {
            throw LocatedError(file: file, line: 1, column: 1, kind: .missingKey, message: emptyMessage)
        }
        let top = LocatedNode(file: file, node: root, path: "")
        guard top.isMapping else { throw top.error(.wrongType, "\(notAMapping), found \(top.typeName)") }
        return top
    }

    /// A YAML parser error with its place.
    static func syntaxError(_ error: any Error, file: String, format: String) -> LocatedError<Kind> {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
                .composer(let context, let problem, let mark, _):
                let detail = context.map { "\(problem) \($0.text)" } ?? problem
                return LocatedError(
                    file: file, line: mark.line, column: mark.column, kind: .syntax,
                    message: "not valid \(format): \(detail)")
            case .duplicatedKeysInMapping(let duplicates, let context):
                return LocatedError(
                    file: file, line: context.mark.line, column: context.mark.column, kind: .syntax,
                    message: "a key is given more than once in this mapping: \(duplicates.joined(separator: ", "))")
            case .reader(let problem, _, _, _):
                return LocatedError(
                    file: file, line: 1, column: 1, kind: .unreadable, message: "not readable text: \(problem)")
            default:
                break
            }
        }
        return LocatedError(file: file, line: 1, column: 1, kind: .syntax, message: "not valid \(format): \(error)")
    }
}
