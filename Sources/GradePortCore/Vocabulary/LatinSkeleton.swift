/// The ASCII skeleton of a text, where Kazakh, Russian and Latin spellings of one name meet.
///
/// Built in three steps, all with explicit tables (no locale case mapping; assessment-rules.md §10–§12):
/// 1. **Look-alikes**: in a word written mostly in Cyrillic, a Latin letter that looks like a
///    Cyrillic one is read as that letter (`Ивaнова` with a Latin `a`, `Сepік` with a Latin `p`), and
///    the other way round in a mostly Latin word.
/// 2. **Script**: every letter becomes Latin: Kazakh letters by the official Russian rendering and
///    Russian letters by passport-style digraphs (`ә`→a, `ө`→o, `ұ`/`ү`→u, `қ`→k, `ғ`→g, `ң`→n,
///    `і`/`и`/`й`/`ы`→i, `ж`→zh, `х`→kh, `һ`→h, `ш`→sh, `ч`→ch, `ц`→ts, `ю`→yu, `я`→ya, `ё`/`э`→e,
///    `ъ`/`ь` dropped); Latin letters with marks lose them, by the Kazakh Latin alphabets (2018 acute:
///    `á`→a, `ǵ`→g, `ń`→n, `ó`→o, `ú`/`ý`→u; 2021: `ä`, `ö`, `ü`, `ū`, `ğ`, `ş`→sh, `ç`→ch, `ñ`/`ŋ`→n;
///    `ı`/`İ`/`i` all → i; Azeri `ə`→a).
/// 3. **Spelling schemes**: the romanisation choices of e-mail logins and passports are collapsed:
///    `zh`/`dzh`/`dj`/`j`→j, `kh`/`h`→h, `sh`→w, `ch`/`ts`→c, `ng`→n, `gh`→g, `ph`→f, `ye`→e,
///    `yo`/`io`→e (`ё`: `Семёнова` = `Semyonova` = `Semionova`), `y`→i, `q`→k, `x`→ks, `w`→v, a lone
///    `c`→k; then doubled letters are written once (`Kassymova` = `Касымова`).
///
/// So `Жақсылықов`, `Жаксылыков`, `Zhaksylykov` and `Jaqsylyqov` all become `jaksilikov`. Digits are
/// kept; other characters separate words. Letters of other scripts are kept as their UTF-8 bytes.
///
/// The skeleton is lossy on purpose (`Шыңғыс` and `Шынғыс` both give `winis`): it is a key for
/// finding candidates, and merging never follows a key match that is not unique.
struct LatinSkeleton {
    /// The skeleton bytes so far.
    private(set) var bytes: [UInt8] = []
    /// The transliterated letters of the current word, before step 3.
    private var latin: [UInt8] = []
    /// The current word's scalars, before step 1.
    private var word: [Unicode.Scalar] = []
    /// Whether doubled letters are written once (the last part of step 3). Off, endings can be
    /// stripped before a doubled letter across them is lost (`Серікқызы`), then ``collapse(_:)`` runs.
    var collapsesDoubles = true

    init() {
        bytes.reserveCapacity(32)
        latin.reserveCapacity(32)
        word.reserveCapacity(24)
    }

    /// Appends the skeleton of `text`; words are joined with `separator`, or run together when it is `nil`.
    mutating func append(_ text: some StringProtocol, separator: UInt8?) {
        for scalar in text.unicodeScalars {
            if LetterFolding.isLetter(scalar) || Self.isDigit(scalar) {
                word.append(scalar)
            } else if !Self.isSilentMark(scalar) {
                endWord(separator: separator)
            }
        }
        endWord(separator: separator)
    }

    /// Removes everything appended.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    // MARK: - Words

    private mutating func endWord(separator: UInt8?) {
        guard !word.isEmpty else { return }
        var cyrillic = 0
        var basicLatin = 0
        for scalar in word {
            if LetterFolding.isCyrillic(scalar) {
                cyrillic += 1
            } else if LetterFolding.isBasicLatin(scalar) {
                basicLatin += 1
            }
        }
        latin.removeAll(keepingCapacity: true)
        for scalar in word {
            var letter = scalar
            if cyrillic > basicLatin, LetterFolding.isBasicLatin(scalar) {
                letter = LetterFolding.cyrillicLookAlike(ofLatin: scalar) ?? scalar
            } else if basicLatin > cyrillic, LetterFolding.isCyrillic(scalar) {
                letter = LetterFolding.latinLookAlike(ofCyrillic: scalar) ?? scalar
            }
            Self.transliterate(letter, into: &latin)
        }
        word.removeAll(keepingCapacity: true)
        guard !latin.isEmpty else { return }
        if let separator, !bytes.isEmpty { bytes.append(separator) }
        collapseSchemes()
    }

    /// Step 3 on `latin`, appended to `bytes`.
    private mutating func collapseSchemes() {
        let start = bytes.count
        var index = 0
        let count = latin.count
        func at(_ offset: Int) -> UInt8 { index + offset < count ? latin[index + offset] : 0 }
        while index < count {
            let byte = latin[index]
            let next = at(1)
            var step = 1
            var out: UInt8 = byte
            var extra: UInt8 = 0
            switch byte {
            case UInt8(ascii: "d") where next == UInt8(ascii: "z") && at(2) == UInt8(ascii: "h"):
                out = UInt8(ascii: "j")
                step = 3
            case UInt8(ascii: "d") where next == UInt8(ascii: "j"):
                out = UInt8(ascii: "j")
                step = 2
            case UInt8(ascii: "z") where next == UInt8(ascii: "h"):
                out = UInt8(ascii: "j")
                step = 2
            case UInt8(ascii: "k") where next == UInt8(ascii: "h"):
                out = UInt8(ascii: "h")
                step = 2
            case UInt8(ascii: "s") where next == UInt8(ascii: "h"):
                out = UInt8(ascii: "w")
                step = 2
            case UInt8(ascii: "c") where next == UInt8(ascii: "h"):
                out = UInt8(ascii: "c")
                step = 2
            case UInt8(ascii: "t") where next == UInt8(ascii: "s"):
                out = UInt8(ascii: "c")
                step = 2
            case UInt8(ascii: "n") where next == UInt8(ascii: "g"):
                out = UInt8(ascii: "n")
                step = 2
            case UInt8(ascii: "g") where next == UInt8(ascii: "h"):
                out = UInt8(ascii: "g")
                step = 2
            case UInt8(ascii: "p") where next == UInt8(ascii: "h"):
                out = UInt8(ascii: "f")
                step = 2
            case UInt8(ascii: "y") where next == UInt8(ascii: "e") || next == UInt8(ascii: "o"),
                UInt8(ascii: "i") where next == UInt8(ascii: "o"):
                out = UInt8(ascii: "e")
                step = 2
            case UInt8(ascii: "y"): out = UInt8(ascii: "i")
            case UInt8(ascii: "q"): out = UInt8(ascii: "k")
            case UInt8(ascii: "w"): out = UInt8(ascii: "v")
            case UInt8(ascii: "c"): out = UInt8(ascii: "k")
            case UInt8(ascii: "x"):
                out = UInt8(ascii: "k")
                extra = UInt8(ascii: "s")
            default: break
            }
            index += step
            // Doubled letters are written once; digits and other scripts' bytes are kept as they are.
            if collapsesDoubles && out >= UInt8(ascii: "a") && out <= UInt8(ascii: "z") && bytes.count > start
                && bytes.last == out
            {
                // skip
            } else {
                bytes.append(out)
            }
            if extra != 0 { bytes.append(extra) }
        }
    }

    /// `bytes` with doubled letters written once.
    static func collapse(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") && out.last == byte { continue }
            out.append(byte)
        }
        return out
    }

    // MARK: - Letters

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value &- 0x30 < 10 }

    /// Apostrophes and combining marks inside a word (`O'ralov`, `Ә` written as `А` + a mark) are skipped
    /// without ending the word.
    private static func isSilentMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x2BC, 0x2019, 0x60, 0xB4, 0x2BB: return true
        default: return false
        }
    }

    /// Appends the Latin letters of one letter (step 2).
    static func transliterate(_ scalar: Unicode.Scalar, into out: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: out.append(UInt8(value + 0x20))
            case 0x61...0x7A, 0x30...0x39: out.append(UInt8(value))
            default: break
            }
            return
        }
        if value == 0x0130 {  // İ: lowercasing it gives i + a combining dot; it is plain i here
            out.append(UInt8(ascii: "i"))
            return
        }
        let lower = LetterFolding.lowercased(scalar).value
        if (0x0400...0x04FF).contains(lower) {
            cyrillic(lower, into: &out)
            return
        }
        if let text = latinWithMarks(lower) {
            text.withUTF8Buffer { out.append(contentsOf: $0) }
            return
        }
        if LetterFolding.isLetter(scalar), !scalar.properties.isDiacritic,
            scalar.properties.generalCategory != .nonspacingMark
        {
            out.append(contentsOf: String(Unicode.Scalar(lower) ?? scalar).utf8)
        }
    }

    private static func cyrillic(_ lower: UInt32, into out: inout [UInt8]) {
        let text: StaticString
        switch lower {
        case 0x0430, 0x04D9, 0x04D1, 0x04D3: text = "a"  // а ә
        case 0x0431: text = "b"
        case 0x0432: text = "v"
        case 0x0433, 0x0493, 0x0491, 0x0453: text = "g"  // г ғ ґ ѓ
        case 0x0434: text = "d"
        case 0x0435, 0x0451, 0x044D, 0x0454, 0x04ED: text = "e"  // е ё э є
        case 0x0436, 0x04C2, 0x04DD: text = "zh"
        case 0x0437, 0x04DF: text = "z"
        case 0x0438, 0x0439, 0x0456, 0x0457, 0x04E3, 0x04E5: text = "i"  // и й і ї
        case 0x043A, 0x049B, 0x045C, 0x049D, 0x049F, 0x04A1: text = "k"  // к қ
        case 0x043B: text = "l"
        case 0x043C: text = "m"
        case 0x043D: text = "n"
        case 0x04A3, 0x04A5, 0x04C8: text = "n"  // ң
        case 0x043E, 0x04E9, 0x04E7, 0x04EB: text = "o"  // о ө
        case 0x043F: text = "p"
        case 0x0440: text = "r"
        case 0x0441: text = "s"
        case 0x0442: text = "t"
        case 0x0443, 0x04B1, 0x04AF, 0x045E, 0x04EF, 0x04F1, 0x04F3: text = "u"  // у ұ ү ў ӯ
        case 0x0444: text = "f"
        case 0x0445, 0x04B3: text = "kh"
        case 0x04BB: text = "h"  // һ
        case 0x0446, 0x04B5: text = "ts"
        case 0x0447, 0x04B7, 0x04F5: text = "ch"
        case 0x0448: text = "sh"
        case 0x0449: text = "shch"
        case 0x044B, 0x04F9: text = "i"  // ы
        case 0x044E: text = "yu"
        case 0x044F: text = "ya"
        case 0x044A, 0x044C: return  // ъ ь
        default: text = ""
        }
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// Latin letters with marks (and a few look-alikes from other blocks), lower case.
    private static func latinWithMarks(_ lower: UInt32) -> StaticString? {
        switch lower {
        case 0xE0...0xE5, 0x101, 0x103, 0x105, 0x259, 0x1DD, 0x1CE, 0x251: return "a"  // à…å ā ă ą ə ǝ
        case 0xE6: return "ae"
        case 0xE7, 0x107, 0x109, 0x10B, 0x10D: return "ch"  // ç ć č
        case 0x10F, 0x111: return "d"
        case 0xE8...0xEB, 0x113, 0x115, 0x117, 0x119, 0x11B, 0x3F5: return "e"  // è…ë ē ė ę ě ϵ
        case 0x11F, 0x121, 0x123, 0x1F5, 0x1E7: return "g"  // ğ ǵ ģ
        case 0xEC...0xEF, 0x129, 0x12B, 0x12D, 0x12F, 0x131, 0x1D0: return "i"  // ì…ï ī ı
        case 0x137: return "k"
        case 0x13A, 0x13C, 0x13E, 0x142: return "l"
        case 0xF1, 0x144, 0x146, 0x148, 0x14B: return "n"  // ñ ń ň ŋ
        case 0xF2...0xF6, 0xF8, 0x14D, 0x14F, 0x151, 0x1D2: return "o"  // ò…ö ø ō ő
        case 0x155, 0x159: return "r"
        case 0x15B, 0x15F, 0x161, 0x219: return "sh"  // ś ş š ș
        case 0xDF: return "ss"
        case 0x163, 0x165, 0x21B: return "t"
        case 0xF9...0xFC, 0x169, 0x16B, 0x16D, 0x16F, 0x171, 0x173, 0x1D4, 0x1D8, 0x1DC, 0xFD: return "u"  // ù…ü ū ý
        case 0xFF: return "y"
        case 0x17A, 0x17C: return "z"
        case 0x17E: return "zh"  // ž
        default: return nil
        }
    }
}
