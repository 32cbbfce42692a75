/// A sniffer's verdict on an input before it is attributed to a platform: which export kind it is,
/// how sure the sniffer is, and why.
///
/// An adapter whose sniffing lives in a type of its own returns findings from it and turns them into
/// detections with ``LearningPlatform/detection(_:)``.
public struct SniffFinding: Sendable, Hashable {
    /// The export kind recognised.
    public var export: PlatformDescriptor.ExportKind.ID
    /// How sure the sniffer is.
    public var confidence: Confidence
    /// Why, in a few words.
    public var reason: String

    /// Creates a finding.
    public init(export: PlatformDescriptor.ExportKind.ID, confidence: Confidence, reason: String) {
        self.export = export
        self.confidence = confidence
        self.reason = reason
    }
}

extension LearningPlatform {
    /// The detection of this platform that a sniffer's finding stands for; `nil` for no finding.
    public func detection(_ finding: SniffFinding?) -> Detection? {
        finding.map { detection($0.export, $0.confidence, $0.reason) }
    }
}
