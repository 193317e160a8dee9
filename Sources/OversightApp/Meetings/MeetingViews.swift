import OversightDocuments
import OversightDomain
import OversightStore
import Plot

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

    static func page(_ model: MeetingPageModel, council: CouncilContext, context: ViewContext, errors: [FieldError] = []) -> String {
        let cid = Parameter.value(council.id)
        let meeting = model.meeting
        let mid = Parameter.value(meeting.id)
        let manage = context.meetings.manage.isAllowed
        return Layout.render(Page(
            title: "\(model.record.body.name), \(UKDateFormat.long(meeting.date))", council: council, section: .meetings,
            breadcrumbs: [("Boards and committees", .bodies(cid)), (model.record.body.name, .body(cid, .value(meeting.bodyID)))],
            errors: errors, context: context, content: [
                heading(1, meeting.when, size: .l, caption: model.record.body.name),
                summaryList(summaryRows(model, cid: cid, manage: manage)),
                context.meetings.read.isAllowed ? packLink(model, cid: cid) : .empty,
                manage ? transitions(model, cid: cid, csrf: context.csrfToken, errors: FormErrors(errors)) : .empty,
                heading(2, "Agenda", size: .m),
                model.record.items.isEmpty ? paragraph("No items yet.") :
                    el("ol", [("class", "ov-list ov-agenda")], model.record.items.map { item in
                        agendaEntry(item, model: model, cid: cid, manage: manage)
                    }),
                manage && meeting.agendaIsOpen ? buttonLink("Add an agenda item", to: .newAgendaItem(cid, mid), secondary: true) : .empty,
                meeting.status == .held || meeting.status == .minutesApproved
                    ? minutes(model, cid: cid, manage: manage, staff: context.meetings.read.isAllowed) : .empty,
            ]))
    }

    /// The pack is there to read while the agenda is being drawn up, and once it is frozen.
    static func packLink(_ model: MeetingPageModel, cid: Parameter<Council.ID>) -> BodyNode {
        let url = SiteURL.boardPack(cid, .value(model.meeting.id))
        if model.packFrozen {
            return paragraph([link("Read the board pack", to: url), .text(" (frozen when the agenda was published)")])
        }
        guard model.meeting.status == .scheduled else { return .empty }
        return paragraph([link("Read the draft board pack", to: url), .text(" (frozen when the agenda is published)")])
    }

    static func summaryRows(_ model: MeetingPageModel, cid: Parameter<Council.ID>, manage: Bool) -> [SummaryRow] {
        let meeting = model.meeting
        let change: (SiteURL, String)? = manage && meeting.agendaIsOpen ? (.editMeeting(cid, .value(meeting.id)), "date, time or place") : nil
        var rows = [
            SummaryRow("Date and time", meeting.when, change: change),
            SummaryRow("Place", meeting.place, change: change),
            SummaryRow("Status", nodes: [statusTag(meeting.status)]),
        ]
        let deadline = model.rules.publishBy(meeting: meeting.date)
        if let published = meeting.agendaPublishedOn {
            rows.append(SummaryRow("Agenda published", nodes: [
                .text(UKDateFormat.withWeekday(published)),
                meeting.lateReason.map { el("span", [("class", "ov-hint ov-block")], text: "Late: \($0)") } ?? .empty,
            ]))
        } else if meeting.agendaIsOpen {
            let late = deadline < model.today
            rows.append(SummaryRow("Papers due by", nodes: [
                .text(UKDateFormat.withWeekday(deadline)),
                el("span", [("class", "ov-hint ov-block")],
                   text: late ? "The deadline has passed: publishing now needs a reason for lateness"
                       : "Five clear working days before the meeting"),
            ]))
        }
        if let reason = meeting.cancelReason { rows.append(SummaryRow("Why it was cancelled", reason)) }
        if let approved = model.approvedAt {
            rows.append(SummaryRow("Minutes", nodes: [.text("Approved as a correct record at the meeting of "),
                                                      link(UKDateFormat.long(approved.date), to: .meeting(cid, .value(approved.id)))]))
        }
        return rows
    }

    /// One small form per move the meeting can make now; reasons are asked for only where the move needs one.
    static func transitions(_ model: MeetingPageModel, cid: Parameter<Council.ID>, csrf: String, errors: FormErrors) -> BodyNode {
        let meeting = model.meeting
        let url = SiteURL.meetingTransition(cid, .value(meeting.id))
        func form(_ event: MeetingEvent, _ fields: [BodyNode] = [], secondary: Bool = false) -> BodyNode {
            postForm(to: url, csrf: csrf, version: meeting.version, fields + [
                voidElement("input", [("type", "hidden"), ("name", "event"), ("value", event.rawValue)]),
                el("button", [("type", "submit"), ("class", secondary ? "ov-button ov-button--secondary" : "ov-button")],
                   text: event.label),
            ])
        }
        var forms: [BodyNode] = []
        let late = model.rules.isLate(published: model.today, meeting: meeting.date)
        if MeetingEvent.publishAgenda.apply(to: meeting.status) != nil {
            forms.append(form(.publishAgenda, late ? [textArea("reason", label: "Reason for late publication",
                                                                hint: "Papers were due by \(UKDateFormat.withWeekday(model.rules.publishBy(meeting: meeting.date))). Say why the item cannot wait for the next meeting",
                                                                value: nil, errors: errors, rows: 3)] : []))
        }
        if MeetingEvent.hold.apply(to: meeting.status) != nil && meeting.date <= model.today { forms.append(form(.hold)) }
        if MeetingEvent.approveMinutes.apply(to: meeting.status) != nil {
            let candidates = model.laterMeetings.filter { $0.status != .cancelled && $0.date <= model.today }
            if !candidates.isEmpty {
                forms.append(form(.approveMinutes, [
                    selectField("approvedAt", label: "Approved at the meeting of",
                                options: candidates.map { ($0.id.description, UKDateFormat.long($0.date)) },
                                selected: candidates.first?.id.description, errors: errors),
                ]))
            }
        }
        if MeetingEvent.cancel.apply(to: meeting.status) != nil {
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

    static func agendaEntry(_ item: AgendaItem, model: MeetingPageModel, cid: Parameter<Council.ID>, manage: Bool) -> BodyNode {
        let meeting = model.meeting
        var papers: [BodyNode] = item.papers.map { .text($0) }
        if let report = item.reportID.flatMap({ model.reports[$0] }) {
            papers.insert(link("Report: \(report.title)", to: .report(cid, .value(report.id))), at: 0)
        }
        return el("li", [("class", "ov-agenda__item")], [
            el("p", [("class", "ov-body")], [
                el("strong", text: "\(item.position). \(item.title)"), .text(" "),
                item.isExempt ? tag("Part II", .purple) : .empty,
            ]),
            item.exemption.map { paragraph("Exempt under paragraph \($0.paragraph.paragraph) of Schedule 12A: \($0.paragraph.description)",
                                           classes: "ov-hint") } ?? .empty,
            papers.isEmpty ? .empty : bulletList(papers),
            manage && meeting.agendaIsOpen
                ? paragraph([link("Change item \(item.position)", to: .editAgendaItem(cid, .value(meeting.id), .value(item.id)))]) : .empty,
        ])
    }

    /// `staff` links each action to its page; a visitor reads the actions without links.
    static func minutes(_ model: MeetingPageModel, cid: Parameter<Council.ID>, manage: Bool, staff: Bool) -> BodyNode {
        let record = model.record
        let meeting = model.meeting
        let attendance = Dictionary(record.attendance.map { ($0.personID, $0.status) }, uniquingKeysWith: { a, _ in a })
        let present = Quorum.presentVoters(record.attendance, members: model.members, on: meeting.date)
        func names(_ status: AttendanceStatus) -> String {
            let listed = model.members.filter { attendance[$0.personID] == status }.map { "\(model.name($0.personID)) (\($0.role.label.lowercased()))" }
            return listed.isEmpty ? "None" : listed.joined(separator: "; ")
        }
        return .group([
            heading(2, meeting.status == .minutesApproved ? "Minutes" : "Minutes (draft)", size: .m),
            heading(3, "Attendance", size: .s),
            record.attendance.isEmpty ? paragraph("Attendance has not been recorded.") : summaryList([
                SummaryRow("Present", names(.present)),
                SummaryRow("Apologies", names(.apologies)),
                SummaryRow("Absent", names(.absent)),
                SummaryRow("Quorum", "\(counted(present, "voting member")) present of a quorum of \(record.body.quorum): "
                    + (present >= record.body.quorum ? "quorate" : "not quorate")),
            ]),
            manage && meeting.minutesAreOpen ? paragraph([link("Record attendance", to: .attendance(cid, .value(meeting.id)))]) : .empty,
            .group(record.items.map { item in itemMinute(item, model: model, cid: cid, manage: manage) }),
            heading(3, "Actions arising", size: .s),
            record.actions.isEmpty ? paragraph("None.") : BoardActionViews.table(record.actions, people: model.people, today: model.today,
                                                                                 cid: cid, caption: "Actions arising from this meeting",
                                                                                 linked: staff),
        ])
    }

    static func itemMinute(_ item: AgendaItem, model: MeetingPageModel, cid: Parameter<Council.ID>, manage: Bool) -> BodyNode {
        let record = model.record
        let declarations = record.declarations.filter { $0.itemID == item.id }
        let decisions = record.decisions.filter { $0.itemID == item.id }
        return el("section", [("class", "ov-minute")], [
            heading(3, "\(item.position). \(item.title)", size: .s),
            declarations.isEmpty ? .empty : paragraph(declarations.map {
                "\(model.name($0.personID)) declared an interest: \($0.interest)" + ($0.dispensation.map { " (dispensation: \($0))" } ?? "")
            }.joined(separator: ". ")),
            item.discussion.isEmpty ? paragraph("No minute written yet.", classes: "ov-body ov-secondary-text")
                : el("div", [("class", "ov-body ov-narrative")], [.raw(Narrative.html(item.discussion))]),
            decisions.isEmpty ? .empty : .group(decisions.map { decisionBlock($0, item: item) }),
            manage && model.meeting.minutesAreOpen
                ? paragraph([link("Write the minute for item \(item.position)", to: .itemMinutes(cid, .value(model.meeting.id), .value(item.id)))])
                : .empty,
        ])
    }

    static func decisionBlock(_ decision: Decision, item: AgendaItem) -> BodyNode {
        el("div", [("class", "ov-decision")], [
            el("p", [("class", "ov-body")], [el("strong", text: "Decision \(item.position).\(decision.number): "), .text(decision.text)]),
            summaryList([
                SummaryRow("Reasons", decision.reasons),
                SummaryRow("Alternatives considered and rejected", decision.alternatives ?? "None recorded"),
                SummaryRow("Vote", decision.votes?.label ?? "No vote taken"),
            ]),
        ])
    }
}
