import XMLStream

extension XMLStreamError {
    /// The error as it concerns a part of the workbook `file`.
    ///
    /// The file is named, and the message starts with the part (and sheet), so that `journal.xlsx:1:230: sheet 'Лист1'
    /// (xl/worksheets/sheet1.xml): …` says where to look. The line and column are in the part.
    func inPart(_ part: String, of file: String) -> XMLStreamError {
        XMLStreamError(code: code, message: "\(part): \(message)", file: file, line: line, column: column)
    }
}

/// Runs `body`, rethrowing an ``XMLStreamError`` as one that names `part` of the workbook `file`.
func withPartContext<Result>(_ part: String, of file: String, _ body: () throws -> Result) throws -> Result {
    do {
        return try body()
    } catch let error as XMLStreamError {
        throw error.inPart(part, of: file)
    }
}
