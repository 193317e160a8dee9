import OversightDomain
import OversightStore
import Plot

enum ActionViews {
    static func detail(_ action: PlanAction, model: PlanPageModel, council: CouncilContext, context: ViewContext) -> String {
        let plan = model.record.plan
        let cid = Parameter.value(council.id), pid = Parameter.value(plan.id)
        let priority = model.record.priorities.first { $0.id == action.priorityID }
        let canEdit = context.can(.editPlans) && plan.status != .closed
        let edit = SiteURL.editAction(cid, pid, .value(action.id))
        let answered = model.recommendations.filter { action.recommendationIDs.contains($0.id) }
        let reasons = model.exceptions(action)
        let rows: [SummaryRow] = [
            SummaryRow("What", action.what),
            SummaryRow("How", nodes: orNotGiven(action.how)),
            SummaryRow("Lead officer", nodes: orNotGiven(model.name(action.leadID))),
            SummaryRow("Start date", nodes: orNotGiven(action.startDate?.ukLong)),
            SummaryRow("Due date", action.dueDate.ukLong),
            SummaryRow("Revised due date", nodes: action.revisedDueDate.map { revised in
                [.text(revised.ukLong), el("span", [("class", "ov-secondary-text ov-block")],
                                           text: "Reason: \(action.revisionReason ?? "not given")"),
                 el("span", [("class", "ov-secondary-text ov-block")],
                    text: action.revisionCount == 1 ? "Revised once" : "Revised \(action.revisionCount) times")]
            } ?? orNotGiven(nil)),
            SummaryRow("Success measures", nodes: orNotGiven(action.successMeasures)),
            SummaryRow("Status", nodes: [statusTag(action.status)]),
            SummaryRow("Answers", nodes: answered.isEmpty ? orNotGiven(nil) : answered.map { rec in
                el("span", [("class", "ov-block")], [
                    link("Recommendation \(rec.number)",
                         to: .recommendation(cid, .value(rec.inspectionID), .value(rec.id))),
                ])
            }),
        ].map { row in
            var row = row
            if canEdit { row.change = (edit, row.key.lowercased()) }
            return row
        }
        return Layout.render(Page(
            title: "Action \(action.reference)", council: council, section: .plans,
            breadcrumbs: [("Plans", .plans(cid)), (plan.title, .plan(cid, pid))], context: context,
            content: [
                heading(1, "Action \(action.reference)", size: .l,
                        caption: priority.map { "Priority \($0.number): \($0.title)" }),
                reasons.isEmpty ? .empty : inset(reasons.map { paragraph($0.label, classes: "ov-body ov-exception") }),
                summaryList(rows),
                UpdateViews.history(action, model: model, council: council, context: context),
            ]
        ))
    }

    static func form(_ form: ActionForm, action: PlanAction, model: PlanPageModel, council: CouncilContext,
                     errors: [FieldError], conflict: PlanAction? = nil, context: ViewContext) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id), pid = Parameter.value(model.record.plan.id)
        let people = model.people.values.sorted { $0.name < $1.name }
        return FormPage(
            context: context, title: "Change action \(action.reference)", caption: model.record.plan.title,
            council: council, section: .plans, back: .action(cid, pid, .value(action.id)),
            action: .editAction(cid, pid, .value(action.id)), version: Int(form.version ?? "") ?? 0,
            errors: errors,
            conflict: conflict.map { [SummaryRow("What", $0.what), SummaryRow("Due date", $0.currentDueDate.ukLong),
                                      SummaryRow("Status", $0.status.label)] },
            submit: "Save action",
            fields: [
                textInput("number", label: "Number within its priority", hint: "3 makes this action \(action.reference.split(separator: ".").first ?? "").3",
                          value: form.number, errors: errs, width: .w3, inputmode: "numeric"),
                textArea("what", label: "What", value: form.what, errors: errs, rows: 3),
                textArea("how", label: "How (optional)", value: form.how, errors: errs, rows: 3),
                selectField("lead", label: "Lead officer (optional)",
                            options: people.map { ($0.id.description, $0.name) }, selected: form.lead,
                            placeholder: "No lead yet", errors: errs),
                dateInput("startDate", legend: "Start date (optional)", hint: "For example, 1 4 2016",
                          parts: form.startParts, errors: errs),
                dateInput("dueDate", legend: "Due date", hint: "The date agreed when the plan was approved",
                          parts: form.dueParts, errors: errs),
                dateInput("revisedDueDate", legend: "Revised due date (optional)",
                          hint: "Only when the due date has had to move; boards see every revision",
                          parts: form.revisedParts, errors: errs),
                textArea("revisionReason", label: "Reason for the revised date", hint: "Required with a revised due date",
                         value: form.revisionReason, errors: errs, rows: 2),
                textArea("successMeasures", label: "Success measures (optional)", value: form.successMeasures,
                         errors: errs, rows: 3),
                radios("status", legend: "Status", options: ActionStatus.working.map { ($0.rawValue, $0.label) },
                       selected: form.status, errors: errs),
                checkboxes("recommendations", legend: "Recommendations this action answers",
                           options: model.recommendations.map { ($0.id.description, "\($0.number). \($0.text)") },
                           checked: Set(form.recommendations ?? []), errors: errs),
            ]
        ).render()
    }
}
