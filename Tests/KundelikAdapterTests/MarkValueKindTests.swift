import Foundation
import GradePortCore
import GradePortTesting
import KundelikAdapter
import Testing

/// A mark whose `value` is not text or a number (`"value": true`, seen in a hostile probe of a Kundelik
/// dump) is an error at the mark, never a quiet "no value" (issue 15, item 4).
@Suite struct MarkValueKindTests {
    /// The sample dump with the first occurrence of `old` replaced.
    static func dump(replacing old: String, with new: String) throws -> String {
        var text = try String(contentsOfFile: KundelikSamples.path("7A-api-dump.json"), encoding: .utf8)
        let range = try #require(text.range(of: old))
        text.replaceSubrange(range, with: new)
        return text
    }

    @Test(arguments: [("true", "a boolean"), ("{\"mark\": 9}", "an object"), ("[9]", "an array")])
    func aValueThatIsNotAMarkIsAnError(_ value: String, _ kind: String) throws {
        let original = try KundelikSamples.read("7A-api-dump.json")
        let text = try Self.dump(
            replacing: "\"value\": \"9\",\n      \"textValue\": \"9\",", with: "\"value\": \(value),")
        let book = try TemporaryExport.read(text, named: "7A-api-dump.json", with: KundelikPlatform())
        let errors = book.diagnostics.filter { $0.code == .invalidScore }
        #expect(errors.count == 1)
        #expect(errors.first?.severity == .error)
        #expect(errors.first?.message.hasSuffix("the value is \(kind), not a mark or a number; skipped") == true)
        #expect(errors.first?.line == 237)
        #expect(book.results.count == original.results.count - 1)
    }
}
