import Foundation
import GradePortCore
import LocatedYAML

/// Turns a profile's YAML text into a validated ``JournalProfile``; every error points at the
/// profile file's line and column.
struct ProfileDecoder {
    /// The profile file's name, for errors.
    let file: String
    /// Where the profile came from.
    let origin: ProfileOrigin

    static let topKeys = [
        "id", "name", "platform", "export", "summary", "sniff", "header", "columns", "class", "subject", "term",
        "schoolYear", "assessments", "unmatched", "max", "kindMax", "scale", "decimalComma", "words", "ignoreRows",
        "sheets", "layout", "attempts", "letters",
    ]
    static let sniffKeys = ["words", "extensions", "confidence"]
    static let headerKeys = ["row", "search", "require", "groupRow", "maxRow", "dateRow"]
    static let columnKeys = [
        "name", "nameOrder", "surname", "given", "patronymic", "iin", "email", "login", "id", "personKey", "class",
        "subject", "ignore", "comment", "title", "category", "term", "date", "attempt", "score", "max", "percent",
        "mark",
    ]
    /// The `columns` keys only a long table reads.
    static let longColumnKeys = ["title", "category", "term", "date", "attempt", "score", "max", "percent", "mark"]
    static let ruleKeys = ["words", "pattern", "kind", "max", "scale"]
    static let wordKeys = ResultStatus.allCases.filter { $0 != .graded }.map(\.rawValue) + ["blank"]

    /// Decodes the text.
    func decode(_ yaml: String) throws(ProfileError) -> JournalProfile {
        let top = try ProfileNode.root(
            parsing: yaml, file: file, format: "YAML",
            emptyMessage: "the profile is empty; it needs at least 'id', 'name' and 'columns'",
            notAMapping: "a profile must be a mapping of keys (id: …, name: …)")
        let keys = try top.keyed(allowed: Self.topKeys)
        let id = try top.required("id", in: keys).kebabCase(example: "school-42")
        var profile = JournalProfile(id: id, name: try top.required("name", in: keys).string(), origin: origin)
        if let node = keys["platform"] { profile.platform = PlatformID(try node.kebabCase(example: "onlinemektep")) }
        if let node = keys["export"] { profile.export = .init(try node.string()) }
        if let node = keys["summary"] { profile.summary = try node.string() }
        if profile.summary.isEmpty { profile.summary = "a journal table read with the profile '\(profile.name)'" }
        if let node = keys["sniff"] { profile.sniff = try sniff(node) }
        if let node = keys["header"] { profile.header = try header(node) }
        if let node = keys["layout"] {
            profile.layout = TableLayout(rawValue: try node.choice(TableLayout.allCases.map(\.rawValue)))!
        }
        if let node = keys["attempts"] {
            profile.attempts = AttemptPolicy(rawValue: try node.choice(AttemptPolicy.allCases.map(\.rawValue)))!
        }
        if let node = keys["letters"] {
            profile.letters = LetterRatings(rawValue: try node.choice(LetterRatings.allCases.map(\.rawValue)))!
        }
        profile.columns = try columns(try top.required("columns", in: keys), layout: profile.layout)
        if let node = keys["class"] { profile.context.className = try valueSource(node) }
        if let node = keys["subject"] { profile.context.subject = try valueSource(node) }
        if let node = keys["term"] { profile.context.term = try valueSource(node) }
        if let node = keys["schoolYear"] { profile.context.schoolYear = try valueSource(node) }
        if let node = keys["assessments"] {
            guard node.isSequence else {
                throw node.error(
                    .wrongType, "'assessments' must be a list of rules (- words: […] kind: …), found \(node.typeName)")
            }
            profile.assessments = []
            for item in node.itemsOrSelf() { profile.assessments.append(try rule(item)) }
        }
        if let node = keys["unmatched"] {
            profile.unmatched = UnmatchedColumns(rawValue: try node.choice(UnmatchedColumns.allCases.map(\.rawValue)))!
        }
        if let node = keys["max"] { profile.maxSources = try maxSources(node) }
        if let node = keys["kindMax"] {
            let entries = try node.keyed(allowed: AssessmentKind.allCases.map(\.rawValue))
            for (name, value) in entries {
                profile.kindMaxima[AssessmentKind(rawValue: name)!] = try positiveNumber(value)
            }
        }
        if let node = keys["scale"] { profile.scale = try scale(node) }
        if let node = keys["decimalComma"] {
            profile.decimalComma = try node.string() == "auto" ? nil : node.boolean()
        }
        if let node = keys["words"] { profile.words = try words(node) }
        if let node = keys["ignoreRows"] { profile.ignoredRows = WordList(try node.strings()) }
        if let node = keys["sheets"] { profile.sheets = try sheets(node) }
        let columns = profile.columns
        if columns.name.isEmpty && columns.surname.isEmpty {
            throw (keys["columns"] ?? top).error(
                .missingKey, "'columns' needs a 'name' (full name) or a 'surname' column")
        }
        return profile
    }

    // MARK: - Sections

    private func sniff(_ node: ProfileNode) throws(ProfileError) -> SniffRule {
        let keys = try node.keyed(allowed: Self.sniffKeys)
        var rule = SniffRule()
        if let words = keys["words"] { rule = SniffRule(words: WordList(try words.strings())) }
        if let node = keys["extensions"] {
            rule.extensions = try node.strings().map {
                $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            }
        }
        if let node = keys["confidence"] {
            let text = try node.string()
            switch text {
            case "low": rule.confidence = .low
            case "medium": rule.confidence = .medium
            case "high": rule.confidence = .high
            default:
                guard let number = Int(text), (1...100).contains(number) else {
                    throw node.error(
                        .invalidValue, "'sniff.confidence' must be low, medium, high or a number 1–100, found '\(text)'"
                    )
                }
                rule.confidence = Confidence(rawValue: number)
            }
        }
        return rule
    }

    private func header(_ node: ProfileNode) throws(ProfileError) -> HeaderRule {
        let keys = try node.keyed(allowed: Self.headerKeys)
        var rule = HeaderRule()
        if let node = keys["row"] { rule.row = try node.integer(in: 1...10_000) }
        if let node = keys["search"] { rule.search = try node.integer(in: 1...10_000) }
        if let node = keys["require"] { rule.require = WordList(try node.strings()) }
        if let node = keys["groupRow"] {
            let text = try node.string().lowercased()
            switch text {
            case "true", "yes": rule.groupRow = .yes
            case "false", "no": rule.groupRow = .no
            case "auto": rule.groupRow = .auto
            default: throw node.error(.invalidValue, "'header.groupRow' must be true, false or auto, found '\(text)'")
            }
        }
        if let node = keys["maxRow"] { rule.maxRow = try rowLocator(node) }
        if let node = keys["dateRow"] { rule.dateRow = try rowLocator(node) }
        return rule
    }

    private func rowLocator(_ node: ProfileNode) throws(ProfileError) -> RowLocator {
        if !node.isSequence, let text = try? node.string(), let offset = Int(text) {
            guard (1...50).contains(offset) else {
                throw node.error(
                    .invalidValue, "'\(node.path)' as a number counts rows under the header, 1–50; found \(offset)")
            }
            return .offset(offset)
        }
        return .label(WordList(try node.strings()))
    }

    private func columns(_ node: ProfileNode, layout: TableLayout) throws(ProfileError) -> ColumnRules {
        let keys = try node.keyed(allowed: Self.columnKeys)
        if layout == .wide, let key = Self.longColumnKeys.first(where: { keys[$0] != nil }) {
            throw keys[key]!.error(
                .invalidValue, "'columns.\(key)' is a column of a long table; add 'layout: long' to the profile")
        }
        var rules = ColumnRules()
        func list(_ key: String) throws(ProfileError) -> WordList {
            guard let node = keys[key] else { return [] }
            return WordList(try node.strings())
        }
        rules.name = try list("name")
        rules.surname = try list("surname")
        rules.givenName = try list("given")
        rules.patronymic = try list("patronymic")
        rules.iin = try list("iin")
        rules.email = try list("email")
        rules.login = try list("login")
        rules.studentID = try list("id")
        rules.className = try list("class")
        rules.subject = try list("subject")
        rules.ignore = try list("ignore")
        rules.comment = try list("comment")
        rules.long = LongColumnRules(
            title: try list("title"), category: try list("category"), term: try list("term"),
            date: try list("date"), attempt: try list("attempt"), score: try list("score"), max: try list("max"),
            percent: try list("percent"), mark: try list("mark"))
        if layout == .long {
            guard !rules.long.title.isEmpty else {
                throw node.error(.missingKey, "a long table ('layout: long') needs a 'title' column in 'columns'")
            }
            guard !rules.long.score.isEmpty || !rules.long.percent.isEmpty || !rules.long.mark.isEmpty else {
                throw node.error(
                    .missingKey,
                    "a long table ('layout: long') needs a 'score', a 'percent' or a 'mark' column in 'columns'")
            }
        }
        if let node = keys["nameOrder"] {
            rules.nameOrder = ColumnRules.NameOrder(
                rawValue: try node.choice(ColumnRules.NameOrder.allCases.map(\.rawValue)))!
        }
        if let node = keys["personKey"] {
            rules.personKey = ColumnRules.PersonKey(
                rawValue: try node.choice(ColumnRules.PersonKey.allCases.map(\.rawValue)))!
        }
        return rules
    }

    private func valueSource(_ node: ProfileNode) throws(ProfileError) -> ValueSource {
        switch try node.string() {
        case "auto": return .auto
        case "file-name": return .fileName
        case "sheet-name": return .sheetName
        case "sheet-or-file-name": return .sheetOrFileName
        case "preamble": return .preamble
        case "none", "": return .none
        case let value: return .fixed(value)
        }
    }

    private func rule(_ node: ProfileNode) throws(ProfileError) -> AssessmentRule {
        let keys = try node.keyed(allowed: Self.ruleKeys)
        guard let kindNode = keys["kind"] else {
            throw node.error(
                .missingKey, "an assessment rule needs a 'kind' (\(RuleKind.names.joined(separator: ", ")))")
        }
        let kind = RuleKind(name: try kindNode.choice(RuleKind.names))!
        var rule = AssessmentRule(kind: kind, line: node.line)
        if let words = keys["words"] { rule.words = WordList(try words.strings()) }
        if let patternNode = keys["pattern"] {
            let pattern = try patternNode.string()
            do {
                _ = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            } catch {
                throw patternNode.error(.invalidPattern, "'\(pattern)' is not a valid regular expression")
            }
            rule.pattern = pattern
        }
        if rule.words.isEmpty && rule.pattern == nil {
            throw node.error(.missingKey, "an assessment rule needs 'words' or a 'pattern' to match headings")
        }
        if let max = keys["max"] { rule.max = try maxSources(max) }
        if let scale = keys["scale"] { rule.scale = try self.scale(scale) }
        return rule
    }

    private func maxSources(_ node: ProfileNode) throws(ProfileError) -> [MaxSource] {
        var sources: [MaxSource] = []
        for item in node.itemsOrSelf() {
            let text = try item.string()
            switch text {
            case "heading": sources.append(.heading)
            case "row": sources.append(.row)
            case "none": sources.append(.none)
            default:
                sources.append(.fixed(try positiveNumber(item)))
            }
        }
        return sources
    }

    private func positiveNumber(_ node: ProfileNode) throws(ProfileError) -> DecimalNumber {
        let text = try node.string()
        guard let value = DecimalNumber(parsing: text, allowingDecimalComma: true) else {
            throw node.error(
                .wrongType, "'\(node.path)' must be heading, row, none or a number, found '\(text)'")
        }
        guard !value.isNegative, !value.isZero else {
            throw node.error(.invalidValue, "'\(node.path)' must be a positive number, found \(text)")
        }
        return value
    }

    private func scale(_ node: ProfileNode) throws(ProfileError) -> ScoreScale {
        ScoreScale(rawValue: try node.choice(ScoreScale.allCases.map(\.rawValue)))!
    }

    private func words(_ node: ProfileNode) throws(ProfileError) -> StatusWords {
        let keys = try node.keyed(allowed: Self.wordKeys)
        var words = StatusWords()
        for (name, value) in keys {
            let list = try value.strings()
            if name == "blank" {
                words.blank = list
            } else {
                words.statuses[ResultStatus(rawValue: name)!] = list
            }
        }
        return words
    }

    private func sheets(_ node: ProfileNode) throws(ProfileError) -> SheetSelection {
        if !node.isSequence {
            switch try node.string() {
            case "first": return .first
            case "all": return .all
            default: break
            }
        }
        return .named(try node.strings())
    }
}
