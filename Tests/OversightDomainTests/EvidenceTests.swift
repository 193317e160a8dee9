import OversightDomain
import Testing

@Suite("Evidence files")
struct EvidenceTests {
    let pdf = Array("%PDF-1.7\n1 0 obj\n".utf8)

    @Test("A file's kind comes from its name and must be confirmed by its contents")
    func kinds() throws {
        #expect(try EvidenceRules.check(fileName: "audit.PDF", bytes: pdf).get() == .pdf)
        #expect(try EvidenceRules.check(fileName: "chart.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]).get() == .png)
        #expect(try EvidenceRules.check(fileName: "figures.csv", bytes: Array("a,b\n1,2\n".utf8)).get() == .csv)
        let docx = [0x50, 0x4B, 0x03, 0x04] + Array("....[Content_Types].xml word/document.xml".utf8)
        #expect(try EvidenceRules.check(fileName: "minutes.docx", bytes: docx).get() == .word)
        #expect(EvidenceRules.check(fileName: "minutes.xlsx", bytes: docx) == .failure(.contentMismatch("minutes.xlsx", .excel)))
    }

    @Test("Programs, web pages, empty and oversized files are refused with the file named")
    func refusals() {
        #expect(EvidenceRules.check(fileName: "run.exe", bytes: [0x4D, 0x5A]) == .failure(.refusedType("run.exe")))
        #expect(EvidenceRules.check(fileName: "page.html", bytes: Array("<script>".utf8)) == .failure(.refusedType("page.html")))
        #expect(EvidenceRules.check(fileName: "noextension", bytes: pdf) == .failure(.refusedType("noextension")))
        #expect(EvidenceRules.check(fileName: "report.pdf", bytes: [0x4D, 0x5A, 0x90]) == .failure(.contentMismatch("report.pdf", .pdf)))
        #expect(EvidenceRules.check(fileName: "empty.pdf", bytes: []) == .failure(.empty("empty.pdf")))
        let big = pdf + [UInt8](repeating: 32, count: EvidenceRules.maxBytes)
        #expect(EvidenceRules.check(fileName: "big.pdf", bytes: big) == .failure(.tooLarge("big.pdf", size: big.count)))
        #expect(EvidenceProblem.tooLarge("big.pdf", size: big.count).message
                == "big.pdf is 10 MB: each file must be 10 MB or smaller")
        #expect(EvidenceRules.check(fileName: "notes.txt", bytes: [0x41, 0x00, 0x42]) == .failure(.contentMismatch("notes.txt", .text)))
    }

    @Test("Stored names lose any path and control characters")
    func names() {
        #expect(EvidenceRules.displayName("C:\\Users\\me\\audit.pdf") == "audit.pdf")
        #expect(EvidenceRules.displayName("../../etc/passwd.txt") == "passwd.txt")
        #expect(EvidenceRules.displayName("a\u{0}b\"c.pdf") == "ab'c.pdf")
        #expect(EvidenceRules.sizeLabel(1536) == "2 KB")
        #expect(EvidenceRules.sizeLabel(1_258_291) == "1.2 MB")
    }
}
