/// A page with one message: a refused request (no token, a foreign host, a cross-site post, an
/// upload too big), or a session ended.
struct MessagePage {
    /// The page's language.
    var language: Language
    /// The heading.
    var heading: String
    /// The message.
    var message: String

    /// The page.
    var html: String {
        var content = HTMLText()
        content.element("h1", "", heading)
        content.element("p", "data-testid=\"message\" class=\"problem\"", message)
        content.raw("<p><a href=\"/\">GradePort</a></p>")
        return PageFrame(language: language, title: heading).document(content.html)
    }
}
