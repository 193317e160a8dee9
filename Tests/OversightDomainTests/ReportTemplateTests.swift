import OversightDomain
import Testing

@Suite("Report templates")
struct ReportTemplateTests {
    @Test("The standard template has the reference reports' header and sections, in their order")
    func standard() {
        let template = ReportTemplate.standard
        #expect(template.headerFields == [.body, .meeting, .reportOf, .part, .areasAffected, .title, .appendixNote, .contact])
        #expect(template.sections.map(\.label) == [
            "Executive Summary", "Recommendation", "Background and Advice", "Consultations", "Implications",
            "Local Government (Access to Information) Act 1985 List of Background Papers",
            "Reason for inclusion in Part II",
        ])
        #expect(template.implications.prefix(2) == ["Risk management", "Financial"])
        #expect(template.implicationsIntro == "This item has the following implications, as indicated:")
    }

    @Test("Another council relabels and reorders; keys stay, so text written under a section follows it")
    func copy() {
        var ours = ReportTemplate.standard
        ours.name = "Westshire report"
        ours.headerLabels[ReportTemplate.HeaderField.areasAffected.rawValue] = "Wards affected"
        ours.sections[0].label = "Purpose of report"
        ours.sections.swapAt(1, 2)
        #expect(ours.header.first { $0.field == .areasAffected }?.label == "Wards affected")
        #expect(ours.header.first { $0.field == .body }?.label == "Report to")
        #expect(ours.sections.map(\.key).prefix(3) == ["executive-summary", "background", "recommendation"])
        #expect(ours != ReportTemplate.standard)
    }

    @Test("The appendix note is derived from the appendices present")
    func appendixNote() {
        #expect(ReportTemplate.appendixNote(letters: []) == nil)
        #expect(ReportTemplate.appendixNote(letters: ["A"]) == "(Appendix 'A' refers)")
        #expect(ReportTemplate.appendixNote(letters: ["A", "B"]) == "(Appendices 'A' and 'B' refer)")
        #expect(ReportTemplate.appendixNote(letters: ["A", "B", "C"]) == "(Appendices 'A', 'B' and 'C' refer)")
        #expect((0..<28).map(ReportTemplate.letter).suffix(3) == ["Z", "AA", "AB"])
    }
}

@Suite("Schedule 12A")
struct Schedule12ATests {
    @Test("Seven paragraphs, each cited in full")
    func paragraphs() {
        #expect(Schedule12A.allCases.map(\.paragraph) == Array(1...7))
        #expect(Schedule12A.financialAffairs.citation == "Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972")
        #expect(Schedule12A.financialAffairs.description.hasPrefix("Information relating to the financial or business affairs"))
    }
}
