import GradePortCore
import GradePortTesting
import JournalProfiles
import Testing

@Suite struct SmokeTests {
    @Test func readsRussianSample() throws {
        let fixtures = Fixtures(testFile: #filePath)
        let book = try fixtures.read(
            fixtures.sample("Journal/7А Математика 2 четверть.csv"), with: BuiltInProfiles.journalPlatform)
        print(fixtures.portableJSON(book))
    }
}
