/// The columns ``StoreReader`` selects from `results`, in order.
package enum ResultColumn: Int, ProvenanceColumns {
    case assessmentID, personID, status, score, maxScore, raw, comment, late, draft
    case importID, sourceFile, sourceLine, sourceColumn

    package var columnName: String {
        switch self {
        case .assessmentID: "assessment_id"
        case .personID: "person_id"
        case .status: "status"
        case .score: "score_millionths"
        case .maxScore: "max_score_millionths"
        case .raw: "raw"
        case .comment: "comment"
        case .late: "late"
        case .draft: "draft"
        case .importID: "import_id"
        case .sourceFile: "source_file"
        case .sourceLine: "source_line"
        case .sourceColumn: "source_column"
        }
    }
}
