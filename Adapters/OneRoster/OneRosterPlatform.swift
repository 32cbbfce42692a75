import GradePortCore

/// Namespace of the OneRoster adapter (OneRoster 1.1 and 1.2 CSV, a folder or a `.zip`).
public enum OneRosterAdapterModule {}
