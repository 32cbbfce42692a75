import GradePortCore

extension Gradebook {
    /// Names an input by the name the user knows it by instead of where the server keeps it: the
    /// sources, the diagnostics and the results' references that give `path` give `name`, so that
    /// every output says what the CLI says for a file of that name.
    mutating func rename(input path: String, to name: String) {
        guard path != name else { return }
        let folder = path + "/"
        func renamed(_ file: String?) -> String? {
            guard let file else { return nil }
            if file == path { return name }
            if file.hasPrefix(folder) { return name + "/" + file.dropFirst(folder.count) }
            return file
        }
        for index in sources.indices { sources[index].file = renamed(sources[index].file) ?? name }
        for index in diagnostics.indices { diagnostics[index].file = renamed(diagnostics[index].file) }
        for index in results.indices where results[index].source.file != nil {
            results[index].source.file = renamed(results[index].source.file)
        }
    }
}
