import Fluent
import Foundation
import OversightDomain
import OversightStore
import OversightTestSupport
import Testing

/// A figure replaced by an import is a change like any other: an edit begun on the figure before
/// the import must be refused, not laid silently over what the import wrote.
@Suite("A figure's version")
struct FigureVersionTests {
    @Test("An import that replaces a figure moves its version on, so an edit begun before it is refused")
    func importMovesTheVersion() async throws {
        try await TestDatabase.withMigrated { db in
            let council = Council.ID(UUID()), now = Date(timeIntervalSince1970: 1_484_733_600)
            let indicator = Indicator(id: .init(UUID()), councilID: council, code: "CIN-REREF", title: "Re-referrals",
                                      description: "", numerator: nil, denominator: nil, unit: .percentage,
                                      polarity: .lowerIsBetter, frequency: .monthly, theme: "Front door", source: nil,
                                      ownerID: nil, dataQualityNote: nil, countsChildren: false)
            let october = ReportingPeriod.month(year: 2017, month: 10)
            @Sendable func figure(_ value: Double, _ comment: String) -> IndicatorValue {
                IndicatorValue(indicatorID: indicator.id, period: october, numerator: nil, denominator: nil, value: value,
                               status: .provisional, comment: comment)
            }
            try await UnitOfWork.seed(on: db) { change in
                try await CouncilStore.create(StoreTests.draft(), id: council, at: now, newID: { UUID() }, on: change)
                try await IndicatorStore.add(indicator, at: now, on: change)
                try await IndicatorStore.save(figure(21, "first"), expectedVersion: 0, id: UUID(), at: now, on: change)
            }
            let read = try #require(try await IndicatorStore.value(of: indicator.id, for: october, on: db))
            #expect(read.version == 1)

            try await UnitOfWork.seed(on: db) { change in
                try await IndicatorStore.write([figure(24, "imported")], newID: { UUID() }, at: now, on: change)
            }
            let imported = try #require(try await IndicatorStore.value(of: indicator.id, for: october, on: db))
            #expect(imported.value.comment == "imported" && imported.version == 2)

            await #expect(throws: StoreError.staleEdit) {
                try await UnitOfWork.seed(on: db) { change in
                    try await IndicatorStore.save(figure(19, "edited before the import"), expectedVersion: read.version,
                                                  id: UUID(), at: now, on: change)
                }
            }
            #expect(try await IndicatorStore.value(of: indicator.id, for: october, on: db)?.value.comment == "imported")
        }
    }

    @Test("A figure written in bulk reads back whole, empty parts empty, and is edited as any other")
    func bulkFigureReadsBack() async throws {
        try await TestDatabase.withMigrated { db in
            let council = Council.ID(UUID()), now = Date(timeIntervalSince1970: 1_484_733_600.5)
            let indicator = Indicator(id: .init(UUID()), councilID: council, code: "WF-CASELOAD", title: "Caseload",
                                      description: "", numerator: nil, denominator: nil, unit: .ratio,
                                      polarity: .lowerIsBetter, frequency: .monthly, theme: "Workforce", source: nil,
                                      ownerID: nil, dataQualityNote: nil, countsChildren: false)
            // 1,100 months from January 2000: three statements of 500, 500 and 100 rows.
            let figures = (0..<1_100).map { number -> IndicatorValue in
                let month = number % 12 + 1, even = month.isMultiple(of: 2)
                let comment: String? = number == 206 ? "Checked by \"the team\"; 'fine'" : nil
                return IndicatorValue(indicatorID: indicator.id, period: .month(year: 2000 + number / 12, month: month),
                                      numerator: even ? Double(month * 10) : nil, denominator: even ? 10 : nil,
                                      value: Double(month), status: number < 5 ? .validated : .provisional, comment: comment)
            }
            try await UnitOfWork.seed(on: db) { change in
                try await CouncilStore.create(StoreTests.draft(), id: council, at: now, newID: { UUID() }, on: change)
                try await IndicatorStore.add(indicator, at: now, on: change)
                try await IndicatorStore.write(figures, newID: { UUID() }, at: now, on: change)
            }
            let read = try await IndicatorStore.values(.indicator(indicator.id), on: db)[indicator.id] ?? []
            #expect(read == figures)
            let march = try #require(try await IndicatorStore.value(of: indicator.id, for: .month(year: 2017, month: 3), on: db))
            #expect(read.count == 1_100)
            #expect(march.version == 1 && march.value.comment == "Checked by \"the team\"; 'fine'" && march.value.numerator == nil)
            #expect(try await IndicatorStore.validatedKeys(of: [indicator.id], on: db).count == 5)

            var change = march.value
            change.value = 4
            let edited = change
            try await UnitOfWork.seed(on: db) { change in
                try await IndicatorStore.save(edited, expectedVersion: 1, id: UUID(), at: now, on: change)
            }
            #expect(try await IndicatorStore.value(of: indicator.id, for: .month(year: 2017, month: 3), on: db)?.version == 2)
        }
    }
}
