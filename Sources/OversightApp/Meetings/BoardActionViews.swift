import OversightDomain
import OversightStore
import Plot

/// The action log: open actions first, overdue ones tagged, with the meeting that raised each.
enum BoardActionViews {
    enum Filter: String, CaseIterable {
        case open, overdue, closed, all

        var label: String {
            switch self {
            case .open: "Open"
            case .overdue: "Overdue"
            case .closed: "Closed"
            case .all: "All"
            }
        }

        func includes(_ action: BoardAction, today: CalendarDate) -> Bool {
            switch self {
            case .open: action.isOpen
            case .overdue: action.isOverdue(on: today)
            case .closed: !action.isOpen
            case .all: true
            }
        }
    }

    static func statusTag(_ action: BoardAction, today: CalendarDate) -> BodyNode {
        if action.isOverdue(on: today) { return tag("Overdue", .red) }
        return action.isOpen ? tag("Open", .blue) : tag("Closed", .green)
    }

    static func table(_ actions: [BoardAction], people: [Person.ID: Person], today: CalendarDate, cid: Parameter<Council.ID>,
                      caption: String, linked: Bool = true) -> BodyNode {
        dataTable(caption: caption, captionSize: .s, head: ["Reference", "Action", "Owner", "Due", "Status"], rows: actions.map { action in
            [linked ? link(action.reference, to: .boardAction(cid, .value(action.id))) : .text(action.reference), .text(action.what),
             .text(people[action.ownerID]?.name ?? "Someone removed from People"), .text(action.due.ukLong), statusTag(action, today: today)]
        })
    }

    static func log(_ actions: [BoardAction], filter: Filter, bodies: [GoverningBody.ID: GoverningBody], people: [Person.ID: Person],
                    today: CalendarDate, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        let shown = actions.filter { filter.includes($0, today: today) }
            .sorted { ($0.isOverdue(on: today) ? 0 : 1, $0.due, $0.reference) < ($1.isOverdue(on: today) ? 0 : 1, $1.due, $1.reference) }
        let overdue = actions.filter { $0.isOverdue(on: today) }.count
        return Layout.render(Page(
            title: "Action log", council: council, section: .meetings, breadcrumbs: [("Boards and committees", .bodies(cid))],
            context: context, content: [
                heading(1, "Action log", size: .l),
                paragraph("Every action the boards and committees have asked for, from the meeting that raised it to the one that closed it."),
                paragraph("\(counted(actions.filter(\.isOpen).count, "open action")), \(overdue) overdue, \(actions.filter { !$0.isOpen }.count) closed."),
                paragraph([fileLink("Download the action log (Excel)", to: .boardActionsXLSX(cid))]),
                el("nav", [("class", "ov-filter-links"), ("aria-label", "Show actions")], [
                    el("ul", [("class", "ov-list ov-list--inline")], Filter.allCases.map { option in
                        el("li", [], [option == filter
                            ? el("strong", [("aria-current", "page")], text: option.label)
                            : link(option.label, to: .boardActions(cid), query: [("show", option.rawValue)])])
                    }),
                ]),
                shown.isEmpty ? paragraph("No actions to show.") :
                    dataTable(caption: "\(filter.label) actions: \(shown.count)", captionSize: .s,
                              head: ["Reference", "Action", "Body", "Owner", "Due", "Status"], rows: shown.map { action in
                                  [link(action.reference, to: .boardAction(cid, .value(action.id))), .text(action.what),
                                   .text(bodies[action.bodyID]?.name ?? ""), .text(people[action.ownerID]?.name ?? "Someone removed from People"),
                                   .text(action.due.ukLong), statusTag(action, today: today)]
                              }),
            ]))
    }

    struct PageModel {
        var action: BoardAction
        var body: GoverningBody?
        var raisedAt: Meeting?
        var closedAt: Meeting?
        var updates: [BoardActionUpdate]
        var owner: Person?
        /// Meetings of the body on or after the action was raised, at which it could be closed.
        var meetings: [Meeting]
        var today: CalendarDate
        var canUpdate: Bool
        var canClose: Bool
        /// The risks it mitigates, with the council's scale to band them.
        var risks: [Risk] = []
        var riskScale: RiskScale = .standard
    }

    static func page(_ model: PageModel, update: BoardActionUpdateForm = .init(), close: CloseBoardActionForm = .init(),
                     council: CouncilContext, context: ViewContext, errors: [FieldError] = []) -> String {
        let cid = Parameter.value(council.id)
        let action = model.action
        let errs = FormErrors(errors)
        var rows = [
            SummaryRow("Action", action.what),
            SummaryRow("Owner", model.owner?.name ?? "Someone removed from People"),
            SummaryRow("Due", action.due.ukLong),
            SummaryRow("Status", nodes: [statusTag(action, today: model.today)]),
            SummaryRow("Raised at", nodes: model.raisedAt.map { meeting in
                [link("\(model.body?.name ?? "Meeting"), \(UKDateFormat.long(meeting.date))", to: .meeting(cid, .value(meeting.id)))]
            } ?? [.text("Not known")]),
        ]
        if let closedOn = action.closedOn {
            rows.append(SummaryRow("Closed", nodes: [.text(closedOn.ukLong), model.closedAt.map { meeting in
                .group([.text(", at the meeting of "), link(UKDateFormat.long(meeting.date), to: .meeting(cid, .value(meeting.id)))])
            } ?? .empty]))
            rows.append(SummaryRow("How it was completed", action.closingNote ?? ""))
        }
        return Layout.render(Page(
            title: "Action \(action.reference)", council: council, section: .meetings,
            breadcrumbs: [("Boards and committees", .bodies(cid)), ("Action log", .boardActions(cid))], errors: errors, context: context,
            content: [
                heading(1, "Action \(action.reference)", size: .l, caption: model.body?.name),
                summaryList(rows),
                heading(2, "Updates", size: .m),
                model.updates.isEmpty ? paragraph("No updates yet.") :
                    dataTable(caption: "Updates, oldest first", captionSize: .s, head: ["Date", "Update", "By"],
                              rows: model.updates.map { [.text($0.date.ukLong), .text($0.text), .text($0.author)] }),
                model.canUpdate && action.isOpen ? postForm(to: .boardActionUpdates(cid, .value(action.id)), csrf: context.csrfToken, [
                    textArea("text", label: "Add an update", hint: "What has been done and what is next", value: update.text, errors: errs, rows: 3),
                    submitButton("Add the update"),
                ]) : .empty,
                model.canClose && action.isOpen ? .group([
                    heading(2, "Close the action", size: .m),
                    postForm(to: .closeBoardAction(cid, .value(action.id)), csrf: context.csrfToken, version: action.version, [
                        textArea("note", label: "How was it completed?", value: close.note, errors: errs, rows: 3),
                        selectField("meeting", label: "Closed at the meeting of (optional)",
                                    options: model.meetings.map { ($0.id.description, UKDateFormat.long($0.date)) },
                                    selected: close.meeting, placeholder: "Closed between meetings", errors: errs),
                        el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary")], text: "Close the action"),
                    ]),
                ]) : .empty,
                RiskViews.mitigated(model.risks, scale: model.riskScale, today: model.today, cid: cid),
            ]))
    }
}
