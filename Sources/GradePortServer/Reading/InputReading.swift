import Foundation
import GradePortAdapters
import GradePortCore

/// One input read on its own: its gradebook (one source, unmerged) and its card.
struct InputReading: Sendable {
    /// The input's records and diagnostics, named by the user's file name.
    var book: Gradebook
    /// What the card shows.
    var card: InputCard

    /// Reads the file at `path`, detected or read by `platform`, naming it `name` in the gradebook.
    ///
    /// - Parameter whenRead: Called once the readers are done with the file, before the gradebook
    ///   and the card are worked out (a page shows that step).
    init(
        path: String, name: String, platform: PlatformID?, registry: PlatformRegistry,
        whenRead: () -> Void = {}
    ) {
        var builder = GradebookBuilder()
        let readable = registry.read(path, platformID: platform, into: &builder)
        whenRead()
        var book = builder.build()
        builder = GradebookBuilder()
        // As `gradeport convert` and `import` read one input: dated work without a term gets its quarter.
        CalendarTerms(calendars: BuiltInCalendars.all).apply(to: &book)
        book.rename(input: path, to: name)
        var card = InputCard()
        card.readable = readable && !book.sources.isEmpty
        if let source = book.sources.first {
            card.platform = source.platform
            card.platformName = registry.platform(id: source.platform)?.descriptor.displayName
            card.export = source.export
            card.rows = source.rows
        }
        card.results = book.results.count
        card.errors = book.diagnostics.count { $0.severity == .error }
        card.warnings = book.diagnostics.count { $0.severity == .warning }
        let traits = TableTraits(path: path)
        card.encoding = traits.encoding
        card.delimiter = traits.delimiter
        card.sheet = traits.sheet
        self.book = book
        self.card = card
    }
}
