import OversightDocuments
import OversightDomain

/// A line chart of an indicator's figures in SVG, with the target as a dashed line. The chart is
/// an image with a description; the same figures are always in a table beside it (visible on the
/// indicator's page, visually hidden on the scorecard), so nothing depends on seeing the line.
func trendChart(_ values: [IndicatorValue], unit: IndicatorUnit, target: Double?, title: String,
                width: Int = 640, height: Int = 220, compact: Bool = false) -> BodyNode {
    guard values.count > 1 else { return .empty }
    return written { $0.trendChart(values, unit: unit, target: target, title: title, width: width, height: height, compact: compact) }
}

extension HTMLWriter {
    /// `trendChart`, written straight: the scorecard draws 250 of them.
    mutating func trendChart(_ values: [IndicatorValue], unit: IndicatorUnit, target: Double?, title: String,
                             width: Int = 640, height: Int = 220, compact: Bool = false) {
        guard values.count > 1, let first = values.first, let last = values.last else { return }
        let padding = compact ? 4.0 : 36.0
        let top = compact ? 4.0 : 16.0
        var low = min(values.lazy.map(\.value).min() ?? 0, target ?? .infinity)
        var high = max(values.lazy.map(\.value).max() ?? 1, target ?? -.infinity)
        if high - low < 1e-9 { high += 1; low -= 1 }
        let span = high - low
        low -= span * 0.1
        high += span * 0.1
        func x(_ index: Int) -> Double { padding + Double(index) / Double(values.count - 1) * (Double(width) - 2 * padding) }
        func y(_ value: Double) -> Double { top + (high - value) / (high - low) * (Double(height) - top - (compact ? 4 : 28)) }
        var points = ""
        points.reserveCapacity(values.count * 12)
        for (index, value) in values.enumerated() {
            if index > 0 { points.append(" ") }
            points.append(svgCoordinate(x(index)))
            points.append(",")
            points.append(svgCoordinate(y(value.value)))
        }
        let description = "\(title): from \(unit.format(first.value)) in \(first.period.label) to \(unit.format(last.value)) in \(last.period.label)"
            + (target.map { ", against a target of \(unit.format($0))" } ?? "")
        start("svg")
        attribute("xmlns", "http://www.w3.org/2000/svg")
        attribute("class", compact ? "ov-trend ov-trend--compact" : "ov-trend")
        attribute("role", "img")
        attribute("aria-label", description)
        attribute("viewBox", "0 0 \(width) \(height)")
        attribute("width", String(width))
        attribute("height", String(height))
        startDone()
        element("title", text: description)
        if let target {
            start("line")
            attribute("x1", svgCoordinate(padding))
            attribute("x2", svgCoordinate(Double(width) - padding))
            attribute("y1", svgCoordinate(y(target)))
            attribute("y2", svgCoordinate(y(target)))
            attribute("class", "ov-trend__target")
            selfClose()
        }
        start("polyline")
        attribute("points", points)
        attribute("class", "ov-trend__line")
        selfClose()
        start("circle")
        attribute("cx", svgCoordinate(x(values.count - 1)))
        attribute("cy", svgCoordinate(y(last.value)))
        attribute("r", compact ? "3" : "4")
        attribute("class", "ov-trend__point")
        selfClose()
        if !compact {
            label(x: svgCoordinate(padding), y: String(height - 6), anchor: nil, text: first.period.label)
            label(x: svgCoordinate(Double(width) - padding), y: String(height - 6), anchor: "end", text: last.period.label)
            label(x: "0", y: svgCoordinate(y(high - (high - low) * 0.1) + 5), anchor: nil, text: unit.format(high - (high - low) * 0.1))
        }
        close("svg")
    }

    private mutating func label(x: String, y: String, anchor: String?, text value: String) {
        start("text")
        attribute("x", x)
        attribute("y", y)
        attribute("text-anchor", anchor)
        attribute("class", "ov-chart__label")
        startDone()
        text(value)
        close("text")
    }
}

/// A coordinate with one decimal place, "123.4" or "-0.5", as SVG takes it; "0" for what is not a
/// number, so that no figure can stop the page.
func svgCoordinate(_ number: Double) -> String {
    guard let tenths = Int(exactly: (number * 10).rounded()), tenths.magnitude < 1 << 52 else { return "0" }
    let magnitude = tenths.magnitude
    return (tenths < 0 ? "-" : "") + String(magnitude / 10) + "." + String(magnitude % 10)
}
