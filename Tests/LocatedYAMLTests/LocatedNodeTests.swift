import GradePortBase
import LocatedYAML
import Testing

@Suite("A located YAML node")
struct LocatedNodeTests {
    /// A text, what reading it does wrong, and where.
    struct Case: Sendable, CustomStringConvertible {
        var yaml: String
        var read: @Sendable (TestNode) throws -> Void
        var line: Int
        var column: Int
        var kind: TestKind
        var message: String
        var description: String { message }
    }

    static let wrong: [Case] = [
        Case(
            yaml: "size: [1, 2]\n",
            read: { _ = try $0.only("size").string() },
            line: 1, column: 7, kind: .wrongType, message: "'size' must be a single value, found a list"),
        Case(
            yaml: "size: many\n",
            read: { _ = try $0.only("size").integer(in: 1...10) },
            line: 1, column: 7, kind: .wrongType, message: "'size' must be a whole number, found 'many'"),
        Case(
            yaml: "size: 12\n",
            read: { _ = try $0.only("size").integer(in: 1...10) },
            line: 1, column: 7, kind: .invalidValue, message: "'size' must be between 1 and 10, found 12"),
        Case(
            yaml: "weight: 2,5x\n",
            read: { _ = try $0.only("weight").decimal() },
            line: 1, column: 9, kind: .wrongType, message: "'weight' must be a number, found '2,5x'"),
        Case(
            yaml: "on: maybe\n",
            read: { _ = try $0.only("on").boolean() },
            line: 1, column: 5, kind: .wrongType, message: "'on' must be true or false, found 'maybe'"),
        Case(
            yaml: "rules: one\n",
            read: { _ = try $0.only("rules").items() },
            line: 1, column: 8, kind: .wrongType, message: "'rules' must be a list, found a single value"),
        Case(
            yaml: "v: [a, b]\n", read: { _ = try $0.only("v").keyed(allowed: ["a"]) },
            line: 1, column: 4, kind: .wrongType, message: "'v' must be a mapping of keys, found a list"),
        Case(
            yaml: "id: a\n", read: { _ = try $0.required("name", in: $0.keyed(allowed: ["id", "name"])) },
            line: 1, column: 1, kind: .missingKey, message: "the required key 'name' is missing"),
        Case(
            yaml: "id: School 42\n", read: { _ = try $0.only("id").kebabCase(example: "school-42") },
            line: 1, column: 5, kind: .invalidValue,
            message: "'id' must be lower-case kebab-case like 'school-42', found 'School 42'"),
        Case(
            yaml: "words:\n  - a\n  - {b: c}\n",
            read: { _ = try $0.only("words").strings() },
            line: 3, column: 5, kind: .wrongType,
            message: "each entry of 'words' must be a single value, found a mapping of keys"),
        Case(
            yaml: "columns:\n  nmae: x\n",
            read: { _ = try $0.only("columns").keyed(allowed: ["name", "surname"]) },
            line: 2, column: 3, kind: .unknownKey, message: "unknown key 'nmae' in 'columns' (did you mean 'name'?)"),
        Case(
            yaml: "id: a\nzzzzzz: b\n",
            read: { _ = try $0.keyed(allowed: ["id", "name"]) },
            line: 2, column: 1, kind: .unknownKey, message: "unknown key 'zzzzzz'; known keys: id, name"),
        Case(
            yaml: "scale: perc\n",
            read: { _ = try $0.only("scale").choice(["points", "percent"]) },
            line: 1, column: 8, kind: .invalidValue, message: "'scale' cannot be 'perc' (did you mean 'percent'?)"),
        Case(
            yaml: "scale: pionts\n",
            read: { _ = try $0.only("scale").choice(["points", "percent"]) },
            line: 1, column: 8, kind: .invalidValue, message: "'scale' cannot be 'pionts' (did you mean 'points'?)"),
        Case(
            yaml: "scale: grades\n",
            read: { _ = try $0.only("scale").choice(["points", "percent"]) },
            line: 1, column: 8, kind: .invalidValue, message: "'scale' cannot be 'grades'; use one of: points, percent"),
    ]

    @Test("reports the wrong value at its line and column", arguments: wrong)
    func wrongValue(_ test: Case) throws {
        let node = try root(test.yaml)
        let error = #expect(throws: LocatedError<TestKind>.self) { try test.read(node) }
        if let error {
            #expect(error.message == test.message)
            #expect(error.kind == test.kind)
            #expect(error.line == test.line)
            #expect(error.column == test.column)
            #expect(error.file == "test.yaml")
        }
    }

    @Test("reads nested values with their key paths, in the order written")
    func values() throws {
        let yaml = "b: 3\na:\n  c: [x, y]\n  d: 'on'\n  e: 2,5\n"
        let top = try root(yaml)
        let entries = try top.entries(allowed: ["a", "b"])
        #expect(entries.map(\.key) == ["b", "a"])
        #expect(try entries[0].node.integer(in: 0...5) == 3)
        #expect(try top.required("b", in: top.keyed(allowed: ["a", "b"])).line == 1)
        let inner = try entries[1].node.keyed(allowed: ["c", "d", "e"])
        #expect(inner["c"]?.path == "a.c")
        #expect(try inner["c"]?.strings() == ["x", "y"])
        #expect(try inner["d"]?.boolean() == true)
        #expect(try inner["e"]?.decimal() == DecimalNumber(parsing: "2.5"))
        #expect(inner["c"]?.itemsOrSelf().count == 2)
        #expect(inner["d"]?.itemsOrSelf().count == 1)
        #expect(try inner["d"]?.strings() == ["on"])
        #expect(inner["c"]?.line == 3)
        #expect(inner["c"]?.column == 6)
    }

    @Test("prints an error as FILE:LINE:COLUMN: error: MESSAGE")
    func description() throws {
        let node = try root("a: 1\nb: [1]\n")
        let error = node.error(.invalidValue, "something is wrong")
        #expect(error.description == "test.yaml:1:1: error: something is wrong")
        let listed = LocatedError<TestKind>(file: "dir/x.yaml", line: 14, column: 5, kind: .unknownKey, message: "m")
        #expect("\(listed)" == "dir/x.yaml:14:5: error: m")
    }

    @Test("places a syntax error where the parser stopped")
    func syntax() {
        #expect(throws: LocatedError<TestKind>.self) { try root("a: [1, 2\nb: 3\n") }
        do throws(LocatedError<TestKind>) {
            _ = try root("a: 1\n  b: 2\n")
            Issue.record("no error")
        } catch {
            #expect(error.kind == .syntax)
            #expect(error.line == 2)
            #expect(error.message.hasPrefix("not valid YAML: "))
        }
        do throws(LocatedError<TestKind>) {
            _ = try root("a: 1\na: 2\n")
            Issue.record("no error")
        } catch {
            #expect(error.kind == .syntax)
            #expect(error.message == "a key is given more than once in this mapping: a")
        }
    }

    @Test("a document that is not a mapping is a type error at its start")
    func notAMapping() {
        let error = #expect(throws: LocatedError<TestKind>.self) { try root("# a list\n- a\n- b\n") }
        #expect(error?.description == "test.yaml:2:1: error: a test file must be a mapping of keys, found a list")
        #expect(error?.kind == .wrongType)
    }

    @Test("an empty text is a missing-key error at 1:1")
    func empty() {
        do throws(LocatedError<TestKind>) {
            _ = try root("")
            Issue.record("no error")
        } catch {
            #expect(
                error
                    == LocatedError(
                        file: "test.yaml", line: 1, column: 1, kind: .missingKey, message: "the file is empty"))
        }
    }
}
