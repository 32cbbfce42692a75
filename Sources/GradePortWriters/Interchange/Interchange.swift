/// Interchange writes a gradebook in the formats other systems import: OneRoster 1.2 CSV,
/// Microsoft School Data Sync CSV and Google Classroom roster CSV.
public enum Interchange {}
