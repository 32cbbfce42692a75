import GradePortCore

/// A built-in adapter served under another id, so that a host that refuses built-in ids (every
/// host does) can load it as an external adapter: `gradeport-builtin-adapters google-classroom --as
/// classroom-proxy …` (the benchmark compares it with the in-process adapter).
struct RenamedPlatform: LearningPlatform {
    static let descriptor = PlatformDescriptor(id: "renamed", displayName: "Renamed built-in adapter", exports: [])

    /// The adapter served.
    let base: any LearningPlatform
    /// The id it is served under.
    let id: PlatformID

    var descriptor: PlatformDescriptor {
        var descriptor = base.descriptor
        descriptor.id = id
        return descriptor
    }

    func sniff(_ file: ExportFile) -> Detection? {
        guard var detection = base.sniff(file) else { return nil }
        detection.platform = id
        return detection
    }

    func assumedExport(for file: ExportFile) -> PlatformDescriptor.ExportKind.ID { base.assumedExport(for: file) }

    func read(
        _ file: ExportFile, as export: PlatformDescriptor.ExportKind.ID, into gradebook: inout GradebookBuilder
    ) throws {
        try base.read(file, as: export, into: &gradebook)
    }
}
