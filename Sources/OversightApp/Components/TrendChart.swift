import OversightDocuments
import OversightDomain

/// A line chart of an indicator's figures in SVG, with the target as a dashed line. The chart is
/// an image with a description; the same figures are always in a table beside it (visible on the
/// indicator's page, visually hidden on the scorecard), so nothing depends on seeing the line.
func trendChart(_ values: [IndicatorValue], unit: IndicatorUnit, target: Double?, title: String,
                width: Int = 640, height: Int = 220, compact: Bool = false) -> BodyNode {
    guard values.count > 1, let first = values.first, let last = values.last else { return .empty }
    let padding = compact ? 4.0 : 36.0
    let top = compact ? 4.0 : 16.0
    let figures = values.map(\.value) + [target].compactMap { $0 }
    var low = figures.min() ?? 0, high = figures.max() ?? 1
    if high - low < 1e-9 { high += 1; low -= 1 }
    let span = high - low
    low -= span * 0.1
    high += span * 0.1
    func x(_ index: Int) -> Double { padding + Double(index) / Double(values.count - 1) * (Double(width) - 2 * padding) }
    func y(_ value: Double) -> Double { top + (high - value) / (high - low) * (Double(height) - top - (compact ? 4 : 28)) }
    func coordinate(_ number: Double) -> String { String(Int((number * 10).rounded())) .inserting(".", fromEnd: 1) }
    let points = values.enumerated().map { "\(coordinate(x($0.offset))),\(coordinate(y($0.element.value)))" }.joined(separator: " ")
    let description = "\(title): from \(unit.format(first.value)) in \(first.period.label) to \(unit.format(last.value)) in \(last.period.label)"
        + (target.map { ", against a target of \(unit.format($0))" } ?? "")
    var children: [BodyNode] = [el("title", [], text: description)]
    if let target {
        children.append(voidElement("line", [("x1", coordinate(padding)), ("x2", coordinate(Double(width) - padding)),
                                              ("y1", coordinate(y(target))), ("y2", coordinate(y(target))),
                                              ("class", "ov-trend__target")]))
    }
    children.append(voidElement("polyline", [("points", points), ("class", "ov-trend__line")]))
    children.append(voidElement("circle", [("cx", coordinate(x(values.count - 1))), ("cy", coordinate(y(last.value))),
                                            ("r", compact ? "3" : "4"), ("class", "ov-trend__point")]))
    if !compact {
        children += [
            el("text", [("x", coordinate(padding)), ("y", String(height - 6)), ("class", "ov-chart__label")], text: first.period.label),
            el("text", [("x", coordinate(Double(width) - padding)), ("y", String(height - 6)), ("text-anchor", "end"),
                        ("class", "ov-chart__label")], text: last.period.label),
            el("text", [("x", "0"), ("y", coordinate(y(high - (high - low) * 0.1) + 5)), ("class", "ov-chart__label")],
               text: unit.format(high - (high - low) * 0.1)),
        ]
    }
    return el("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("class", compact ? "ov-trend ov-trend--compact" : "ov-trend"),
                      ("role", "img"), ("aria-label", description), ("viewBox", "0 0 \(width) \(height)"),
                      ("width", String(width)), ("height", String(height))], children)
}

extension String {
    /// "1234" with "." one place from the end: "123.4", for SVG coordinates with one decimal place.
    func inserting(_ separator: Character, fromEnd places: Int) -> String {
        let negative = hasPrefix("-")
        var digits = negative ? String(dropFirst()) : self
        while digits.count <= places { digits = "0" + digits }
        digits.insert(separator, at: digits.index(digits.endIndex, offsetBy: -places))
        return (negative ? "-" : "") + digits
    }
}
