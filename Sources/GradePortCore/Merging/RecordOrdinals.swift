/// Small integers for the people and assessments of a gradebook, and the ones each result names, so
/// that the merge works on arrays instead of string-keyed dictionaries.
///
/// An id a result names that has no record (a dangling reference the adapter already reported) gets
/// an ordinal past the records', so its results still meet each other but nothing else.
struct RecordOrdinals {
    private var people: [IdentifierKey: Int32] = [:]
    private var assessments: [IdentifierKey: Int32] = [:]
    private let peopleCount: Int
    private let assessmentCount: Int
    /// The person and assessment ordinal of each result.
    private(set) var resultPerson: [Int32] = []
    private(set) var resultAssessment: [Int32] = []
    /// The position in ``Gradebook/sources`` of each result's input (-1 when unknown).
    private(set) var resultSource: [Int32] = []

    init(_ book: Gradebook) {
        peopleCount = book.people.count
        assessmentCount = book.assessments.count
        people.reserveCapacity(book.people.count)
        for position in book.people.indices { people[IdentifierKey(book.people[position].id)] = Int32(position) }
        assessments.reserveCapacity(book.assessments.count)
        for (position, assessment) in book.assessments.enumerated() {
            assessments[IdentifierKey(assessment.id)] = Int32(position)
        }
        resultPerson.reserveCapacity(book.results.count)
        resultAssessment.reserveCapacity(book.results.count)
        resultSource.reserveCapacity(book.results.count)
        var sourceIndex: [Source.ID: Int32] = [:]
        for (position, source) in book.sources.enumerated() { sourceIndex[source.id] = Int32(position) }
        // Adapters write a student's results one after another, and cycle through a class's few
        // assessments: remember the last person and the last few assessments.
        var lastPerson: (id: Person.ID, ordinal: Int32) = ("", -1)
        var recent = RecentIDs()
        var lastSource: (id: Source.ID, index: Int32) = ("", -1)
        for result in book.results {
            if lastPerson.ordinal < 0 || !IdentifierKey.sameBytes(lastPerson.id, result.person) {
                lastPerson = (result.person, Self.intern(result.person, in: &people))
            }
            let assessment: Int32
            if let known = recent.ordinal(of: result.assessment) {
                assessment = known
            } else {
                assessment = Self.intern(result.assessment, in: &assessments)
                recent.remember(result.assessment, assessment)
            }
            if lastSource.index < 0 || !IdentifierKey.sameBytes(lastSource.id, result.source.source) {
                lastSource = (result.source.source, sourceIndex[result.source.source] ?? -1)
            }
            resultPerson.append(lastPerson.ordinal)
            resultAssessment.append(assessment)
            resultSource.append(lastSource.index)
        }
    }

    /// The last few ids looked up, compared by their bytes.
    private struct RecentIDs {
        private var ids: [Assessment.ID] = Array(repeating: "", count: 8)
        private var ordinals: [Int32] = Array(repeating: -1, count: 8)
        private var next = 0

        func ordinal(of id: Assessment.ID) -> Int32? {
            for slot in 0..<8 where ordinals[slot] >= 0 && IdentifierKey.sameBytes(ids[slot], id) {
                return ordinals[slot]
            }
            return nil
        }

        mutating func remember(_ id: Assessment.ID, _ ordinal: Int32) {
            ids[next] = id
            ordinals[next] = ordinal
            next = (next + 1) & 7
        }
    }

    /// The merged person of a result, or its own id's ordinal when no record has it.
    func person(ofResult position: Int) -> Int? {
        let ordinal = Int(resultPerson[position])
        return ordinal < peopleCount ? ordinal : nil
    }

    /// The assessment record of a result, when there is one.
    func assessment(ofResult position: Int) -> Int? {
        let ordinal = Int(resultAssessment[position])
        return ordinal < assessmentCount ? ordinal : nil
    }

    /// The position of a person record, or `nil` when no record has this id.
    func person(_ id: Person.ID) -> Int? {
        people[IdentifierKey(id)].flatMap { Int($0) < peopleCount ? Int($0) : nil }
    }

    /// The position of an assessment record, or `nil` when no record has this id.
    func assessment(_ id: String) -> Int? {
        assessments[IdentifierKey(id)].flatMap { Int($0) < assessmentCount ? Int($0) : nil }
    }

    /// What the records and results say about people (inputs, classes) and assessments (inputs).
    func facts(
        _ book: Gradebook, context: MergeContext
    ) -> (
        people: IdentityResolution.Facts, assessmentSources: [SourceSet]
    ) {
        var classOrdinal: [IdentifierKey: Int32] = [:]
        for (position, schoolClass) in book.classes.enumerated() {
            classOrdinal[IdentifierKey(schoolClass.id)] = Int32(position)
        }
        var lastSource: (id: Source.ID, set: SourceSet) = ("", SourceSet())
        var personSources = book.people.map { person -> SourceSet in
            guard let id = person.source?.source else { return SourceSet() }
            if !IdentifierKey.sameBytes(lastSource.id, id) {
                lastSource = (id, context.index(ofSource: id).map(SourceSet.init) ?? SourceSet())
            }
            return lastSource.set
        }
        var assessmentSources = book.assessments.map { assessment in
            context.index(of: assessment.source).map(SourceSet.init) ?? SourceSet()
        }
        let assessmentClass = book.assessments.map { assessment in
            assessment.class.flatMap { classOrdinal[IdentifierKey($0)] } ?? -1
        }
        var classes = ClassMembership(count: book.people.count)
        for enrollment in book.enrollments {
            guard let person = self.person(enrollment.person),
                let schoolClass = classOrdinal[IdentifierKey(enrollment.class)]
            else { continue }
            classes.add(schoolClass, to: person)
        }
        for position in resultPerson.indices {
            let source = Int(resultSource[position])
            let person = Int(resultPerson[position])
            let assessment = Int(resultAssessment[position])
            if person < peopleCount {
                if source >= 0 { personSources[person].insert(source) }
                if assessment < assessmentCount, assessmentClass[assessment] >= 0 {
                    classes.add(assessmentClass[assessment], to: person)
                }
            }
            if assessment < assessmentCount, source >= 0 { assessmentSources[assessment].insert(source) }
        }
        return (IdentityResolution.Facts(sources: personSources, classes: classes), assessmentSources)
    }

    /// Per result, its merged person and merged assessment (ordinals below ``personOrdinalCount``
    /// and ``assessmentOrdinalCount``; ids without a record keep their own ordinals).
    func mergedKeys(personSurvivor: [Int], assessmentSurvivor: [Int]) -> (person: [Int32], assessment: [Int32]) {
        var persons: [Int32] = []
        var assessments: [Int32] = []
        persons.reserveCapacity(resultPerson.count)
        assessments.reserveCapacity(resultPerson.count)
        for position in resultPerson.indices {
            let person = Int(resultPerson[position])
            persons.append(person < peopleCount ? Int32(personSurvivor[person]) : Int32(person))
            let assessment = Int(resultAssessment[position])
            assessments.append(assessment < assessmentCount ? Int32(assessmentSurvivor[assessment]) : Int32(assessment))
        }
        return (persons, assessments)
    }

    /// How many person ordinals there are: the records and the ids results name without a record.
    var personOrdinalCount: Int { people.count }

    private static func intern(_ id: some StringIdentifier, in index: inout [IdentifierKey: Int32]) -> Int32 {
        let key = IdentifierKey(id)
        if let known = index[key] { return known }
        let ordinal = Int32(index.count)
        index[key] = ordinal
        return ordinal
    }
}
