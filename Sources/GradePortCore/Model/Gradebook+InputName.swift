extension Gradebook {
    /// Gives the input read from `path` the name `name` wherever the gradebook mentions it: its
    /// source, every record's provenance, and every diagnostic (its file and its message).
    ///
    /// A program that copies an input before reading it (standard input spooled to a temporary
    /// file) uses this so that the user reads the name they gave (`-`), never the copy's path.
    /// Entries of a folder or archive at `path` (`path/users.csv`) become `name/users.csv`.
    public mutating func renameInput(_ path: String, to name: String) {
        func renamed(_ file: String) -> String {
            if file == path { return name }
            if file.hasPrefix(path + "/") { return name + file.dropFirst(path.count) }
            return file
        }
        func renamed(_ reference: inout SourceReference?) {
            if let file = reference?.file { reference?.file = renamed(file) }
        }
        for index in sources.indices { sources[index].file = renamed(sources[index].file) }
        for index in schools.indices { renamed(&schools[index].source) }
        for index in terms.indices { renamed(&terms[index].source) }
        for index in subjects.indices { renamed(&subjects[index].source) }
        for index in classes.indices { renamed(&classes[index].source) }
        for index in people.indices { renamed(&people[index].source) }
        for index in assessments.indices {
            renamed(&assessments[index].source)
            for alias in assessments[index].aliases.indices { renamed(&assessments[index].aliases[alias].source) }
        }
        for index in results.indices {
            if let file = results[index].source.file { results[index].source.file = renamed(file) }
        }
        for index in diagnostics.indices {
            if let file = diagnostics[index].file { diagnostics[index].file = renamed(file) }
            if diagnostics[index].message.contains(path) {
                diagnostics[index].message = diagnostics[index].message.replacing(path, with: name)
            }
        }
    }
}
