import Foundation
import GradePortCore

/// A profile shipped in a platform module's resources (`<resource>.yaml`), loaded once when the
/// value is made.
///
/// A platform module keeps one in a static constant, so the file is read and checked on first use:
///
/// ```swift
/// static let shipped = BundledProfile("onlinemektep", in: .module, platformName: "OnlineMektep")
/// let profile = try shipped.profile()
/// ```
///
/// A shipped profile that does not load is a broken build (the adapter tests catch it); the value
/// keeps the error instead of stopping the program, and ``profile()`` throws it as the input's
/// error.
public struct BundledProfile: Sendable {
    /// The file's name in the resources, such as `onlinemektep.yaml`.
    public let fileName: String
    /// The platform's name in messages, such as `Bilim Land`.
    public let platformName: String
    /// The profile, or the error that stopped it from loading.
    public let loaded: Result<JournalProfile, ProfileError>

    /// Loads `<resource>.yaml` from a bundle.
    ///
    /// - Parameters:
    ///   - resource: The file's name without `.yaml`, such as `onlinemektep`.
    ///   - bundle: The bundle that holds it: the platform module's `Bundle.module`.
    ///   - platformName: The platform's name in messages, such as `OnlineMektep`.
    public init(_ resource: String, in bundle: Bundle, platformName: String) {
        let fileName = resource + ".yaml"
        self.fileName = fileName
        self.platformName = platformName
        guard let url = bundle.url(forResource: resource, withExtension: "yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            loaded = .failure(
                ProfileError(
                    file: fileName, line: 1, column: 1, kind: .unreadable,
                    message: "the \(platformName) profile is missing from the module's resources"))
            return
        }
        do throws(ProfileError) {
            loaded = .success(try JournalProfile(yaml: text, name: fileName))
        } catch {
            loaded = .failure(error)
        }
    }

    /// The profile.
    ///
    /// - Throws: ``ExportReadError`` (`malformed-input`, "the built-in <platform> profile: …") when
    ///   the shipped file did not load.
    public func profile() throws -> JournalProfile {
        switch loaded {
        case .success(let profile): return profile
        case .failure(let error):
            throw ExportReadError(.malformedInput, "the built-in \(platformName) profile: \(error)")
        }
    }
}
