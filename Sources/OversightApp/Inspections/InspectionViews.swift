import OversightDocuments
import OversightDomain
import OversightStore

enum InspectionViews {
    static func list(_ model: InspectionList.Model, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        return Layout.render(Page(title: "Inspections", council: council, section: .inspections, context: context,
                                  content: [
            heading(1, "Inspections and visits", size: .l),
            context.inspections.record.isAllowed ? buttonLink("Add an inspection", to: .newInspection(cid)) : .empty,
            model.rows.isEmpty ? paragraph("No inspection has been recorded yet.") :
                dataTable(caption: "Newest first", captionSize: .s,
                          head: ["Inspection", "Inspectorate", "Published", "Judgements", "Recommendations"],
                          rows: model.rows.map { inspection in
                              [
                                  link(inspection.title, to: .inspection(council.id, inspection.id)),
                                  .text(inspection.inspectorate),
                                  .group(orNotGiven(inspection.publishedDate?.ukLong)),
                                  .text(inspection.judgementCount == 0 ? "None" : "\(inspection.judgementCount)"),
                                  .text("\(inspection.recommendationCount)"),
                              ]
                          }),
        ]))
    }

    static func detail(_ record: InspectionRecord, council: CouncilContext, context: ViewContext) -> String {
        let inspection = record.inspection
        let cid = Parameter.value(council.id), iid = Parameter.value(inspection.id)
        let canEdit = context.inspections.record.isAllowed
        return Layout.render(Page(
            title: inspection.title, council: council, section: .inspections,
            breadcrumbs: [("Inspections", .inspections(cid))], context: context,
            content: [
                heading(1, inspection.title, size: .l, caption: inspection.inspectorate),
                summaryList(summaryRows(inspection).map { row in
                    var row = row
                    if canEdit { row.change = (.editInspection(cid, iid), row.key.lowercased()) }
                    return row
                }),
                heading(2, "Judgements", size: .m),
                record.judgements.isEmpty
                    ? paragraph("No judgements recorded. Focused and monitoring visits usually give none.")
                    : judgementTable(record, councilID: council.id, editable: canEdit),
                canEdit ? buttonLink("Add a judgement", to: .newJudgement(cid, iid), secondary: true) : .empty,
                recommendationTable(record, councilID: council.id, caption: "Recommendations"),
                canEdit ? buttonLink("Add a recommendation", to: .newRecommendation(cid, iid), secondary: true) : .empty,
                el("hr", [("class", "ov-section-break")]),
                paragraph([el("a", [("class", "ov-link"), ("href", SiteURL.inspectionMarkdown(cid, iid).path),
                                    ("download", "")], text: "Download this inspection's summary (Markdown)")]),
            ]
        ))
    }

    static func summaryRows(_ inspection: Inspection) -> [SummaryRow] {
        [
            SummaryRow("Kind", inspection.kind.label),
            SummaryRow("Inspectorate", inspection.inspectorate),
            SummaryRow("Framework", inspection.framework.label),
            SummaryRow("Start date", inspection.startDate.ukLong),
            SummaryRow("End date", nodes: orNotGiven(inspection.endDate?.ukLong)),
            SummaryRow("Report published", nodes: orNotGiven(inspection.publishedDate?.ukLong)),
            SummaryRow("Published report", nodes: inspection.reportURL.map {
                [el("a", [("class", "ov-link"), ("href", $0), ("rel", "noopener noreferrer")], text: $0)]
            } ?? orNotGiven(nil)),
        ]
    }

    /// Judgements grouped by body, each grade as a tag with its word.
    static func judgementTable(_ record: InspectionRecord, councilID: Council.ID, editable: Bool) -> BodyNode {
        let cid = Parameter.value(councilID), iid = Parameter.value(record.inspection.id)
        return dataTable(
            caption: "Judgements", captionSize: .s,
            head: editable ? ["Inspected body", "Judgement area", "Grade", "Action"]
                           : ["Inspected body", "Judgement area", "Grade"],
            rows: record.judgements.map { judgement in
                var cells: [BodyNode] = [.text(judgement.body), .text(judgement.area.label), gradeTag(judgement.grade)]
                if editable {
                    cells.append(el("a", [("class", "ov-link"),
                                          ("href", SiteURL.editJudgement(cid, iid, .value(judgement.id)).path)],
                                    [.text("Change"), visuallyHidden(" \(judgement.body): \(judgement.area.label)")]))
                }
                return cells
            }
        )
    }

    static func recommendationTable(_ record: InspectionRecord, councilID: Council.ID, caption: String) -> BodyNode {
        let cid = Parameter.value(councilID), iid = Parameter.value(record.inspection.id)
        guard !record.recommendations.isEmpty else {
            return .group([heading(2, caption, size: .m), paragraph("No recommendations recorded.")])
        }
        return dataTable(
            caption: caption, head: ["Number", "Recommendation", "Judgement area"],
            rows: record.recommendations.map { recommendation in
                [
                    el("a", [("class", "ov-link"),
                             ("href", SiteURL.recommendation(cid, iid, .value(recommendation.id)).path)],
                       [visuallyHidden("Recommendation "), .text(String(recommendation.number))]),
                    .group([
                        recommendation.isPriorityAction ? .group([tag("Priority action", .red), .text(" ")]) : .empty,
                        .text(recommendation.text),
                    ]),
                    .group(orNotGiven(recommendation.area?.label)),
                ]
            },
            firstCellIsHeader: false
        )
    }

    static func form(_ form: InspectionForm, context: ViewContext, council: CouncilContext, inspectionID: Inspection.ID?,
                     errors: [FieldError], conflict: Inspection? = nil) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        return FormPage(
            context: context, title: inspectionID == nil ? "Add an inspection" : "Change inspection details", caption: nil,
            council: council, section: .inspections,
            back: inspectionID.map { .inspection(cid, .value($0)) } ?? .inspections(cid),
            action: inspectionID.map { .editInspection(cid, .value($0)) } ?? .inspections(cid),
            version: inspectionID == nil ? nil : Int(form.version ?? "") ?? 0,
            errors: errors, conflict: conflict.map(summaryRows), submit: "Save inspection",
            fields: [
                radios("kind", legend: "Kind of inspection", options: InspectionKind.options, selected: form.kind,
                       errors: errs),
                textInput("inspectorate", label: "Inspectorate", hint: "For example, Ofsted",
                          value: form.inspectorate, errors: errs, width: .w20),
                radios("framework", legend: "Inspection framework",
                       hint: "The framework decides which judgement areas can be graded",
                       options: Framework.options, selected: form.framework, errors: errs),
                dateInput("startDate", legend: "Start date", hint: "For example, 14 9 2015", parts: form.startParts,
                          errors: errs),
                dateInput("endDate", legend: "End date (optional)", hint: "For example, 9 10 2015",
                          parts: form.endParts, errors: errs),
                dateInput("publishedDate", legend: "Date the report was published (optional)",
                          hint: "For example, 27 11 2015", parts: form.publishedParts, errors: errs),
                textInput("reportURL", label: "Web address of the published report (optional)",
                          value: form.reportURL, errors: errs, type: "url", spellcheck: false),
            ]
        ).render()
    }
}
