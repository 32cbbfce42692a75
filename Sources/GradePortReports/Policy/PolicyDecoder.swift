import GradePortCore
import LocatedYAML

/// Turns a policy file's YAML (or JSON) text into a validated ``GradingPolicy``; every error points
/// at the file's line and column.
struct PolicyDecoder {
    /// The policy file's name, for errors.
    let file: String

    static let topKeys = ["id", "name", "scale", "rules"]
    static let ruleKeys = ["from", "to", "grades", "weights", "scale"]
    static let bandKeys = ["mark", "from", "to"]
    /// The names a weight may be given under: the model's and the abbreviations teachers use.
    static let weightNames: [String: GradingComponent] = [
        "formative": .formative, "sectionSummative": .sectionSummative, "termSummative": .termSummative,
        "ФО": .formative, "СОР": .sectionSummative, "СОЧ": .termSummative,
    ]
    static let weightKeys = ["formative", "sectionSummative", "termSummative", "ФО", "СОР", "СОЧ"]

    /// Decodes the text.
    func decode(_ text: String) throws(PolicyFileError) -> GradingPolicy {
        let top = try PolicyNode.root(
            parsing: text, file: file, format: "YAML or JSON",
            emptyMessage: "the policy file is empty; it needs at least 'id', 'name' and 'rules'",
            notAMapping: "a policy must be a mapping of keys (id: …, rules: …)")
        let keys = try top.keyed(allowed: Self.topKeys)
        let id = try top.required("id", in: keys).kebabCase(example: "school-42")
        let name = try keys["name"]?.string() ?? id
        let defaultScale = try keys["scale"].map { node throws(PolicyFileError) in try scale(node) }
        let rulesNode = try top.required("rules", in: keys)
        let ruleNodes = try rulesNode.items()
        guard !ruleNodes.isEmpty else { throw rulesNode.error(.missingKey, "'rules' must hold at least one rule") }
        var entries: [GradingPolicyEntry] = []
        for node in ruleNodes { entries.append(try rule(node, defaultScale: defaultScale)) }
        do {
            return try GradingPolicy(id: id, name: name, entries: entries)
        } catch {
            let place = error.index.map { ruleNodes[$0] } ?? rulesNode
            throw place.error(error)
        }
    }

    private func rule(_ node: PolicyNode, defaultScale: MarkScale?) throws(PolicyFileError) -> GradingPolicyEntry {
        let keys = try node.keyed(allowed: Self.ruleKeys)
        guard let fromNode = keys["from"] else {
            throw node.error(.missingKey, "a rule needs 'from', the first school year it applies to (e.g. 2020-2021)")
        }
        guard let weightsNode = keys["weights"] else {
            throw node.error(.missingKey, "a rule needs 'weights' (e.g. {ФО: 25, СОР: 25, СОЧ: 50})")
        }
        let first = try schoolYear(fromNode)
        let last = try keys["to"].map { node throws(PolicyFileError) in try schoolYear(node) }
        let years: SchoolYearRange
        do {
            years = try SchoolYearRange(from: first, through: last)
        } catch {
            throw (keys["to"] ?? fromNode).error(error)
        }
        let grades = try keys["grades"].map { node throws(PolicyFileError) in try gradeRange(node) }
        let weights = try self.weights(weightsNode)
        let ruleScale = try keys["scale"].map { node throws(PolicyFileError) in try scale(node) }
        return GradingPolicyEntry(
            years: years, grades: grades, weights: weights, scale: ruleScale ?? defaultScale ?? .kazakhstan)
    }

    private func schoolYear(_ node: PolicyNode) throws(PolicyFileError) -> SchoolYear {
        let text = try node.string()
        guard let year = SchoolYear(parsing: text) else {
            throw node.error(.invalidValue, "'\(node.path)' must be a school year like 2020-2021, found '\(text)'")
        }
        return year
    }

    private func gradeRange(_ node: PolicyNode) throws(PolicyFileError) -> ClosedRange<Int> {
        let text = try node.string()
        let parts = text.split(maxSplits: 1) { $0 == "-" || $0 == "–" }.map { $0.trimmingCharacters(in: .whitespaces) }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, let low = numbers.first, let high = numbers.last,
            (0...13).contains(low), (0...13).contains(high)
        else {
            throw node.error(
                .invalidValue, "'\(node.path)' must be a grade or a range of grades like 2-11, found '\(text)'")
        }
        guard low <= high else {
            throw node.error(.invalidValue, "'\(node.path)' runs backwards: \(low) comes after \(high)")
        }
        return low...high
    }

    private func weights(_ node: PolicyNode) throws(PolicyFileError) -> ComponentWeights {
        var values: [GradingComponent: DecimalNumber] = [:]
        for entry in try node.entries(allowed: Self.weightKeys) {
            let component = Self.weightNames[entry.key]!
            guard values[component] == nil else {
                throw entry.node.error(
                    .invalidValue, "the weight of \(component.rawValue) (\(component.abbreviation)) is given twice")
            }
            values[component] = try entry.node.decimal()
        }
        do {
            return try ComponentWeights(
                formative: values[.formative] ?? .zero, sectionSummative: values[.sectionSummative] ?? .zero,
                termSummative: values[.termSummative] ?? .zero)
        } catch {
            throw node.error(error)
        }
    }

    private func scale(_ node: PolicyNode) throws(PolicyFileError) -> MarkScale {
        let items = try node.items()
        var bands: [MarkScale.Band] = []
        for item in items {
            let keys = try item.keyed(allowed: Self.bandKeys)
            func required(_ key: String) throws(PolicyFileError) -> PolicyNode {
                guard let node = keys[key] else {
                    throw item.error(.missingKey, "a scale band needs 'mark', 'from' and 'to'; '\(key)' is missing")
                }
                return node
            }
            bands.append(
                MarkScale.Band(
                    mark: try required("mark").integer(in: 0...100), lowest: try required("from").integer(in: 0...100),
                    highest: try required("to").integer(in: 0...100)))
        }
        do {
            return try MarkScale(bands)
        } catch {
            throw (error.index.map { items[$0] } ?? node).error(error)
        }
    }
}
