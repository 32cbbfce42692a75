import GradePortCore

/// The diagnostics grouped by code, errors first: each group with its count and a one-line
/// explanation in the page's language, each diagnostic with its file, line and column and the
/// message as the CLI prints it.
struct DiagnosticList {
    /// The most diagnostics listed per code; the problems file has them all.
    static let maxPerCode = 100

    var diagnostics: [Diagnostic]
    var catalog: Catalog

    /// The list, or a sentence saying nothing was rejected.
    var html: String {
        var page = HTMLText()
        let shown = diagnostics.filter { $0.severity >= .warning }
        guard !shown.isEmpty else {
            page.element("p", "class=\"good\" data-testid=\"no-diagnostics\"", catalog[.noDiagnostics])
            return page.html
        }
        var groups: [DiagnosticCode: [Diagnostic]] = [:]
        var order: [DiagnosticCode] = []
        for diagnostic in shown {
            if groups[diagnostic.code] == nil { order.append(diagnostic.code) }
            groups[diagnostic.code, default: []].append(diagnostic)
        }
        order.sort { lhs, rhs in
            let left = groups[lhs]!.map(\.severity).max()!
            let right = groups[rhs]!.map(\.severity).max()!
            if left != right { return left > right }
            return groups[lhs]!.count > groups[rhs]!.count
        }
        for code in order {
            let members = groups[code]!
            let severity = members.map(\.severity).max()!
            page.raw(
                "<details open class=\"group \(severity.rawValue)\" \(HTMLText.attribute("data-code", code.rawValue))>")
            page.raw("<summary>")
            page.element("code", "", code.rawValue)
            page.text(" — " + catalog.explanation(of: code) + " ")
            page.element("span", "class=\"count\"", "(\(members.count))")
            page.raw("</summary><ul>")
            for diagnostic in members.prefix(Self.maxPerCode) {
                var attributes = [
                    "data-testid=\"diagnostic\"", "tabindex=\"0\"", "class=\"\(diagnostic.severity.rawValue)\"",
                    HTMLText.attribute("data-source", diagnostic.source?.rawValue ?? ""),
                ]
                if let line = diagnostic.line { attributes.append("data-line=\"\(line)\"") }
                if let column = diagnostic.column { attributes.append("data-column=\"\(column)\"") }
                page.raw("<li \(attributes.joined(separator: " "))>")
                page.element("span", "class=\"place\"", Self.place(of: diagnostic))
                page.text(" " + diagnostic.message)
                page.raw("</li>")
            }
            if members.count > Self.maxPerCode {
                page.element("li", "class=\"note\"", catalog.format(.moreDiagnostics, members.count - Self.maxPerCode))
            }
            page.raw("</ul></details>")
        }
        return page.html
    }

    /// `FILE:LINE:COLUMN:` as the CLI writes it.
    static func place(of diagnostic: Diagnostic) -> String {
        var text = diagnostic.file ?? ""
        if let line = diagnostic.line {
            text += ":\(line)"
            if let column = diagnostic.column { text += ":\(column)" }
        }
        return text + ":"
    }
}
