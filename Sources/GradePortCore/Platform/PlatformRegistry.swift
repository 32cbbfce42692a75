/// The adapters GradePort knows, looked up by id or by sniffing an input.
///
/// A registry is an explicit list (Swift cannot enumerate a protocol's conforming types): the
/// built-in one is `BuiltInPlatforms.registry` in `GradePortAdapters`, and a program may build
/// its own with extra adapters.
///
/// ```swift
/// let registry = try PlatformRegistry([GoogleClassroomPlatform(), TeamsPlatform()])
/// let outcome = registry.readGradebook(from: ["7A grades.csv"])
/// ```
public struct PlatformRegistry: Sendable {
    /// The adapters, in registration order (which also breaks ties in detection).
    public private(set) var platforms: [any LearningPlatform] = []

    /// Says why no adapter takes an input, when opening it with a reader shows it (an XML document
    /// that declares entities, a zip bomb, text in an unknown encoding): the error is then the
    /// input's refusal instead of "no platform recognises this file". The built-in registry sets it.
    public var refusalExplainer: (@Sendable (ExportFile) -> ExportReadError?)?

    /// Creates a registry from a list of adapters.
    ///
    /// - Throws: ``RegistryError`` when two adapters share an id.
    public init(_ platforms: [any LearningPlatform]) throws(RegistryError) {
        for platform in platforms { try register(platform) }
    }

    /// Adds an adapter.
    ///
    /// - Throws: ``RegistryError`` when an adapter with the same id is registered.
    public mutating func register(_ platform: any LearningPlatform) throws(RegistryError) {
        let id = platform.descriptor.id
        guard self.platform(id: id) == nil else { throw RegistryError(duplicateID: id) }
        platforms.append(platform)
    }

    /// Puts an adapter ahead of every other one, replacing the adapter with the same id if there is
    /// one: a user's own profile given on the command line wins detection ties and overrides a
    /// built-in adapter of that id for the run.
    ///
    /// - Returns: The adapter that was replaced, if any.
    @discardableResult
    public mutating func override(with platform: any LearningPlatform) -> (any LearningPlatform)? {
        let id = platform.descriptor.id
        let replaced = self.platform(id: id)
        platforms.removeAll { $0.descriptor.id == id }
        platforms.insert(platform, at: 0)
        return replaced
    }

    /// The adapter with this id.
    public func platform(id: PlatformID) -> (any LearningPlatform)? {
        platforms.first { $0.descriptor.id == id }
    }

    /// Lets every adapter look at a set of inputs at once before they are detected one by one
    /// (``LearningPlatform/prepareToSniff(_:)``): an external adapter then starts one process for
    /// all of them instead of one per input.
    public func prepareToDetect(_ files: [ExportFile]) {
        guard files.count > 1 else { return }
        for platform in platforms { platform.prepareToSniff(files) }
    }

    /// Every adapter's detection of an input, most confident first; adapters that decline are left out.
    public func detect(_ file: ExportFile) -> [Detection] {
        var found: [(order: Int, detection: Detection)] = []
        for (order, platform) in platforms.enumerated() {
            if let detection = platform.sniff(file), detection.confidence > .none {
                found.append((order, detection))
            }
        }
        found.sort { lhs, rhs in
            if lhs.detection.confidence != rhs.detection.confidence {
                return lhs.detection.confidence > rhs.detection.confidence
            }
            return lhs.order < rhs.order
        }
        return found.map(\.detection)
    }
}

/// A registry that cannot be built.
public struct RegistryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The id two adapters share.
    public var duplicateID: PlatformID

    /// Creates the error.
    public init(duplicateID: PlatformID) { self.duplicateID = duplicateID }

    /// A sentence naming the id.
    public var description: String { "two platform adapters share the id '\(duplicateID)'" }
}
