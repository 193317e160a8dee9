import OversightDomain

/// An indicator's targets page.
enum IndicatorTargets {}

extension IndicatorTargets {
    /// What the targets page shows above its form: the targets set, newest first.
    struct Model {
        var indicator: Indicator
        /// Newest first.
        var targets: [IndicatorTarget]

        init(_ model: IndicatorPageModel) {
            indicator = model.indicator
            targets = Array(model.targets.reversed())
        }
    }
}
