/// Merges the inputs of one gradebook: the same child, class, subject, term and assessment seen by
/// several inputs becomes one record, and results that then meet are settled by a stated rule.
///
/// ```swift
/// let read = registry.readGradebook(from: ["kundelik-dump", "7А Математика.csv"], merging: nil)
/// let merged = GradebookMerger(preference: .platform("kundelik")).merge(read.gradebook)
/// merged.merge?.peopleMatched[.name]   // records joined by name
/// ```
///
/// The steps, each linear in the records (or in buckets of records that share a key):
/// 1. classes, subjects and terms are aligned (``ReferenceAlignment``: `7А` = `7A`, `Q2` = `2025-2026/Q2`);
/// 2. people are resolved by IIN, e-mail, platform link, then folded name within a class
///    (``PersonNameKey``); ambiguous name matches are reported, never merged;
/// 3. assessments are aligned by kind and number or by folded title within a subject, class and term;
/// 4. results of one person and assessment from several inputs are settled by ``preference``
///    (equal values quietly, different values with a `conflicting-results` warning).
///
/// **What the output looks like.** A merged person keeps the id and names of the earliest input's
/// record — except that names from separate fields win over names split out of one free-text full
/// name (``Person/nameIsParsed``), whatever the order of the inputs; fields it lacks (patronymic,
/// e-mail, IIN) are filled from the others, and its
/// ``Person/externalIds`` gain each merged record's external ids and the record's own gradeport id
/// under its platform (`{"platform":"onlinemektep","id":"onlinemektep:7А:ахметов нурлан"}`). A merged
/// assessment keeps the earliest input's id and lists the others as ``Assessment/aliases``. Results,
/// enrollments and assessments are rewritten to the surviving ids and deduplicated. Every decision
/// that was not certain is a diagnostic (codes in `DiagnosticCode`: `merged-by-name`,
/// `ambiguous-person-match`, `possible-duplicate-person`, `conflicting-identity`,
/// `ambiguous-assessment-match`, `assessment-maximum-mismatch`, `conflicting-results`,
/// `duplicate-result`, `merge-note`), and ``Gradebook/merge`` holds the counts.
///
/// A gradebook of one input is returned unchanged: there is nothing to merge, and a lone export's
/// output does not depend on whether merging exists.
public struct GradebookMerger: Sendable {
    /// Which value is kept when inputs disagree.
    public var preference: ConflictPreference

    /// Creates a merger.
    public init(preference: ConflictPreference = .last) {
        self.preference = preference
    }

    /// The merged gradebook, with the merge's diagnostics appended and ``Gradebook/merge`` set;
    /// `book` itself when it has fewer than two inputs.
    ///
    /// The gradebook is rewritten in place when the caller gives it up (`merge(consume book)`);
    /// otherwise its arrays are copied first.
    public func merge(_ input: consuming Gradebook) -> Gradebook {
        var book = input
        guard book.sources.count > 1 else { return book }
        var context = MergeContext(sources: book.sources, preference: preference)

        // 1. Classes, subjects, terms; the references to them.
        let references = ReferenceAlignment(&book, context: &context)
        if !references.isEmpty {
            for index in book.assessments.indices {
                book.assessments[index].subject = references.subjectID(book.assessments[index].subject)
                book.assessments[index].class = references.classID(book.assessments[index].class)
                book.assessments[index].term = references.termID(book.assessments[index].term)
            }
            for index in book.enrollments.indices {
                book.enrollments[index].class = references.classID(book.enrollments[index].class)!
                book.enrollments[index].subject = references.subjectID(book.enrollments[index].subject)
            }
        }

        // 2. Ordinals for people, assessments and classes, and what results say about each.
        let ordinals = RecordOrdinals(book)
        let facts = ordinals.facts(book, context: context)

        // 3. People.
        let identity = IdentityResolution(
            people: book.people, facts: facts.people, classNames: book.classes.map(\.name), context: &context)

        // 4. Assessments.
        let alignment = AssessmentAlignment(
            assessments: book.assessments, sources: facts.assessmentSources, context: &context)

        // 5. Results.
        let keys = ordinals.mergedKeys(personSurvivor: identity.survivor, assessmentSurvivor: alignment.survivor)
        let reconciliation = ResultReconciliation(
            results: book.results, persons: keys.person, assessments: keys.assessment,
            personCount: ordinals.personOrdinalCount, sources: ordinals.resultSource,
            about: { position in
                let person = ordinals.person(ofResult: position).map { book.people[identity.survivor[$0]] }
                let assessment = ordinals.assessment(ofResult: position).map {
                    book.assessments[alignment.survivor[$0]]
                }
                return "'\(person.map(\.fullName) ?? book.results[position].person.rawValue)' in "
                    + "'\(assessment.map(\.title) ?? book.results[position].assessment.rawValue)'"
            }, context: &context)

        // 6. The merged records: assessments first (results take their maxima), then results and
        // enrollments rewritten in place, then people.
        let assessments = Self.mergedAssessments(book.assessments, survivor: alignment.survivor)
        var assessmentAt = [Int](repeating: -1, count: book.assessments.count)
        var next = 0
        for (position, root) in alignment.survivor.enumerated() where root == position {
            assessmentAt[position] = next
            next += 1
        }
        // Each kept result is at or after its slot, and nothing before it is needed any more, so the
        // results compact in place.
        for (slot, position) in reconciliation.kept.enumerated() {
            if slot != position { book.results.swapAt(slot, position) }
            if let person = ordinals.person(ofResult: position), identity.survivor[person] != person {
                book.results[slot].person = book.people[identity.survivor[person]].id
            }
            if let assessment = ordinals.assessment(ofResult: position) {
                let survivor = assessmentAt[alignment.survivor[assessment]]
                if alignment.survivor[assessment] != assessment {
                    book.results[slot].assessment = assessments[survivor].id
                }
                // As in the builder: a result without a maximum of its own takes its assessment's.
                if book.results[slot].maxScore == nil { book.results[slot].maxScore = assessments[survivor].maxScore }
            }
        }
        book.results.removeLast(book.results.count - reconciliation.kept.count)
        var seen = Set<EnrollmentKey>()
        var kept = 0
        for index in book.enrollments.indices {
            var enrollment = book.enrollments[index]
            let person = ordinals.person(enrollment.person).map { identity.survivor[$0] }
            if let person, book.people[person].id != enrollment.person { enrollment.person = book.people[person].id }
            guard seen.insert(EnrollmentKey(enrollment, person: person)).inserted else { continue }
            book.enrollments[kept] = enrollment
            kept += 1
        }
        book.enrollments.removeLast(book.enrollments.count - kept)
        Self.mergePeople(&book.people, survivor: identity.survivor, context: &context)
        book.assessments = assessments
        book.diagnostics += context.diagnostics
        book.merge = context.summary
        return book
    }

    // MARK: - Assembly

    /// Folds each person record into its survivor (filling missing fields, adding external ids),
    /// then keeps the survivors, in place.
    private static func mergePeople(_ people: inout [Person], survivor: [Int], context: inout MergeContext) {
        for (position, root) in survivor.enumerated() where root != position {
            let folded = people[position]
            let own = Person.ExternalID(
                platform: context.platform(of: folded.source) ?? folded.id.platform ?? "", id: folded.id.rawValue)
            if people[root].nameIsParsed, !folded.nameIsParsed, folded.familyName != nil || folded.givenName != nil {
                // Separate name fields win over names split out of free text, whichever input came first.
                context.diagnose(
                    .info, .mergeNote,
                    "names '\(people[root].fullName)' (split from one full-name text) replaced by the separate name "
                        + "fields of \(context.place(folded.source)): family name '\(folded.familyName ?? "")', given "
                        + "name '\(folded.givenName ?? "")'", at: people[root].source)
                people[root].familyName = folded.familyName
                people[root].givenName = folded.givenName
                people[root].patronymic = folded.patronymic ?? people[root].patronymic
                people[root].nameIsParsed = false
            } else {
                people[root].familyName = people[root].familyName ?? folded.familyName
                people[root].givenName = people[root].givenName ?? folded.givenName
                people[root].patronymic = people[root].patronymic ?? folded.patronymic
            }
            people[root].email = people[root].email ?? folded.email
            people[root].iin = people[root].iin ?? folded.iin
            for external in folded.externalIds + [own] where !people[root].externalIds.contains(external) {
                people[root].externalIds.append(external)
            }
        }
        var kept = 0
        for position in people.indices where survivor[position] == position {
            if kept != position { people.swapAt(kept, position) }
            kept += 1
        }
        people.removeLast(people.count - kept)
    }

    private static func mergedAssessments(_ assessments: [Assessment], survivor: [Int]) -> [Assessment] {
        var merged = assessments
        for (position, root) in survivor.enumerated() where root != position {
            let folded = assessments[position]
            var kept = merged[root]
            kept.number = kept.number ?? folded.number
            kept.maxScore = kept.maxScore ?? folded.maxScore
            kept.date = kept.date ?? folded.date
            kept.category = kept.category ?? folded.category
            kept.aliases.append(Assessment.Alias(id: folded.id, source: folded.source))
            kept.aliases += folded.aliases
            merged[root] = kept
        }
        return survivor.enumerated().filter { $0.offset == $0.element }.map { merged[$0.offset] }
    }
}

/// An enrollment as a dictionary key that hashes its ids' bytes (``IdentifierKey``), not their
/// Unicode-normalised characters, and its person by position.
private struct EnrollmentKey: Hashable {
    var person: Int
    var personID: IdentifierKey?
    var schoolClass: IdentifierKey
    var subject: IdentifierKey?
    var role: Person.Role

    init(_ enrollment: Enrollment, person: Int?) {
        self.person = person ?? -1
        personID = person == nil ? IdentifierKey(enrollment.person) : nil
        schoolClass = IdentifierKey(enrollment.class)
        subject = enrollment.subject.map(IdentifierKey.init)
        role = enrollment.role
    }
}
