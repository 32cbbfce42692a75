extension JSONScanner {
    /// Gets ready to read a value: at the start, checks the encoding and that there is a value;
    /// inside a container, checks that the caller asked for the next key or element first.
    mutating func prepareValue() throws(JSONReadError) {
        if frames.isEmpty {
            if finished { throw error(.alreadyFinished, at: pos) }
            if !started {
                if let problem = buffer.encodingProblem {
                    throw JSONReadError(problem.reason, file: name, line: problem.line, column: problem.column)
                }
                skipWhitespace()
                if pos >= count { throw error(.empty, at: pos) }
                started = true
            }
        } else {
            precondition(pendingValue, "JSONReader: call nextKey() or hasNextElement() before reading a value")
        }
        skipWhitespace()
    }

    /// Marks the current value as read; after the top-level value, only whitespace may follow.
    mutating func completeValue() throws(JSONReadError) {
        pendingValue = false
        if frames.isEmpty {
            finished = true
            skipWhitespace()
            if pos < count { throw error(.trailingGarbage(describe(at: pos)), at: pos) }
        }
    }

    mutating func readValue() throws(JSONReadError) -> JSONValue {
        try prepareValue()
        let value = try parseValue(depth: frames.count)
        try completeValue()
        return value
    }

    mutating func skipValue() throws(JSONReadError) {
        try prepareValue()
        try skipValue(depth: frames.count)
        try completeValue()
    }

    mutating func peekKind() throws(JSONReadError) -> JSONValueKind {
        try prepareValue()
        return try kindAtPosition()
    }

    mutating func begin(_ kind: JSONValueKind) throws(JSONReadError) {
        try prepareValue()
        let found = try kindAtPosition()
        guard found == kind else {
            throw error(.typeMismatch(expected: kind.description, found: found), at: pos)
        }
        if frames.count + 1 > limits.maxDepth { throw error(.depthLimit(limits.maxDepth), at: pos) }
        pos &+= 1
        frames.append(kind == .object ? .objectFirst : .arrayFirst)
        pendingValue = false
    }

    mutating func nextKey() throws(JSONReadError) -> String? {
        guard let frame = frames.last, frame == .object || frame == .objectFirst else {
            preconditionFailure("JSONReader.nextKey() called outside an object")
        }
        precondition(!pendingValue, "JSONReader.nextKey() called before the previous key's value was read")
        skipWhitespace()
        var byte = base[pos]
        if frame == .object {
            if byte == UInt8(ascii: ",") {
                pos &+= 1
                skipWhitespace()
                byte = base[pos]
                if byte == UInt8(ascii: "}") { throw error(.trailingComma, at: pos) }
                guard byte == UInt8(ascii: "\"") else { throw unexpected("a string key", at: pos) }
            } else if byte != UInt8(ascii: "}") {
                throw unexpected("',' or '}'", at: pos)
            }
        }
        if byte == UInt8(ascii: "}") {
            pos &+= 1
            frames.removeLast()
            try completeValue()
            return nil
        }
        guard byte == UInt8(ascii: "\"") else { throw unexpected("a string key or '}'", at: pos) }
        let key = try scanString(build: true)
        skipWhitespace()
        guard base[pos] == UInt8(ascii: ":") else { throw unexpected("':' after the key", at: pos) }
        pos &+= 1
        frames[frames.count - 1] = .object
        pendingValue = true
        return key
    }

    mutating func hasNextElement() throws(JSONReadError) -> Bool {
        guard let frame = frames.last, frame == .array || frame == .arrayFirst else {
            preconditionFailure("JSONReader.hasNextElement() called outside an array")
        }
        precondition(!pendingValue, "JSONReader.hasNextElement() called before the previous element was read")
        skipWhitespace()
        let byte = base[pos]
        if byte == UInt8(ascii: "]") {
            pos &+= 1
            frames.removeLast()
            try completeValue()
            return false
        }
        if frame == .array {
            guard byte == UInt8(ascii: ",") else { throw unexpected("',' or ']'", at: pos) }
            pos &+= 1
            skipWhitespace()
            if base[pos] == UInt8(ascii: "]") { throw error(.trailingComma, at: pos) }
        }
        frames[frames.count - 1] = .array
        pendingValue = true
        return true
    }
}
