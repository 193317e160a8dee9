import OversightDocuments
import OversightDomain
import OversightStore

/// The action log: open actions first, overdue ones tagged, with the meeting that raised each.
enum BoardActionViews {
    static func statusTag(_ status: BoardActionStatus) -> BodyNode {
        switch status {
        case .overdue: tag("Overdue", .red)
        case .open: tag("Open", .blue)
        case .closed: tag("Closed", .green)
        }
    }

    static func table(_ model: BoardActionTable.Model, cid: Parameter<Council.ID>, caption: String, linked: Bool = true) -> BodyNode {
        dataTable(caption: caption, captionSize: .s, head: ["Reference", "Action", "Owner", "Due", "Status"], rows: model.rows.map { row in
            [linked ? link(row.reference, to: .boardAction(cid, .value(row.id))) : .text(row.reference), .text(row.what),
             .text(row.ownerName), .text(row.due.ukLong), statusTag(row.status)]
        })
    }

    static func log(_ model: BoardActionLog.Model, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        let filter = model.filter
        return Layout.render(Page(
            title: "Action log", council: council, section: .meetings, breadcrumbs: [("Boards and committees", .bodies(cid))],
            context: context, content: [
                heading(1, "Action log", size: .l),
                paragraph("Every action the boards and committees have asked for, from the meeting that raised it to the one that closed it."),
                paragraph("\(counted(model.openCount, "open action")), \(model.overdueCount) overdue, \(model.closedCount) closed."),
                paragraph([fileLink("Download the action log (Excel)", to: .boardActionsXLSX(cid))]),
                el("nav", [("class", "ov-filter-links"), ("aria-label", "Show actions")], [
                    el("ul", [("class", "ov-list ov-list--inline")], BoardActionLog.Filter.allCases.map { option in
                        el("li", [], [option == filter
                            ? el("strong", [("aria-current", "page")], text: option.label)
                            : link(option.label, to: .boardActions(cid), query: [("show", option.rawValue)])])
                    }),
                ]),
                model.rows.isEmpty ? paragraph("No actions to show.") :
                    dataTable(caption: "\(filter.label) actions: \(model.shownCount)", captionSize: .s,
                              head: ["Reference", "Action", "Body", "Owner", "Due", "Status"], rows: model.rows.map { row in
                                  [link(row.reference, to: .boardAction(cid, .value(row.id))), .text(row.what),
                                   .text(row.bodyName), .text(row.ownerName),
                                   .text(row.due.ukLong), statusTag(row.status)]
                              }),
            ]))
    }

    /// What an action's page is built from (`BoardActionDetail.Model`), as its handler loads it.
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

    static func page(_ model: BoardActionDetail.Model, update: BoardActionUpdateForm = .init(), close: CloseBoardActionForm = .init(),
                     council: CouncilContext, context: ViewContext, errors: [FieldError] = []) -> String {
        let cid = Parameter.value(council.id)
        let aid = Parameter.value(model.id)
        let errs = FormErrors(errors)
        var rows = [
            SummaryRow("Action", model.what),
            SummaryRow("Owner", model.ownerName),
            SummaryRow("Due", model.due.ukLong),
            SummaryRow("Status", nodes: [statusTag(model.status)]),
            SummaryRow("Raised at", nodes: model.raisedAt.map { meeting in
                [link("\(model.bodyName ?? "Meeting"), \(UKDateFormat.long(meeting.date))", to: .meeting(cid, .value(meeting.id)))]
            } ?? [.text("Not known")]),
        ]
        if let closure = model.closure {
            rows.append(SummaryRow("Closed", nodes: [.text(closure.on.ukLong), closure.at.map { meeting in
                .group([.text(", at the meeting of "), link(UKDateFormat.long(meeting.date), to: .meeting(cid, .value(meeting.id)))])
            } ?? .empty]))
            rows.append(SummaryRow("How it was completed", closure.note))
        }
        return Layout.render(Page(
            title: "Action \(model.reference)", council: council, section: .meetings,
            breadcrumbs: [("Boards and committees", .bodies(cid)), ("Action log", .boardActions(cid))], errors: errors, context: context,
            content: [
                heading(1, "Action \(model.reference)", size: .l, caption: model.bodyName),
                summaryList(rows),
                heading(2, "Updates", size: .m),
                model.updates.isEmpty ? paragraph("No updates yet.") :
                    dataTable(caption: "Updates, oldest first", captionSize: .s, head: ["Date", "Update", "By"],
                              rows: model.updates.map { [.text($0.date.ukLong), .text($0.text), .text($0.author)] }),
                model.offersUpdate ? postForm(to: .boardActionUpdates(cid, aid), csrf: context.csrfToken, [
                    textArea("text", label: "Add an update", hint: "What has been done and what is next", value: update.text, errors: errs, rows: 3),
                    submitButton("Add the update"),
                ]) : .empty,
                model.offersClose ? .group([
                    heading(2, "Close the action", size: .m),
                    postForm(to: .closeBoardAction(cid, aid), csrf: context.csrfToken, version: model.version, [
                        textArea("note", label: "How was it completed?", value: close.note, errors: errs, rows: 3),
                        selectField("meeting", label: "Closed at the meeting of (optional)",
                                    options: model.closingMeetings.map { ($0.id.description, UKDateFormat.long($0.date)) },
                                    selected: close.meeting, placeholder: "Closed between meetings", errors: errs),
                        el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary")], text: "Close the action"),
                    ]),
                ]) : .empty,
                RiskViews.mitigated(model.risks, cid: cid),
            ]))
    }
}
