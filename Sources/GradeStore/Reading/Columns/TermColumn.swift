/// The columns ``StoreReader`` selects from `terms`, in order.
package enum TermColumn: Int, ProvenanceColumns {
    case id, ref, schoolYear, kind, number, startDate, endDate, name
    case importID, sourceFile, sourceLine, sourceColumn

    package var columnName: String {
        switch self {
        case .id: "id"
        case .ref: "ref"
        case .schoolYear: "school_year"
        case .kind: "kind"
        case .number: "number"
        case .startDate: "start_date"
        case .endDate: "end_date"
        case .name: "name"
        case .importID: "import_id"
        case .sourceFile: "source_file"
        case .sourceLine: "source_line"
        case .sourceColumn: "source_column"
        }
    }
}
