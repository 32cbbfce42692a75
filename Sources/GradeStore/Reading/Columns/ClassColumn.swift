/// The columns ``StoreReader`` selects from `classes`, in order.
package enum ClassColumn: Int, ProvenanceColumns {
    case id, ref, name, grade, schoolID
    case importID, sourceFile, sourceLine, sourceColumn

    package var columnName: String {
        switch self {
        case .id: "id"
        case .ref: "ref"
        case .name: "name"
        case .grade: "grade"
        case .schoolID: "school_id"
        case .importID: "import_id"
        case .sourceFile: "source_file"
        case .sourceLine: "source_line"
        case .sourceColumn: "source_column"
        }
    }
}
