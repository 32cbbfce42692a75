/// The columns ``StoreReader`` selects from `subjects`, in order.
package enum SubjectColumn: Int, ProvenanceColumns {
    case id, ref, name
    case importID, sourceFile, sourceLine, sourceColumn

    package var columnName: String {
        switch self {
        case .id: "id"
        case .ref: "ref"
        case .name: "name"
        case .importID: "import_id"
        case .sourceFile: "source_file"
        case .sourceLine: "source_line"
        case .sourceColumn: "source_column"
        }
    }
}
