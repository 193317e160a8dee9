import OversightDomain
import OversightStore
import Vapor

enum BodyController {
    @Sendable static func list(req: Request) async throws -> HTMLResponse {
        let council = try await req.council()
        let bodies = try await BodyStore.all(in: council.id, on: req.db)
        let today = CalendarDate.inLondon(req.dependencies.now())
        let upcoming = try await MeetingStore.meetings(in: council.id, from: today, on: req.db).filter { $0.status != .cancelled }
        var next: [GoverningBody.ID: Meeting] = [:]
        for meeting in upcoming where next[meeting.bodyID] == nil { next[meeting.bodyID] = meeting }
        return HTMLResponse(html: BodyViews.list(BodyList.Model(bodies, next: next), council: council.context, context: req.viewContext))
    }

    @Sendable static func show(req: Request) async throws -> HTMLResponse {
        let council = try await req.council()
        let body = try await req.body(in: council)
        let model = BodyPageModel(
            body: body, members: try await BodyStore.members(of: body.id, on: req.db),
            meetings: try await MeetingStore.meetings(in: council.id, body: body.id, on: req.db),
            people: try await req.peopleByID(in: council), today: .inLondon(req.dependencies.now()))
        var detail = BodyDetail.Model(model)
        if let family = body.reportTemplate, let template = try await templates(req).first(where: { $0.family == family }) {
            detail.reportTemplate = template.name
        }
        return HTMLResponse(html: BodyViews.detail(detail, council: council.context, context: req.viewContext))
    }

    @Sendable static func new(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        return HTMLResponse(html: BodyViews.form(BodyForm(quorum: "3"), bodyID: nil, templates: try await templates(req),
                                                 council: council.context, context: req.viewContext, errors: []))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        var form = try req.form(BodyForm.self)
        let templates = try await templates(req)
        form.templates = Set(templates.map(\.family))
        func again(_ errors: [FieldError]) async throws -> Response {
            try await HTMLResponse(status: .unprocessableEntity, html: BodyViews.form(form, bodyID: nil, templates: templates, council: council.context,
                                                                                       context: req.viewContext, errors: errors))
                .encodeResponse(for: req)
        }
        switch form.validate() {
        case let .invalid(errors): return try await again(errors)
        case let .valid(draft):
            do {
                let id = try await ManageBodies(dependencies: req.dependencies).create(draft, in: council.id, by: req.actor, on: req.db)
                return req.redirect(to: .body(.value(council.id), .value(id)), notice: .bodySaved)
            } catch StoreError.duplicate {
                return try await again([FieldError(field: "name", message: MeetingMessages.bodyNameTaken(draft.name))])
            }
        }
    }

    @Sendable static func edit(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let body = try await req.body(in: council)
        return HTMLResponse(html: BodyViews.form(BodyForm(body), bodyID: body.id, templates: try await templates(req),
                                                 council: council.context, context: req.viewContext, errors: []))
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let body = try await req.body(in: council)
        var form = try req.form(BodyForm.self)
        let templates = try await templates(req)
        form.templates = Set(templates.map(\.family))
        func again(_ status: HTTPResponseStatus, _ errors: [FieldError], conflict: GoverningBody? = nil) async throws -> Response {
            try await HTMLResponse(status: status, html: BodyViews.form(form, bodyID: body.id, templates: templates, council: council.context,
                                                                        context: req.viewContext, errors: errors, conflict: conflict))
                .encodeResponse(for: req)
        }
        switch form.validate() {
        case let .invalid(errors): return try await again(.unprocessableEntity, errors)
        case let .valid(draft):
            do {
                try await ManageBodies(dependencies: req.dependencies).update(body, with: draft, expectedVersion: req.expectedVersion(form.version),
                                                                              by: req.actor, on: req.db)
                return req.redirect(to: .body(.value(council.id), .value(body.id)), notice: .bodySaved)
            } catch StoreError.staleEdit {
                form.version = String(body.version)
                return try await again(.conflict, [], conflict: body)
            } catch StoreError.duplicate {
                return try await again(.unprocessableEntity, [FieldError(field: "name", message: MeetingMessages.bodyNameTaken(draft.name))])
            }
        }
    }

    /// The report templates a body may start its reports from instead of the standard one: each
    /// family's latest version.
    static func templates(_ req: Request) async throws -> [(family: UUID, name: String)] {
        try await ReportTemplateStore.latest(on: req.db).filter { $0.familyID != ReportTemplateStore.standardFamily }
            .map { ($0.familyID, $0.template.name) }
    }

    @Sendable static func memberForm(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let body = try await req.body(in: council)
        return HTMLResponse(html: BodyViews.memberForm(MemberForm(from: .inLondon(req.dependencies.now())), body: body,
                                                       people: try await PersonStore.all(in: council.id, on: req.db),
                                                       council: council.context, context: req.viewContext, errors: []))
    }

    @Sendable static func addMember(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let body = try await req.body(in: council)
        let people = try await PersonStore.all(in: council.id, on: req.db)
        var form = try req.form(MemberForm.self)
        form.people = Set(people.map(\.id.description))
        switch form.validate() {
        case let .invalid(errors):
            return try await HTMLResponse(status: .unprocessableEntity, html: BodyViews.memberForm(
                form, body: body, people: people, council: council.context, context: req.viewContext, errors: errors)).encodeResponse(for: req)
        case let .valid((person, role, from)):
            do {
                try await ManageBodies(dependencies: req.dependencies).addMember(person, role: role, from: from, to: body, by: req.actor,
                                                                                 on: req.db)
                return req.redirect(to: .body(.value(council.id), .value(body.id)), notice: .memberAdded)
            } catch let error as MembershipError {
                return try await HTMLResponse(status: .unprocessableEntity, html: BodyViews.memberForm(
                    form, body: body, people: people, council: council.context, context: req.viewContext,
                    errors: [FieldError(field: "person", message: error.message)])).encodeResponse(for: req)
            }
        }
    }

    @Sendable static func endForm(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let body = try await req.body(in: council)
        let membership = try await req.membership(of: body)
        var form = EndMemberForm()
        (form.untilDay, form.untilMonth, form.untilYear) = DateParts(CalendarDate.inLondon(req.dependencies.now())).boxes
        return HTMLResponse(html: BodyViews.endMemberForm(form, membership: membership,
                                                          person: try await PersonStore.find(membership.personID, in: council.id, on: req.db),
                                                          body: body, council: council.context, context: req.viewContext, errors: []))
    }

    @Sendable static func endMembership(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let body = try await req.body(in: council)
        let membership = try await req.membership(of: body)
        let form = try req.form(EndMemberForm.self)
        var errors: [FieldError] = []
        switch form.validate() {
        case let .invalid(found): errors = found
        case let .valid(until):
            do {
                try await ManageBodies(dependencies: req.dependencies).endMembership(membership, of: body, on: until, by: req.actor, on: req.db)
                return req.redirect(to: .body(.value(council.id), .value(body.id)), notice: .membershipEnded)
            } catch let error as MembershipError {
                errors = [FieldError(field: "until", anchor: "until-day", message: error.message)]
            }
        }
        return try await HTMLResponse(status: .unprocessableEntity, html: BodyViews.endMemberForm(
            form, membership: membership, person: try await PersonStore.find(membership.personID, in: council.id, on: req.db),
            body: body, council: council.context, context: req.viewContext, errors: errors)).encodeResponse(for: req)
    }
}

extension Request {
    /// The body named in the path, within the council named in the path.
    func body(in council: Council) async throws -> GoverningBody {
        guard let body = try await BodyStore.find(id(.body), in: council.id, on: db) else { throw Abort(.notFound) }
        return body
    }

    func membership(of body: GoverningBody) async throws -> Membership {
        let id: Membership.ID = try id(.membership)
        guard let membership = try await BodyStore.members(of: body.id, on: db).first(where: { $0.id == id }) else {
            throw Abort(.notFound)
        }
        return membership
    }

    func peopleByID(in council: Council) async throws -> [Person.ID: Person] {
        Dictionary(uniqueKeysWithValues: try await PersonStore.all(in: council.id, on: db).map { ($0.id, $0) })
    }
}
