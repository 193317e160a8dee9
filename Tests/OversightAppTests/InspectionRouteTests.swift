@testable import OversightApp
import OversightDomain
import OversightStore
import Testing
import VaporTesting

@Suite("Inspection pages")
struct InspectionRouteTests {
    func form(_ overrides: [String: String] = [:]) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("kind", "focused-visit"), ("inspectorate", "Ofsted"), ("framework", "ilacs-2018"),
            ("startDate-day", "4"), ("startDate-month", "3"), ("startDate-year", "2019"),
            ("endDate-day", "5"), ("endDate-month", "3"), ("endDate-year", "2019"),
            ("publishedDate-day", ""), ("publishedDate-month", ""), ("publishedDate-year", ""),
            ("reportURL", ""),
        ]
        for (key, value) in overrides {
            if let index = fields.firstIndex(where: { $0.0 == key }) { fields[index].1 = value } else { fields.append((key, value)) }
        }
        return fields
    }

    @Test("The inspection page lists judgements by body and the numbered recommendations")
    func detail() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let record = try await app.demoInspection()
            let page = try await app.get(SiteURL.inspection(council.id, record.inspection.id).path)
            #expect(page.status == .ok)
            #expect(page.text.contains("Local Safeguarding Children Board"))
            #expect(page.text.contains("ov-tag--green\">Good"))
            #expect(page.text.contains("14 September 2015"))
            #expect(page.text.contains("Add a recommendation"))
            let list = try await app.get(SiteURL.inspections(.value(council.id)).path)
            #expect(list.text.contains("Monitoring visit, June 2016"))
            #expect(list.text.contains("DfE review of progress, December 2016"))
        }
    }

    @Test("Impossible dates, an end before the start and an unsafe address are refused", arguments: [
        (["startDate-day": "31", "startDate-month": "2", "startDate-year": "2019"], "Start date must be a real date", "startDate-day"),
        (["startDate-month": ""], "Start date must include a month", "startDate-month"),
        (["startDate-day": "", "startDate-month": "", "startDate-year": ""], "Enter the start date", "startDate-day"),
        (["endDate-day": "1", "endDate-month": "3", "endDate-year": "2019"], "End date must be the same as or after the start date", "endDate-day"),
        (["startDate-year": "19"], "Year must include 4 numbers", "startDate-year"),
        (["reportURL": "javascript:alert(1)"], "Enter the report&#39;s web address", "reportURL"),
        (["kind": "inspection-by-post"], "Select the kind of inspection", "kind"),
    ])
    func invalid(overrides: [String: String], message: String, anchor: String) async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let before = try await InspectionStore.all(in: council.id, on: app.db).count
            let response = try await app.post(SiteURL.inspections(.value(council.id)).path, form: form(overrides))
            #expect(response.status == .unprocessableEntity)
            let html = response.text.replacingOccurrences(of: "&#39;", with: "'")
            #expect(html.contains(message.replacingOccurrences(of: "&#39;", with: "'")))
            #expect(html.contains("href=\"#\(anchor)\""))
            #expect(try await InspectionStore.all(in: council.id, on: app.db).count == before)
        }
    }

    @Test("Recording a focused visit, then a grade the framework does not have is refused")
    func createAndJudge() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let created = try await app.post(SiteURL.inspections(.value(council.id)).path, form: form())
            #expect(created.status == .seeOther)
            let path = try #require(created.location)
            let page = try await app.get(path)
            #expect(page.text.contains("Focused visit, March 2019"))
            #expect(page.text.contains("4 March 2019"))

            let wrongArea = try await app.post(path + "/judgements", form: [
                ("body", "Children's services"), ("area", "sif-adoption"), ("grade", "good"),
            ])
            #expect(wrongArea.status == .unprocessableEntity)
            #expect(wrongArea.text.contains("Select a judgement area of the ILACS 2018+ framework"))

            let noGrade = try await app.post(path + "/judgements", form: [
                ("body", "Children's services"), ("area", "ilacs-care-leavers"), ("grade", "excellent"),
            ])
            #expect(noGrade.status == .unprocessableEntity)
            #expect(noGrade.text.contains("Select the grade, or Not graded"))

            let good = try await app.post(path + "/judgements", form: [
                ("body", "Children's services"), ("area", "ilacs-care-leavers"), ("grade", "requires-improvement"),
            ])
            #expect(good.status == .seeOther)
            let again = try await app.post(path + "/judgements", form: [
                ("body", "Children's services"), ("area", "ilacs-care-leavers"), ("grade", "good"),
            ])
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("already has a judgement for this area"))
        }
    }

    @Test("Recommendations: numbers are unique, text is required, priority is recorded")
    func recommendations() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let record = try await app.demoInspection()
            let base = SiteURL.recommendations(.value(council.id), .value(record.inspection.id)).path
            let newForm = try await app.get(SiteURL.newRecommendation(.value(council.id), .value(record.inspection.id)).path)
            #expect(newForm.text.contains(#"id="number" name="number" type="text" value="11""#))

            let taken = try await app.post(base, form: [("number", "3"), ("text", "Another")])
            #expect(taken.status == .unprocessableEntity)
            #expect(taken.text.contains("Recommendation 3 already exists in this inspection"))

            let empty = try await app.post(base, form: [("number", "eleven"), ("text", "")])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("Enter the recommendation&#39;s number") || empty.text.contains("Enter the recommendation's number"))
            #expect(empty.text.contains("Enter the recommendation&#39;s text") || empty.text.contains("Enter the recommendation's text"))

            let added = try await app.post(base, form: [
                ("number", "11"), ("text", "Publish a sufficiency strategy."), ("area", "sif-looked-after"),
                ("priorityAction", "yes"),
            ])
            #expect(added.status == .seeOther)
            let page = try await app.get(try #require(added.location))
            #expect(page.text.contains("Area for priority action"))
            #expect(page.text.contains("Children looked after and achieving permanence"))
        }
    }

    @Test("The Markdown download carries the judgements and recommendations")
    func markdown() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let record = try await app.demoInspection()
            let response = try await app.get(
                SiteURL.inspectionMarkdown(.value(council.id), .value(record.inspection.id)).path)
            #expect(response.status == .ok)
            #expect(response.headers.first(name: .contentType) == "text/markdown; charset=utf-8")
            #expect(response.headers.first(name: .contentDisposition)?.contains("inspection-2015-09-14.md") == true)
            #expect(response.text.hasPrefix("# Northshire County Council: Full inspection, September 2015"))
            #expect(response.text.contains("| Local Safeguarding Children Board | Effectiveness of the Local Safeguarding Children Board | Good |"))
            #expect(response.text.contains("**10. **Strengthen governance"))
        }
    }
}
