/// The columns ``StoreReader`` selects from `people`, in order.
package enum PersonColumn: Int, ProvenanceColumns {
    case id, ref, role, familyName, givenName, patronymic, email, iin
    case importID, sourceFile, sourceLine, sourceColumn

    package var columnName: String {
        switch self {
        case .id: "id"
        case .ref: "ref"
        case .role: "role"
        case .familyName: "family_name"
        case .givenName: "given_name"
        case .patronymic: "patronymic"
        case .email: "email"
        case .iin: "iin"
        case .importID: "import_id"
        case .sourceFile: "source_file"
        case .sourceLine: "source_line"
        case .sourceColumn: "source_column"
        }
    }
}
