/// A term or annual mark the platform itself gave (an assessment of kind `final`).
public struct PlatformMark: Sendable, Hashable {
    /// The assessment's title (`Четвертная`, `Алгебра — годовая оценка`).
    public var title: String
    /// The mark, when the value is one: a score out of 5 (or without a maximum), or a percentage
    /// looked up in the scale.
    public var mark: Int?
    /// The value as the platform wrote it.
    public var raw: String

    /// Creates a platform mark.
    public init(title: String, mark: Int?, raw: String) {
        self.title = title
        self.mark = mark
        self.raw = raw
    }
}
