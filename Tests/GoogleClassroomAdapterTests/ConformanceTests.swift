import GoogleClassroomAdapter
import GradePortCore
import GradePortTesting
import Testing

/// The checks every adapter passes, over every sample (the API dump folder included).
@Suite struct ConformanceTests {
    @Test func conformance() {
        let samples =
            SampleBooks.fixtures.samples(in: "GoogleClassroom", extensions: ["csv", "txt", "json"])
            + [SampleBooks.path("api-dump")]
        #expect(samples.count == 6)
        let failures = PlatformConformance(GoogleClassroomPlatform(), samples: samples).run()
        #expect(failures.isEmpty, "\(failures)")
    }
}
