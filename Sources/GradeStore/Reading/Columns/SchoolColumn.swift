/// The columns ``StoreReader`` selects from `schools`, in order.
package enum SchoolColumn: Int, ProvenanceColumns {
    case id, ref, name, bin
    case importID, sourceFile, sourceLine, sourceColumn

    package var columnName: String {
        switch self {
        case .id: "id"
        case .ref: "ref"
        case .name: "name"
        case .bin: "bin"
        case .importID: "import_id"
        case .sourceFile: "source_file"
        case .sourceLine: "source_line"
        case .sourceColumn: "source_column"
        }
    }
}
