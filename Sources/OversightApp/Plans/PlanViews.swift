import OversightDocuments
import OversightDomain
import OversightStore

func ratingTag(_ rating: Rating) -> BodyNode {
    let colour: TagColour = switch rating {
    case .blue: .blue
    case .green: .green
    case .amber: .orange
    case .red: .red
    }
    return tag(rating.word, colour)
}

/// The GOV.UK colour of a rating, for charts (where the bar's label carries the word too).
func ratingColour(_ rating: Rating) -> String {
    switch rating {
    case .blue: "#1d70b8"
    case .green: "#00703c"
    case .amber: "#f47738"
    case .red: "#d4351c"
    }
}

func statusTag(_ status: ActionStatus) -> BodyNode {
    tag(status.label, statusColour(status))
}

private func statusColour(_ status: ActionStatus) -> TagColour {
    switch status {
    case .notStarted: .grey
    case .inProgress: .blue
    case .completed: .green
    case .impactEvidenced: .purple
    case .carriedForward: .orange
    case .withdrawn: .grey
    }
}

extension HTMLWriter {
    /// `statusTag`, written straight into a long table.
    mutating func statusTag(_ status: ActionStatus) {
        tag(status.label, statusColour(status))
    }
}

func planStatusTag(_ status: PlanStatus) -> BodyNode {
    let colour: TagColour = switch status {
    case .draft: .grey
    case .consultation: .yellow
    case .approved: .blue
    case .active: .green
    case .closed: .grey
    }
    return tag(status.label, colour)
}

enum PlanViews {
    /// Above this many actions the overview links to the paged action list instead of listing them.
    static let actionsListedInFull = 100
    /// The overview lists the latest few periods with how many actions reported in each.
    static let periodsShown = 6

    static func list(_ plans: [Plan], page: Int = 1, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        let paging = Paging(page: page, perPage: 50, total: plans.count)
        return Layout.render(Page(title: "Plans", council: council, section: .plans, context: context, content: [
            heading(1, "Improvement plans", size: .l),
            context.plans.edit.isAllowed ? buttonGroup([
                buttonLink("Start a plan", to: .newPlan(cid)),
                buttonLink("Import a plan from a spreadsheet", to: .importPlan(cid), secondary: true),
            ]) : .empty,
            plans.isEmpty ? paragraph("No plan has been recorded yet.") : dataTable(
                caption: paging.pages > 1 ? "Plans, newest first: \(paging.summary("plans").lowercased())" : "Plans, newest first",
                captionSize: .s, head: ["Plan", "Kind", "Starts", "Status"],
                rows: paging.slice(plans).map { plan in
                    [link(plan.title, to: .plan(cid, .value(plan.id))), .text(plan.kind.label),
                     .text(plan.startDate.ukLong), planStatusTag(plan.status)]
                }),
            pagination(paging, label: "Pages of plans", of: .plans(cid)),
        ]))
    }

    static func overview(_ model: PlanOverview.Model, council: CouncilContext, errors: [FieldError] = [],
                         consultationForm: ConsultationForm = ConsultationForm(),
                         approvalForm: ApprovalForm = ApprovalForm(), context: ViewContext) -> String {
        let plan = model.plan
        let cid = Parameter.value(council.id), pid = Parameter.value(plan.id)
        let ratingCounts = model.ratingCounts
        var content: [BodyNode] = [
            heading(1, plan.title, size: .l, caption: plan.kind.label),
            summaryList([
                SummaryRow("Status", nodes: [planStatusTag(plan.status)]),
                SummaryRow("Answers", nodes: model.inspections.isEmpty ? orNotGiven(nil)
                    : model.inspections.map {
                        el("span", [("class", "ov-block")], [link($0.inspection.title, to: .inspection(council.id, $0.inspection.id))])
                    }),
                SummaryRow("Owner", nodes: orNotGiven(model.ownerName)),
                SummaryRow("Runs", plan.startDate.ukLong + (plan.endDate.map { " to \($0.ukLong)" } ?? "")),
            ] + (model.predecessor.map { [SummaryRow("Succeeds", nodes: [link($0.title, to: .plan(cid, .value($0.id)))])] } ?? [])
              + (model.successors.isEmpty ? [] : [SummaryRow("Succeeded by", nodes: model.successors.map {
                  el("span", [("class", "ov-block")], [link($0.title, to: .plan(cid, .value($0.id))), .text(" "),
                                                       planStatusTag($0.status)])
              })])
              + (model.approvals.isEmpty ? [] : [SummaryRow("Approved", nodes: model.approvals.map { version in
                  el("span", [("class", "ov-block")], [
                      link("Version \(version.number): \(version.approval.body), \(version.approval.meetingDate.ukLong)",
                           to: .planVersion(cid, pid, .value(version.number))),
                  ])
              })])),
            el("div", [("class", "ov-grid")], [
                el("div", [("class", "ov-grid__two-thirds")], [
                    barChart(title: "Actions by latest rating", bars: ratingCounts.map { rating, count in
                        (rating.word, count, ratingColour(rating))
                    }),
                    dataTable(caption: "Actions by latest rating", captionSize: .s, head: ["Rating", "Meaning", "Actions"],
                              rows: ratingCounts.map { [ratingTag($0.0), .text(RatingDefinitions.standard.meaning(of: $0.0)),
                                                        .text(String($0.1))] }),
                    dataTable(caption: "Actions by status", captionSize: .s, head: ["Status", "Actions"],
                              rows: model.statusCounts.map { [statusTag($0.0), .text(String($0.1))] }
                                  + [[el("strong", [], text: "All actions"), el("strong", [], text: String(model.actionCount))]]),
                ]),
                el("div", [("class", "ov-grid__one-third")], [
                    el("div", [("class", "ov-card")], [
                        heading(2, "Needs attention", size: .s),
                        el("ul", [("class", "ov-list")], [
                            el("li", [], [link("\(counted(model.exceptionCount, "exception")) to look at", to: .exceptions(cid, pid))]),
                            el("li", [], text: "\(counted(model.overdueCount, "action")) past \(model.overdueCount == 1 ? "its" : "their") due date"),
                            el("li", [], [
                                link("\(counted(model.uncoveredCount, "recommendation")) without an action", to: .coverage(cid, pid)),
                            ]),
                        ]),
                    ]),
                ]),
            ]),
        ]
        content.append(periodsSection(model.periods, plan: plan, council: council, errors: errors, context: context))
        content.append(paragraph([fileLink("Download all actions (Excel, one sheet per priority)", to: .actionsXLSX(cid, pid)),
                                  .text(" or "), fileLink("as CSV", to: .actionsCSV(cid, pid))]))
        content.append(PlanLifecycleViews.consultations(model.page, form: consultationForm, errors: errors,
                                                        council: council, context: context))
        if context.plans.approve(plan).isAllowed {
            content.append(PlanLifecycleViews.approvalForm(plan, form: approvalForm, errors: errors, council: council,
                                                           context: context))
        }
        if context.plans.move(plan).isAllowed {
            content.append(transitionForm(plan, events: model.transitionEvents, council: council, errors: errors, context: context))
        }
        if context.plans.succeed(plan, hasSuccessor: !model.successors.isEmpty).isAllowed {
            content.append(paragraph([link("Start a Continuous Improvement Plan to succeed this one",
                                           to: .successor(cid, pid))]))
        }
        let canChange = context.plans.change(plan).isAllowed
        if canChange {
            content.append(buttonGroup([
                buttonLink("Change the plan's details", to: .editPlan(cid, pid), secondary: true),
                buttonLink("Add a priority", to: .newPriority(cid, pid), secondary: true),
                model.hasPriorities ? buttonLink("Add an action", to: .newAction(cid, pid), secondary: true) : .empty,
            ]))
        }
        content.append(paragraph([link("Filter and sort all \(model.actionCount) actions", to: .actions(cid, pid))]))
        for section in model.priorities {
            let priority = section.priority
            content.append(el("h2", [("class", "ov-heading-m")], [
                link("Priority \(priority.number): \(priority.title)", to: .priority(cid, pid, .value(priority.id))),
            ]))
            if let outcome = priority.outcome { content.append(paragraph(outcome, classes: "ov-body ov-secondary-text")) }
            if canChange {
                content.append(paragraph([
                    link("Change priority \(priority.number)", to: .editPriority(cid, pid, .value(priority.id))),
                ], classes: "ov-body-s"))
            }
            if let rows = section.rows {
                content.append(actionTable(rows, plan: plan.id, council: council,
                                           caption: "Actions of priority \(priority.number)"))
            } else {
                content.append(paragraph([link("See the \(counted(section.actionCount, "action")) of priority \(priority.number)",
                                               to: .actions(cid, pid), query: [("priority", priority.id.description)])]))
            }
        }
        return Layout.render(Page(title: plan.title, council: council, section: .plans,
                                  breadcrumbs: [("Plans", .plans(cid))], errors: errors, context: context,
                                  content: content))
    }

    /// A table of actions. With a query, the column headings sort the list (GOV.UK sortable table,
    /// without script: each heading is a link, and aria-sort says which way it is sorted).
    static func actionTable(_ actions: [PlanActionRow], plan: Plan.ID, council: CouncilContext,
                            caption: String, query: ActionListQuery? = nil) -> BodyNode {
        let cid = Parameter.value(council.id), pid = Parameter.value(plan)
        guard !actions.isEmpty else { return paragraph(query == nil ? "No actions yet." : "No actions match these filters.") }
        let columns: [(String, ActionListQuery.Sort?)] = [
            ("Ref", .reference), ("Action", nil), ("Lead", .lead), ("Due", .due), ("Rating", .rating), ("Status", .status),
        ]
        let list = SiteURL.actions(cid, pid)
        return el("table", [("class", "ov-table")], [
            el("caption", [("class", "ov-table__caption ov-visually-hidden")], text: caption),
            el("thead", [("class", "ov-table__head")], [el("tr", [("class", "ov-table__row")], columns.map { title, sort in
                guard let query, let sort else {
                    return el("th", [("scope", "col"), ("class", "ov-table__header")], text: title)
                }
                let active = query.sort == sort
                let nextDescending = active && !query.descending
                return el("th", [("scope", "col"), ("class", "ov-table__header"),
                                 ("aria-sort", active ? (query.descending ? "descending" : "ascending") : "none")], [
                    el("a", [("class", "ov-link"), ("href", list.path(query: query.query(sort: sort, descending: nextDescending, page: 1)))],
                       [.text(title), visuallyHidden(active ? (query.descending ? ", sorted last to first" : ", sorted first to last") : ", sort by this")]),
                ])
            })]),
            el("tbody", [("class", "ov-table__body")], actions.map { action in
                el("tr", [("class", "ov-table__row")], [
                    el("td", [("class", "ov-table__cell")], [link(action.reference, to: .action(cid, pid, .value(action.id)))]),
                    el("td", [("class", "ov-table__cell")], text: action.what),
                    el("td", [("class", "ov-table__cell")], orNotGiven(action.leadName)),
                    el("td", [("class", "ov-table__cell")], [
                        .text(action.due.ukLong),
                        action.revisedFrom.map { el("span", [("class", "ov-secondary-text ov-block")], text: "revised from \($0.ukLong)") }
                            ?? .empty,
                        .group(action.exceptions.map { el("span", [("class", "ov-exception")], text: $0) }),
                    ]),
                    el("td", [("class", "ov-table__cell")], [action.rating.map(ratingTag) ?? .group(orNotGiven(nil))]),
                    el("td", [("class", "ov-table__cell")], [statusTag(action.status)]),
                ])
            }),
        ])
    }

    static func periodsSection(_ model: PlanPeriods, plan: Plan, council: CouncilContext, errors: [FieldError],
                               context: ViewContext) -> BodyNode {
        let cid = Parameter.value(council.id), pid = Parameter.value(plan.id)
        let errs = FormErrors(errors)
        return el("div", [("class", "ov-card")], [
            heading(2, "Monthly updates", size: .s),
            model.isEmpty ? paragraph("No update period has been opened yet.") : el("ul", [("class", "ov-list")],
                model.rows.map { row in
                    el("li", [], [
                        link(row.period.label, to: .period(cid, pid, .value(row.period.id))),
                        .text(": \(row.reported) of \(model.actionCount) actions updated"
                              + (row.period.isOpen ? ", due by \(row.period.deadline.ukLong)" : "")),
                    ])
                }),
            model.openPeriod == nil ? .empty : paragraph([
                el("a", [("class", "ov-link"), ("href", SiteURL.remindersCSV(cid, pid).path), ("download", "")],
                   text: "Download the reminder list for \(model.openPeriod?.label ?? "") (CSV)"),
            ]),
            context.plans.openPeriod(plan, periodOpen: model.openPeriod != nil).isAllowed
                ? postForm(to: .periods(cid, pid), csrf: context.csrfToken, [
                    dateInput("month", legend: "Open a period for the month", hint: "For example, 10 2017",
                              parts: DateParts(day: nil, month: nil, year: nil), errors: errs, boxes: [.month, .year]),
                    dateInput("deadline", legend: "Updates are due by", hint: "For example, 20 10 2017",
                              parts: DateParts(day: nil, month: nil, year: nil), errors: errs),
                    submitButton("Open the period"),
                ])
                : .empty,
        ])
    }

    static func transitionForm(_ plan: Plan, events: [PlanEvent], council: CouncilContext, errors: [FieldError],
                               context: ViewContext) -> BodyNode {
        let errs = FormErrors(errors)
        return el("div", [("class", "ov-card")], [
            heading(2, "Move the plan on", size: .s),
            postForm(to: .planTransition(.value(council.id), .value(plan.id)), csrf: context.csrfToken,
                     version: plan.version, [
                radios("event", legend: "What has happened", options: events.map { ($0.rawValue, $0.label) },
                       selected: nil, errors: errs),
                textArea("reason", label: "Why, and any decision reference",
                         hint: "For example: approved by Cabinet on 17 March 2016, minute 12", value: nil, errors: errs,
                         rows: 3),
                submitButton("Save"),
            ]),
        ])
    }

    /// One priority: its outcome and lead, how its actions stand, and each action.
    static func priority(_ model: PriorityPage.Model, council: CouncilContext, context: ViewContext) -> String {
        let plan = model.plan, priority = model.priority
        let cid = Parameter.value(council.id), pid = Parameter.value(plan.id)
        let attention = model.needingAttention
        let canChange = context.plans.change(plan).isAllowed
        return Layout.render(Page(title: "Priority \(priority.number)", council: council, section: .plans,
                                  breadcrumbs: [("Plans", .plans(cid)), (plan.title, .plan(cid, pid))], context: context,
                                  content: [
            heading(1, "Priority \(priority.number): \(priority.title)", size: .l, caption: plan.title),
            summaryList([
                SummaryRow("Outcome sought", nodes: orNotGiven(priority.outcome)),
                SummaryRow("Lead", nodes: orNotGiven(model.leadName)),
                SummaryRow("Actions", String(model.actionCount)),
                SummaryRow("Latest ratings", model.ratings.isEmpty ? "No ratings yet"
                    : model.ratings.map { "\($0.1) \($0.0.word.lowercased())" }.joined(separator: ", ")),
                SummaryRow("Need attention", nodes: attention == 0 ? [.text("None")] : [
                    link(counted(attention, "action"), to: .actions(cid, pid),
                         query: [("priority", priority.id.description), ("exceptions", "yes")]),
                ]),
            ].map { row in
                var row = row
                if canChange, row.key == "Outcome sought" || row.key == "Lead" {
                    row.change = (.editPriority(cid, pid, .value(priority.id)), row.key.lowercased())
                }
                return row
            }),
            canChange ? buttonLink("Add an action to this priority", to: .newAction(cid, pid),
                                   query: [("priority", priority.id.description)], secondary: true) : .empty,
            heading(2, "Actions", size: .m),
            actionTable(model.rows, plan: plan.id, council: council, caption: "Actions of priority \(priority.number)"),
        ]))
    }

    /// Every recommendation the plan answers with the actions that answer it, inspection by
    /// inspection; those without an action stand out.
    static func coverage(_ model: PlanCoverage.Model, council: CouncilContext, context: ViewContext) -> String {
        let plan = model.plan
        let cid = Parameter.value(council.id), pid = Parameter.value(plan.id)
        var content: [BodyNode] = [
            heading(1, "Coverage of the recommendations", size: .l, caption: plan.title),
            model.isLinkedToInspection ? paragraph(model.uncoveredCount == 0 ? "Every recommendation has at least one action."
                : "\(model.uncoveredCount) of \(model.recommendationCount) recommendations have no action.")
                : paragraph("This plan is not linked to an inspection."),
            paragraph([fileLink("Download the coverage (Excel)", to: .coverageXLSX(cid, pid))]),
        ]
        for section in model.sections {
            if model.answersSeveral { content.append(heading(2, section.title, size: .m)) }
            // Written straight (see `HTMLWriter`): a recommendation of a 480-action plan can list dozens.
            content.append(dataTable(caption: "\(section.title): recommendations and the actions that answer them",
                                     captionSize: .s, head: ["No.", "Recommendation", "Actions"], rows: section.rows,
                                     capacity: 16 * 1024) { writer, row in
                writer.cell(text: String(row.number))
                writer.cell(text: row.text)
                writer.cell { writer in
                    if row.answers.isEmpty { return writer.tag("No action", .red) }
                    for action in row.answers {
                        writer.open("span", class: "ov-block")
                        writer.link(action.reference, to: .action(cid, pid, .value(action.id)))
                        writer.text(" ")
                        writer.statusTag(action.status)
                        writer.close("span")
                    }
                }
            })
        }
        return Layout.render(Page(title: "Coverage", council: council, section: .plans,
                                  breadcrumbs: [("Plans", .plans(cid)), (plan.title, .plan(cid, pid))], context: context,
                                  content: content))
    }
}
