/// Aligns the classes, subjects and terms of several inputs, so that people and assessments can be
/// compared within them.
///
/// - **Classes** align by their normalised name (``ClassName``: `7А` = `7A` = `7 «А»`) within one
///   school. Schools are one school when their BINs are equal, or their folded names are and their
///   BINs do not differ. A class whose input names no school
///   joins the class of that name when all inputs that name a school name the same one; when several
///   schools have a class of that name, the classes without a school align only with each other
///   (and a note says so).
/// - **Subjects** align by their folded name (``NameFolding/skeleton(_:)``: `Қазақ тілі` = `Казак тили`).
/// - **Terms**: a term without a school year (`Q2` from a journal table) is read as the term of the
///   same kind and number of the only school year the other inputs name (`2025-2026/Q2`).
///
/// The record of the earliest input survives; the others' missing fields are filled from it.
struct ReferenceAlignment {
    /// Surviving ids by original id, for every class, subject and term that was folded into another.
    private var classes: [IdentifierKey: SchoolClass.ID] = [:]
    private var subjects: [IdentifierKey: Subject.ID] = [:]
    private var terms: [IdentifierKey: Term.ID] = [:]

    /// Aligns `book`'s classes, subjects and terms in place (folded records removed, the others
    /// completed) and rewrites nothing else; use ``classID(_:)`` and friends for the references.
    init(_ book: inout Gradebook, context: inout MergeContext) {
        alignSchools(&book)
        alignClasses(&book, &context)
        alignSubjects(&book, &context)
        alignTerms(&book, &context)
    }

    func classID(_ id: SchoolClass.ID?) -> SchoolClass.ID? { Self.surviving(id, in: classes) }
    func subjectID(_ id: Subject.ID?) -> Subject.ID? { Self.surviving(id, in: subjects) }
    func termID(_ id: Term.ID?) -> Term.ID? { Self.surviving(id, in: terms) }

    /// Whether anything was folded, that is, whether references need rewriting.
    var isEmpty: Bool { classes.isEmpty && subjects.isEmpty && terms.isEmpty }

    private static func surviving<ID: StringIdentifier>(_ id: ID?, in map: [IdentifierKey: ID]) -> ID? {
        guard let id, !map.isEmpty else { return id }
        return map[IdentifierKey(id)] ?? id
    }

    // MARK: - Classes

    private mutating func alignClasses(_ book: inout Gradebook, _ context: inout MergeContext) {
        // Classes by normalised name, in order of first appearance.
        var byName: [String: [Int]] = [:]
        var names: [String] = []
        for (position, schoolClass) in book.classes.enumerated() {
            let name = ClassName.normalized(schoolClass.name) ?? NameFolding.spelling(schoolClass.name)
            if byName[name] == nil { names.append(name) }
            byName[name, default: []].append(position)
        }
        let classSchools = book.classes.map(\.school)
        func school(_ position: Int) -> School.ID? { classSchools[position] }
        var removed = Set<Int>()
        for name in names {
            let positions = byName[name]!
            guard positions.count > 1 else { continue }
            var known: [School.ID] = []
            for position in positions {
                if let key = school(position), !known.contains(key) { known.append(key) }
            }
            var groups: [[Int]] = []
            if known.isEmpty { Self.warnIfFromSeveralFolders(positions, of: book, &context) }
            if known.count <= 1 {
                groups = [positions]
            } else {
                for key in known { groups.append(positions.filter { school($0) == key }) }
                let unplaced = positions.filter { school($0) == nil }
                groups.append(unplaced)
                if !unplaced.isEmpty {
                    let first = book.classes[unplaced[0]]
                    context.diagnose(
                        .info, .mergeNote,
                        "class \(first.name) of an input that names no school is not aligned with the \(name) of "
                            + "any of the \(known.count) schools that have one", at: first.source)
                }
            }
            for group in groups where group.count > 1 {
                let survivor = group[0]
                for position in group.dropFirst() {
                    let folded = book.classes[position]
                    classes[IdentifierKey(folded.id)] = book.classes[survivor].id
                    book.classes[survivor].grade = book.classes[survivor].grade ?? folded.grade
                    book.classes[survivor].school = book.classes[survivor].school ?? folded.school
                    removed.insert(position)
                    context.summary.classesAligned += 1
                }
            }
        }
        if !removed.isEmpty { book.classes = Self.dropping(removed, from: book.classes) }
    }

    /// Warns when classes of one name that no input places in a school come from inputs in different
    /// folders: they are aligned as one school's, which is wrong if the folders are two schools.
    private static func warnIfFromSeveralFolders(
        _ positions: [Int], of book: Gradebook, _ context: inout MergeContext
    ) {
        let files = Dictionary(book.sources.map { ($0.id, $0.file) }, uniquingKeysWith: { first, _ in first })
        let placed = positions.compactMap { position -> (folder: String, file: String)? in
            guard let file = book.classes[position].source.flatMap({ files[$0.source] }) else { return nil }
            return (InputSchools.folder(of: file), file)
        }
        guard let first = placed.first, let other = placed.first(where: { $0.folder != first.folder }) else { return }
        let schoolClass = book.classes[positions[0]]
        context.diagnose(
            .warning, .unscopedInput,
            "class \(schoolClass.name) of \(first.file) and of \(other.file), in another folder, are aligned as one "
                + "school's class because no input names its school; if the folders are different schools, give "
                + "--school-from-folder (or --school NAME per school)", at: schoolClass.source)
    }

    /// Folds schools with the same BIN, or with the same folded name and no two different BINs,
    /// into the earliest input's record, and points classes at it.
    private mutating func alignSchools(_ book: inout Gradebook) {
        var sets = DisjointSets(count: book.schools.count)
        var bins = book.schools.map(\.bin)
        var byBIN: [String: Int] = [:]
        var byName: [String: Int] = [:]
        for (position, school) in book.schools.enumerated() {
            guard let bin = school.bin else { continue }
            if let earlier = byBIN[bin] {
                sets.unionRoots(sets.find(earlier), sets.find(position))
            } else {
                byBIN[bin] = position
            }
        }
        for (position, school) in book.schools.enumerated() {
            guard let name = school.name.map(NameFolding.skeleton), !name.isEmpty else { continue }
            guard let earlier = byName[name] else {
                byName[name] = position
                continue
            }
            let (a, b) = (sets.find(earlier), sets.find(position))
            if a == b { continue }
            if let one = bins[a], let other = bins[b], one != other { continue }
            let root = sets.unionRoots(a, b)
            bins[root] = bins[a] ?? bins[b]
        }
        var folded: [School.ID: School.ID] = [:]
        var removed = Set<Int>()
        for position in book.schools.indices {
            let root = sets.find(position)
            guard root != position else { continue }
            folded[book.schools[position].id] = book.schools[root].id
            book.schools[root].name = book.schools[root].name ?? book.schools[position].name
            book.schools[root].bin = book.schools[root].bin ?? book.schools[position].bin
            removed.insert(position)
        }
        guard !removed.isEmpty else { return }
        book.schools = Self.dropping(removed, from: book.schools)
        for index in book.classes.indices {
            if let school = book.classes[index].school, let survivor = folded[school] {
                book.classes[index].school = survivor
            }
        }
    }

    // MARK: - Subjects

    private mutating func alignSubjects(_ book: inout Gradebook, _ context: inout MergeContext) {
        var survivors: [String: Int] = [:]
        var removed = Set<Int>()
        for (position, subject) in book.subjects.enumerated() {
            let key = NameFolding.skeleton(subject.name)
            guard !key.isEmpty else { continue }
            if let survivor = survivors[key] {
                subjects[IdentifierKey(subject.id)] = book.subjects[survivor].id
                removed.insert(position)
                context.summary.subjectsAligned += 1
            } else {
                survivors[key] = position
            }
        }
        if !removed.isEmpty { book.subjects = Self.dropping(removed, from: book.subjects) }
    }

    // MARK: - Terms

    private mutating func alignTerms(_ book: inout Gradebook, _ context: inout MergeContext) {
        struct Period: Hashable {
            var kind: Term.Kind
            var number: Int?
        }
        var dated: [Period: [Int]] = [:]
        for (position, term) in book.terms.enumerated() where term.schoolYear != nil {
            guard let kind = term.kind else { continue }
            dated[Period(kind: kind, number: term.number), default: []].append(position)
        }
        var removed = Set<Int>()
        for (position, term) in book.terms.enumerated() where term.schoolYear == nil {
            guard let kind = term.kind, let candidates = dated[Period(kind: kind, number: term.number)] else {
                continue
            }
            let years = Set(candidates.compactMap { book.terms[$0].schoolYear })
            guard years.count == 1, let survivor = candidates.first else { continue }
            let target = book.terms[survivor]
            terms[IdentifierKey(term.id)] = target.id
            removed.insert(position)
            context.summary.termsAligned += 1
            context.diagnose(
                .info, .mergeNote,
                "term '\(term.id)' names no school year; read as \(target.id), the only school year of the other inputs",
                at: term.source)
        }
        if !removed.isEmpty { book.terms = Self.dropping(removed, from: book.terms) }
    }

    private static func dropping<Record>(_ positions: Set<Int>, from records: [Record]) -> [Record] {
        records.enumerated().filter { !positions.contains($0.offset) }.map(\.element)
    }
}
