/// The columns ``StoreReader`` selects from `assessments`, in order.
package enum AssessmentColumn: Int, ProvenanceColumns {
    case id, ref, title, kind, number, maxScore, subjectID, classID, termID, date, category
    case importID, sourceFile, sourceLine, sourceColumn

    package var columnName: String {
        switch self {
        case .id: "id"
        case .ref: "ref"
        case .title: "title"
        case .kind: "kind"
        case .number: "number"
        case .maxScore: "max_score_millionths"
        case .subjectID: "subject_id"
        case .classID: "class_id"
        case .termID: "term_id"
        case .date: "date"
        case .category: "category"
        case .importID: "import_id"
        case .sourceFile: "source_file"
        case .sourceLine: "source_line"
        case .sourceColumn: "source_column"
        }
    }
}
