/// The columns ``StoreReader`` selects from `imports` to list a gradebook's sources, in order.
package enum ImportColumn: Int, SelectedColumn {
    case id, file, platform, export, sha256, rows

    package var columnName: String {
        switch self {
        case .id: "id"
        case .file: "file"
        case .platform: "platform"
        case .export: "export"
        case .sha256: "sha256"
        case .rows: "rows"
        }
    }
}
