import OversightDocuments

/// A horizontal bar chart in SVG. Each bar is labelled with its name and count in text, so that
/// colour is never the only carrier; the table beside it gives the same figures to screen readers,
/// so the chart itself is an image with a title.
func barChart(title: String, bars: [(label: String, count: Int, colour: String)]) -> BodyNode {
    let width = 360, rowHeight = 32, labelWidth = 70
    let maximum = max(bars.map(\.count).max() ?? 0, 1)
    let height = bars.count * rowHeight
    return el("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("class", "ov-chart"), ("role", "img"),
                      ("aria-label", title + ": " + bars.map { "\($0.label) \($0.count)" }.joined(separator: ", ")),
                      ("viewBox", "0 0 \(width) \(height)"), ("width", String(width)), ("height", String(height))],
       [el("title", [], text: title)] + bars.enumerated().map { index, bar in
           let y = index * rowHeight
           let length = Int((Double(bar.count) / Double(maximum)) * Double(width - labelWidth - 40))
           return el("g", [], [
               el("text", [("x", "0"), ("y", String(y + 20)), ("class", "ov-chart__label")], text: bar.label),
               el("rect", [("x", String(labelWidth)), ("y", String(y + 6)), ("width", String(max(length, 1))),
                           ("height", "20"), ("fill", bar.colour)]),
               el("text", [("x", String(labelWidth + length + 6)), ("y", String(y + 20)), ("class", "ov-chart__label")],
                  text: String(bar.count)),
           ])
       })
}
