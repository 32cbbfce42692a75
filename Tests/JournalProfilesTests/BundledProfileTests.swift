import Foundation
import GradePortCore
import JournalProfiles
import Testing

/// A profile shipped in a module's resources: loaded once, and a missing or broken file reported
/// as the input's error, never a crash.
@Suite struct BundledProfileTests {
    @Test func missingResourceIsReportedWithThePlatformName() {
        let shipped = BundledProfile("no-such-profile", in: .main, platformName: "Bilim Land")
        #expect(shipped.fileName == "no-such-profile.yaml")
        guard case .failure(let error) = shipped.loaded else {
            Issue.record("a missing resource loaded")
            return
        }
        #expect(error.kind == .unreadable)
        #expect(
            error.description
                == "no-such-profile.yaml:1:1: error: the Bilim Land profile is missing from the module's resources")
        #expect(throws: ExportReadError.self) { try shipped.profile() }
        do {
            _ = try shipped.profile()
        } catch let error as ExportReadError {
            #expect(error.diagnosticCode == .malformedInput)
            #expect(
                error.diagnosticMessage
                    == "the built-in Bilim Land profile: no-such-profile.yaml:1:1: error: the Bilim Land profile "
                    + "is missing from the module's resources")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
