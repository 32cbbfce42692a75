import GradePortCore

/// A growing UTF-8 buffer for writing JSON text by hand, fast and in a fixed key order.
///
/// Foundation's `JSONEncoder` sorts keys alphabetically or not at all and runs far below the
/// speed a city's results need; the gradebook writer uses this buffer instead.
package struct JSONTextBuffer: Sendable {
    /// The bytes written so far.
    package private(set) var bytes: [UInt8] = []
    private var needsComma = false

    /// Creates an empty buffer with room for `capacity` bytes.
    package init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    /// Removes the bytes written so far, keeping the capacity (for writing in chunks).
    package mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Appends raw text as it is.
    package mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends bytes that are already JSON text (members another buffer wrote), as they are.
    package mutating func raw(bytes text: some Sequence<UInt8>) {
        bytes.append(contentsOf: text)
    }

    /// Opens an object `{`.
    package mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    /// Closes an object `}`.
    package mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Writes `"key":` with a comma before it when needed.
    package mutating func key(_ key: StaticString) {
        let comma = needsComma
        key.withUTF8Buffer { name in
            bytes.reserveCapacity(bytes.count + name.count + 4)
            if comma { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: name)
            bytes.append(UInt8(ascii: "\""))
            bytes.append(UInt8(ascii: ":"))
        }
        needsComma = true
    }

    /// Writes a string member; nothing when the value is `nil`.
    package mutating func member(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        self.key(key)
        string(value)
    }

    /// Writes `"key":"id"` with the identifier's text, or nothing when the value is `nil`.
    package mutating func member(_ key: StaticString, _ value: (some StringIdentifier)?) {
        member(key, value?.rawValue)
    }

    /// Writes an integer member; nothing when the value is `nil`.
    package mutating func member(_ key: StaticString, _ value: Int?) {
        guard let value else { return }
        self.key(key)
        integer(value)
    }

    /// Writes a decimal member as a JSON number; nothing when the value is `nil`.
    package mutating func member(_ key: StaticString, _ value: DecimalNumber?) {
        guard let value else { return }
        self.key(key)
        decimal(value)
    }

    /// Writes a boolean member; nothing when the value is `nil`.
    package mutating func member(_ key: StaticString, _ value: Bool?) {
        guard let value else { return }
        self.key(key)
        raw(value ? "true" : "false")
    }

    /// Writes a JSON string with the escapes RFC 8259 requires.
    package mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                start = index + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [
                        0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
                    ])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Writes an integer.
    package mutating func integer(_ value: Int) {
        bytes.appendInteger(value)
        needsComma = true
    }

    /// Writes a decimal as a JSON number in its shortest form (`18`, `18.5`).
    package mutating func decimal(_ value: DecimalNumber) {
        bytes.appendDecimal(value)
        needsComma = true
    }

    /// Opens an array `[`.
    package mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    /// Closes an array `]`.
    package mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes a comma between array elements when one is needed, then resets the member state.
    package mutating func nextElement() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = false
    }
}
