/// The columns ``StoreReader`` selects from `enrollments`, in order.
package enum EnrollmentColumn: Int, SelectedColumn {
    case personID, classID, subjectID, role, importID

    package var columnName: String {
        switch self {
        case .personID: "person_id"
        case .classID: "class_id"
        case .subjectID: "subject_id"
        case .role: "role"
        case .importID: "import_id"
        }
    }
}
