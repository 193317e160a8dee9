import OversightDomain
import OversightStore
import Vapor

enum MeetingController {
    /// Public: a visitor reads the Part I agenda and minutes, as anyone without Part II access does.
    @Sendable static func show(req: Request) async throws -> HTMLResponse {
        let council = try await req.council()
        let model = try await req.meetingPage(in: council)
        return HTMLResponse(html: MeetingViews.page(MeetingDetail.Model(model), council: council.context, context: req.viewContext))
    }

    @Sendable static func new(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let bodyID = (try? req.query.get(String.self, at: "body")).flatMap { GoverningBody.ID($0) }
        return HTMLResponse(html: MeetingFormViews.meetingForm(MeetingForm(body: bodyID), meetingID: nil,
                                                               bodies: try await BodyStore.all(in: council.id, on: req.db),
                                                               council: council.context, context: req.viewContext, errors: []))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let bodies = try await BodyStore.all(in: council.id, on: req.db)
        var form = try req.form(MeetingForm.self)
        form.bodies = Set(bodies.map(\.id.description))
        var errors: [FieldError]
        switch form.validate() {
        case let .invalid(found): errors = found
        case let .valid(draft):
            do {
                let id = try await req.runMeeting().schedule(draft, in: council.id, by: req.actor, on: req.db)
                return req.redirect(to: .meeting(.value(council.id), .value(id)), notice: .meetingScheduled)
            } catch let error as MeetingError {
                errors = [FieldError(field: "date", anchor: "date-day", message: error.message)]
            }
        }
        return try await HTMLResponse(status: .unprocessableEntity, html: MeetingFormViews.meetingForm(
            form, meetingID: nil, bodies: bodies, council: council.context, context: req.viewContext, errors: errors)).encodeResponse(for: req)
    }

    @Sendable static func edit(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let meeting = try await req.meeting(in: council)
        return HTMLResponse(html: MeetingFormViews.meetingForm(MeetingForm(meeting), meetingID: meeting.id, bodies: [],
                                                               council: council.context, context: req.viewContext, errors: []))
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let meeting = try await req.meeting(in: council)
        var form = try req.form(MeetingForm.self)
        form.body = meeting.bodyID.description
        form.bodies = [meeting.bodyID.description]
        var errors: [FieldError]
        switch form.validate() {
        case let .invalid(found): errors = found
        case let .valid(draft):
            do {
                try await req.runMeeting().change(meeting, to: draft, expectedVersion: req.expectedVersion(form.version), by: req.actor,
                                                  on: req.db)
                return req.redirect(to: .meeting(.value(council.id), .value(meeting.id)), notice: .meetingSaved)
            } catch let error as MeetingError {
                errors = [FieldError(field: "date", anchor: "date-day", message: error.message)]
            } catch StoreError.staleEdit {
                form.version = String(meeting.version)
                return try await HTMLResponse(status: .conflict, html: MeetingFormViews.meetingForm(
                    form, meetingID: meeting.id, bodies: [], council: council.context, context: req.viewContext, errors: [],
                    conflict: meeting)).encodeResponse(for: req)
            }
        }
        return try await HTMLResponse(status: .unprocessableEntity, html: MeetingFormViews.meetingForm(
            form, meetingID: meeting.id, bodies: [], council: council.context, context: req.viewContext, errors: errors)).encodeResponse(for: req)
    }

    /// Publish, hold, approve the minutes of, or cancel a meeting. A refused move shows the meeting
    /// again with the reason, and changes nothing.
    @Sendable static func transition(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let model = try await req.meetingPage(in: council)
        let form = try req.form(MeetingTransitionForm.self)
        guard let event = MeetingEvent.from(code: form.event) else { throw Abort(.badRequest, reason: MeetingMessages.meetingEvent) }
        let later = form.approvedAt.trimmedOrNil.flatMap { id in model.laterMeetings.first { $0.id.description == id } }
        let reason = (event == .cancel ? form.cancelReason : form.reason).trimmedOrNil
        do {
            try await req.runMeeting().move(model.meeting, event, reason: reason, approvedAt: later,
                                            expectedVersion: req.expectedVersion(form.version), council: council,
                                            by: req.actor, on: req.db)
            return req.redirect(to: .meeting(.value(council.id), .value(model.meeting.id)), notice: .meetingMoved(event))
        } catch let error as MeetingError {
            let field = switch error {
            case .lateWithoutReason: "reason"
            case .cancelWithoutReason: "cancelReason"
            case .approvalNotLater: "approvedAt"
            default: "event"
            }
            return try await HTMLResponse(status: .unprocessableEntity, html: MeetingViews.page(
                MeetingDetail.Model(model), council: council.context, context: req.viewContext, errors: [FieldError(field: field, message: error.message)]))
                .encodeResponse(for: req)
        } catch StoreError.staleEdit {
            throw Abort(.conflict, reason: MeetingMessages.meetingStale)
        }
    }

    // MARK: Agenda

    @Sendable static func newItem(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let meeting = try await req.meeting(in: council)
        return try await itemPage(req, council: council, meeting: meeting, form: AgendaItemForm(), itemID: nil, errors: [])
    }

    @Sendable static func createItem(req: Request) async throws -> Response {
        try await saveItem(req, editing: false)
    }

    @Sendable static func editItem(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let meeting = try await req.meeting(in: council)
        let item = try await req.agendaItem(of: meeting)
        return try await itemPage(req, council: council, meeting: meeting, form: AgendaItemForm(item), itemID: item.id, errors: [])
    }

    @Sendable static func updateItem(req: Request) async throws -> Response {
        try await saveItem(req, editing: true)
    }

    /// Adds an item, or changes the one in the path: the same form, checks and refusals either way.
    private static func saveItem(_ req: Request, editing: Bool) async throws -> Response {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let meeting = try await req.meeting(in: council)
        let item = editing ? try await req.agendaItem(of: meeting) : nil
        var form = try req.form(AgendaItemForm.self)
        form.reports = Set(try await ReportStore.list(in: council.id, publishedOnly: false, on: req.db).map(\.id.description))
        var errors: [FieldError]
        switch form.validate() {
        case let .invalid(found): errors = found
        case let .valid(draft):
            do {
                if let item {
                    try await req.runMeeting().changeItem(item, of: meeting, to: draft, expectedVersion: req.expectedVersion(form.version),
                                                          by: req.actor, on: req.db)
                } else {
                    try await req.runMeeting().addItem(draft, to: meeting, by: req.actor, on: req.db)
                }
                return req.redirect(to: .meeting(.value(council.id), .value(meeting.id)), notice: .agendaItemSaved)
            } catch let error as MeetingError {
                errors = [FieldError(field: "title", message: error.message)]
            } catch StoreError.staleEdit where item != nil {
                form.version = item.map { String($0.version) }
                return try await itemPage(req, council: council, meeting: meeting, form: form, itemID: item?.id, errors: [],
                                          status: .conflict, conflict: item).encodeResponse(for: req)
            }
        }
        return try await itemPage(req, council: council, meeting: meeting, form: form, itemID: item?.id, errors: errors,
                                  status: .unprocessableEntity).encodeResponse(for: req)
    }

    private static func itemPage(_ req: Request, council: Council, meeting: Meeting, form: AgendaItemForm, itemID: AgendaItem.ID?,
                                 errors: [FieldError], status: HTTPResponseStatus = .ok, conflict: AgendaItem? = nil) async throws -> HTMLResponse {
        guard let body = try await BodyStore.find(meeting.bodyID, in: council.id, on: req.db) else { throw Abort(.notFound) }
        let reports = try await ReportStore.list(in: council.id, publishedOnly: false, on: req.db)
        return HTMLResponse(status: status, html: MeetingFormViews.itemForm(
            form, meeting: meeting, body: body, itemID: itemID, reports: reports, council: council.context, context: req.viewContext,
            errors: errors, conflict: conflict))
    }

    // MARK: Attendance

    @Sendable static func attendance(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let model = try await req.meetingPage(in: council)
        let statuses = Dictionary(model.record.attendance.map { ($0.personID, $0.status.rawValue) }, uniquingKeysWith: { a, _ in a })
        return HTMLResponse(html: MeetingFormViews.attendanceForm(MeetingAttendance.Model(model, statuses: statuses), council: council.context,
                                                                  context: req.viewContext, errors: []))
    }

    /// One choice per member of the body on the day; every member must have one.
    @Sendable static func recordAttendance(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let model = try await req.meetingPage(in: council)
        let members = model.members.filter { $0.isCurrent(on: model.meeting.date) }
        var statuses: [Person.ID: String] = [:]
        var errors: [FieldError] = []
        var attendance: [Attendance] = []
        for member in members where statuses[member.personID] == nil {
            let field = "attendance-\(member.personID)"
            let value = req.content[String.self, at: field]
            statuses[member.personID] = value
            if let status = AttendanceStatus.from(code: value) {
                attendance.append(Attendance(meetingID: model.meeting.id, personID: member.personID, status: status))
            } else {
                errors.append(FieldError(field: field, message: MeetingMessages.attendance(model.name(member.personID))))
            }
        }
        if errors.isEmpty {
            do {
                try await req.runMeeting().recordAttendance(attendance, of: model.meeting, by: req.actor, on: req.db)
                return req.redirect(to: .meeting(.value(council.id), .value(model.meeting.id)), notice: .attendanceSaved)
            } catch let error as MeetingError {
                errors = [FieldError(field: members.first.map { "attendance-\($0.personID)" } ?? "event", message: error.message)]
            }
        }
        return try await HTMLResponse(status: .unprocessableEntity, html: MeetingFormViews.attendanceForm(
            MeetingAttendance.Model(model, statuses: statuses), council: council.context, context: req.viewContext, errors: errors)).encodeResponse(for: req)
    }
}

extension Request {
    func runMeeting() async throws -> RunMeeting {
        RunMeeting(dependencies: dependencies, rules: try await publicationRules())
    }

    func meeting(in council: Council) async throws -> Meeting {
        guard let meeting = try await MeetingStore.find(id(.meeting), in: council.id, on: db) else { throw Abort(.notFound) }
        return meeting
    }

    /// The agenda item in the path. A Part II item is not found for a reader without Part II access.
    func agendaItem(of meeting: Meeting) async throws -> AgendaItem {
        guard let item = try await MeetingStore.item(id(.item), of: meeting.id, on: db),
              meetings.sees(item) else { throw Abort(.notFound) }
        return item
    }

    /// The meeting in the path with everything its page needs, Part II removed for readers without the right.
    func meetingPage(in council: Council) async throws -> MeetingPageModel {
        let meeting = try await meeting(in: council)
        guard let body = try await BodyStore.find(meeting.bodyID, in: council.id, on: db) else { throw Abort(.notFound) }
        let full = try await MeetingStore.record(meeting, body: body, on: db)
        let staff = meetings.staff
        let record = meetings.visible(full)
        let reportIDs = Set(record.items.compactMap(\.reportID))
        // The public see a linked report only once it is published; until then not even its title.
        let reports = reportIDs.isEmpty ? [] : try await ReportStore.list(in: council.id, publishedOnly: !staff, on: db)
            .filter { reportIDs.contains($0.id) }
        let ofBody = try await MeetingStore.meetings(in: council.id, body: body.id, on: db)
        return MeetingPageModel(
            record: record, members: try await BodyStore.members(of: body.id, on: db), people: try await peopleByID(in: council),
            reports: Dictionary(uniqueKeysWithValues: reports.map { ($0.id, $0) }),
            approvedAt: meeting.minutesApprovedAt.flatMap { id in ofBody.first { $0.id == id } },
            laterMeetings: ofBody.filter { $0.date > meeting.date },
            rules: try await publicationRules(), today: .inLondon(dependencies.now()),
            packFrozen: !(try await BoardPackStore.frozen(among: [meeting.id], on: db)).isEmpty)
    }
}
