import Foundation
import OversightDomain
import Testing

@Suite("Scorecard: RAG, direction of travel, periods and small numbers")
struct ScorecardTests {
    @Test("RAG against target and tolerance, whichever way is better", arguments: [
        // value, target, tolerance, polarity, expected
        (86.0, 85.0, 2.0, Polarity.higherIsBetter, RAG.green),
        (85.0, 85.0, 2.0, .higherIsBetter, .green),
        (83.0, 85.0, 2.0, .higherIsBetter, .amber),
        (82.9, 85.0, 2.0, .higherIsBetter, .red),
        (22.0, 22.0, 3.0, .lowerIsBetter, .green),
        (24.5, 22.0, 3.0, .lowerIsBetter, .amber),
        (25.0, 22.0, 3.0, .lowerIsBetter, .amber),
        (25.1, 22.0, 3.0, .lowerIsBetter, .red),
        (18.0, 22.0, 0.0, .lowerIsBetter, .green),
        (22.1, 22.0, 0.0, .lowerIsBetter, .red),
        (22.1, 22.0, -1.0, .lowerIsBetter, .red),
    ])
    func rag(_ value: Double, _ target: Double, _ tolerance: Double, _ polarity: Polarity, _ expected: RAG) {
        #expect(RAG.evaluate(value, target: target, tolerance: tolerance, polarity: polarity) == expected)
    }

    @Test("Direction of travel: a change within the threshold is no change", arguments: [
        (30.0, 28.0, Polarity.lowerIsBetter, 0.5, Direction.worsening, "\u{2191}"),
        (26.0, 28.0, .lowerIsBetter, 0.5, .improving, "\u{2193}"),
        (28.4, 28.0, .lowerIsBetter, 0.5, .noChange, "\u{2192}"),
        (80.0, 75.0, .higherIsBetter, 1.0, .improving, "\u{2191}"),
        (74.0, 75.0, .higherIsBetter, 1.0, .noChange, "\u{2192}"),
        (73.9, 75.0, .higherIsBetter, 1.0, .worsening, "\u{2193}"),
    ])
    func direction(_ value: Double, _ previous: Double, _ polarity: Polarity, _ threshold: Double, _ expected: Direction,
                   _ arrow: String) {
        let direction = Direction.evaluate(value, from: previous, polarity: polarity, threshold: threshold)
        #expect(direction == expected)
        #expect(direction.arrow(polarity) == arrow)
        #expect(Comparison.evaluate(value, against: previous, polarity: polarity, threshold: threshold)
            == [.improving: .better, .worsening: .worse, .noChange: .similar][expected])
    }

    @Test("Values from numerator and denominator, by unit, and printed with one decimal place")
    func units() {
        #expect(IndicatorUnit.percentage.value(numerator: 50, denominator: 200) == 25)
        #expect(IndicatorUnit.ratePer10000.value(numerator: 500, denominator: 100_000) == 50)
        #expect(IndicatorUnit.ratio.value(numerator: 320, denominator: 20) == 16)
        #expect(IndicatorUnit.percentage.value(numerator: 3, denominator: 0) == nil)
        #expect(IndicatorUnit.count.value(numerator: 14, denominator: nil) == 14)
        #expect(IndicatorUnit.percentage.format(22.46) == "22.5%")
        #expect(IndicatorUnit.days.format(16) == "16.0 days")
        #expect(IndicatorUnit.count.format(14) == "14")
        #expect(!IndicatorUnit.percentage.allowed.contains(140))
    }

    @Test("Periods read as a spreadsheet writes them; impossible ones are refused", arguments: [
        ("2017-10", "October 2017", "2017-09", "2016-10"),
        ("2017-01", "January 2017", "2016-12", "2016-01"),
        ("2017-Q1", "Q1 2017-18 (April to June 2017)", "2016-Q4", "2016-Q1"),
        ("2017-q4", "Q4 2017-18 (January to March 2018)", "2017-Q3", "2016-Q4"),
        ("2017-18", "2017-18", "2016-17", "2016-17"),
        ("1999-00", "1999-00", "1998-99", "1998-99"),
        (" 2017-10\t", "October 2017", "2017-09", "2016-10"),
        ("\u{00A0}2017-Q2\u{00A0}", "Q2 2017-18 (July to September 2017)", "2017-Q1", "2016-Q2"),
    ])
    func periods(_ text: String, _ label: String, _ previous: String, _ yearBefore: String) throws {
        let period = try #require(ReportingPeriod(text))
        #expect(period.label == label)
        #expect(period.previous.code == previous)
        #expect(period.yearBefore.code == yearBefore)
        #expect(ReportingPeriod(period.code) == period)
    }

    @Test("Impossible periods are refused", arguments: [
        "2017-13", "2017-00", "2017-Q5", "2017-19", "17-10", "2017/10", "", "October", "2017-1O", "2017-Q0", "1989-10", "2101-01",
        "2017-100", "2017-1", "2017-+1", "\u{FF12}017-10", "2017\u{2010}10", "2017-10-01",
    ])
    func badPeriods(_ text: String) {
        #expect(ReportingPeriod(text) == nil)
    }

    @Test("Counts of 1 to 5 are hidden; percentages made from them are hidden too")
    func primary() {
        #expect(SmallNumbers.primary(0).text == "0")
        #expect(SmallNumbers.primary(1).text == "c")
        #expect(SmallNumbers.primary(5).text == "c")
        #expect(SmallNumbers.primary(6).text == "6")
        #expect(SmallNumbers.primary(nil).text == "x")
        #expect(SmallNumbers.share(numerator: 4, denominator: 40, unit: .percentage) == "c")
        #expect(SmallNumbers.share(numerator: 40, denominator: 3, unit: .ratio) == "c")
        #expect(SmallNumbers.share(numerator: 9, denominator: 40, unit: .percentage) == "22.5%")
        #expect(SmallNumbers.share(numerator: 0, denominator: 0, unit: .percentage) == "z")
        #expect(SmallNumbers.share(numerator: 6, denominator: 1_000_000, unit: .percentage) == "k")
        #expect(SmallNumbers.share(numerator: nil, denominator: 40, unit: .percentage) == "x")
    }

    @Test("A part beside its whole: hidden when it is small, or when the rest of the whole is", arguments: [
        (3, 40, "c", "40"),       // the part is small
        (37, 40, "c", "40"),      // 40 - 37 = 3 would give the small rest away
        (34, 40, "34", "40"),     // both the part and the rest are over 5
        (35, 40, "c", "40"),      // the rest is 5
        (0, 40, "0", "40"),       // none is not a small number
        (40, 40, "40", "40"),     // all of them: the rest is none
        (0, 4, "0", "c"),         // the whole is small; a part of none reveals nothing
        (2, 4, "c", "c"),
    ])
    func partOfWhole(part: Int, whole: Int, shownPart: String, shownWhole: String) {
        let published = SmallNumbers.part(part, of: whole)
        #expect(published.part.text == shownPart)
        #expect(published.whole.text == shownWhole)
    }

    @Test("A percentage of a known whole is hidden when the part would be: 197 of 200 gives away the 3 who were not")
    func shareOfWhole() {
        #expect(SmallNumbers.share(numerator: 197, denominator: 200, unit: .percentage) == "c")
        #expect(SmallNumbers.share(numerator: 194, denominator: 200, unit: .percentage) == "97.0%")
        #expect(SmallNumbers.part(nil, of: 200) == (.notAvailable, .value(200)))
    }

    static func texts(_ table: [[PublishedCount]]) -> [[String]] { table.map { $0.map(\.text) } }

    @Test("A total cannot give away a hidden count: the next smallest cell is hidden too")
    func secondaryInARow() {
        // Three teams and their total: 3 alone would be 25 - 10 - 12.
        #expect(Self.texts(SmallNumbers.suppress(table: [[3, 10, 12, 25], [7, 9, 11, 27], [10, 19, 23, 52]]))
            == [["c", "c", "12", "25"], ["c", "c", "11", "27"], ["10", "19", "23", "52"]])
    }

    @Test("Secondary suppression spreads until no row or column has one hidden cell")
    func secondaryAcrossTheTable() {
        let published = SmallNumbers.suppress(table: [[2, 8, 20, 30], [9, 15, 6, 30], [11, 23, 26, 60]])
        for row in published.indices {
            #expect(published[row].filter(\.isHidden).count != 1, "row \(row)")
        }
        for column in 0..<4 {
            #expect(published.map { $0[column] }.filter(\.isHidden).count != 1, "column \(column)")
        }
        #expect(published[0][0] == .suppressed)
        #expect(published[2][3] == .value(60))
    }

    @Test("Zeros never hide anything; with nothing else to hide, the total goes")
    func totals() {
        #expect(Self.texts(SmallNumbers.suppress(table: [[0, 7, 8, 15], [0, 7, 8, 15]])) == [["0", "7", "8", "15"], ["0", "7", "8", "15"]])
        #expect(Self.texts(SmallNumbers.suppress(table: [[3, 0, 0, 3], [0, 0, 9, 9], [3, 0, 9, 12]]))
            == [["c", "0", "0", "c"], ["0", "0", "c", "c"], ["c", "0", "c", "12"]])
    }

    @Test("The catalogue has the standard indicators with their polarity")
    func catalogue() {
        let codes = StandardIndicators.catalogue.map(\.code)
        #expect(codes.count == 14)
        #expect(Set(codes).count == codes.count)
        #expect(StandardIndicators.catalogue.first { $0.code == "CIN-REREF" }?.polarity == .lowerIsBetter)
        #expect(StandardIndicators.catalogue.first { $0.code == "CIN-ASSESS45" }?.polarity == .higherIsBetter)
    }
}

@Suite("Where an indicator stands")
struct IndicatorSummaryTests {
    @Test("Latest figure against the target for its financial year, and movement since the month and the year before")
    func summary() {
        let indicator = Indicator(id: .init(UUID()), councilID: .init(UUID()), code: "CIN-REREF", title: "Re-referrals",
                                  description: "", numerator: nil, denominator: nil, unit: .percentage, polarity: .lowerIsBetter,
                                  frequency: .monthly, theme: "Help and protection", source: nil, ownerID: nil,
                                  dataQualityNote: nil, countsChildren: true)
        func value(_ y: Int, _ m: Int, _ v: Double) -> IndicatorValue {
            IndicatorValue(indicatorID: indicator.id, period: .month(year: y, month: m), numerator: nil, denominator: nil,
                           value: v, status: .validated, comment: nil)
        }
        let summary = IndicatorSummary(indicator: indicator,
                                       values: [value(2017, 10, 23.5), value(2016, 10, 27), value(2017, 9, 23.8)],
                                       targets: [IndicatorTarget(period: .financialYear(2017), value: 22, tolerance: 2),
                                                 IndicatorTarget(period: .financialYear(2016), value: 25, tolerance: 2)])
        #expect(summary.latest?.period == .month(year: 2017, month: 10))
        #expect(summary.target?.value == 22)
        #expect(summary.rag == .amber)
        #expect(summary.sincePrevious == .noChange)
        #expect(summary.sinceYearBefore == .improving)
        #expect(ReportingPeriod.month(year: 2018, month: 3).financialYear == .financialYear(2017))
        #expect(IndicatorSummary(indicator: indicator, values: [], targets: []).rag == nil)
    }
}
