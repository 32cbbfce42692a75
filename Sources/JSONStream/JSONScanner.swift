/// The byte-level JSON scanner behind ``JSONReader``: a value type, so the hot loops run on a
/// local copy without the exclusivity checks a class property would need.
///
/// It tracks the line as it passes newlines (which JSON allows only in whitespace) and works out
/// columns on demand, counting Unicode scalars from the start of the line.
struct JSONScanner {
    /// What the scanner is inside of, for the pull API.
    enum Frame: UInt8 {
        case objectFirst, object, arrayFirst, array
    }

    let buffer: JSONBuffer
    let base: UnsafePointer<UInt8>
    let count: Int
    let name: String
    let limits: JSONLimits

    var pos = 0
    var line = 1
    var lineStart = 0
    private var columnCacheOffset = 0
    private var columnCacheValue = 1

    var frames: [Frame] = []
    var pendingValue = false
    var started = false
    var finished = false
    private var scratch: [UInt8] = []

    init(buffer: JSONBuffer, name: String, limits: JSONLimits) {
        self.buffer = buffer
        self.base = buffer.base
        self.count = buffer.count
        self.name = name
        self.limits = limits
    }

    // MARK: - Positions and errors

    /// The 1-based column of `offset` on the current line, in Unicode scalars.
    func column(of offset: Int) -> Int {
        var column = 1
        var index = lineStart
        let end = min(offset, count)
        while index < end {
            if base[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }

    /// The column of `offset`, counted on from the last query on this line, so that walking a
    /// minified one-line file record by record stays linear.
    mutating func trackedColumn(of offset: Int) -> Int {
        if columnCacheOffset < lineStart || columnCacheOffset > offset {
            columnCacheOffset = lineStart
            columnCacheValue = 1
        }
        var index = columnCacheOffset
        var column = columnCacheValue
        let end = min(offset, count)
        while index < end {
            if base[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        columnCacheOffset = end
        columnCacheValue = column
        return column
    }

    func error(_ reason: JSONReadError.Reason, at offset: Int) -> JSONReadError {
        JSONReadError(reason, file: name, line: line, column: column(of: offset))
    }

    /// The character at `offset`, quoted for a message.
    func describe(at offset: Int) -> String {
        let byte = base[offset]
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte < 0x80 { return "U+" + hex(UInt32(byte)) }
        let length = min(count - offset, byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2)
        let bytes = UnsafeBufferPointer(start: base + offset, count: max(length, 1))
        if let text = String(validating: bytes, as: UTF8.self), let scalar = text.unicodeScalars.first {
            return "'\(text)' (U+\(hex(scalar.value)))"
        }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// An error for the byte at `offset`: end of input, or an unexpected character.
    func unexpected(_ expected: String, at offset: Int) -> JSONReadError {
        offset >= count
            ? error(.unexpectedEnd(expected: expected), at: count)
            : error(.unexpectedCharacter(found: describe(at: offset), expected: expected), at: offset)
    }

    // MARK: - Whitespace

    @inline(__always)
    mutating func skipWhitespace() {
        while true {
            let byte = base[pos]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                pos &+= 1
            } else if byte == 0x0A {
                pos &+= 1
                line &+= 1
                lineStart = pos
            } else {
                return
            }
        }
    }

    // MARK: - Values (tree)

    /// Parses the value at the current position (after whitespace); `depth` is the nesting level
    /// of the containers around it.
    mutating func parseValue(depth: Int) throws(JSONReadError) -> JSONValue {
        skipWhitespace()
        switch base[pos] {
        case UInt8(ascii: "\""):
            return .string(try scanString(build: true))
        case UInt8(ascii: "{"):
            return try parseObject(depth: depth &+ 1)
        case UInt8(ascii: "["):
            return try parseArray(depth: depth &+ 1)
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let span = try scanNumber()
            let text = String(
                decoding: UnsafeBufferPointer(start: base + span.lowerBound, count: span.count), as: UTF8.self)
            return .number(JSONNumber(validatedText: text))
        default:
            throw unexpected("a value", at: pos)
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONReadError) -> JSONValue {
        if depth > limits.maxDepth { throw error(.depthLimit(limits.maxDepth), at: pos) }
        pos &+= 1
        skipWhitespace()
        if base[pos] == UInt8(ascii: "}") {
            pos &+= 1
            return .object(JSONObject([]))
        }
        var members: [JSONObject.Element] = []
        members.reserveCapacity(8)
        while true {
            guard base[pos] == UInt8(ascii: "\"") else { throw unexpected("a string key", at: pos) }
            let key = try scanString(build: true)
            skipWhitespace()
            guard base[pos] == UInt8(ascii: ":") else { throw unexpected("':' after the key", at: pos) }
            pos &+= 1
            let value = try parseValue(depth: depth)
            members.append((key: key, value: value))
            skipWhitespace()
            let byte = base[pos]
            if byte == UInt8(ascii: ",") {
                pos &+= 1
                skipWhitespace()
                if base[pos] == UInt8(ascii: "}") { throw error(.trailingComma, at: pos) }
            } else if byte == UInt8(ascii: "}") {
                pos &+= 1
                return .object(JSONObject(members))
            } else {
                throw unexpected("',' or '}'", at: pos)
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONReadError) -> JSONValue {
        if depth > limits.maxDepth { throw error(.depthLimit(limits.maxDepth), at: pos) }
        pos &+= 1
        skipWhitespace()
        if base[pos] == UInt8(ascii: "]") {
            pos &+= 1
            return .array([])
        }
        var elements: [JSONValue] = []
        elements.reserveCapacity(4)
        while true {
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            let byte = base[pos]
            if byte == UInt8(ascii: ",") {
                pos &+= 1
                skipWhitespace()
                if base[pos] == UInt8(ascii: "]") { throw error(.trailingComma, at: pos) }
            } else if byte == UInt8(ascii: "]") {
                pos &+= 1
                return .array(elements)
            } else {
                throw unexpected("',' or ']'", at: pos)
            }
        }
    }

    // MARK: - Values (skipping)

    /// Checks and passes over the value at the current position without building it.
    mutating func skipValue(depth: Int) throws(JSONReadError) {
        skipWhitespace()
        switch base[pos] {
        case UInt8(ascii: "\""):
            _ = try scanString(build: false)
        case UInt8(ascii: "{"):
            if depth &+ 1 > limits.maxDepth { throw error(.depthLimit(limits.maxDepth), at: pos) }
            pos &+= 1
            skipWhitespace()
            if base[pos] == UInt8(ascii: "}") {
                pos &+= 1
                return
            }
            while true {
                guard base[pos] == UInt8(ascii: "\"") else { throw unexpected("a string key", at: pos) }
                _ = try scanString(build: false)
                skipWhitespace()
                guard base[pos] == UInt8(ascii: ":") else { throw unexpected("':' after the key", at: pos) }
                pos &+= 1
                try skipValue(depth: depth &+ 1)
                skipWhitespace()
                let byte = base[pos]
                if byte == UInt8(ascii: ",") {
                    pos &+= 1
                    skipWhitespace()
                    if base[pos] == UInt8(ascii: "}") { throw error(.trailingComma, at: pos) }
                } else if byte == UInt8(ascii: "}") {
                    pos &+= 1
                    return
                } else {
                    throw unexpected("',' or '}'", at: pos)
                }
            }
        case UInt8(ascii: "["):
            if depth &+ 1 > limits.maxDepth { throw error(.depthLimit(limits.maxDepth), at: pos) }
            pos &+= 1
            skipWhitespace()
            if base[pos] == UInt8(ascii: "]") {
                pos &+= 1
                return
            }
            while true {
                try skipValue(depth: depth &+ 1)
                skipWhitespace()
                let byte = base[pos]
                if byte == UInt8(ascii: ",") {
                    pos &+= 1
                    skipWhitespace()
                    if base[pos] == UInt8(ascii: "]") { throw error(.trailingComma, at: pos) }
                } else if byte == UInt8(ascii: "]") {
                    pos &+= 1
                    return
                } else {
                    throw unexpected("',' or ']'", at: pos)
                }
            }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try scanNumber()
        default: throw unexpected("a value", at: pos)
        }
    }

    /// The kind of the value starting at the current position.
    func kindAtPosition() throws(JSONReadError) -> JSONValueKind {
        switch base[pos] {
        case UInt8(ascii: "\""): .string
        case UInt8(ascii: "{"): .object
        case UInt8(ascii: "["): .array
        case UInt8(ascii: "t"), UInt8(ascii: "f"): .bool
        case UInt8(ascii: "n"): .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): .number
        default: throw unexpected("a value", at: pos)
        }
    }

    // MARK: - Scalars

    private mutating func literal(_ word: StaticString) throws(JSONReadError) {
        let length = word.utf8CodeUnitCount
        let expected = word.utf8Start
        for index in 0..<length where base[pos &+ index] != expected[index] {
            // The padding after the text keeps these reads in bounds.
            throw unexpected("'\(word)'", at: pos &+ index)
        }
        pos &+= length
    }

    /// Checks the number at the current position and returns its byte range.
    mutating func scanNumber() throws(JSONReadError) -> Range<Int> {
        let start = pos
        var p = pos
        @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
        if base[p] == UInt8(ascii: "-") { p &+= 1 }
        if base[p] == UInt8(ascii: "0") {
            p &+= 1
            if isDigit(base[p]) { throw error(.leadingZero, at: p - 1) }
        } else if isDigit(base[p]) {
            repeat { p &+= 1 } while isDigit(base[p])
        } else {
            throw unexpected("a digit", at: p)
        }
        if base[p] == UInt8(ascii: ".") {
            p &+= 1
            guard isDigit(base[p]) else { throw unexpected("a digit after '.'", at: p) }
            repeat { p &+= 1 } while isDigit(base[p])
        }
        if base[p] | 0x20 == UInt8(ascii: "e") {
            p &+= 1
            if base[p] == UInt8(ascii: "+") || base[p] == UInt8(ascii: "-") { p &+= 1 }
            guard isDigit(base[p]) else { throw unexpected("a digit in the exponent", at: p) }
            repeat { p &+= 1 } while isDigit(base[p])
        }
        if p - start > limits.maxNumberLength { throw error(.numberTooLong(limits.maxNumberLength), at: start) }
        pos = p
        return start..<p
    }

    /// Reads the string whose opening quote is at the current position.
    ///
    /// With `build` false the string is fully checked but not created, and the result is empty.
    mutating func scanString(build: Bool) throws(JSONReadError) -> String {
        let start = pos &+ 1
        var p = start
        var high: UInt8 = 0
        // The fast path: no escapes. Stops at '"', '\' or a control byte (the padding is 0).
        while true {
            let byte = base[p]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 { break }
            high |= byte
            p &+= 1
        }
        guard base[p] == 0x22 else { return try scanEscapedString(start: start, stop: p, build: build) }
        let length = p &- start
        if length > limits.maxStringBytes { throw error(.stringTooLong(limits.maxStringBytes), at: pos) }
        var result = ""
        if high < 0x80 {
            if build {
                result = String(decoding: UnsafeBufferPointer(start: base + start, count: length), as: UTF8.self)
            }
        } else if build,
            let text = String(validating: UnsafeBufferPointer(start: base + start, count: length), as: UTF8.self)
        {
            result = text
        } else if let bad = firstInvalidUTF8Offset(base + start, count: length) {
            throw error(.invalidUTF8, at: start &+ bad)
        }
        pos = p &+ 1
        return result
    }

    /// The slow path of ``scanString(build:)``: the string holds escapes (or is malformed).
    private mutating func scanEscapedString(start: Int, stop: Int, build: Bool) throws(JSONReadError) -> String {
        scratch.removeAll(keepingCapacity: true)
        var segmentStart = start
        var p = stop
        while true {
            let byte = base[p]
            guard byte == 0x22 || byte == 0x5C || byte < 0x20 else {
                p &+= 1
                continue
            }
            let length = p &- segmentStart
            if length > 0 {
                if let bad = firstInvalidUTF8Offset(base + segmentStart, count: length) {
                    throw error(.invalidUTF8, at: segmentStart &+ bad)
                }
                scratch.append(contentsOf: UnsafeBufferPointer(start: base + segmentStart, count: length))
            }
            if scratch.count > limits.maxStringBytes {
                throw error(.stringTooLong(limits.maxStringBytes), at: start - 1)
            }
            if byte == 0x22 {
                pos = p &+ 1
                return build ? String(decoding: scratch, as: UTF8.self) : ""
            }
            if byte < 0x20 {
                if p >= count { throw error(.unexpectedEnd(expected: "'\"' to close the string"), at: count) }
                throw error(.controlCharacterInString(byte), at: p)
            }
            p = try unescape(at: p)
            segmentStart = p
        }
    }

    /// Appends the escape sequence at `p` (a backslash) to the scratch buffer; returns the offset after it.
    private mutating func unescape(at p: Int) throws(JSONReadError) -> Int {
        let byte = base[p &+ 1]
        let simple: UInt8
        switch byte {
        case UInt8(ascii: "\""): simple = 0x22
        case UInt8(ascii: "\\"): simple = 0x5C
        case UInt8(ascii: "/"): simple = 0x2F
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"):
            let unit = try hexUnit(at: p &+ 2, escapeAt: p)
            var scalarValue = UInt32(unit)
            var next = p &+ 6
            if unit & 0xFC00 == 0xD800 {
                guard base[next] == UInt8(ascii: "\\"), base[next &+ 1] == UInt8(ascii: "u") else {
                    if next >= count {
                        throw error(.unexpectedEnd(expected: "a low surrogate \\uDC00-\\uDFFF"), at: count)
                    }
                    throw error(.loneSurrogate(unit), at: p)
                }
                let low = try hexUnit(at: next &+ 2, escapeAt: next)
                guard low & 0xFC00 == 0xDC00 else { throw error(.loneSurrogate(unit), at: p) }
                scalarValue = 0x10000 &+ (UInt32(unit & 0x3FF) << 10 | UInt32(low & 0x3FF))
                next &+= 6
            } else if unit & 0xFC00 == 0xDC00 {
                throw error(.loneSurrogate(unit), at: p)
            }
            appendUTF8(scalarValue)
            return next
        default:
            if p &+ 1 >= count { throw error(.unexpectedEnd(expected: "an escape character after '\\'"), at: count) }
            throw error(.invalidEscape("\\" + describe(at: p &+ 1).trimmingQuotes), at: p)
        }
        scratch.append(simple)
        return p &+ 2
    }

    private func hexUnit(at offset: Int, escapeAt: Int) throws(JSONReadError) -> UInt16 {
        var value: UInt16 = 0
        for index in offset..<(offset &+ 4) {
            let byte = base[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte &- 0x30
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte &- 0x57
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte &- 0x37
            default:
                if index >= count {
                    throw error(.unexpectedEnd(expected: "four hexadecimal digits after \\u"), at: count)
                }
                throw error(.invalidUnicodeEscape, at: escapeAt)
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private mutating func appendUTF8(_ value: UInt32) {
        if value < 0x80 {
            scratch.append(UInt8(value))
        } else if value < 0x800 {
            scratch.append(UInt8(0xC0 | value >> 6))
            scratch.append(UInt8(0x80 | value & 0x3F))
        } else if value < 0x10000 {
            scratch.append(UInt8(0xE0 | value >> 12))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        } else {
            scratch.append(UInt8(0xF0 | value >> 18))
            scratch.append(UInt8(0x80 | value >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        }
    }
}

extension String {
    /// The text without the single quotes ``JSONScanner/describe(at:)`` puts around a character.
    fileprivate var trimmingQuotes: String {
        hasPrefix("'") && hasSuffix("'") && count >= 2 ? String(dropFirst().dropLast()) : self
    }
}
