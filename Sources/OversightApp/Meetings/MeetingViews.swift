import OversightDocuments
import OversightDomain
import OversightStore

enum MeetingViews {
    static func statusTag(_ status: MeetingStatus) -> BodyNode {
        let colour: TagColour = switch status {
        case .scheduled: .grey
        case .agendaPublished: .blue
        case .held: .yellow
        case .minutesApproved: .green
        case .cancelled: .red
        }
        return tag(status.label, colour)
    }

    static func page(_ model: MeetingDetail.Model, council: CouncilContext, context: ViewContext, errors: [FieldError] = []) -> String {
        let cid = Parameter.value(council.id)
        let mid = Parameter.value(model.id)
        let manage = context.meetings.manage.isAllowed
        return Layout.render(Page(
            title: "\(model.bodyName), \(UKDateFormat.long(model.date))", council: council, section: .meetings,
            breadcrumbs: [("Boards and committees", .bodies(cid)), (model.bodyName, .body(cid, .value(model.bodyID)))],
            errors: errors, context: context, content: [
                heading(1, model.when, size: .l, caption: model.bodyName),
                summaryList(summaryRows(model, cid: cid, manage: manage)),
                context.meetings.read.isAllowed ? packLink(model, cid: cid) : .empty,
                manage ? transitions(model, cid: cid, csrf: context.csrfToken, errors: FormErrors(errors)) : .empty,
                heading(2, "Agenda", size: .m),
                model.agenda.isEmpty ? paragraph("No items yet.") :
                    el("ol", [("class", "ov-list ov-agenda")], model.agenda.map { item in
                        agendaEntry(item, model: model, cid: cid, manage: manage)
                    }),
                manage && model.agendaIsOpen ? buttonLink("Add an agenda item", to: .newAgendaItem(cid, mid), secondary: true) : .empty,
                model.showsMinutes ? minutes(model, cid: cid, manage: manage, staff: context.meetings.read.isAllowed) : .empty,
            ]))
    }

    static func packLink(_ model: MeetingDetail.Model, cid: Parameter<Council.ID>) -> BodyNode {
        let url = SiteURL.boardPack(cid, .value(model.id))
        switch model.pack {
        case .frozen:
            return paragraph([link("Read the board pack", to: url), .text(" (frozen when the agenda was published)")])
        case .draft:
            return paragraph([link("Read the draft board pack", to: url), .text(" (frozen when the agenda is published)")])
        case .notOffered:
            return .empty
        }
    }

    static func summaryRows(_ model: MeetingDetail.Model, cid: Parameter<Council.ID>, manage: Bool) -> [SummaryRow] {
        let change: (SiteURL, String)? = manage && model.agendaIsOpen ? (.editMeeting(cid, .value(model.id)), "date, time or place") : nil
        var rows = [
            SummaryRow("Date and time", model.when, change: change),
            SummaryRow("Place", model.place, change: change),
            SummaryRow("Status", nodes: [statusTag(model.status)]),
        ]
        if let published = model.publication {
            rows.append(SummaryRow("Agenda published", nodes: [
                .text(UKDateFormat.withWeekday(published.on)),
                published.lateReason.map { el("span", [("class", "ov-hint ov-block")], text: "Late: \($0)") } ?? .empty,
            ]))
        } else if let due = model.papersDue {
            rows.append(SummaryRow("Papers due by", nodes: [
                .text(UKDateFormat.withWeekday(due.by)),
                el("span", [("class", "ov-hint ov-block")],
                   text: due.isPast ? "The deadline has passed: publishing now needs a reason for lateness"
                       : "Five clear working days before the meeting"),
            ]))
        }
        if let reason = model.cancelReason { rows.append(SummaryRow("Why it was cancelled", reason)) }
        if let approved = model.approvedAt {
            rows.append(SummaryRow("Minutes", nodes: [.text("Approved as a correct record at the meeting of "),
                                                      link(UKDateFormat.long(approved.date), to: .meeting(cid, .value(approved.id)))]))
        }
        return rows
    }

    /// One small form per move the meeting can make now; reasons are asked for only where the move needs one.
    static func transitions(_ model: MeetingDetail.Model, cid: Parameter<Council.ID>, csrf: String, errors: FormErrors) -> BodyNode {
        let url = SiteURL.meetingTransition(cid, .value(model.id))
        func form(_ event: MeetingEvent, _ fields: [BodyNode] = [], secondary: Bool = false) -> BodyNode {
            postForm(to: url, csrf: csrf, version: model.version, fields + [
                voidElement("input", [("type", "hidden"), ("name", "event"), ("value", event.rawValue)]),
                el("button", [("type", "submit"), ("class", secondary ? "ov-button ov-button--secondary" : "ov-button")],
                   text: event.label),
            ])
        }
        var forms: [BodyNode] = []
        if model.canPublish {
            forms.append(form(.publishAgenda, model.publishingIsLate ? [textArea("reason", label: "Reason for late publication",
                                                                              hint: "Papers were due by \(UKDateFormat.withWeekday(model.publishBy)). Say why the item cannot wait for the next meeting",
                                                                              value: nil, errors: errors, rows: 3)] : []))
        }
        if model.canHold { forms.append(form(.hold)) }
        if !model.approvalMeetings.isEmpty {
            forms.append(form(.approveMinutes, [
                selectField("approvedAt", label: "Approved at the meeting of",
                            options: model.approvalMeetings.map { ($0.id.description, UKDateFormat.long($0.date)) },
                            selected: model.approvalMeetings.first?.id.description, errors: errors),
            ]))
        }
        if model.canCancel {
            forms.append(el("details", [("class", "ov-details")], [
                el("summary", [("class", "ov-details__summary")], text: "Cancel the meeting"),
                el("div", [("class", "ov-details__text")], [form(.cancel, [
                    textArea("cancelReason", label: "Why is the meeting cancelled?", value: nil, errors: errors, rows: 3),
                ], secondary: true)]),
            ]))
        }
        // The id is where the error summary sends a refused move.
        return forms.isEmpty ? .empty : el("div", [("class", "ov-meeting-actions"), ("id", "event")], forms)
    }

    static func agendaEntry(_ item: MeetingDetail.Model.AgendaEntry, model: MeetingDetail.Model, cid: Parameter<Council.ID>,
                            manage: Bool) -> BodyNode {
        var papers: [BodyNode] = item.papers.map { .text($0) }
        if let report = item.report {
            papers.insert(link("Report: \(report.title)", to: .report(cid, .value(report.id))), at: 0)
        }
        return el("li", [("class", "ov-agenda__item")], [
            el("p", [("class", "ov-body")], [
                el("strong", text: "\(item.position). \(item.title)"), .text(" "),
                item.isExempt ? tag("Part II", .purple) : .empty,
            ]),
            item.exemptUnder.map { paragraph("Exempt under paragraph \($0.paragraph) of Schedule 12A: \($0.description)",
                                             classes: "ov-hint") } ?? .empty,
            papers.isEmpty ? .empty : bulletList(papers),
            manage && model.agendaIsOpen
                ? paragraph([link("Change item \(item.position)", to: .editAgendaItem(cid, .value(model.id), .value(item.id)))]) : .empty,
        ])
    }

    /// `staff` links each action to its page; a visitor reads the actions without links.
    static func minutes(_ model: MeetingDetail.Model, cid: Parameter<Council.ID>, manage: Bool, staff: Bool) -> BodyNode {
        let attendance: BodyNode = if let summary = model.attendance {
            summaryList([
                SummaryRow("Present", summary.present),
                SummaryRow("Apologies", summary.apologies),
                SummaryRow("Absent", summary.absent),
                SummaryRow("Quorum", "\(counted(summary.presentVoters, "voting member")) present of a quorum of \(summary.quorum): "
                    + (summary.isQuorate ? "quorate" : "not quorate")),
            ])
        } else {
            paragraph("Attendance has not been recorded.")
        }
        return .group([
            heading(2, model.minutesApproved ? "Minutes" : "Minutes (draft)", size: .m),
            heading(3, "Attendance", size: .s),
            attendance,
            manage && model.minutesAreOpen ? paragraph([link("Record attendance", to: .attendance(cid, .value(model.id)))]) : .empty,
            .group(model.itemMinutes.map { item in itemMinute(item, model: model, cid: cid, manage: manage) }),
            heading(3, "Actions arising", size: .s),
            model.actions.rows.isEmpty ? paragraph("None.") : BoardActionViews.table(model.actions, cid: cid,
                                                                                      caption: "Actions arising from this meeting",
                                                                                      linked: staff),
        ])
    }

    static func itemMinute(_ item: MeetingDetail.Model.ItemMinute, model: MeetingDetail.Model, cid: Parameter<Council.ID>,
                           manage: Bool) -> BodyNode {
        el("section", [("class", "ov-minute")], [
            heading(3, "\(item.position). \(item.title)", size: .s),
            item.declarations.isEmpty ? .empty : paragraph(item.declarations.map {
                "\($0.name) declared an interest: \($0.interest)" + ($0.dispensation.map { " (dispensation: \($0))" } ?? "")
            }.joined(separator: ". ")),
            item.discussion.isEmpty ? paragraph("No minute written yet.", classes: "ov-body ov-secondary-text")
                : el("div", [("class", "ov-body ov-narrative")], [.raw(Narrative.html(item.discussion))]),
            item.decisions.isEmpty ? .empty : .group(item.decisions.map { decisionBlock($0) }),
            manage && model.minutesAreOpen
                ? paragraph([link("Write the minute for item \(item.position)", to: .itemMinutes(cid, .value(model.id), .value(item.id)))])
                : .empty,
        ])
    }

    static func decisionBlock(_ decision: DecisionBlock.Model) -> BodyNode {
        el("div", [("class", "ov-decision")], [
            el("p", [("class", "ov-body")], [el("strong", text: "Decision \(decision.itemPosition).\(decision.number): "), .text(decision.text)]),
            summaryList([
                SummaryRow("Reasons", decision.reasons),
                SummaryRow("Alternatives considered and rejected", decision.alternatives ?? "None recorded"),
                SummaryRow("Vote", decision.vote ?? "No vote taken"),
            ]),
        ])
    }
}
