import OversightDocuments
import OversightDomain
import OversightStore

enum ActionViews {
    static func detail(_ model: ActionPage.Model, council: CouncilContext, milestoneForm: MilestoneForm = MilestoneForm(),
                       errors: [FieldError] = [], context: ViewContext) -> String {
        let plan = model.plan, action = model.action, details = model.details
        let cid = Parameter.value(council.id), pid = Parameter.value(plan.id)
        let canEdit = context.plans.change(plan).isAllowed
        let edit = SiteURL.editAction(cid, pid, .value(action.id))
        let rows: [SummaryRow] = [
            SummaryRow("What", action.what),
            SummaryRow("How", nodes: orNotGiven(action.how)),
            SummaryRow("Lead officer", nodes: orNotGiven(model.leadName)),
            SummaryRow("Start date", nodes: orNotGiven(action.startDate?.ukLong)),
            SummaryRow("Due date", action.dueDate.ukLong),
            SummaryRow("Revised due date", nodes: action.revisedDueDate.map { revised in
                [.text(revised.ukLong), el("span", [("class", "ov-secondary-text ov-block")],
                                           text: "Reason: \(action.revisionReason ?? "not given")"),
                 el("span", [("class", "ov-secondary-text ov-block")],
                    text: action.revisionCount == 1 ? "Revised once" : "Revised \(action.revisionCount) times")]
            } ?? orNotGiven(nil)),
            SummaryRow("Success measures", nodes: orNotGiven(action.successMeasures)),
            SummaryRow("Status", nodes: [statusTag(action.status)] + (action.withdrawalReason.map {
                [el("span", [("class", "ov-secondary-text ov-block")], text: "Reason: \($0)")]
            } ?? [])),
            SummaryRow("Answers", nodes: model.answered.isEmpty ? orNotGiven(nil) : model.answered.map { rec in
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
            breadcrumbs: [("Plans", .plans(cid)), (plan.title, .plan(cid, pid))], errors: errors, context: context,
            content: [
                heading(1, "Action \(action.reference)", size: .l,
                        caption: model.priority.map { "Priority \($0.number): \($0.title)" }),
                model.exceptions.isEmpty ? .empty : inset(model.exceptions.map { paragraph($0, classes: "ov-body ov-exception") }),
                succession(details, council: council),
                summaryList(rows),
                indicators(model.indicators, council: council),
                milestones(model, form: milestoneForm, errors: errors, council: council, context: context),
                UpdateViews.history(model.history, council: council, context: context),
                originHistory(model),
                RiskViews.mitigated(model.risks, cid: .value(council.id)),
            ]
        ))
    }

    /// The scorecard indicators this action aims to move, so its owner sees whether the numbers move.
    static func indicators(_ rows: [ActionPage.Model.IndicatorRow], council: CouncilContext) -> BodyNode {
        guard !rows.isEmpty else { return .empty }
        let cid = Parameter.value(council.id)
        return .group([
            heading(2, "Indicators it aims to move", size: .m),
            dataTable(caption: "Where they stand", captionSize: .s, head: ["Indicator", "Latest", "Target", "Rating", "Since the period before"],
                      rows: rows.map { row in
                          let summary = row.summary
                          let unit = summary.indicator.unit
                          return [link(summary.indicator.title, to: .indicator(cid, .value(summary.indicator.id))),
                                  .text(summary.latest.map { "\(unit.format($0.value)), \($0.period.label)" } ?? "No figures yet"),
                                  .text(summary.target.map { unit.format($0.value) } ?? "None set"),
                                  ScorecardViews.rating(row.standing.rag, distance: row.standing.distance),
                                  ScorecardViews.direction(row.standing.sincePrevious, summary.indicator.polarity)]
                      }),
        ])
    }

    /// Where this action came from, or went to, when one plan succeeded another.
    static func succession(_ details: ActionDetails, council: CouncilContext) -> BodyNode {
        let cid = Parameter.value(council.id)
        if let origin = details.origin {
            return inset([paragraph([
                .text("Carried forward from "),
                link("action \(origin.reference) of the \(origin.plan.title)",
                     to: .action(cid, .value(origin.plan.id), .value(origin.action))),
                .text(". Its updates are its history, shown below this plan's own."),
            ])])
        }
        if let successor = details.successor {
            return inset([paragraph([
                .text("This action continues as "),
                link("action \(successor.reference) of the plan that succeeds this one",
                     to: .action(cid, .value(successor.plan), .value(successor.action))),
                .text("."),
            ])])
        }
        return .empty
    }

    static func milestones(_ model: ActionPage.Model, form: MilestoneForm, errors: [FieldError], council: CouncilContext,
                           context: ViewContext) -> BodyNode {
        let action = model.action
        let cid = Parameter.value(council.id), pid = Parameter.value(model.plan.id)
        let canManage = context.plans.manageMilestones(of: action, in: model.plan).isAllowed
        let errs = FormErrors(errors)
        return .group([
            heading(2, "Milestones", size: .m),
            model.milestones.isEmpty ? paragraph("No milestones have been set for this action.") : el(
                "table", [("class", "ov-table")], [
                    el("caption", [("class", "ov-table__caption ov-visually-hidden")], text: "Milestones of this action"),
                    el("thead", [("class", "ov-table__head")], [el("tr", [("class", "ov-table__row")],
                        ["Milestone", "Due", "Met"].map { el("th", [("scope", "col"), ("class", "ov-table__header")], text: $0) })]),
                    el("tbody", [("class", "ov-table__body")], model.milestones.map { row in
                        let milestone = row.milestone
                        return el("tr", [("class", "ov-table__row")], [
                            el("td", [("class", "ov-table__cell")], text: milestone.title),
                            el("td", [("class", "ov-table__cell")], [
                                .text(milestone.dueDate.ukLong),
                                row.isLate
                                    ? el("span", [("class", "ov-exception")], text: "Past its date") : .empty,
                            ]),
                            el("td", [("class", "ov-table__cell")], [
                                milestone.metDate.map { .text($0.ukLong) } ?? (canManage
                                    ? postForm(to: .milestoneMet(cid, pid, .value(action.id)), csrf: context.csrfToken,
                                               version: milestone.version, [
                                        voidElement("input", [("type", "hidden"), ("name", "milestone"),
                                                              ("value", milestone.id.description)]),
                                        el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary ov-button--small")],
                                           [.text("Mark as met today"), visuallyHidden(": \(milestone.title)")]),
                                    ])
                                    : el("span", [("class", "ov-secondary-text")], text: "Not yet")),
                            ]),
                        ])
                    }),
                ]),
            canManage ? el("div", [("class", "ov-card")], [
                heading(3, "Add a milestone", size: .s),
                postForm(to: .milestones(cid, pid, .value(action.id)), csrf: context.csrfToken, [
                    textInput("title", label: "Milestone", hint: "For example, Draft strategy to the Improvement Board",
                              value: form.title, errors: errs),
                    dateInput("milestoneDue", legend: "Date", hint: "For example, 30 11 2017", parts: form.dueParts,
                              errors: errs),
                    submitButton("Add milestone"),
                ]),
            ]) : .empty,
        ])
    }

    /// The updates of the action this one carries forward: its history before this plan.
    static func originHistory(_ model: ActionPage.Model) -> BodyNode {
        guard let origin = model.details.origin, !model.details.originUpdates.isEmpty else { return .empty }
        return .group([
            heading(2, "History under the \(origin.plan.title)", size: .m),
            dataTable(caption: "Updates to action \(origin.reference), newest first", captionSize: .s,
                      head: ["Month", "Rating", "Update"],
                      rows: model.originUpdates.map { row in
                          [.text(row.month), ratingTag(row.update.rating),
                           el("div", [("class", "ov-narrative")], [.raw(Narrative.html(row.update.narrative))])]
                      }),
        ])
    }

    /// The form to add an action (the model's `action` nil: the priority is chosen) or to change one.
    static func form(_ form: ActionForm, model: ActionEditor.Model, council: CouncilContext,
                     errors: [FieldError], conflict: PlanAction? = nil, context: ViewContext) -> String {
        let errs = FormErrors(errors)
        let action = model.action
        let cid = Parameter.value(council.id), pid = Parameter.value(model.planID)
        let chooser: [BodyNode] = action == nil ? [
            selectField("priority", label: "Priority", options: model.priorities,
                        selected: form.priority, placeholder: "Choose a priority", errors: errs),
        ] : []
        return FormPage(
            context: context, title: action.map { "Change action \($0.reference)" } ?? "Add an action",
            caption: model.planTitle,
            council: council, section: .plans, back: action.map { .action(cid, pid, .value($0.id)) } ?? .plan(cid, pid),
            action: action.map { .editAction(cid, pid, .value($0.id)) } ?? .actions(cid, pid),
            version: action == nil ? nil : Int(form.version ?? "") ?? 0,
            errors: errors,
            conflict: conflict.map { [SummaryRow("What", $0.what), SummaryRow("Due date", $0.currentDueDate.ukLong),
                                      SummaryRow("Status", $0.status.label)] },
            submit: action == nil ? "Add action" : "Save action",
            fields: chooser + [
                textInput("number", label: "Number within its priority",
                          hint: "3 makes this action \(model.priorityNumber).3",
                          value: form.number, errors: errs, width: .w3, inputmode: "numeric"),
                textArea("what", label: "What", value: form.what, errors: errs, rows: 3),
                textArea("how", label: "How (optional)", value: form.how, errors: errs, rows: 3),
                selectField("lead", label: "Lead officer (optional)",
                            options: model.leads, selected: form.lead,
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
                textArea("withdrawalReason", label: "Reason for withdrawing", hint: "Required if the status is withdrawn",
                         value: form.withdrawalReason, errors: errs, rows: 2),
                checkboxes("recommendations", legend: "Recommendations this action answers",
                           options: model.recommendations,
                           checked: Set(form.recommendations ?? []), errors: errs),
            ]
        ).render()
    }
}
