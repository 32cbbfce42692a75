/// One sheet of a workbook as its workbook lists it: name, position and visibility.
public struct WorkbookSheet: Sendable, Hashable, CustomStringConvertible {
    /// Whether a sheet is shown in Excel's tab bar.
    public enum Visibility: String, Sendable, Hashable {
        /// A normal tab.
        case visible
        /// Hidden; the user can unhide it from Excel's menu.
        case hidden
        /// Hidden so that only a macro can unhide it.
        case veryHidden
    }

    /// The sheet's name as the tab shows it (`Лист1`, `7А класс`).
    public let name: String
    /// The 0-based position in the workbook's tab order.
    public let index: Int
    /// Whether the tab is visible.
    public let visibility: Visibility

    /// Creates a sheet description.
    public init(name: String, index: Int, visibility: Visibility = .visible) {
        self.name = name
        self.index = index
        self.visibility = visibility
    }

    /// Whether the sheet is hidden or very hidden.
    public var isHidden: Bool { visibility != .visible }

    /// The name, with the visibility when it is hidden.
    public var description: String { isHidden ? "\(name) (\(visibility.rawValue))" : name }
}

extension [WorkbookSheet] {
    /// The sheet called `name`: an exact match first, then one that matches ignoring case and
    /// surrounding spaces.
    func sheet(named name: String) -> WorkbookSheet? {
        if let exact = first(where: { $0.name == name }) { return exact }
        let wanted = name.trimmingSpaces().lowercased()
        return first { $0.name.trimmingSpaces().lowercased() == wanted }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
