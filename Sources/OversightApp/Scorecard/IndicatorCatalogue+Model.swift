import OversightDomain

/// The page of standard indicators the council can add.
enum IndicatorCatalogue {}

extension IndicatorCatalogue {
    /// What the catalogue page shows: the standard indicators not yet on the scorecard, in the
    /// catalogue's order, and how many there are.
    struct Model {
        var rows: [Row]
        var count: Int

        struct Row {
            var code: String
            var title: String
            var theme: String
            var numerator: String
            var denominator: String
            var unit: IndicatorUnit
            var polarity: Polarity
        }

        init(_ available: [IndicatorDefinition]) {
            rows = available.map { definition in
                Row(code: definition.code, title: definition.title, theme: definition.theme, numerator: definition.numerator,
                    denominator: definition.denominator, unit: definition.unit, polarity: definition.polarity)
            }
            count = available.count
        }
    }
}
