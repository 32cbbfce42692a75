import BilimLandAdapter
import GradePortCore
import JournalProfiles
import OnlineMektepAdapter
import OpiqAdapter
import Testing

/// The shipped profiles load, carry the platform ids, and agree with the adapters' descriptors.
@Suite struct ProfileTests {
    @Test func onlineMektepProfile() throws {
        let profile = try OnlineMektepPlatform.profile()
        #expect(profile.platform == "onlinemektep")
        #expect(profile.export == OnlineMektepPlatform.descriptor.exports.first?.id)
        #expect(profile.columns.name.matchesWhole("Аты-жөні"))
        #expect(profile.columns.name.matchesWhole("Ф.И.О."))
        #expect(profile.header.maxRow != nil)
    }

    @Test func bilimLandProfile() throws {
        let profile = try BilimLandPlatform.profile()
        #expect(profile.platform == "bilimland")
        #expect(profile.export == BilimLandPlatform.descriptor.exports.first?.id)
        #expect(profile.columns.className.matchesWhole("Сынып"))
    }

    @Test func opiqProfile() throws {
        let profile = try OpiqPlatform.profile()
        #expect(profile.platform == "opiq")
        #expect(profile.export == OpiqPlatform.descriptor.exports.first?.id)
        #expect(profile.scale == .mark5)
    }

    /// A school's copy of the OnlineMektep profile runs on the generic engine and reads the same
    /// journal the same way (the adapter adds only sniffing).
    @Test func copyOfTheOnlineMektepProfileReadsTheSame() throws {
        let samples = JournalPlatformSamples.onlineMektep
        let path = samples.path("7А Математика 1 четверть.csv")
        let viaAdapter = try samples.read("7А Математика 1 четверть.csv")
        let viaProfile = try PlatformSamples.fixtures.read(
            path, with: ProfilePlatform(try OnlineMektepPlatform.profile()))
        #expect(viaAdapter.results == viaProfile.results)
    }
}
