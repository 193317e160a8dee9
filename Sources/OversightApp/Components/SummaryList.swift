import OversightDocuments

/// A GOV.UK summary list: a key, its value and an optional change link per row.
struct SummaryRow {
    var key: String
    var value: [BodyNode]
    var change: (url: SiteURL, hiddenText: String)?

    init(_ key: String, _ value: String, change: (url: SiteURL, hiddenText: String)? = nil) {
        self.key = key
        self.value = [.text(value)]
        self.change = change
    }

    init(_ key: String, nodes: [BodyNode], change: (url: SiteURL, hiddenText: String)? = nil) {
        self.key = key
        self.value = nodes
        self.change = change
    }
}

func summaryList(_ rows: [SummaryRow]) -> BodyNode {
    el("dl", [("class", "ov-summary-list")], rows.map { row in
        el("div", [("class", "ov-summary-list__row")], [
            el("dt", [("class", "ov-summary-list__key")], text: row.key),
            el("dd", [("class", "ov-summary-list__value")], row.value),
            row.change.map { change in
                el("dd", [("class", "ov-summary-list__actions")], [
                    el("a", [("class", "ov-link"), ("href", change.url.path)],
                       [.text("Change"), visuallyHidden(" " + change.hiddenText)]),
                ])
            } ?? .empty,
        ])
    })
}

/// "Not given" in grey, for an optional value left empty: a blank cell reads as a mistake.
func orNotGiven(_ value: String?) -> [BodyNode] {
    if let value, !value.isEmpty { return [.text(value)] }
    return [el("span", [("class", "ov-secondary-text")], text: "Not given")]
}
