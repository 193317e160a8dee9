import OversightDocuments
import OversightDomain
import OversightStore

/// Pages for what an inspection found: judgements and recommendations.
enum FindingViews {
    static func judgementForm(_ form: JudgementForm, context: ViewContext, council: CouncilContext, inspection: Inspection,
                              judgementID: Judgement.ID?, errors: [FieldError], conflict: Judgement? = nil) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id), iid = Parameter.value(inspection.id)
        return FormPage(
            context: context, title: judgementID == nil ? "Add a judgement" : "Change a judgement", caption: inspection.title,
            council: council, section: .inspections, back: .inspection(cid, iid),
            action: judgementID.map { .editJudgement(cid, iid, .value($0)) } ?? .judgements(cid, iid),
            version: judgementID == nil ? nil : Int(form.version ?? "") ?? 0,
            errors: errors,
            conflict: conflict.map { [SummaryRow("Inspected body", $0.body), SummaryRow("Judgement area", $0.area.label),
                                      SummaryRow("Grade", $0.grade.label)] },
            submit: "Save judgement",
            fields: [
                textInput("body", label: "Inspected body",
                          hint: "For example, Children's services or Local Safeguarding Children Board",
                          value: form.body, errors: errs),
                radios("area", legend: "Judgement area",
                       hint: "The areas of the \(inspection.framework.shortLabel) framework",
                       options: inspection.framework.judgementAreas.map { ($0.rawValue, $0.label) },
                       selected: form.area, errors: errs),
                radios("grade", legend: "Grade", options: Grade.options, selected: form.grade, errors: errs),
            ]
        ).render()
    }

    static func recommendation(_ recommendation: Recommendation, inspection: Inspection, council: CouncilContext,
                               answering: [AnsweringAction], context: ViewContext) -> String {
        let cid = Parameter.value(council.id), iid = Parameter.value(inspection.id)
        let edit = SiteURL.editRecommendation(cid, iid, .value(recommendation.id))
        return Layout.render(Page(
            title: "Recommendation \(recommendation.number)", council: council, section: .inspections,
            breadcrumbs: [("Inspections", .inspections(cid)), (inspection.title, .inspection(cid, iid))],
            context: context,
            content: [
                heading(1, "Recommendation \(recommendation.number)", size: .l, caption: inspection.title),
                recommendation.isPriorityAction ? paragraph([tag("Area for priority action", .red)]) : .empty,
                summaryList(recommendationRows(recommendation).map { row in
                    var row = row
                    if context.inspections.record.isAllowed { row.change = (edit, row.key.lowercased()) }
                    return row
                }),
                heading(2, "Plan actions that answer it", size: .m),
                answering.isEmpty
                    ? paragraph([tag("No action", .red), .text(" No improvement plan action answers this recommendation yet.")])
                    : dataTable(caption: "Actions answering recommendation \(recommendation.number)", captionSize: .s,
                                head: ["Action", "What", "Plan", "Status"],
                                rows: answering.map { action in
                                    [link(action.reference, to: .action(cid, .value(action.planID), .value(action.actionID))),
                                     .text(action.what), .text(action.planTitle), statusTag(action.status)]
                                }),
            ]
        ))
    }

    static func recommendationRows(_ recommendation: Recommendation) -> [SummaryRow] {
        [
            SummaryRow("Number", String(recommendation.number)),
            SummaryRow("Recommendation", recommendation.text),
            SummaryRow("Judgement area", nodes: orNotGiven(recommendation.area?.label)),
            SummaryRow("Area for priority action", recommendation.isPriorityAction ? "Yes" : "No"),
        ]
    }

    static func recommendationForm(_ form: RecommendationForm, context: ViewContext, council: CouncilContext, inspection: Inspection,
                                   recommendationID: Recommendation.ID?, errors: [FieldError],
                                   conflict: Recommendation? = nil) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id), iid = Parameter.value(inspection.id)
        return FormPage(
            context: context, title: recommendationID == nil ? "Add a recommendation" : "Change a recommendation",
            caption: inspection.title, council: council, section: .inspections,
            back: recommendationID.map { .recommendation(cid, iid, .value($0)) } ?? .inspection(cid, iid),
            action: recommendationID.map { .editRecommendation(cid, iid, .value($0)) } ?? .recommendations(cid, iid),
            version: recommendationID == nil ? nil : Int(form.version ?? "") ?? 0,
            errors: errors, conflict: conflict.map(recommendationRows), submit: "Save recommendation",
            fields: [
                textInput("number", label: "Number", hint: "As numbered in the inspection report",
                          value: form.number, errors: errs, width: .w3, inputmode: "numeric"),
                textArea("text", label: "Recommendation", value: form.text, errors: errs, rows: 5),
                selectField("area", label: "Judgement area (optional)",
                            options: inspection.framework.judgementAreas.map { ($0.rawValue, $0.label) },
                            selected: form.area, placeholder: "None", errors: errs),
                checkbox("priorityAction", legend: "Priority", label: "This is an area for priority action",
                         hint: "The inspectorate set it as an area for priority action: the draft plan is then due within 20 working days",
                         checked: form.priorityAction == "yes", errors: errs),
            ]
        ).render()
    }
}
