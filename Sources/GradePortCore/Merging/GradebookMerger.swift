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
/// record; fields it lacks (patronymic, e-mail, IIN) are filled from the others, and its
/// ``Person/externalIds`` gain each merged record's external ids and the record's own gradeport id
/// under its platform (`{"platform":"onlinemektep","id":"onlinemektep:7А:ахметов нурлан"}`). A merged
/// assessment keeps the earliest input's id and lists the others as ``Assessment/aliases``. Results,
/// enrollments and assessments are rewritten to the surviving ids and deduplicated. Every decision
/// that was not certain is a diagnostic (codes in ``DiagnosticCode``: `merged-by-name`,
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
    public func merge(_ book: Gradebook) -> Gradebook {
        guard book.sources.count > 1 else { return book }
        var book = book
        var context = MergeContext(sources: book.sources, preference: preference)

        // 1. Classes, subjects, terms; the references to them.
        let references = ReferenceAlignment(&book, context: &context)
        for index in book.assessments.indices {
            book.assessments[index].subject = references.subjectID(book.assessments[index].subject)
            book.assessments[index].class = references.classID(book.assessments[index].class)
            book.assessments[index].term = references.termID(book.assessments[index].term)
        }
        for index in book.enrollments.indices {
            book.enrollments[index].class = references.classID(book.enrollments[index].class)!
            book.enrollments[index].subject = references.subjectID(book.enrollments[index].subject)
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
        let keys = ordinals.resultKeys(personSurvivor: identity.survivor, assessmentSurvivor: alignment.survivor)
        let reconciliation = ResultReconciliation(
            results: book.results, keys: keys,
            about: { position in
                let person = ordinals.person(book.results[position].person).map { book.people[identity.survivor[$0]] }
                let assessment = ordinals.assessment(book.results[position].assessment).map {
                    book.assessments[alignment.survivor[$0]]
                }
                return "'\(person.map(\.fullName) ?? book.results[position].person)' in "
                    + "'\(assessment.map(\.title) ?? book.results[position].assessment)'"
            }, context: &context)

        // 6. The merged records.
        let people = Self.mergedPeople(book.people, survivor: identity.survivor, context: context)
        let assessments = Self.mergedAssessments(book.assessments, survivor: alignment.survivor)
        // Where each surviving assessment stands in `assessments`.
        var alignmentPosition = [Int](repeating: -1, count: book.assessments.count)
        var next = 0
        for (position, root) in alignment.survivor.enumerated() where root == position {
            alignmentPosition[position] = next
            next += 1
        }
        let personID: (String) -> String = { id in
            ordinals.person(id).map { book.people[identity.survivor[$0]].id } ?? id
        }
        var results: [AssessmentResult] = []
        results.reserveCapacity(reconciliation.kept.count)
        for position in reconciliation.kept {
            var result = book.results[position]
            result.person = personID(result.person)
            if let assessment = ordinals.assessment(result.assessment) {
                let survivor = assessments[alignmentPosition[alignment.survivor[assessment]]]
                result.assessment = survivor.id
                // As in the builder: a result without a maximum of its own takes its assessment's.
                result.maxScore = result.maxScore ?? survivor.maxScore
            }
            results.append(result)
        }
        var seen = Set<Enrollment>()
        var enrollments: [Enrollment] = []
        for var enrollment in book.enrollments {
            enrollment.person = personID(enrollment.person)
            if seen.insert(enrollment).inserted { enrollments.append(enrollment) }
        }

        book.people = people
        book.assessments = assessments
        book.results = results
        book.enrollments = enrollments
        book.diagnostics += context.diagnostics
        book.merge = context.summary
        return book
    }

    // MARK: - Assembly

    private static func mergedPeople(_ people: [Person], survivor: [Int], context: MergeContext) -> [Person] {
        var merged = people
        for (position, root) in survivor.enumerated() where root != position {
            let folded = people[position]
            var kept = merged[root]
            kept.familyName = kept.familyName ?? folded.familyName
            kept.givenName = kept.givenName ?? folded.givenName
            kept.patronymic = kept.patronymic ?? folded.patronymic
            kept.email = kept.email ?? folded.email
            kept.iin = kept.iin ?? folded.iin
            let own = Person.ExternalID(
                platform: context.platform(of: folded.source) ?? platformPrefix(of: folded.id), id: folded.id)
            for external in folded.externalIds + [own] where !kept.externalIds.contains(external) {
                kept.externalIds.append(external)
            }
            merged[root] = kept
        }
        return survivor.enumerated().filter { $0.offset == $0.element }.map { merged[$0.offset] }
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

    /// `teams` of `teams:avery@school.kz`.
    private static func platformPrefix(of id: String) -> String {
        id.firstIndex(of: ":").map { String(id[..<$0]) } ?? id
    }
}
