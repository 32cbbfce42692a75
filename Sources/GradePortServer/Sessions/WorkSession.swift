import Foundation
import GradePortAdapters
import GradePortCore
import JournalProfiles

/// One browser's work: the inputs it uploaded (kept in a folder of its own), the choices made on
/// the page, and the merged gradebook worked out from them.
actor WorkSession {
    /// The session's secret id, the value of its cookie.
    nonisolated let id: String
    /// Where its uploads have got, for the page's progress bar.
    nonisolated let uploads = UploadProgress()
    /// The folder holding its uploads; deleted when the session ends.
    nonisolated let folder: String
    /// The page's language.
    private(set) var language: Language
    private var inputs: [SessionInput] = []
    private var nextNumber = 1
    private var preference: ConflictPreference = .last
    private var choices: [ConflictChoice] = []
    private var notice: Notice?
    private var merged: Gradebook?
    /// The gradebook of the session's only input, read for its card and kept for the first merge.
    private var heldBook: (number: Int, book: Gradebook)?
    private var mergedIsCurrent = false
    /// The journal profile uploaded into the session (`--profile`): its file's name and platform id.
    private(set) var profile: (name: String, id: PlatformID)?
    /// The grading policies the report can use (the built-in one and uploaded files) and the chosen one.
    private(set) var policies = SessionPolicies()
    /// The platforms inputs are read with: the built-in ones, with the session's profile ahead.
    private(set) var registry = BuiltInPlatforms.registry
    /// When the session was last used.
    private(set) var lastUse = ContinuousClock.now

    init(id: String, folder: String, language: Language) {
        self.id = id
        self.folder = folder
        self.language = language
    }

    /// Marks the session as used now.
    func touch() { lastUse = .now }

    /// Sets the page's language.
    func setLanguage(_ language: Language) { self.language = language }

    /// Leaves a message for the next page.
    func setNotice(_ notice: Notice?) { self.notice = notice }

    /// How many inputs the session holds.
    var inputCount: Int { inputs.count }

    /// A new number and a folder for the next upload, inside the session's folder.
    func reserveUpload() throws -> (number: Int, folder: String) {
        let number = nextNumber
        nextNumber += 1
        let path = (folder as NSString).appendingPathComponent(String(number))
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return (number, path)
    }

    /// Loads an uploaded journal profile (YAML) as `--profile` does: inputs may then be read with it.
    ///
    /// - Returns: The profile's error, worded as the CLI words it (file, line, column), when it does
    ///   not load.
    func addProfile(name: String, path: String) -> String? {
        var registry = BuiltInPlatforms.registry
        do {
            let added = try ProfileLibrary.add(profileAt: path, to: &registry)
            self.registry = registry
            profile = (name, added.platform.descriptor.id)
            invalidate()
            return nil
        } catch {
            return error.description.replacingOccurrences(of: path, with: name)
        }
    }

    /// Loads an uploaded grading policy file as `report --policy FILE` does, and chooses it.
    ///
    /// - Returns: The policy file's error, worded as the CLI words it (file, line, column), when it
    ///   does not load; `nil` when it was added.
    func addPolicy(name: String, path: String) -> String? {
        do {
            _ = try policies.add(name: name, path: path)
            return nil
        } catch {
            return error.description
        }
    }

    /// Chooses the report's policy by its key (`kz` or an uploaded file's); `false` when there is none.
    func choosePolicy(_ key: String) -> Bool {
        policies.choose(key)
    }

    /// Reads an uploaded file and adds its card.
    ///
    /// - Parameter whenRead: Called once the readers are done with the file, before its card is
    ///   worked out.
    func addInput(
        number: Int, name: String, path: String, size: Int64, whenRead: @escaping @Sendable () -> Void = {}
    ) async -> SessionInput {
        let registry = self.registry
        let reading = await Background.run {
            InputReading(path: path, name: name, platform: nil, registry: registry, whenRead: whenRead)
        }
        let input = SessionInput(
            number: number, name: name, path: path, size: size, platformOverride: nil, card: reading.card)
        inputs.append(input)
        heldBook = inputs.count == 1 ? (number, reading.book) : nil
        inputs.sort { $0.number < $1.number }
        invalidate()
        return input
    }

    /// Reads an input again with another platform (`nil`: detect it).
    func setPlatform(_ platform: PlatformID?, ofInput number: Int) async -> Bool {
        guard let input = inputs.first(where: { $0.number == number }) else { return false }
        let registry = self.registry
        let reading = await Background.run {
            InputReading(path: input.path, name: input.name, platform: platform, registry: registry)
        }
        guard let index = inputs.firstIndex(where: { $0.number == number }) else { return false }
        inputs[index].platformOverride = platform
        inputs[index].card = reading.card
        heldBook = inputs.count == 1 ? (number, reading.book) : nil
        invalidate()
        return true
    }

    /// Removes an input and its file.
    func removeInput(_ number: Int) -> Bool {
        guard let index = inputs.firstIndex(where: { $0.number == number }) else { return false }
        let removed = inputs.remove(at: index)
        try? FileManager.default.removeItem(atPath: (removed.path as NSString).deletingLastPathComponent)
        invalidate()
        return true
    }

    /// Sets how conflicts are settled; the choices made per conflict are kept.
    func setPreference(_ preference: ConflictPreference) {
        self.preference = preference
        invalidate()
    }

    /// Sets the input chosen for some conflicts (replacing earlier choices for the same conflicts).
    func choose(_ newChoices: [ConflictChoice]) {
        let conflicts = Set(newChoices.map(\.conflict))
        choices.removeAll { conflicts.contains($0.conflict) }
        choices += newChoices.filter { $0.chosen != nil }
        invalidate()
    }

    /// The session as a page shows it; the notice is shown once.
    func snapshot() async -> SessionSnapshot {
        let book = await mergedBook()
        let snapshot = SessionSnapshot(
            inputs: inputs, book: book, preference: preference, choices: choices, language: language,
            profile: profile, policies: policies, notice: notice)
        notice = nil
        return snapshot
    }

    /// The inputs read into one gradebook as `gradeport convert` reads them (in upload order, each
    /// with its chosen platform, merged by the preference), with the choices per conflict applied.
    func mergedBook() async -> Gradebook? {
        if mergedIsCurrent { return merged }
        guard !inputs.isEmpty else { return nil }
        let inputs = self.inputs
        let preference = self.preference
        let choices = self.choices
        let registry = self.registry
        let held = heldBook.flatMap { $0.number == inputs.first?.number && inputs.count == 1 ? $0.book : nil }
        heldBook = nil
        let book = await Background.run {
            var book: Gradebook
            if inputs.count == 1, let held {
                book = held
            } else {
                var builder = GradebookBuilder()
                for input in inputs {
                    _ = registry.read(input.path, platformID: input.platformOverride, into: &builder)
                }
                book = builder.build()
                builder = GradebookBuilder()
                // As `gradeport convert` reads several inputs: the calendar's terms before the merge.
                CalendarTerms(calendars: BuiltInCalendars.all).apply(to: &book)
                for input in inputs { book.rename(input: input.path, to: input.name) }
            }
            book = GradebookMerger(preference: preference).merge(consume book)
            return ConflictChoice.apply(choices, to: book)
        }
        merged = book
        mergedIsCurrent = true
        return book
    }

    /// The inputs, in upload order.
    var currentInputs: [SessionInput] { inputs }

    /// Deletes the session's files.
    func end() {
        inputs = []
        merged = nil
        heldBook = nil
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func invalidate() {
        mergedIsCurrent = false
        merged = nil
        if inputs.count != 1 { heldBook = nil }
    }
}
