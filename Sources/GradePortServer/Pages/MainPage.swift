import GradePortCore
import GradeStore

/// The page: drop files, their cards, what was understood (preview and diagnostics), the merge,
/// the store (review, history, undo), downloads and the report.
struct MainPage {
    var snapshot: SessionSnapshot
    var history: [ImportRecord]
    var platforms: [PlatformID]
    var maxUploadBytes: Int64

    private var catalog: Catalog { Catalog(snapshot.language) }

    /// The page.
    var html: String {
        var page = HTMLText()
        if let notice = snapshot.notice {
            page.element(
                "p", "data-testid=\"notice\" class=\"notice \(notice.isProblem ? "problem" : "good")\"", notice.text)
        }
        page.raw(uploadSection)
        page.raw(cardsSection)
        if let book = snapshot.book, !snapshot.inputs.isEmpty {
            page.raw("<section id=\"understood\">")
            page.element("h2", "", catalog[.understoodHeading])
            page.element("p", "class=\"note\"", catalog[.previewNote])
            page.raw(PreviewGrid(book: book, catalog: catalog).html)
            page.element("h3", "", catalog[.diagnosticsHeading])
            page.raw(DiagnosticList(diagnostics: book.diagnostics, catalog: catalog).html)
            page.raw("</section>")
            page.raw(
                MergePanel(
                    book: book, preference: snapshot.preference, choices: snapshot.choices, platforms: platforms,
                    catalog: catalog
                ).html)
            page.raw(downloadsSection)
            page.raw(reportSection)
        }
        page.raw(storeSection)
        page.raw("<section><form method=\"post\" action=\"/end\"><button type=\"submit\" data-testid=\"end\">")
        page.text(catalog[.endSession])
        page.raw("</button></form></section>")
        return PageFrame(language: snapshot.language, title: catalog[.title]).document(page.html)
    }

    private var uploadSection: String {
        var page = HTMLText()
        page.raw("<section id=\"drop\">")
        page.element("h1", "", catalog[.title])
        page.raw(
            "<div class=\"dropzone\" data-testid=\"dropzone\" \(HTMLText.attribute("data-max-bytes", String(maxUploadBytes)))>"
        )
        page.element("p", "", catalog.format(.dropHint, Int(maxUploadBytes / (1024 * 1024))))
        page.raw("<input type=\"file\" id=\"upload\" data-testid=\"upload\" multiple>")
        page.raw("<progress id=\"progress\" max=\"100\" value=\"0\" hidden></progress>")
        page.raw("<p id=\"upload-status\" data-testid=\"upload-status\" aria-live=\"polite\"></p>")
        page.raw("<template id=\"phrases\">")
        page.element("span", "data-key=\"uploading\"", catalog[.uploading])
        page.element("span", "data-key=\"reading\"", catalog[.reading])
        page.element("span", "data-key=\"preparing\"", catalog[.preparing])
        page.element("span", "data-key=\"preparingPage\"", catalog[.preparingPage])
        page.element("span", "data-key=\"failed\"", catalog[.uploadFailed])
        page.raw("</template></div></section>")
        return page.html
    }

    private var cardsSection: String {
        var page = HTMLText()
        page.raw("<section id=\"files\">")
        page.element("h2", "", catalog[.filesHeading])
        if let profile = snapshot.profile {
            page.element(
                "p", "class=\"note\" data-testid=\"profile\"", catalog.format(.profileLoaded, profile.name, profile.id))
        }
        guard !snapshot.inputs.isEmpty else {
            page.element("p", "class=\"note\"", catalog[.noInputs])
            page.raw("</section>")
            return page.html
        }
        page.raw("<div class=\"cards\">")
        for input in snapshot.inputs {
            let card = input.card
            page.raw(
                "<article data-testid=\"file-card\" class=\"card \(card.state.rawValue)\" "
                    + "\(HTMLText.attribute("data-platform", card.platform?.rawValue ?? "")) "
                    + "data-state=\"\(card.state.rawValue)\" data-input=\"\(input.number)\">")
            page.element("h3", "", input.name)
            page.element("p", "class=\"state\"", catalog.state(card.state))
            page.raw("<dl>")
            func row(_ phrase: Phrase, _ value: String?) {
                guard let value, !value.isEmpty else { return }
                page.element("dt", "", catalog[phrase])
                page.element("dd", "", value)
            }
            row(.platform, card.platformName.map { "\($0) (\(card.platform?.rawValue ?? ""))" })
            row(.export, card.export?.rawValue)
            row(.encoding, card.encoding)
            row(.delimiter, card.delimiter)
            row(.sheet, card.sheet)
            row(.size, Self.size(input.size))
            row(.rows, String(card.rows))
            row(.results, String(card.results))
            row(.errors, String(card.errors))
            row(.warnings, String(card.warnings))
            page.raw("</dl>")
            page.raw("<form method=\"post\" action=\"/inputs/\(input.number)/platform\" class=\"inline\">")
            page.element("label", "for=\"platform-\(input.number)\"", catalog[.readAs])
            page.raw(
                " <select id=\"platform-\(input.number)\" name=\"platform\" data-testid=\"platform\" data-autosubmit>")
            page.option("", catalog[.detectAuto], selected: input.platformOverride == nil)
            for platform in platforms {
                page.option(platform.rawValue, platform.rawValue, selected: input.platformOverride == platform)
            }
            page.raw("</select> <button type=\"submit\" class=\"nojs\">")
            page.text(catalog[.apply])
            page.raw("</button></form>")
            page.raw("<form method=\"post\" action=\"/inputs/\(input.number)/remove\" class=\"inline\">")
            page.raw("<button type=\"submit\" data-testid=\"remove\">")
            page.text(catalog[.remove])
            page.raw("</button></form></article>")
        }
        page.raw("</div></section>")
        return page.html
    }

    private var downloadsSection: String {
        var page = HTMLText()
        page.raw("<section id=\"downloads\">")
        page.element("h2", "", catalog[.downloadsHeading])
        page.raw("<ul class=\"downloads\">")
        for format in DownloadFormat.allCases {
            page.raw(
                "<li><a data-testid=\"download\" data-format=\"\(format.rawValue)\" href=\"/download/\(format.rawValue)\">"
            )
            page.text(catalog.download(format))
            page.raw("</a></li>")
        }
        page.raw("</ul></section>")
        return page.html
    }

    private var reportSection: String {
        var page = HTMLText()
        let policies = snapshot.policies
        page.raw("<section id=\"report\">")
        page.element("h2", "", catalog[.reportHeading])
        // The chosen policy is the report page's and the report download's (`report --policy`).
        page.raw("<form method=\"post\" action=\"/policy/choose\" class=\"inline\">")
        page.element("label", "for=\"policy\"", catalog[.policyLabel])
        page.raw(" <select id=\"policy\" name=\"policy\" data-testid=\"policy\" data-autosubmit>")
        page.option(
            GradingPolicy.builtInID, catalog[.policyKazakhstan],
            selected: policies.chosenKey == GradingPolicy.builtInID)
        for uploaded in policies.uploaded {
            page.option(
                uploaded.key,
                catalog.format(.policyFileOption, uploaded.policy.id, uploaded.policy.name, uploaded.name),
                selected: policies.chosenKey == uploaded.key)
        }
        page.raw("</select> <button type=\"submit\" class=\"nojs\">")
        page.text(catalog[.apply])
        page.raw("</button></form> ")
        page.raw("<a href=\"/report\" target=\"_blank\" class=\"button\" data-testid=\"open-report\">")
        page.text(catalog[.openReport])
        page.raw("</a>")
        page.raw("<div class=\"policy-upload\">")
        page.element("label", "for=\"policy-upload\"", catalog[.policyUploadLabel])
        page.raw(
            " <input type=\"file\" id=\"policy-upload\" data-testid=\"policy-upload\" accept=\".yaml,.yml,.json\">")
        page.raw("<p id=\"policy-status\" data-testid=\"policy-status\" aria-live=\"polite\"></p>")
        page.raw("</div></section>")
        return page.html
    }

    private var storeSection: String {
        var page = HTMLText()
        page.raw("<section id=\"store\">")
        page.element("h2", "", catalog[.storeHeading])
        if !snapshot.inputs.isEmpty {
            page.raw("<p><a href=\"/review\" data-testid=\"review\" class=\"button\">")
            page.text(catalog[.reviewLink])
            page.raw("</a></p>")
        }
        page.element("h3", "", catalog[.historyHeading])
        guard !history.isEmpty else {
            page.element("p", "class=\"note\" data-testid=\"history-empty\"", catalog[.historyEmpty])
            page.raw("</section>")
            return page.html
        }
        page.raw("<table class=\"history\"><thead><tr>")
        for phrase: Phrase in [.entry, .when, .file, .platform, .added, .changed, .rejected, .action] {
            page.element("th", "", catalog[phrase])
        }
        page.raw("</tr></thead><tbody>")
        for record in history.reversed() {
            page.raw(
                "<tr data-testid=\"history-row\" data-import=\"\(record.id)\" data-kind=\"\(record.kind.rawValue)\"\(record.isUndone ? " class=\"undone\"" : "")>"
            )
            page.element("td", "", String(record.id))
            page.element("td", "", record.at)
            page.element("td", "", record.file ?? "")
            page.element("td", "", record.platform?.rawValue ?? "")
            page.element("td", "", String(record.added))
            page.element("td", "", String(record.changed))
            page.element("td", "", String(record.rejected))
            page.raw("<td>")
            if record.kind == .undo {
                page.text(catalog.format(.undoOf, Int(record.undoes ?? 0)))
            } else if record.isUndone {
                page.text(catalog[.undone])
            } else {
                page.raw("<form method=\"post\" action=\"/undo/\(record.id)\" class=\"inline\">")
                page.raw("<button type=\"submit\" data-testid=\"undo\">")
                page.text(catalog[.undo])
                page.raw("</button></form>")
            }
            page.raw("</td></tr>")
        }
        page.raw("</tbody></table></section>")
        return page.html
    }

    /// A size in bytes for people: `12 KB`, `3.4 MB`.
    static func size(_ bytes: Int64) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return "\(bytes / 1024) KB" }
        let tenths = bytes * 10 / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
