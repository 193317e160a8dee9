import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Targets, benchmarks and links: small changes to an indicator, each audited.
struct ChangeIndicator {
    var dependencies: Dependencies

    private func audited(_ action: String, _ indicator: Indicator, before: String? = nil, after: String? = nil, by actor: Actor,
                         on db: any Database, _ change: @escaping @Sendable (Change) async throws -> Void) async throws {
        try await Audit.recording(actor.record(action, "indicator", id: indicator.id.description, before: before, after: after),
                                  touching: [.scorecard(indicator.councilID)], on: db, dependencies: dependencies, change)
    }

    func setTarget(_ target: IndicatorTarget, of indicator: Indicator, by actor: Actor, on db: any Database) async throws {
        let id = dependencies.newID()
        try await audited("indicator.target.set", indicator, after: Audit.json(target), by: actor, on: db) { change in
            try await IndicatorStore.setTarget(target, of: indicator.id, id: id, on: change)
        }
    }

    func removeTarget(_ period: ReportingPeriod, of indicator: Indicator, by actor: Actor, on db: any Database) async throws {
        try await audited("indicator.target.remove", indicator, before: period.code, by: actor, on: db) { change in
            try await IndicatorStore.removeTarget(period, of: indicator.id, on: change)
        }
    }

    func setBenchmark(_ benchmark: IndicatorBenchmark, of indicator: Indicator, by actor: Actor, on db: any Database) async throws {
        let id = dependencies.newID()
        try await audited("indicator.benchmark.set", indicator, after: Audit.json(benchmark), by: actor, on: db) { change in
            try await IndicatorStore.setBenchmark(benchmark, of: indicator.id, id: id, on: change)
        }
    }

    func removeBenchmark(_ year: Int, of indicator: Indicator, by actor: Actor, on db: any Database) async throws {
        try await audited("indicator.benchmark.remove", indicator, before: ReportingPeriod.financialYear(year).code,
                          by: actor, on: db) { change in
            try await IndicatorStore.removeBenchmark(year, of: indicator.id, on: change)
        }
    }

    func link(_ indicator: Indicator, to action: PlanAction.ID, by actor: Actor, on db: any Database) async throws {
        let now = dependencies.now()
        try await audited("indicator.action.link", indicator, after: action.description, by: actor, on: db) { change in
            try await IndicatorStore.link(indicator.id, to: action, at: now, on: change)
        }
    }

    func unlink(_ indicator: Indicator, from action: PlanAction.ID, by actor: Actor, on db: any Database) async throws {
        try await audited("indicator.action.unlink", indicator, before: action.description, by: actor, on: db) { change in
            try await IndicatorStore.unlink(indicator.id, from: action, on: change)
        }
    }

    func saveComparators(_ comparators: Comparators, of council: Council.ID, expectedVersion: Int, by actor: Actor,
                         on db: any Database) async throws {
        try await Audit.changing(touching: [.scorecard(council)], on: db, dependencies: dependencies) { change in
            let tx = change.db
            let before = try await ComparatorStore.find(council, on: tx)
            try await ComparatorStore.save(comparators, of: council, expectedVersion: expectedVersion, at: dependencies.now(), on: change)
            change.audit(actor.record("scorecard.comparators", "council", id: council.description,
                                      before: Audit.json(before), after: Audit.json(comparators)))
        }
    }
}
