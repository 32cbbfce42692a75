import Foundation

/// The page's script and style sheet, served as files (the Content-Security-Policy forbids inline
/// script), read once from the module's resources.
enum Assets {
    /// `page.js`.
    static let script: String = load("page", "js")
    /// `page.css`.
    static let styleSheet: String = load("page", "css")

    private static func load(_ name: String, _ fileExtension: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: fileExtension, subdirectory: "Assets"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "" }
        return text
    }
}
