import Fluent
import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import Vapor
import VaporTesting

extension Application {
    func demoAssessment(_ title: String, in council: Council) async throws -> SelfAssessment {
        try #require(try await SelfAssessmentStore.all(in: council.id, on: db).first { $0.title == title })
    }
}

@Suite("Self-assessments")
struct SelfAssessmentRouteTests {
    static func startForm(author: Person.ID) -> [(String, String)] {
        [("title", "Peer review 2017"), ("purpose", "peer-review"), ("from-day", "1"), ("from-month", "1"), ("from-year", "2017"),
         ("to-day", "31"), ("to-month", "12"), ("to-year", "2017"), ("author", author.description),
         ("areas", "The front door\nChildren in care"), ("questions", "What do we know?\nHow do we know it?")]
    }

    @Test("The programme manager starts one, writes an answer, cites evidence and grades an area; bad input is named and writes nothing")
    func write() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let author = try #require(try await PersonStore.all(in: council.id, on: app.db).first { $0.name == "David Okafor" })
            let list = try await app.get(SiteURL.selfAssessments(cid).path, as: Who.viewer)
            #expect(list.text.contains(DemoSelfAssessment.december) && list.text.contains(DemoSelfAssessment.annual))
            #expect(try await app.post(SiteURL.newSelfAssessment(cid).path, form: Self.startForm(author: author.id), as: Who.viewer).status == .forbidden)
            let bad = try await app.post(SiteURL.newSelfAssessment(cid).path, form: Self.startForm(author: author.id).map { field in
                switch field.0 {
                case "title": (field.0, "")
                case "to-year": (field.0, "2016")
                case "areas": (field.0, "The front door\nThe front door")
                default: field
                }
            }, as: Who.programmeManager)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Enter the self-assessment"))
            #expect(bad.text.contains("End of the period covered must be on or after its start, 1 January 2017"))
            #expect(bad.text.contains("Each area must be named once: The front door is there twice"))
            #expect(try await SelfAssessmentStore.all(in: council.id, on: app.db).count == 2)

            #expect(try await app.post(SiteURL.newSelfAssessment(cid).path, form: Self.startForm(author: author.id), as: Who.programmeManager)
                .status == .seeOther)
            let assessment = try await app.demoAssessment("Peer review 2017", in: council)
            let aid = Parameter.value(assessment.id)
            let record = try await SelfAssessmentStore.record(assessment, on: app.db)
            #expect(record.sections.count == 4)
            let section = try #require(record.section(area: 0, question: 1))
            let sectionURL = SiteURL.assessmentSection(cid, aid, .value(section.id)).path
            #expect(try await app.post(sectionURL, form: [("text", "Audits show *steady* improvement."), ("version", "1")],
                                       as: Who.programmeManager).status == .seeOther)
            let stale = try await app.post(sectionURL, form: [("text", "My other words"), ("version", "1")], as: Who.programmeManager)
            #expect(stale.status == .conflict && stale.text.contains("My other words") && stale.text.contains("steady"))

            let evidenceURL = SiteURL.assessmentEvidence(cid, aid, .value(section.id)).path
            let round = try #require(try await PracticeAuditStore.rounds(in: council.id, on: app.db).last)
            #expect(try await app.post(evidenceURL, form: [("evidence", "audit-round:\(round.id)"), ("note", "The latest round")],
                                       as: Who.programmeManager).status == .seeOther)
            let missing = try await app.post(evidenceURL, form: [("evidence", "risk:\(UUID())")], as: Who.programmeManager)
            #expect(missing.status == .unprocessableEntity && missing.text.contains("That risk is not in Oversight any more"))
            let catalogue = try await EvidenceCatalogue.load(council, today: DemoPlan.date(2017, 1, 18), on: app.db)
            let exempt = try #require(catalogue.entries.values.first { $0.kind == .decision && $0.exempt })
            let refused = try await app.post(evidenceURL, form: [("evidence", "decision:\(exempt.id)")], as: Who.programmeManager)
            #expect(refused.text.contains("is exempt (Part II) and cannot be cited in a self-assessment"))
            #expect(try await SelfAssessmentStore.record(assessment, on: app.db).evidence.count == 1)

            // A document uploaded as evidence: checked by its content, stored, cited and downloadable.
            let documentsURL = SiteURL.assessmentDocuments(cid, aid, .value(section.id)).path
            let fake = try await app.postMultipart(documentsURL, fields: [], files: [(field: "file", name: "audit.pdf", bytes: Array("not a pdf".utf8))],
                                                   as: Who.programmeManager)
            #expect(fake.status == .unprocessableEntity)
            let pdf = Array("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".utf8)
            #expect(try await app.postMultipart(documentsURL, fields: [("documentNote", "The DfE adviser's letter")],
                                                files: [(field: "file", name: "adviser-letter.pdf", bytes: pdf)], as: Who.programmeManager)
                .status == .seeOther)
            let documents = try await SelfAssessmentStore.documents(in: council.id, on: app.db)
            #expect(documents.map(\.fileName) == ["adviser-letter.pdf"])
            let download = try await app.get(SiteURL.assessmentDocument(cid, aid, .value(documents[0].id)).path, as: Who.viewer)
            #expect(download.status == .ok && download.body.getString(at: 0, length: 8) == "%PDF-1.4")
            #expect(try await SelfAssessmentStore.record(assessment, on: app.db).evidence.count == 2)

            let areaURL = SiteURL.assessmentArea(cid, aid, .value(0)).path
            let noGrade = try await app.post(areaURL, form: [("reasons", "")], as: Who.programmeManager)
            #expect(noGrade.text.contains("Select the grade you give this area") && noGrade.text.contains("Enter the reasons for the grade"))
            #expect(try await app.post(areaURL, form: [("grade", "good"), ("reasons", "Screening is prompt")], as: Who.programmeManager)
                .status == .seeOther)
            let page = try await app.get(SiteURL.selfAssessment(cid, aid).path, as: Who.viewer)
            #expect(page.text.contains("Our judgement: Good.") && page.text.contains("Practice audit, \(round.label)"))
            #expect(page.text.contains("adviser-letter.pdf (PDF")
                && (page.text.contains("The DfE adviser&#39;s letter") || page.text.contains("The DfE adviser's letter")))
            #expect(page.text.contains("<em>steady</em>"))
        }
    }

    @Test("Submitting freezes it: evidence that no longer exists blocks it, and afterwards nothing the data does changes it")
    func submit() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let author = try #require(try await PersonStore.all(in: council.id, on: app.db).first { $0.name == "David Okafor" })
            #expect(try await app.post(SiteURL.newSelfAssessment(cid).path, form: Self.startForm(author: author.id), as: Who.programmeManager)
                .status == .seeOther)
            var assessment = try await app.demoAssessment("Peer review 2017", in: council)
            let aid = Parameter.value(assessment.id)
            let section = try #require(try await SelfAssessmentStore.record(assessment, on: app.db).section(area: 0, question: 0))
            let rounds = try await PracticeAuditStore.rounds(in: council.id, on: app.db)
            for round in rounds.suffix(2) {
                #expect(try await app.post(SiteURL.assessmentEvidence(cid, aid, .value(section.id)).path,
                                           form: [("evidence", "audit-round:\(round.id)")], as: Who.programmeManager).status == .seeOther)
            }
            // The last round disappears (as if deleted at the database): submission names the gap.
            try await AuditRoundModel.query(on: app.db).filter(\.$id == rounds.last!.id.rawValue).delete()
            let transition = SiteURL.selfAssessmentTransition(cid, aid).path
            let blocked = try await app.post(transition, form: [("event", "submit"), ("version", "1")], as: Who.programmeManager)
            #expect(blocked.status == .unprocessableEntity)
            #expect(blocked.text.contains("Some evidence is no longer in Oversight: a practice audit. Remove it before submitting"))
            let broken = try #require(try await SelfAssessmentStore.record(assessment, on: app.db).evidence.first { $0.targetID == rounds.last!.id.description })
            #expect(try await app.post(SiteURL.assessmentEvidence(cid, aid, .value(section.id)).path, form: [("remove", broken.id.description)],
                                       as: Who.programmeManager).status == .seeOther)
            #expect(try await app.post(transition, form: [("event", "agree"), ("version", "1")], as: Who.programmeManager).status == .seeOther)
            #expect(try await app.post(transition, form: [("event", "submit"), ("version", "2")], as: Who.programmeManager).status == .seeOther)
            assessment = try await app.demoAssessment("Peer review 2017", in: council)
            #expect(assessment.status == .submitted && assessment.submittedOn == DemoPlan.date(2017, 1, 18))
            let before = try await app.get(SiteURL.selfAssessmentMarkdown(cid, aid).path, as: Who.viewer).text
            #expect(before.contains("Submitted on 18 January 2017, agreed by the board on 18 January 2017"))

            // The cited round is corrected, and someone tries to change the answer: the document stays as submitted.
            var cited = try #require(try await PracticeAuditStore.find(rounds[rounds.count - 2].id, in: council.id, on: app.db))
            cited.good += 1
            cited.requiresImprovement -= 1
            try await UnitOfWork.seed(on: app.db) { [cited] change in
                try await PracticeAuditStore.save(cited, expectedVersion: cited.version, at: Date(), on: change)
            }
            let frozen = try await app.post(SiteURL.assessmentSection(cid, aid, .value(section.id)).path,
                                            form: [("text", "Rewritten"), ("version", "1")], as: Who.programmeManager)
            #expect(frozen.status == .unprocessableEntity)
            #expect(frozen.text.contains("The self-assessment was submitted on 18 January 2017 and is frozen: nothing in it can change"))
            let twice = try await app.post(transition, form: [("event", "submit"), ("version", "3")], as: Who.programmeManager)
            #expect(twice.text.contains("was submitted on 18 January 2017 and is frozen"))
            #expect(try await app.get(SiteURL.selfAssessmentMarkdown(cid, aid).path, as: Who.viewer).text == before)
        }
    }

    @Test("The December 2016 self-assessment is Appendix A of the Scrutiny report, frozen; its Word file and PDF are made from the same document")
    func appendix() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let assessment = try await app.demoAssessment(DemoSelfAssessment.december, in: council)
            #expect(assessment.status == .submitted && assessment.agreedOn == DemoPlan.date(2016, 11, 10))
            let report = try await app.demoReport(ReportText.scrutiny, in: council)
            let page = try await app.get(SiteURL.report(cid, .value(report.id)).path, as: nil)
            #expect(page.text.contains("Appendix A: Self-assessment for the DfE review of progress, December 2016"))
            #expect(page.text.contains("Contacts are screened within a working day in nine cases out of ten"))
            #expect(page.text.contains("Appendix B: Progress in delivering the Improvement Plan, December 2016"))
            let aid = Parameter.value(assessment.id)
            let word = try await app.get(SiteURL.selfAssessmentDocx(cid, aid).path, as: Who.viewer)
            #expect(try ReportText.docxText(Data(buffer: word.body)).contains("Children who need help and protection"))
            let markdown = try await app.get(SiteURL.selfAssessmentMarkdown(cid, aid).path, as: Who.viewer).text
            #expect(markdown.contains("## Children who need help and protection") && markdown.contains("Practice audit, "))
            if PDFPrinter.chromium != nil {
                let pdf = try await app.get(SiteURL.selfAssessmentPDF(cid, aid).path, as: Who.viewer)
                #expect(pdf.body.getString(at: 0, length: 5) == "%PDF-")
            }
        }
    }
}
