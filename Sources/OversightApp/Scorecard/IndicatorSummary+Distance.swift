import OversightDomain

extension IndicatorSummary {
    /// How far the latest figure is from its target and the band that set the colour: members
    /// distrust a bare colour. Worked out once, for the read models, so no view does the sum.
    var distanceFromTarget: String? {
        guard let latest = latest, let target = target else { return nil }
        let unit = indicator.unit
        let gain = indicator.polarity.gain(latest.value, over: target.value)
        if abs(gain) < 0.05 { return "On target" }
        if gain > 0 { return "\(unit.formatDifference(gain)) better than target" }
        return "\(unit.formatDifference(-gain)) short of target; amber within \(unit.formatDifference(target.tolerance))"
    }
}
