import OversightDomain
import OversightStore
import Vapor

enum PersonController {
    @Sendable static func list(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.people.read)
        let council = try await req.council()
        let people = try await PersonStore.all(in: council.id, on: req.db)
        return HTMLResponse(html: PersonViews.list(PeopleList.Model(people), council: council.context, context: req.viewContext))
    }

    @Sendable static func show(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.people.read)
        let council = try await req.council()
        let person = try await find(req, in: council)
        return HTMLResponse(html: PersonViews.detail(person, council: council.context, context: req.viewContext))
    }

    @Sendable static func new(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.people.manage)
        let council = try await req.council()
        return HTMLResponse(html: PersonViews.form(PersonForm(), context: req.viewContext, council: council.context, personID: nil, errors: []))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await req.authorize(req.people.manage)
        let council = try await req.council()
        let form = try req.form(PersonForm.self)
        switch form.validate() {
        case let .invalid(errors):
            return try await HTMLResponse(
                status: .unprocessableEntity,
                html: PersonViews.form(form, context: req.viewContext, council: council.context, personID: nil, errors: errors)
            ).encodeResponse(for: req)
        case let .valid(draft):
            let id = try await AddPerson(dependencies: req.dependencies)(draft, to: council.id, by: req.actor, on: req.db)
            return req.redirect(to: .person(.value(council.id), .value(id)), notice: .personAdded)
        }
    }

    @Sendable static func edit(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.people.manage)
        let council = try await req.council()
        let person = try await find(req, in: council)
        return HTMLResponse(html: PersonViews.form(PersonForm(person), context: req.viewContext, council: council.context,
                                                   personID: person.id, errors: []))
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await req.authorize(req.people.manage)
        let council = try await req.council()
        let person = try await find(req, in: council)
        var form = try req.form(PersonForm.self)
        switch form.validate() {
        case let .invalid(errors):
            return try await HTMLResponse(
                status: .unprocessableEntity,
                html: PersonViews.form(form, context: req.viewContext, council: council.context, personID: person.id, errors: errors)
            ).encodeResponse(for: req)
        case let .valid(draft):
            do {
                try await UpdatePerson(dependencies: req.dependencies)(
                    person.id, in: council.id, draft, expectedVersion: req.expectedVersion(form.version), by: req.actor, on: req.db)
                return req.redirect(to: .person(.value(council.id), .value(person.id)), notice: .personSaved)
            } catch StoreError.staleEdit {
                form.version = String(person.version)
                return try await HTMLResponse(
                    status: .conflict,
                    html: PersonViews.form(form, context: req.viewContext, council: council.context, personID: person.id, errors: [],
                                           conflict: person)
                ).encodeResponse(for: req)
            }
        }
    }

    private static func find(_ req: Request, in council: Council) async throws -> Person {
        guard let person = try await PersonStore.find(req.id(.person), in: council.id, on: req.db) else {
            throw Abort(.notFound)
        }
        return person
    }
}
