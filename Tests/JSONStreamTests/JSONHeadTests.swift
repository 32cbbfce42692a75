import JSONStream
import Testing

@Suite struct JSONHeadTests {
    @Test(arguments: [
        ("{\"a\":1}", true), ("[1]", true), ("\u{FEFF}  \n{", true), ("\r\n\t[", true),
        ("name,score", false), ("", false), ("   ", false), ("<xml/>", false),
    ])
    func startsLikeJSON(_ text: String, _ expected: Bool) {
        #expect(JSONHead.startsLikeJSON(Array(text.utf8)) == expected)
    }

    @Test func findsAKeyAnywhereInTheHead() {
        let head = Array("{\"value\":[],\"@odata.context\":\"x\"}".utf8)
        #expect(JSONHead.contains("\"@odata.context\"", in: head))
        #expect(!JSONHead.contains("\"members\"", in: head))
        #expect(!JSONHead.contains("longer than the head itself, longer than the head", in: Array("{}".utf8)))
        #expect(!JSONHead.contains("", in: head))
    }
}
