import GradePortCore
import GradeStore

/// The comparison with the store before importing: per file, new / changed / unchanged / rejected
/// counts, scores that would go down or become blank highlighted, "nothing would change" said
/// plainly; then the Import button.
struct ReviewPage {
    var reviews: [InputReview]
    var language: Language

    /// The page.
    var html: String {
        let catalog = Catalog(language)
        var page = HTMLText()
        page.element("h1", "", catalog[.reviewHeading])
        var anything = false
        for review in reviews {
            page.raw("<section class=\"review\" data-testid=\"review-file\">")
            page.element("h2", "", review.name)
            switch review.outcome {
            case .unreadable:
                page.element("p", "class=\"problem\"", catalog[.reviewUnreadable])
            case .alreadyImported(let id):
                page.element(
                    "p", "class=\"note\" data-testid=\"already-imported\"", catalog.format(.alreadyImported, Int(id)))
            case .wouldImport(let summary):
                page.raw("<table class=\"small\"><tr>")
                for phrase: Phrase in [.reviewNew, .reviewChanged, .reviewUnchanged, .rejected] {
                    page.element("th", "", catalog[phrase])
                }
                page.raw("</tr><tr>")
                for (name, value) in [
                    ("new", summary.added), ("changed", summary.changed), ("unchanged", summary.unchanged),
                    ("rejected", summary.rejected),
                ] {
                    page.element("td", "data-testid=\"count-\(name)\"", String(value))
                }
                page.raw("</tr></table>")
                if review.changesNothing {
                    page.element("p", "class=\"good\" data-testid=\"nothing-changes\"", catalog[.nothingWouldChange])
                } else {
                    anything = true
                }
                let decreases = Set(review.decreases.map(\.source))
                let blanked = Set(review.blanked.map(\.source))
                if !summary.changes.isEmpty {
                    page.raw("<table class=\"changes\"><thead><tr>")
                    for phrase: Phrase in [.student, .assessment, .before, .after] {
                        page.element("th", "", catalog[phrase])
                    }
                    page.raw("</tr></thead><tbody>")
                    for change in summary.changes.prefix(500) {
                        let mark =
                            blanked.contains(change.source)
                            ? "blanked" : decreases.contains(change.source) ? "decrease" : "change"
                        page.raw("<tr class=\"\(mark)\" data-testid=\"change\" data-kind=\"\(mark)\">")
                        page.element("td", "", change.personName)
                        page.element("td", "", change.assessmentTitle)
                        page.element("td", "", change.old.summary)
                        var after = change.new.summary
                        if mark == "blanked" { after += " — " + catalog[.blanked] }
                        if mark == "decrease" { after += " — " + catalog[.decreased] }
                        page.element("td", "", after)
                        page.raw("</tr>")
                    }
                    page.raw("</tbody></table>")
                }
            }
            page.raw("</section>")
        }
        if !anything && !reviews.isEmpty {
            page.element(
                "p", "class=\"good big\" data-testid=\"nothing-would-change\"", catalog[.nothingWouldChangeAll])
        }
        page.raw("<form method=\"post\" action=\"/import\"><button type=\"submit\" data-testid=\"import\">")
        page.text(catalog[.importButton])
        page.raw("</button></form><p><a href=\"/\">")
        page.text(catalog[.back])
        page.raw("</a></p>")
        return PageFrame(language: language, title: catalog[.reviewHeading]).document(page.html)
    }
}
