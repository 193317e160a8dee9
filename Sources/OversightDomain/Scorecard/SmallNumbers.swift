/// A count as it may be published about children: the number, or the symbol that stands in for
/// it (the conventions of the DfE's and ONS's statistics).
public enum PublishedCount: Hashable, Sendable {
    case value(Int)
    /// "c": from 1 to 5, or hidden so that a total or difference cannot give away one that is.
    case suppressed
    /// "x": not available.
    case notAvailable
    /// "z": not applicable.
    case notApplicable

    public var text: String {
        switch self {
        case let .value(number): String(number)
        case .suppressed: "c"
        case .notAvailable: "x"
        case .notApplicable: "z"
        }
    }

    public var isHidden: Bool { self == .suppressed }
}

/// The small-number rules for counts about children on every public or Part I output: counts of
/// 1 to 5 are shown as "c", and further cells are hidden where a total would otherwise let a
/// reader work a hidden count out. Staff with the right see the true numbers on internal pages.
public enum SmallNumbers {
    public static let smallest = 1
    public static let largest = 5

    public static func isSmall(_ count: Int) -> Bool { (smallest...largest).contains(count) }

    /// One count on its own: 1 to 5 hidden, nothing recorded shown as "x".
    public static func primary(_ count: Int?) -> PublishedCount {
        guard let count else { return .notAvailable }
        return isSmall(count) ? .suppressed : .value(count)
    }

    /// A part and its whole, such as assessments in timescale out of assessments completed, as
    /// they may be published side by side. The part is hidden when it is 1 to 5, and also when
    /// the rest of the whole is, since the whole minus the part would reveal it; the whole is
    /// hidden when it is 1 to 5.
    public static func part(_ part: Int?, of whole: Int?) -> (part: PublishedCount, whole: PublishedCount) {
        let shownWhole = primary(whole)
        guard let part else { return (.notAvailable, shownWhole) }
        guard let whole else { return (primary(part), .notAvailable) }
        let rest = whole - part
        let restGivesAway = !shownWhole.isHidden && rest >= 0 && isSmall(rest)
        if isSmall(part) || restGivesAway || (shownWhole.isHidden && part > 0) {
            return (.suppressed, shownWhole)
        }
        return (.value(part), shownWhole)
    }

    /// A percentage or rate made from counts: hidden whenever either count would be (a share of
    /// a known whole gives the part away), "x" when it cannot be made, "k" when it rounds to zero
    /// but is not zero; otherwise the formatted figure.
    public static func share(numerator: Int?, denominator: Int?, unit: IndicatorUnit) -> String {
        guard let numerator, let denominator else { return PublishedCount.notAvailable.text }
        let published = part(numerator, of: denominator)
        if published.part.isHidden || published.whole.isHidden { return PublishedCount.suppressed.text }
        guard let value = unit.value(numerator: Double(numerator), denominator: Double(denominator)) else {
            return PublishedCount.notApplicable.text
        }
        if value > 0 && (value * 10).rounded() == 0 { return "k" }
        return unit.format(value)
    }

    /// A table of counts with totals: each row ends with its total and the last row holds the
    /// column totals (its last cell the grand total). Primary suppression first; then, while any
    /// row or column has exactly one hidden cell (a total minus the others would reveal it), the
    /// smallest other non-zero cell of that line is hidden too, or the line's total when no cell
    /// can be. Returns the table as it may be published.
    public static func suppress(table: [[Int?]]) -> [[PublishedCount]] {
        var cells = table.map { $0.map(primary) }
        let rows = table.count
        guard rows > 0 else { return cells }
        let columns = table.map(\.count).max() ?? 0
        guard table.allSatisfy({ $0.count == columns }), columns > 1, rows > 1 else { return cells }
        // Each line is a list of positions; its last position is the line's total.
        var lines: [[(Int, Int)]] = (0..<rows).map { r in (0..<columns).map { (r, $0) } }
        lines += (0..<columns).map { c in (0..<rows).map { ($0, c) } }
        var changed = true
        while changed {
            changed = false
            for line in lines {
                let hidden = line.filter { cells[$0.0][$0.1].isHidden }
                guard hidden.count == 1 else { continue }
                let total = line[line.count - 1]
                let candidates = line.dropLast().filter { position in
                    guard case let .value(number) = cells[position.0][position.1] else { return false }
                    return number > 0
                }.sorted { lhs, rhs in
                    (table[lhs.0][lhs.1] ?? 0, lhs.0, lhs.1) < (table[rhs.0][rhs.1] ?? 0, rhs.0, rhs.1)
                }
                if let next = candidates.first {
                    cells[next.0][next.1] = .suppressed
                } else if !cells[total.0][total.1].isHidden {
                    cells[total.0][total.1] = .suppressed
                } else {
                    continue
                }
                changed = true
            }
        }
        return cells
    }
}
