import Fluent
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// The risk register: the list with its heat maps, a risk's page, and the forms that change it.
enum RiskController {
    @Sendable static func register(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.risks.read)
        let council = try await req.council()
        let filter = try req.riskFilter()
        let model = RiskRegister.Model(try await req.riskRegister(in: council, reviews: .latest), filter: filter,
                                       page: try req.pageNumber())
        return HTMLResponse(html: RiskViews.register(model, council: council.context, context: req.viewContext))
    }

    @Sendable static func show(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.risks.read)
        let council = try await req.council()
        let risk = try await req.risk(in: council)
        let model = RiskDetail.Model(risk, register: try await req.riskRegister(in: council, reviews: .of(risk.id)))
        return HTMLResponse(html: RiskViews.detail(model, council: council.context, context: req.viewContext))
    }

    /// Every risk with its three scores, bands and links, as a spreadsheet would want them. Its
    /// columns are those the risk import reads, so the download is a template for new risks.
    @Sendable static func csv(req: Request) async throws -> Response {
        try await req.authorize(req.risks.read)
        let council = try await req.council()
        let model = try await req.riskRegister(in: council)
        let header = ["reference", "title", "category", "status", "owner", "raised_on", "cause", "event", "consequence",
                      "inherent_likelihood", "inherent_impact", "inherent_score", "inherent_band", "current_likelihood", "current_impact",
                      "current_score", "current_band", "target_likelihood", "target_impact", "target_score", "target_band",
                      "target_reason", "controls", "proximity", "review_frequency", "last_reviewed_on", "next_review_due", "review_overdue", "movement",
                      "mitigating_actions", "actions_needing_attention"]
        let rows: [[String]] = model.risks.map { risk in
            func score(_ s: RiskScore) -> [String] { [String(s.likelihood), String(s.impact), String(s.value), model.scale.band(s).name] }
            let plan = (model.links.planActions[risk.id] ?? []).compactMap { model.planActions[$0]?.reference }.sorted()
            let board = (model.links.boardActions[risk.id] ?? []).compactMap { model.boardActions[$0]?.reference }.sorted()
            return [risk.reference, risk.title, risk.category.label, risk.status.label, model.name(risk.ownerID), risk.raisedOn.iso,
                    risk.cause, risk.event, risk.consequence] + score(risk.inherent) + score(risk.current) + score(risk.target)
                + [risk.targetReason ?? "", risk.controls, risk.proximity.label, risk.reviewFrequency.label, risk.lastReviewedOn?.iso ?? "", risk.reviewDue.iso,
                   risk.isReviewOverdue(on: model.today) ? "yes" : "no", model.movement(risk).label,
                   (plan + board).joined(separator: "; "), model.troubles(risk).joined(separator: "; ")]
        }
        return .download(CSVWriter.write(header: header, rows: rows), type: "text/csv; charset=utf-8",
                         fileName: "\(CalendarDate.inLondon(req.dependencies.now()).iso)-risk-register.csv")
    }

    // MARK: Adding and changing

    @Sendable static func new(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.risks.manage)
        let council = try await req.council()
        return try await formPage(req, council: council, form: RiskForm(raisedOn: .inLondon(req.dependencies.now())), riskID: nil, errors: [])
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await req.authorize(req.risks.manage)
        let council = try await req.council()
        var form = try req.form(RiskForm.self)
        form.people = Set(try await PersonStore.all(in: council.id, on: req.db).map(\.id.description))
        switch form.validate() {
        case let .invalid(errors):
            return try await formPage(req, council: council, form: form, riskID: nil, errors: errors, status: .unprocessableEntity)
                .encodeResponse(for: req)
        case let .valid(draft):
            let id = try await ManageRisks(dependencies: req.dependencies).create(draft, in: council.id, reviewer: req.reviewerName,
                                                                                  by: req.actor, on: req.db)
            return req.redirect(to: .risk(.value(council.id), .value(id)), notice: .riskSaved)
        }
    }

    @Sendable static func edit(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.risks.manage)
        let council = try await req.council()
        let risk = try await req.risk(in: council)
        return try await formPage(req, council: council, form: RiskForm(risk), riskID: risk.id, errors: [])
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await req.authorize(req.risks.manage)
        let council = try await req.council()
        let risk = try await req.risk(in: council)
        var form = try req.form(RiskForm.self)
        form.people = Set(try await PersonStore.all(in: council.id, on: req.db).map(\.id.description))
        switch form.validate() {
        case let .invalid(errors):
            return try await formPage(req, council: council, form: form, riskID: risk.id, errors: errors, status: .unprocessableEntity)
                .encodeResponse(for: req)
        case let .valid(draft):
            do {
                try await ManageRisks(dependencies: req.dependencies).update(risk, with: draft, expectedVersion: req.expectedVersion(form.version),
                                                                              by: req.actor, on: req.db)
                return req.redirect(to: .risk(.value(council.id), .value(risk.id)), notice: .riskSaved)
            } catch StoreError.staleEdit {
                form.version = String(risk.version)
                return try await formPage(req, council: council, form: form, riskID: risk.id, errors: [], status: .conflict, conflict: risk)
                    .encodeResponse(for: req)
            }
        }
    }

    private static func formPage(_ req: Request, council: Council, form: RiskForm, riskID: Risk.ID?, errors: [FieldError],
                                 status: HTTPResponseStatus = .ok, conflict: Risk? = nil) async throws -> HTMLResponse {
        HTMLResponse(status: status, html: RiskFormViews.riskForm(
            form, riskID: riskID, people: try await PersonStore.all(in: council.id, on: req.db),
            scale: try await RiskStore.scale(of: council.id, on: req.db).scale, council: council.context, context: req.viewContext,
            errors: errors, conflict: conflict))
    }

    // MARK: Reviews

    /// The owner of a risk may review it; so may whoever manages the register.
    private static func requireReviewer(_ req: Request, _ risk: Risk) async throws {
        try await req.authorize(req.risks.review(risk))
    }

    @Sendable static func reviewForm(req: Request) async throws -> HTMLResponse {
        let council = try await req.council()
        let risk = try await req.risk(in: council)
        try await requireReviewer(req, risk)
        return HTMLResponse(html: RiskFormViews.reviewForm(
            RiskReviewForm(risk, today: .inLondon(req.dependencies.now())),
            model: RiskReviewPage.Model(risk, scale: try await RiskStore.scale(of: council.id, on: req.db).scale), council: council.context,
            context: req.viewContext, errors: []))
    }

    @Sendable static func review(req: Request) async throws -> Response {
        let council = try await req.council()
        let risk = try await req.risk(in: council)
        try await requireReviewer(req, risk)
        let form = try req.form(RiskReviewForm.self)
        var errors: [FieldError]
        switch form.validate() {
        case let .invalid(found): errors = found
        case let .valid(draft):
            do {
                try await ManageRisks(dependencies: req.dependencies).review(risk, with: draft, expectedVersion: req.expectedVersion(form.version),
                                                                              reviewer: req.reviewerName, by: req.actor, on: req.db)
                return req.redirect(to: .risk(.value(council.id), .value(risk.id)), notice: .riskReviewed)
            } catch let error as RiskError {
                let field = switch error {
                case .reviewBeforeRaised, .reviewInFuture: "date"
                case .currentAboveInherent: "currentLikelihood"
                case .targetAboveInherent: "targetLikelihood"
                }
                errors = [FieldError(field: field, anchor: field == "date" ? "date-day" : nil, message: error.message)]
            } catch StoreError.staleEdit {
                throw Abort(.conflict, reason: RiskMessages.reviewStale)
            }
        }
        return try await HTMLResponse(status: .unprocessableEntity, html: RiskFormViews.reviewForm(
            form, model: RiskReviewPage.Model(risk, scale: try await RiskStore.scale(of: council.id, on: req.db).scale),
            council: council.context, context: req.viewContext, errors: errors)).encodeResponse(for: req)
    }

    // MARK: Mitigating actions

    @Sendable static func linksForm(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.risks.manage)
        let council = try await req.council()
        let risk = try await req.risk(in: council)
        let model = try await req.riskRegister(in: council, everyAction: true)
        return HTMLResponse(html: linksPage(risk, model: model,
                                            chosenPlan: Set((model.links.planActions[risk.id] ?? []).map(\.description)),
                                            chosenBoard: Set((model.links.boardActions[risk.id] ?? []).map(\.description)),
                                            council: council, context: req.viewContext, errors: []))
    }

    @Sendable static func saveLinks(req: Request) async throws -> Response {
        try await req.authorize(req.risks.manage)
        let council = try await req.council()
        let risk = try await req.risk(in: council)
        let model = try await req.riskRegister(in: council, everyAction: true)
        let form = try req.form(RiskLinksForm.self)
        let plan = Set((form.planActions ?? []).compactMap { PlanAction.ID($0) })
        let board = Set((form.boardActions ?? []).compactMap { BoardAction.ID($0) })
        // Only actions the form offered: an id from elsewhere is a tampered form, named in the message.
        let unknown = (form.planActions ?? []).filter { PlanAction.ID($0).map { model.planActions[$0] == nil } ?? true }
            + (form.boardActions ?? []).filter { BoardAction.ID($0).map { model.boardActions[$0] == nil } ?? true }
        guard unknown.isEmpty else {
            return try await HTMLResponse(status: .unprocessableEntity, html: linksPage(
                risk, model: model, chosenPlan: Set(form.planActions ?? []), chosenBoard: Set(form.boardActions ?? []), council: council,
                context: req.viewContext,
                errors: [FieldError(field: "planActions", message: RiskMessages.unknownAction(unknown[0]))]))
                .encodeResponse(for: req)
        }
        do {
            try await ManageRisks(dependencies: req.dependencies).link(risk, planActions: plan, boardActions: board,
                                                                        expectedVersion: req.expectedVersion(form.version), by: req.actor, on: req.db)
        } catch StoreError.staleEdit {
            throw Abort(.conflict, reason: RiskMessages.linksStale)
        }
        return req.redirect(to: .risk(.value(council.id), .value(risk.id)), notice: .riskActionsSaved)
    }

    private static func linksPage(_ risk: Risk, model: RiskRegisterModel, chosenPlan: Set<String>, chosenBoard: Set<String>,
                                  council: Council, context: ViewContext, errors: [FieldError]) -> String {
        RiskFormViews.linksForm(MitigatingActions.Model(risk, register: model), chosenPlan: chosenPlan, chosenBoard: chosenBoard,
                                council: council.context, context: context, errors: errors)
    }

    // MARK: Scale

    @Sendable static func scale(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.risks.read)
        let council = try await req.council()
        let (scale, version) = try await RiskStore.scale(of: council.id, on: req.db)
        return HTMLResponse(html: RiskFormViews.scaleForm(RiskScaleForm(scale, version: version), scale: ScoringScale.Model(scale),
                                                          council: council.context, context: req.viewContext, errors: []))
    }

    @Sendable static func saveScale(req: Request) async throws -> Response {
        try await req.authorize(req.risks.manage)
        let council = try await req.council()
        let form = try req.form(RiskScaleForm.self)
        switch form.validate() {
        case let .invalid(errors):
            return try await HTMLResponse(status: .unprocessableEntity, html: RiskFormViews.scaleForm(
                form, scale: ScoringScale.Model(form.scale), council: council.context, context: req.viewContext, errors: errors))
                .encodeResponse(for: req)
        case let .valid(scale):
            do {
                try await ManageRisks(dependencies: req.dependencies).saveScale(scale, of: council.id,
                                                                                 expectedVersion: req.expectedVersion(form.version),
                                                                                 by: req.actor, on: req.db)
            } catch StoreError.staleEdit {
                throw Abort(.conflict, reason: RiskMessages.scaleStale)
            }
            return req.redirect(to: .risks(.value(council.id)), notice: .riskScaleSaved)
        }
    }
}

extension Request {
    /// The signed-in person's name, as a risk's history shows who reviewed it.
    var reviewerName: String { viewer?.user.displayName ?? actor.label }

    func risk(in council: Council) async throws -> Risk {
        guard let risk = try await RiskStore.find(id(.risk), in: council.id, on: db) else { throw Abort(.notFound) }
        return risk
    }

    /// The register's filters from the address; an unknown value is named, not ignored.
    func riskFilter() throws -> RiskFilter {
        var filter = RiskFilter()
        if let text = try? query.get(String.self, at: "status"), !text.isEmpty {
            guard let status = RiskFilter.Status(rawValue: text) else {
                throw Abort(.badRequest, reason: "Status must be one of \(RiskFilter.Status.allCases.map(\.rawValue).joined(separator: ", ")), not \(text)")
            }
            filter.status = status
        }
        if let text = try? query.get(String.self, at: "category"), !text.isEmpty {
            guard let category = RiskCategory.from(code: text) else {
                throw Abort(.badRequest, reason: "Category must be one of \(RiskCategory.allCases.map(\.rawValue).joined(separator: ", ")), not \(text)")
            }
            filter.category = category
        }
        if let text = try? query.get(String.self, at: "show"), !text.isEmpty {
            guard let show = RiskFilter.Show(rawValue: text) else {
                throw Abort(.badRequest, reason: "Show must be one of \(RiskFilter.Show.allCases.map(\.rawValue).joined(separator: ", ")), not \(text)")
            }
            filter.show = show
        }
        return filter
    }

    /// The register; `everyAction` adds every action a risk could be linked to, for the links page.
    func riskRegister(in council: Council, everyAction: Bool = false, reviews: RiskRegisterModel.Reviews = .all)
        async throws -> RiskRegisterModel {
        let today = CalendarDate.inLondon(dependencies.now()), partTwo = risks.seesExempt
        // Every plan's actions (the links page) is a long read: SQLite's connection is not held for it.
        guard !everyAction else {
            return try await RiskRegisterModel.load(council, today: today, everyAction: true, reviews: reviews, partTwo: partTwo, on: db)
        }
        return try await onOneConnection { db in
            try await RiskRegisterModel.load(council, today: today, everyAction: false, reviews: reviews, partTwo: partTwo, on: db)
        }
    }
}

extension RiskRegisterModel {
    /// The register with everything its pages and documents show: reviews, links, the scale, the
    /// people, and the plan actions linked to a risk (or, with `everyAction`, every action a risk
    /// could be linked to), with their ratings and exceptions on `today`. Reading every plan is
    /// what the links page needs and nothing else: at `--scale 10` it is thousands of actions.
    /// Board actions raised under Part II items are left out unless `partTwo` (the reader may see
    /// exempt material): a risk's page, its files and its appendix never carry them otherwise.
    static func load(_ council: Council, today: CalendarDate, everyAction: Bool = false, reviews: Reviews = .all,
                     partTwo: Bool, on db: any Database) async throws -> RiskRegisterModel {
        let model: RiskRegisterModel
        if everyAction {
            model = try await load(council, today: today, plans: try await linkablePlans(council, today: today, on: db),
                                   reviews: reviews, on: db)
        } else {
            // Only the linked actions, not every plan they belong to: the register was 400 ms at
            // `--scale 10` when it built ten 480-action plans to show forty links.
            let linked = try await RiskStore.linkedActions(in: council.id, on: db).map { linked in
                LinkedPlanAction(
                    id: linked.action.id, reference: linked.action.reference, what: linked.action.what, planID: linked.planID,
                    planTitle: linked.planTitle, rating: linked.latest,
                    problems: LinkedPlanAction.problems(of: linked.action, in: linked.planStatus, latest: linked.latest, on: today))
            }
            model = try await load(council, today: today, planActions: linked, reviews: reviews, on: db)
        }
        guard !partTwo else { return model }
        let meetings = Array(Set(model.boardActions.values.map(\.meetingID)))
        return model.withoutExempt(try await MeetingStore.exemptItemIDs(of: meetings, on: db))
    }

    /// The register less the board actions raised under the given (Part II) agenda items.
    func withoutExempt(_ exempt: Set<AgendaItem.ID>) -> RiskRegisterModel {
        guard !exempt.isEmpty else { return self }
        var copy = self
        copy.boardActions = boardActions.filter { _, action in action.itemID.map { !exempt.contains($0) } ?? true }
        copy.links.boardActions = links.boardActions.mapValues { $0.filter { copy.boardActions[$0] != nil } }
        return copy
    }

    /// The plans whose actions a risk can be linked to: every plan past its draft.
    static func linkablePlans(_ council: Council, today: CalendarDate, on db: any Database) async throws -> [PlanPageModel] {
        var models: [PlanPageModel] = []
        for plan in try await PlanStore.plans(in: council.id, on: db)
        where plan.status != .draft && plan.status != .consultation {
            if let model = try await PlanPageModel.load(plan.id, in: council, today: today, on: db) { models.append(model) }
        }
        return models
    }

    /// The same from plans already read, as a board pack has them.
    static func load(_ council: Council, today: CalendarDate, plans: [PlanPageModel], reviews: Reviews = .all,
                     on db: any Database) async throws -> RiskRegisterModel {
        var planActions: [LinkedPlanAction] = []
        for model in plans {
            let plan = model.record.plan
            for action in model.record.actions {
                let latest = model.latestRating(action.id)
                planActions.append(LinkedPlanAction(
                    id: action.id, reference: action.reference, what: action.what, planID: plan.id, planTitle: plan.title,
                    rating: latest, problems: LinkedPlanAction.problems(of: action, in: plan.status, latest: latest, on: today)))
            }
        }
        return try await load(council, today: today, planActions: planActions, reviews: reviews, on: db)
    }

    /// The register around the plan actions a risk may show.
    private static func load(_ council: Council, today: CalendarDate, planActions list: [LinkedPlanAction],
                             reviews read: Reviews, on db: any Database) async throws -> RiskRegisterModel {
        let risks = try await RiskStore.all(in: council.id, on: db)
        let ids = risks.map(\.id)
        var planActions: [PlanAction.ID: LinkedPlanAction] = [:]
        for action in list { planActions[action.id] = action }
        let reviews: [RiskReview] = switch read {
        case .all: try await RiskStore.reviews(of: ids, on: db)
        case .latest: try await RiskStore.latestReviews(of: ids, count: RiskMovement.reviewsCompared, on: db)
        case let .of(risk): try await RiskStore.reviews(of: ids.filter { $0 == risk }, on: db)
        }
        return RiskRegisterModel(
            risks: risks, reviews: Dictionary(grouping: reviews, by: \.riskID),
            links: try await RiskStore.links(of: ids, on: db), scale: try await RiskStore.scale(of: council.id, on: db).scale,
            people: Dictionary(uniqueKeysWithValues: try await PersonStore.all(in: council.id, on: db).map { ($0.id, $0) }),
            planActions: planActions,
            boardActions: Dictionary(uniqueKeysWithValues: try await BoardActionStore.all(in: council.id, on: db).map { ($0.id, $0) }),
            today: today)
    }
}
