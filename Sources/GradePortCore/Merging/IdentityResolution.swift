/// Decides which people records of several inputs are one person.
///
/// Evidence is taken strongest first (``MatchEvidence``): the same valid IIN, the same e-mail or UPN
/// (case-insensitive), a shared external id (a platform's own link between ids), and last the same
/// folded name (``PersonNameKey``) in the same aligned class. Rules that hold whatever the evidence:
/// - two people with different IINs, or different roles, are never one person (strong evidence
///   that says otherwise is reported as `conflicting-identity` and not followed);
/// - people of the same input are never merged by name: two same-named records of one input are two
///   children or one child twice, and are reported as `possible-duplicate-person`;
/// - a name match is followed only when it is unique: when a class has several same-named
///   candidates that the patronymic, the sex or the inputs cannot tell apart, none is merged and an
///   `ambiguous-person-match` names them all.
///
/// Every step is a pass over the records or over buckets of records sharing a key; nothing compares
/// all records with each other.
struct IdentityResolution {
    /// What is known about each person record besides the record itself.
    struct Facts {
        /// The inputs each record appears in (its own and those of its results).
        var sources: [SourceSet]
        /// The aligned classes of each record (from enrollments and from its results' assessments).
        var classes: ClassMembership
    }

    /// The surviving record of each record's person.
    private(set) var survivor: [Int]

    private var sets: DisjointSets
    /// Per root: the inputs of the whole set, its IIN.
    private var setSources: [SourceSet]
    private var setIIN: [String?]

    init(people: [Person], facts: Facts, classNames: [String], context: inout MergeContext) {
        let count = people.count
        sets = DisjointSets(count: count)
        setSources = facts.sources
        setIIN = people.map(\.iin)
        survivor = []
        context.summary.peopleBefore = count
        context.summary.peopleSharedAcrossInputs = facts.sources.count { $0.count > 1 }

        link(people, by: .iin, context: &context) { person, body in
            if let iin = person.iin { body(LinkKey(iin), iin) }
        }
        link(people, by: .email, context: &context) { person, body in
            guard let email = person.email.map({ Self.trimmed($0).lowercased() }), !email.isEmpty else { return }
            body(LinkKey(email), email)
        }
        link(people, by: .platformLink, context: &context) { person, body in
            for external in person.externalIds {
                body(
                    LinkKey(external.id, platform: external.platform.rawValue), "\(external.platform) id \(external.id)"
                )
            }
        }
        matchNames(people, facts: facts, classNames: classNames, context: &context)

        survivor = (0..<count).map { sets.find($0) }
        context.summary.peopleAfter = survivor.enumerated().count { $0.offset == $0.element }
    }

    // MARK: - Strong evidence

    /// A key of strong evidence, hashed by its bytes.
    private struct LinkKey: Hashable {
        var value: IdentifierKey
        var platform: IdentifierKey?
        init(_ value: String, platform: String? = nil) {
            self.value = IdentifierKey(value)
            self.platform = platform.map(IdentifierKey.init)
        }
    }

    /// Joins records that share a key, each to the first record with that key. `keys` calls its
    /// second argument with each key of a record and the key as a diagnostic shows it (made only
    /// when needed).
    private mutating func link(
        _ people: [Person], by evidence: MatchEvidence, context: inout MergeContext,
        keys: (Person, (LinkKey, @autoclosure () -> String) -> Void) -> Void
    ) {
        var first: [LinkKey: Int] = [:]
        for position in people.indices {
            keys(people[position]) { key, shown in
                guard let earlier = first[key] else {
                    first[key] = position
                    return
                }
                join(earlier, position, people, evidence: evidence, shown: shown, context: &context)
            }
        }
    }

    private mutating func join(
        _ earlier: Int, _ later: Int, _ people: [Person], evidence: MatchEvidence, shown key: () -> String,
        context: inout MergeContext
    ) {
        let (a, b) = (sets.find(earlier), sets.find(later))
        guard a != b else { return }
        if people[a].role == people[b].role && !Self.differ(setIIN[a], setIIN[b]) {
            unite(a, b)
            context.summary.peopleMatched[evidence, default: 0] += 1
            return
        }
        let shown = key()
        context.summary.conflictingIdentities += 1
        let reason =
            people[a].role != people[b].role
            ? "one is a \(people[b].role.rawValue) and the other a \(people[a].role.rawValue)"
            : "their IINs differ (\(setIIN[b] ?? ""), \(setIIN[a] ?? ""))"
        context.diagnose(
            .warning, .conflictingIdentity,
            "\(Self.describe(people[later], context)) has the \(Self.label(evidence)) \(shown) of "
                + "\(Self.describe(people[earlier], context)), but \(reason); kept apart", at: people[later].source)
    }

    private static func differ(_ first: String?, _ second: String?) -> Bool {
        guard let first, let second else { return false }
        return first != second
    }

    private mutating func unite(_ a: Int, _ b: Int) {
        let root = sets.unionRoots(a, b)
        let other = root == a ? b : a
        setSources[root].formUnion(setSources[other])
        setIIN[root] = setIIN[root] ?? setIIN[other]
    }

    // MARK: - Names

    /// One record's place in a name bucket.
    private struct Entry {
        var bucket: Int32
        var person: Int32
    }

    private struct BucketKey: Hashable {
        var schoolClass: Int32
        var role: Person.Role
        var names: IdentifierKey
    }

    private mutating func matchNames(
        _ people: [Person], facts: Facts, classNames: [String], context: inout MergeContext
    ) {
        var keys: [PersonNameKey?] = []
        keys.reserveCapacity(people.count)
        var bucketIndex: [BucketKey: Int32] = [:]
        var entries: [Entry] = []
        entries.reserveCapacity(people.count)
        for position in people.indices {
            let key = PersonNameKey(
                familyName: people[position].familyName, givenName: people[position].givenName,
                patronymic: people[position].patronymic)
            keys.append(key)
            guard let key else { continue }
            let role = people[position].role
            facts.classes.forEach(of: position) { schoolClass in
                let bucketKey = BucketKey(schoolClass: schoolClass, role: role, names: IdentifierKey(key.names))
                let bucket: Int32
                if let known = bucketIndex[bucketKey] {
                    bucket = known
                } else {
                    bucket = Int32(bucketIndex.count)
                    bucketIndex[bucketKey] = bucket
                }
                entries.append(Entry(bucket: bucket, person: Int32(position)))
            }
        }
        // Group the entries by bucket (a counting sort keeps each bucket in record order).
        let bucketCount = bucketIndex.count
        bucketIndex = [:]
        var starts = [Int](repeating: 0, count: bucketCount + 1)
        for entry in entries { starts[Int(entry.bucket) + 1] += 1 }
        for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
        var fill = starts
        var members = [Int32](repeating: 0, count: entries.count)
        for entry in entries {
            members[fill[Int(entry.bucket)]] = entry.person
            fill[Int(entry.bucket)] += 1
        }
        entries = []

        var candidates: [Int] = []
        var roots: [Int] = []
        for bucket in 0..<bucketCount where starts[bucket + 1] - starts[bucket] > 1 {
            candidates.removeAll(keepingCapacity: true)
            roots.removeAll(keepingCapacity: true)
            for slot in starts[bucket]..<starts[bucket + 1] {
                let person = Int(members[slot])
                let root = sets.find(person)
                if !roots.contains(root) {
                    roots.append(root)
                    candidates.append(person)
                }
            }
            guard candidates.count > 1 else { continue }
            let className = Self.className(of: candidates[0], facts: facts, classNames: classNames)
            let candidateList = candidates
            let rootList = roots
            // Same-named records of one input: reported, never merged.
            if candidateList.count <= CandidateGroups.limit {
                for (index, first) in candidateList.enumerated() {
                    for second in candidateList[(index + 1)...]
                    where facts.sources[first].intersects(facts.sources[second])
                        && keys[first]!.isCompatible(with: keys[second]!)
                    {
                        context.summary.possibleDuplicates += 1
                        context.diagnose(
                            .warning, .possibleDuplicatePerson,
                            "\(Self.describe(people[second], context)) and \(Self.describe(people[first], context)) "
                                + "have the same name in \(className) in one input: two children, or one child "
                                + "twice; kept apart", at: people[second].source)
                    }
                }
            }
            let groups = CandidateGroups(count: candidateList.count) { i, j in
                let (a, b) = (rootList[i], rootList[j])
                guard !setSources[a].intersects(setSources[b]) else { return false }
                if let first = setIIN[a], let second = setIIN[b], first != second { return false }
                return keys[candidateList[i]]!.isCompatible(with: keys[candidateList[j]]!)
            }
            for group in groups.ambiguous {
                context.summary.ambiguousPeople += 1
                let named = group.map { Self.describe(people[candidateList[$0]], context) }
                context.diagnose(
                    .warning, .ambiguousPersonMatch,
                    "\(group.count) people in \(className) share the name \(Self.quoted(people[candidateList[group[0]]])) "
                        + "and nothing tells which records are one child: " + named.joined(separator: "; ")
                        + "; none is merged by name", at: people[candidateList[group[0]]].source)
            }
            for group in groups.merge {
                let named = group.map { Self.describe(people[candidateList[$0]], context) }
                for position in group.dropFirst() {
                    let (a, b) = (sets.find(candidateList[group[0]]), sets.find(candidateList[position]))
                    guard a != b else { continue }
                    unite(a, b)
                    context.summary.peopleMatched[.name, default: 0] += 1
                }
                context.diagnose(
                    .info, .mergedByName,
                    "merged by name in \(className): " + named.joined(separator: " = "),
                    at: people[candidateList[group.last!]].source)
            }
        }
    }

    // MARK: - Text

    private static func className(of person: Int, facts: Facts, classNames: [String]) -> String {
        facts.classes.first(of: person).map { classNames[Int($0)] } ?? "?"
    }

    /// The surname and given name, which is what the records of a name bucket share.
    private static func quoted(_ person: Person) -> String {
        "'" + [person.familyName, person.givenName].compactMap { $0 }.joined(separator: " ") + "'"
    }

    /// `'Ахметов Нұрлан' (FILE:LINE)`.
    static func describe(_ person: Person, _ context: MergeContext) -> String {
        var name = ""
        for part in [person.familyName, person.givenName, person.patronymic] {
            guard let part, !part.isEmpty else { continue }
            if !name.isEmpty { name += " " }
            name += part
        }
        return "'" + (name.isEmpty ? person.id.rawValue : name) + "' (" + context.place(person.source) + ")"
    }

    private static func label(_ evidence: MatchEvidence) -> String {
        switch evidence {
        case .iin: "IIN"
        case .email: "e-mail"
        case .platformLink: "platform id"
        case .name: "name"
        }
    }

    private static func trimmed(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, LetterFolding.isSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, LetterFolding.isSpace(last) { scalars.removeLast() }
        return String(scalars)
    }
}
