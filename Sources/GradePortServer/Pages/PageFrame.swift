/// The frame of every page: the document head (the page's language, the style sheet and script
/// served as files, no inline script), the title bar with the language switcher, then the content.
struct PageFrame {
    /// The page's language.
    var language: Language
    /// The page's title.
    var title: String

    /// The whole document around `content`.
    func document(_ content: String) -> String {
        let catalog = Catalog(language)
        var page = HTMLText()
        page.raw("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        page.element("title", "", title)
        page.raw("\n<link rel=\"stylesheet\" href=\"/assets/page.css\">\n")
        page.raw("<script src=\"/assets/page.js\" defer></script>\n</head>\n<body>\n<header>")
        page.raw("<a class=\"brand\" href=\"/\">GradePort</a>")
        page.raw("<form method=\"post\" action=\"/language\" class=\"lang\">")
        page.element("label", "for=\"lang\"", catalog[.language])
        page.raw(" <select id=\"lang\" name=\"lang\" data-testid=\"lang\" data-autosubmit>")
        for option in Language.allCases {
            page.option(option.rawValue, option.nativeName, selected: option == language)
        }
        page.raw("</select> <button type=\"submit\" class=\"nojs\">")
        page.text(catalog[.apply])
        page.raw("</button></form></header>\n<main>\n")
        page.raw(content)
        page.raw("\n</main>\n</body>\n</html>\n")
        return page.html
    }
}
