/// The name an uploaded file is kept under: one safe component of what the browser sent.
///
/// The last component of the name, without control characters, separators or a leading dot, never
/// `.` or `..`, at most 120 bytes: what the client sends never chooses where a file goes (it is one
/// component inside a folder the server made), and adapters that read a class or subject from a
/// file name still see it.
enum UploadName {
    /// The safe name for `given`; `fallback` when nothing usable is left.
    static func sanitize(_ given: String, fallback: String) -> String {
        let lastComponent = given.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var kept = String.UnicodeScalarView()
        for scalar in lastComponent.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F { continue }
            if ":*?\"<>|".unicodeScalars.contains(scalar) { continue }
            kept.append(scalar)
        }
        var name = String(kept).trimmingLeadingDotsAndSpaces()
        while name.utf8.count > 120 { name.removeFirst() }
        name = name.trimmingLeadingDotsAndSpaces()
        if name.isEmpty || name == "." || name == ".." { return fallback }
        return name
    }
}

extension String {
    fileprivate func trimmingLeadingDotsAndSpaces() -> String {
        String(drop(while: { $0 == "." || $0 == " " }))
    }
}
