import GradePortCore
import GradePortReports
import GradePortTesting
import Testing

/// Policy files: the shipped examples, and every kind of mistake with its line and column.
@Suite struct PolicyFileTests {
    static let fixtures = Fixtures(testFile: #filePath)
    static let policies = fixtures.packageRoot + "/docs/policies/"

    @Test(arguments: ["kz.yaml", "kz.json"])
    func theShippedBuiltInPolicyFileIsTheBuiltInPolicy(name: String) throws {
        let policy = try GradingPolicy(contentsOfFile: Self.policies + name)
        #expect(policy == .kazakhstan)
    }

    @Test func kzNamesTheBuiltInPolicyAndAnythingElseAFile() throws {
        #expect(try GradingPolicy.named("kz") == .kazakhstan)
        #expect(throws: PolicyFileError.self) { try GradingPolicy.named("kz2") }
    }

    @Test func theSchoolExampleChangesTheThresholdTheGradeOneScaleAndALaterYear() throws {
        let policy = try GradingPolicy(contentsOfFile: Self.policies + "school-example.yaml")
        let current = try #require(policy.entry(for: SchoolYear(startYear: 2025), grade: 7))
        #expect(current.scale.mark(forPercent: 44) == 2)
        #expect(current.scale.mark(forPercent: 45) == 3)
        let firstGrade = try #require(policy.entry(for: SchoolYear(startYear: 2025), grade: 1))
        #expect(firstGrade.scale.mark(forPercent: 21) == 3)
        let reform = try #require(policy.entry(for: SchoolYear(startYear: 2027), grade: 9))
        #expect(reform.weights.formative == DecimalNumber(50))
        #expect(reform.weights.termSummative == .zero)
        #expect(policy.entry(for: SchoolYear(startYear: 2019), grade: 7) == nil)
    }

    @Test func weightsMayBeDecimalsAndUseEitherName() throws {
        let policy = try GradingPolicy(
            policyText: """
                id: thirds
                rules:
                  - from: 2024-2025
                    weights: {formative: 33.4, СОР: "33,3", termSummative: 33.3}
                """, file: "thirds.yaml")
        #expect(policy.name == "thirds")
        #expect(policy.entries[0].weights.formative == DecimalNumber(parsing: "33.4"))
        #expect(policy.entries[0].weights.sectionSummative == DecimalNumber(parsing: "33.3"))
    }

    /// Each mistake, the message and the place it points at.
    @Test(arguments: [
        (
            "id: x\nrules:\n  - from: 2020-2021\n    weights: {ФО: 25, СОР: 25, СОЧ: 40}\n",
            "p.yaml:4:14: error: the weights must add up to 100, found 25 + 25 + 40 = 90"
        ),
        (
            "id: x\nrules:\n  - from: 2020-2021\n    wieghts: {СОЧ: 100}\n",
            "p.yaml:4:5: error: unknown key 'wieghts' in 'rules' (did you mean 'weights'?)"
        ),
        (
            "id: x\nrulez:\n  - from: 2020-2021\n",
            "p.yaml:2:1: error: unknown key 'rulez' (did you mean 'rules'?)"
        ),
        (
            "id: x\nrules:\n  - from: 2020-2021\n    weights: {ФО: 25, СОР: 25, SOCH: 50}\n",
            "p.yaml:4:32: error: unknown key 'SOCH' in 'rules.weights'; known keys: formative, sectionSummative, "
                + "termSummative, ФО, СОР, СОЧ"
        ),
        (
            "id: x\nrules:\n  - from: 2020-2021\n    weights: {ФО: twenty-five, СОР: 25, СОЧ: 50}\n",
            "p.yaml:4:19: error: 'rules.weights.ФО' must be a number, found 'twenty-five'"
        ),
        (
            "id: x\nrules:\n  - from: 2016-2017\n    weights: {СОР: 50, СОЧ: 50}\n  - from: 2019-2020\n"
                + "    weights: {СОЧ: 100}\n",
            "p.yaml:5:5: error: the school years 2019-2020… overlap those of rule 1 (2016-2017…)"
        ),
        (
            "id: x\nrules:\n  - from: 2020-2021\n    weights: {СОЧ: 100}\n    scale:\n"
                + "      - {mark: 2, from: 0, to: 39}\n      - {mark: 3, from: 41, to: 100}\n",
            "p.yaml:7:9: error: the scale has a gap: no band covers 40 %"
        ),
        (
            "id: x\nscale:\n  - {mark: 2, from: 0, to: 39}\n  - {mark: 3, from: 40, to: 99}\nrules:\n"
                + "  - from: 2020-2021\n    weights: {СОЧ: 100}\n",
            "p.yaml:4:5: error: the scale has a gap: no band covers 100 %"
        ),
        (
            "id: x\nscale:\n  - {mark: 2, from: 0, to: 39}\n  - {mark: 3, from: 40, to: many}\nrules: []\n",
            "p.yaml:4:29: error: 'scale.to' must be a whole number, found 'many'"
        ),
        (
            "id: x\nrules:\n  - from: 2020\n    weights: {СОЧ: 100}\n",
            "p.yaml:3:11: error: 'rules.from' must be a school year like 2020-2021, found '2020'"
        ),
        (
            "id: x\nrules:\n  - from: 2021-2022\n    to: 2020-2021\n    weights: {СОЧ: 100}\n",
            "p.yaml:4:9: error: the school years run backwards: 2021-2022 comes after 2020-2021"
        ),
        (
            "id: x\nrules:\n  - weights: {СОЧ: 100}\n",
            "p.yaml:3:5: error: a rule needs 'from', the first school year it applies to (e.g. 2020-2021)"
        ),
        ("name: no id\nrules: []\n", "p.yaml:1:1: error: the required key 'id' is missing"),
        ("id: x\nrules: []\n", "p.yaml:2:8: error: 'rules' must hold at least one rule"),
        (
            "id: Big Id\nrules: []\n",
            "p.yaml:1:5: error: 'id' must be lower-case kebab-case like 'school-42', found 'Big Id'"
        ),
        ("", "p.yaml:1:1: error: the policy file is empty; it needs at least 'id', 'name' and 'rules'"),
        (
            "id: x\nrules: [\n",
            "p.yaml:3:1: error: not valid YAML or JSON: did not find expected node content while parsing a flow node"
        ),
        (
            "{\"id\": \"x\", \"rules\": [{\"from\": \"2020-2021\", \"weights\": {\"formative\": 25, \"termSummative\": 50}}]}",
            "p.yaml:1:56: error: the weights must add up to 100, found 25 + 0 + 50 = 75"
        ),
        (
            "id: x\nrules:\n  - from: 2020-2021\n    grades: 11-2\n    weights: {СОЧ: 100}\n",
            "p.yaml:4:13: error: 'rules.grades' runs backwards: 11 comes after 2"
        ),
        (
            "id: x\nrules:\n  - from: 2020-2021\n    weights: {ФО: 25, formative: 25, СОЧ: 50}\n",
            "p.yaml:4:34: error: the weight of formative (ФО) is given twice"
        ),
        ("- id: x\n", "p.yaml:1:1: error: a policy must be a mapping of keys (id: …, rules: …), found a list"),
    ])
    func mistakesPointAtTheirLineAndColumn(text: String, message: String) {
        do {
            let policy = try GradingPolicy(policyText: text, file: "p.yaml")
            Issue.record("no error; read \(policy)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func aMissingFileSaysSo() {
        do {
            _ = try GradingPolicy(contentsOfFile: "/no/such/policy.yaml")
            Issue.record("no error")
        } catch {
            #expect(error.kind == .unreadable)
            #expect(error.description.hasPrefix("/no/such/policy.yaml:1:1: error: the policy file cannot be read"))
        }
    }
}
