import OversightDocuments
import OversightDomain

/// The 5 x 5 grid of risks: likelihood up the side (5 at the top), impact along the bottom. Every
/// cell prints its count, its score and its band, so colour is never the only carrier; the same
/// counts follow in a table for anyone who cannot see or use the picture.
func heatMap(_ scores: [RiskScore], scale: RiskScale, title: String, id: String) -> BodyNode {
    var counts: [RiskScore: Int] = [:]
    for score in scores { counts[score, default: 0] += 1 }
    let cell = 64, left = 128, top = 10, bottom = 72
    let width = left + cell * 5 + 10, height = top + cell * 5 + bottom
    var children: [BodyNode] = [el("title", [("id", "\(id)-title")], text: "\(title): \(counted(scores.count, "risk")) on the grid")]
    for likelihood in RiskScore.levels {
        let y = top + (5 - likelihood) * cell
        children.append(el("text", [("x", String(left - 8)), ("y", String(y + cell / 2 + 5)), ("text-anchor", "end"),
                                    ("class", "ov-heat__axis")], text: "\(likelihood) \(scale.likelihoodName(likelihood))"))
        for impact in RiskScore.levels {
            let score = RiskScore(likelihood: likelihood, impact: impact)!
            let band = scale.band(score)
            let x = left + (impact - 1) * cell
            let count = counts[score] ?? 0
            children.append(voidElement("rect", [("x", String(x)), ("y", String(y)), ("width", String(cell)), ("height", String(cell)),
                                                 ("class", "ov-heat__cell ov-heat--\(band.colour.rawValue)")]))
            children.append(el("text", [("x", String(x + cell / 2)), ("y", String(y + cell / 2 + 2)), ("text-anchor", "middle"),
                                        ("class", count == 0 ? "ov-heat__count ov-heat__count--none" : "ov-heat__count")],
                               text: String(count)))
            children.append(el("text", [("x", String(x + cell / 2)), ("y", String(y + cell - 8)), ("text-anchor", "middle"),
                                        ("class", "ov-heat__band")], text: "\(score.value) \(band.name)"))
        }
    }
    for impact in RiskScore.levels {
        let x = left + (impact - 1) * cell + cell / 2
        // The level on one line and its name below, so that neighbouring names never run together.
        children.append(el("text", [("x", String(x)), ("y", String(top + cell * 5 + 18)), ("text-anchor", "middle"),
                                    ("class", "ov-heat__axis")], text: String(impact)))
        children.append(el("text", [("x", String(x)), ("y", String(top + cell * 5 + 34)), ("text-anchor", "middle"),
                                    ("class", "ov-heat__band")], text: scale.impactName(impact)))
    }
    children.append(el("text", [("x", String(left + cell * 5 / 2)), ("y", String(height - 8)), ("text-anchor", "middle"),
                                ("class", "ov-heat__axis ov-heat__axis--title")], text: "Impact"))
    children.append(el("text", [("x", "12"), ("y", String(top + cell * 5 / 2)), ("class", "ov-heat__axis ov-heat__axis--title"),
                                ("transform", "rotate(-90 12 \(top + cell * 5 / 2))"), ("text-anchor", "middle")], text: "Likelihood"))
    return el("figure", [("class", "ov-heat")], [
        el("figcaption", [("class", "ov-heading-s")], text: title),
        el("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("role", "img"), ("aria-labelledby", "\(id)-title"),
                   ("viewBox", "0 0 \(width) \(height)"), ("width", String(width)), ("height", String(height)),
                   ("class", "ov-heat__svg")], children),
        el("details", [("class", "ov-details")], [
            el("summary", [("class", "ov-details__summary")], text: "\(title) as a table"),
            el("div", [("class", "ov-details__text ov-table-scroll"), ("role", "region"), ("tabindex", "0"),
                       ("aria-label", "\(title) as a table")], [heatTable(counts, scale: scale, title: title)]),
        ]),
    ])
}

/// Likelihood by impact, each cell "2 (score 20, High)".
func heatTable(_ counts: [RiskScore: Int], scale: RiskScale, title: String) -> BodyNode {
    el("table", [("class", "ov-table")], [
        el("caption", [("class", "ov-table__caption ov-table__caption--s")], text: "\(title): number of risks by likelihood and impact"),
        el("thead", [("class", "ov-table__head")], [
            el("tr", [("class", "ov-table__row")], [el("th", [("class", "ov-table__header"), ("scope", "col")], text: "Likelihood")]
                + RiskScore.levels.map { impact in
                    el("th", [("class", "ov-table__header"), ("scope", "col")], text: "Impact \(impact): \(scale.impactName(impact))")
                }),
        ]),
        el("tbody", [("class", "ov-table__body")], RiskScore.levels.reversed().map { likelihood in
            el("tr", [("class", "ov-table__row")], [
                el("th", [("class", "ov-table__header"), ("scope", "row")], text: "\(likelihood): \(scale.likelihoodName(likelihood))"),
            ] + RiskScore.levels.map { impact in
                let score = RiskScore(likelihood: likelihood, impact: impact)!
                return el("td", [("class", "ov-table__cell")],
                          text: "\(counts[score] ?? 0) (score \(score.value), \(scale.band(score).name))")
            })
        }),
    ])
}

/// A score with its band as a tag: "20 High".
func riskTag(_ score: RiskScore, scale: RiskScale) -> BodyNode {
    let (text, colour) = riskTagParts(score, scale: scale)
    return tag(text, colour)
}

extension HTMLWriter {
    /// `riskTag`, written straight into the register's rows.
    mutating func riskTag(_ score: RiskScore, scale: RiskScale) {
        let (text, colour) = riskTagParts(score, scale: scale)
        tag(text, colour)
    }
}

private func riskTagParts(_ score: RiskScore, scale: RiskScale) -> (text: String, colour: TagColour) {
    let band = scale.band(score)
    let colour: TagColour = switch band.colour {
    case .green: .green
    case .amber: .yellow
    case .red: .red
    }
    return ("\(score.value) \(band.name)", colour)
}
