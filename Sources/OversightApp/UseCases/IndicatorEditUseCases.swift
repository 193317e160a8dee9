import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Why a change to the scorecard was refused, with the field to show it on.
struct IndicatorRefusal: Error, Equatable {
    var field: String
    var message: String

    var fieldError: FieldError { FieldError(field: field, message: message) }
}

/// Adds an indicator of the council's own, or changes one, with its audit entry, in one transaction.
struct SaveIndicator {
    var dependencies: Dependencies

    func create(_ draft: IndicatorDraft, in council: Council.ID, by actor: Actor, on db: any Database) async throws -> Indicator.ID {
        let indicator = draft.indicator(id: .init(dependencies.newID()), in: council)
        try await db.transaction { tx in
            try await IndicatorStore.add(indicator, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("indicator.create", "indicator", id: indicator.id.description,
                                               after: Audit.json(indicator)), on: tx, dependencies: dependencies)
        }
        return indicator.id
    }

    /// The unit and frequency stay as they are once figures exist: the figures were recorded in them.
    func update(_ before: Indicator, _ draft: IndicatorDraft, expectedVersion: Int, by actor: Actor,
                on db: any Database) async throws {
        let after = draft.indicator(id: before.id, in: before.councilID, version: expectedVersion + 1)
        try await db.transaction { tx in
            if after.unit != before.unit || after.frequency != before.frequency {
                let figures = try await IndicatorStore.values(of: before.id, on: tx).count
                if figures > 0 {
                    let field = after.unit != before.unit ? "unit" : "frequency"
                    let what = after.unit != before.unit ? "unit (\(before.unit.label.lowercased()))" : "frequency (\(before.frequency.label.lowercased()))"
                    throw IndicatorRefusal(field: field, message: "The \(what) cannot change: \(counted(figures, "figure")) \(figures == 1 ? "is" : "are") recorded in it. Add a new indicator instead")
                }
            }
            try await IndicatorStore.update(after, expectedVersion: expectedVersion, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("indicator.update", "indicator", id: before.id.description,
                                               before: Audit.json(before), after: Audit.json(after)),
                                  on: tx, dependencies: dependencies)
        }
    }
}

/// One figure typed in or corrected. A validated figure is final for an import; correcting it
/// here needs the right to manage indicators and a comment that says why.
struct SaveIndicatorValue {
    var dependencies: Dependencies

    func callAsFunction(_ value: IndicatorValue, of indicator: Indicator, expectedVersion: Int, mayCorrectValidated: Bool,
                        by actor: Actor, on db: any Database) async throws {
        try await db.transaction { tx in
            let before = try await IndicatorStore.value(of: indicator.id, for: value.period, on: tx)
            if let before, before.value.status == .validated, before.version == expectedVersion {
                guard mayCorrectValidated else {
                    throw IndicatorRefusal(field: "period", message: "The figure for \(value.period.label) is validated, which is final; ask the programme manager to correct it")
                }
                guard let comment = value.comment, comment != before.value.comment else {
                    throw IndicatorRefusal(field: "comment", message: "Say in the comment why the validated figure for \(value.period.label) is being corrected")
                }
            }
            try await IndicatorStore.save(value, expectedVersion: expectedVersion, id: dependencies.newID(), at: dependencies.now(), on: tx)
            try await Audit.write(actor.record(before == nil ? "indicator.value.add" : "indicator.value.correct", "indicator",
                                               id: indicator.id.description, before: before.flatMap { Audit.json($0.value) },
                                               after: Audit.json(value)), on: tx, dependencies: dependencies)
        }
    }
}

/// Targets, benchmarks and links: small changes to an indicator, each audited.
struct ChangeIndicator {
    var dependencies: Dependencies

    private func audited(_ action: String, _ indicator: Indicator, before: String? = nil, after: String? = nil, by actor: Actor,
                         on db: any Database, _ change: @escaping @Sendable (any Database) async throws -> Void) async throws {
        try await Audit.recording(actor.record(action, "indicator", id: indicator.id.description, before: before, after: after),
                                  on: db, dependencies: dependencies, change)
    }

    func setTarget(_ target: IndicatorTarget, of indicator: Indicator, by actor: Actor, on db: any Database) async throws {
        let id = dependencies.newID()
        try await audited("indicator.target.set", indicator, after: Audit.json(target), by: actor, on: db) { tx in
            try await IndicatorStore.setTarget(target, of: indicator.id, id: id, on: tx)
        }
    }

    func removeTarget(_ period: ReportingPeriod, of indicator: Indicator, by actor: Actor, on db: any Database) async throws {
        try await audited("indicator.target.remove", indicator, before: period.code, by: actor, on: db) { tx in
            try await IndicatorStore.removeTarget(period, of: indicator.id, on: tx)
        }
    }

    func setBenchmark(_ benchmark: IndicatorBenchmark, of indicator: Indicator, by actor: Actor, on db: any Database) async throws {
        let id = dependencies.newID()
        try await audited("indicator.benchmark.set", indicator, after: Audit.json(benchmark), by: actor, on: db) { tx in
            try await IndicatorStore.setBenchmark(benchmark, of: indicator.id, id: id, on: tx)
        }
    }

    func removeBenchmark(_ year: Int, of indicator: Indicator, by actor: Actor, on db: any Database) async throws {
        try await audited("indicator.benchmark.remove", indicator, before: ReportingPeriod.financialYear(year).code,
                          by: actor, on: db) { tx in
            try await IndicatorStore.removeBenchmark(year, of: indicator.id, on: tx)
        }
    }

    func link(_ indicator: Indicator, to action: PlanAction.ID, by actor: Actor, on db: any Database) async throws {
        let now = dependencies.now()
        try await audited("indicator.action.link", indicator, after: action.description, by: actor, on: db) { tx in
            try await IndicatorStore.link(indicator.id, to: action, at: now, on: tx)
        }
    }

    func unlink(_ indicator: Indicator, from action: PlanAction.ID, by actor: Actor, on db: any Database) async throws {
        try await audited("indicator.action.unlink", indicator, before: action.description, by: actor, on: db) { tx in
            try await IndicatorStore.unlink(indicator.id, from: action, on: tx)
        }
    }

    func saveComparators(_ comparators: Comparators, of council: Council.ID, expectedVersion: Int, by actor: Actor,
                         on db: any Database) async throws {
        try await db.transaction { tx in
            let before = try await ComparatorStore.find(council, on: tx)
            try await ComparatorStore.save(comparators, of: council, expectedVersion: expectedVersion, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("scorecard.comparators", "council", id: council.description,
                                               before: Audit.json(before), after: Audit.json(comparators)),
                                  on: tx, dependencies: dependencies)
        }
    }
}
