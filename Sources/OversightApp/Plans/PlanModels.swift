import OversightDomain
import OversightStore
import Vapor

/// What a plan's pages are made from, kept once for every viewer under the generations of the
/// scopes it reads: after a change, the plan's overview, exceptions, coverage and action list, an
/// action's page, the update and review forms, for everyone who opens them, are made from one
/// reading of the plan rather than one each (on a deadline day, each of a plan's readers and each
/// lead submitting an update waited for a reading of all the plan's actions of their own). The
/// model holds nothing that depends on who is looking; each page is still drawn for its viewer.
enum PlanModels {
    struct Key: Hashable, Sendable {
        var plan: Plan.ID
        var council: Council.ID
        /// Actions go overdue at midnight, London time.
        var day: String
    }

    /// The reading in flight or done, so that pages asking for it meanwhile wait for the one reading.
    typealias Reading = Task<PlanPageModel?, any Error>

    /// What the model reads: the plan (its record, periods, summary, consultations and approvals),
    /// the council's people and inspections, and its list of plans (a plan's predecessor and
    /// successors). The plan pages are kept under the same scopes (`Routes.cacheScopes`).
    static func scopes(_ plan: Plan.ID, in council: Council.ID) -> [CacheScope] {
        [.all, .core(council), .planList(council), .plan(plan)]
    }

    /// The scopes for the plan named in the request's path, if it names a council and a plan.
    static func scopes(of request: Request) -> [CacheScope]? {
        guard let council = try? request.id(.council, as: Council.self), let plan = try? request.id(.plan, as: Plan.self) else {
            return nil
        }
        return scopes(plan, in: council)
    }

    /// A few dozen plans: each model of a 480-action plan is a few hundred kilobytes.
    static func make(budget: Int = 32) -> GenerationalCache<Key, Reading> {
        GenerationalCache(budget: budget)
    }
}

extension Request {
    /// The plan's model as kept under the generations this request read (with its session's, in
    /// one query: `SessionMiddleware`), reading it when it is not kept. Handlers ask for it before
    /// they write, as they validate against it; a request reads its generations once.
    func sharedPlanModel(_ planID: Plan.ID, in council: Council, today: CalendarDate) async throws -> PlanPageModel? {
        let generation = try await generations(of: PlanModels.scopes(planID, in: council.id))
        let key = PlanModels.Key(plan: planID, council: council.id, day: today.iso)
        let models = application.oversight.planModels
        let reading = models.value(key, generation: generation) {
            Task { [self] in
                try await onOneConnection { db in try await PlanPageModel.load(planID, in: council, today: today, on: db) }
            }
        }
        do {
            return try await reading.value
        } catch {
            // A failed reading is not kept: the next request reads again.
            models.remove(key, generation: generation)
            throw error
        }
    }
}
