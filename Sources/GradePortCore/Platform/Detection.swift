/// How sure an adapter is that it can read an input, from 0 (not at all) to 100 (certain).
public struct Confidence: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The score, 0–100.
    public var rawValue: Int

    /// Creates a confidence, clamped to 0–100.
    public init(rawValue: Int) { self.rawValue = min(100, max(0, rawValue)) }

    /// The input is not of this platform.
    public static let none = Confidence(rawValue: 0)
    /// The input could be of this platform (the right kind of file, nothing specific).
    public static let low = Confidence(rawValue: 25)
    /// The input has some of the platform's marks (a typical header, some typical keys).
    public static let medium = Confidence(rawValue: 50)
    /// The input has the platform's distinctive marks.
    public static let high = Confidence(rawValue: 75)
    /// The input can only be of this platform.
    public static let certain = Confidence(rawValue: 100)

    /// Orders confidences by score.
    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The score as text.
    public var description: String { String(rawValue) }
}

/// An adapter's answer to "can you read this input?".
public struct Detection: Sendable, Hashable {
    /// The ``PlatformDescriptor/id`` of the adapter.
    public var platform: PlatformID
    /// The ``PlatformDescriptor/ExportKind/id`` it recognised.
    public var export: ExportKindID
    /// How sure it is.
    public var confidence: Confidence
    /// Why, in a few words, e.g. `header "Last Name, First Name, Email Address"`.
    public var reason: String

    /// Creates a detection.
    public init(platform: PlatformID, export: ExportKindID, confidence: Confidence, reason: String) {
        self.platform = platform
        self.export = export
        self.confidence = confidence
        self.reason = reason
    }
}
