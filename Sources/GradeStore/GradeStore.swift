/// GradeStore keeps imported gradebooks in SQLite (through GRDB): imports, history and undo.
public enum GradeStoreModule {}
