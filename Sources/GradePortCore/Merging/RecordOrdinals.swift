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

    init(_ book: Gradebook) {
        peopleCount = book.people.count
        assessmentCount = book.assessments.count
        people.reserveCapacity(book.people.count)
        for (position, person) in book.people.enumerated() { people[IdentifierKey(person.id)] = Int32(position) }
        assessments.reserveCapacity(book.assessments.count)
        for (position, assessment) in book.assessments.enumerated() {
            assessments[IdentifierKey(assessment.id)] = Int32(position)
        }
        resultPerson.reserveCapacity(book.results.count)
        resultAssessment.reserveCapacity(book.results.count)
        // Adapters write a student's results one after another: remember the last person.
        var lastPerson: (id: String, ordinal: Int32) = ("", -1)
        var lastAssessment: (id: String, ordinal: Int32) = ("", -1)
        for result in book.results {
            if lastPerson.ordinal < 0 || !IdentifierKey.sameBytes(lastPerson.id, result.person) {
                lastPerson = (result.person, Self.intern(result.person, in: &people))
            }
            if lastAssessment.ordinal < 0 || !IdentifierKey.sameBytes(lastAssessment.id, result.assessment) {
                lastAssessment = (result.assessment, Self.intern(result.assessment, in: &assessments))
            }
            resultPerson.append(lastPerson.ordinal)
            resultAssessment.append(lastAssessment.ordinal)
        }
    }

    /// The position of a person record, or `nil` when no record has this id.
    func person(_ id: String) -> Int? {
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
        var personSources = book.people.map { person in
            context.index(of: person.source).map(SourceSet.init) ?? SourceSet()
        }
        var assessmentSources = book.assessments.map { assessment in
            context.index(of: assessment.source).map(SourceSet.init) ?? SourceSet()
        }
        let assessmentClass = book.assessments.map { assessment in
            assessment.class.flatMap { classOrdinal[IdentifierKey($0)] } ?? -1
        }
        var classes = [[Int32]](repeating: [], count: book.people.count)
        func note(_ schoolClass: Int32, of person: Int) {
            guard schoolClass >= 0, !classes[person].contains(schoolClass) else { return }
            classes[person].append(schoolClass)
        }
        for enrollment in book.enrollments {
            guard let person = self.person(enrollment.person),
                let schoolClass = classOrdinal[IdentifierKey(enrollment.class)]
            else { continue }
            note(schoolClass, of: person)
        }
        var lastSource: (id: String, index: Int) = ("", -1)
        for (position, result) in book.results.enumerated() {
            if lastSource.index < 0 || lastSource.id != result.source.source {
                lastSource = (result.source.source, context.index(ofSource: result.source.source) ?? -1)
            }
            let person = Int(resultPerson[position])
            let assessment = Int(resultAssessment[position])
            if person < peopleCount {
                if lastSource.index >= 0 { personSources[person].insert(lastSource.index) }
                if assessment < assessmentCount { note(assessmentClass[assessment], of: person) }
            }
            if assessment < assessmentCount, lastSource.index >= 0 {
                assessmentSources[assessment].insert(lastSource.index)
            }
        }
        return (IdentityResolution.Facts(sources: personSources, classes: classes), assessmentSources)
    }

    /// Per result, its merged person and merged assessment packed into one integer.
    func resultKeys(personSurvivor: [Int], assessmentSurvivor: [Int]) -> [Int] {
        var keys: [Int] = []
        keys.reserveCapacity(resultPerson.count)
        for position in resultPerson.indices {
            var person = Int(resultPerson[position])
            if person < peopleCount { person = personSurvivor[person] }
            var assessment = Int(resultAssessment[position])
            if assessment < assessmentCount { assessment = assessmentSurvivor[assessment] }
            keys.append(person << 32 | assessment)
        }
        return keys
    }

    private static func intern(_ id: String, in index: inout [IdentifierKey: Int32]) -> Int32 {
        let key = IdentifierKey(id)
        if let known = index[key] { return known }
        let ordinal = Int32(index.count)
        index[key] = ordinal
        return ordinal
    }
}
