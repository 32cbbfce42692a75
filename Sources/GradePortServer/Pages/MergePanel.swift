import GradePortCore

/// The merge of several inputs: who was matched with whom and by what evidence, the names that
/// could not be matched safely, and every conflicting value with its sources and a choice.
struct MergePanel {
    var book: Gradebook
    var preference: ConflictPreference
    var choices: [ConflictChoice]
    var platforms: [PlatformID]
    var catalog: Catalog

    /// The panel.
    var html: String {
        guard let merge = book.merge, merge.inputs > 1 else { return "" }
        var page = HTMLText()
        page.raw("<section id=\"merge\" data-testid=\"merge\">")
        page.element("h2", "", catalog[.mergeHeading])
        page.element(
            "p", "", catalog.format(.mergePeople, merge.peopleBefore, merge.peopleAfter, merge.peopleSharedAcrossInputs)
        )
        page.raw("<table class=\"small\" data-testid=\"match-evidence\"><tr>")
        page.element("th", "", catalog[.evidence])
        page.element("th", "", catalog[.people])
        page.raw("</tr>")
        for evidence in MatchEvidence.allCases {
            page.raw("<tr>")
            page.element("td", "", catalog.evidence(evidence))
            page.element("td", "", String(merge.peopleMatched[evidence] ?? 0))
            page.raw("</tr>")
        }
        page.raw("</table>")
        let uncertain = book.diagnostics.filter {
            [.ambiguousPersonMatch, .possibleDuplicatePerson, .conflictingIdentity, .mergedByName].contains($0.code)
        }
        if !uncertain.isEmpty {
            page.element("h3", "", catalog[.ambiguousHeading])
            page.raw("<ul>")
            for diagnostic in uncertain.prefix(100) {
                page.element("li", "class=\"\(diagnostic.severity.rawValue)\"", diagnostic.message)
            }
            page.raw("</ul>")
        }
        page.element("h3", "", catalog[.conflictsHeading])
        page.raw("<form method=\"post\" action=\"/prefer\" class=\"inline\">")
        page.element("label", "for=\"prefer\"", catalog[.preferLabel])
        page.raw(" <select id=\"prefer\" name=\"prefer\" data-testid=\"prefer\" data-autosubmit>")
        page.option("last", catalog[.preferLast], selected: preference == .last)
        for platform in platforms {
            page.option(platform.rawValue, platform.rawValue, selected: preference == .platform(platform))
        }
        page.raw("</select> <button type=\"submit\" class=\"nojs\">")
        page.text(catalog[.apply])
        page.raw("</button></form>")
        guard !merge.conflicts.isEmpty else {
            page.element("p", "class=\"good\"", catalog[.noConflicts])
            page.raw("</section>")
            return page.html
        }
        let files = Dictionary(book.sources.map { ($0.id, $0.file) }, uniquingKeysWith: { first, _ in first })
        page.raw("<form method=\"post\" action=\"/conflicts\"><table class=\"conflicts\"><thead><tr>")
        page.element("th", "", catalog[.conflict])
        page.element("th", "", catalog[.values])
        page.raw("</tr></thead><tbody>")
        for (index, conflict) in merge.conflicts.prefix(200).enumerated() {
            let keptIndex = ConflictChoice.keptIndex(of: conflict, choices: choices)
            let isChoice = keptIndex != conflict.kept
            page.raw("<tr data-testid=\"conflict\">")
            page.raw("<td>")
            page.text(conflict.about)
            page.raw(
                "<input type=\"hidden\" \(HTMLText.attribute("name", "c\(index)")) "
                    + "\(HTMLText.attribute("value", ConflictChoice.key(conflict)))></td><td>")
            for (valueIndex, value) in conflict.values.enumerated() {
                let isKept = valueIndex == keptIndex
                var place = files[value.source.source] ?? value.source.source.rawValue
                if let line = value.source.line { place += ":\(line)" }
                page.raw("<label class=\"choice\">")
                page.raw(
                    "<input type=\"radio\" \(HTMLText.attribute("name", "v\(index)")) value=\"\(valueIndex)\" "
                        + "data-testid=\"conflict-choice\" \(HTMLText.attribute("data-source", value.source.source.rawValue))"
                        + "\(isKept ? " checked" : "")> ")
                page.element("strong", "", PreviewGrid.value(of: value))
                page.text(" " + place)
                if isKept { page.element("em", "", " — " + catalog[isChoice ? .chosen : .kept]) }
                page.raw("</label><br>")
            }
            page.raw("</td></tr>")
        }
        page.raw("</tbody></table><button type=\"submit\" data-testid=\"save-choices\">")
        page.text(catalog[.saveChoices])
        page.raw("</button></form></section>")
        return page.html
    }
}
