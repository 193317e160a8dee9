/// An indicator as the catalogue offers it, before a council adopts it.
public struct IndicatorDefinition: Hashable, Sendable {
    public var code: String
    public var title: String
    public var numerator: String
    public var denominator: String
    public var unit: IndicatorUnit
    public var polarity: Polarity
    public var frequency: Frequency
    public var theme: String
    /// A recent England figure from PRODUCT.md, for benchmarks and demo data.
    public var england: Double?
    public var countsChildren: Bool

    public init(code: String, title: String, numerator: String, denominator: String, unit: IndicatorUnit, polarity: Polarity,
                frequency: Frequency, theme: String, england: Double?, countsChildren: Bool) {
        self.code = code
        self.title = title
        self.numerator = numerator
        self.denominator = denominator
        self.unit = unit
        self.polarity = polarity
        self.frequency = frequency
        self.theme = theme
        self.england = england
        self.countsChildren = countsChildren
    }
}

/// The standard children's services indicators (PRODUCT.md), which an administrator adds to a
/// council's scorecard from this list.
public enum StandardIndicators {
    public static let catalogue: [IndicatorDefinition] = [
        .init(code: "CIN-REREF", title: "Re-referrals within 12 months",
              numerator: "Referrals within 12 months of a previous referral", denominator: "Referrals in the period",
              unit: .percentage, polarity: .lowerIsBetter, frequency: .monthly, theme: "Help and protection",
              england: 22, countsChildren: true),
        .init(code: "CIN-ASSESS45", title: "Assessments completed within 45 working days",
              numerator: "Assessments completed within 45 working days", denominator: "Assessments completed",
              unit: .percentage, polarity: .higherIsBetter, frequency: .monthly, theme: "Help and protection",
              england: 86, countsChildren: true),
        .init(code: "CP-ICPC15", title: "Initial child protection conferences within 15 working days of the strategy discussion",
              numerator: "Initial conferences held in timescale", denominator: "Initial conferences held",
              unit: .percentage, polarity: .higherIsBetter, frequency: .monthly, theme: "Help and protection",
              england: 78, countsChildren: true),
        .init(code: "CP-2YEARS", title: "Child protection plans lasting 2 years or more",
              numerator: "Plans ending that lasted 2 years or more", denominator: "Plans ending",
              unit: .percentage, polarity: .lowerIsBetter, frequency: .monthly, theme: "Help and protection",
              england: 4.4, countsChildren: true),
        .init(code: "CP-REPEAT", title: "Second or subsequent child protection plans",
              numerator: "Plan starts with a previous plan", denominator: "Plan starts",
              unit: .percentage, polarity: .lowerIsBetter, frequency: .monthly, theme: "Help and protection",
              england: 23, countsChildren: true),
        .init(code: "CP-VISIT10", title: "Children on a plan visited within 10 working days",
              numerator: "Children visited in time", denominator: "Children on a plan",
              unit: .percentage, polarity: .higherIsBetter, frequency: .monthly, theme: "Help and protection",
              england: nil, countsChildren: true),
        .init(code: "CLA-3PLACE", title: "Children in care with 3 or more placements in the year",
              numerator: "Children with 3 or more placements", denominator: "Children in care at year end",
              unit: .percentage, polarity: .lowerIsBetter, frequency: .monthly, theme: "Children in care",
              england: 10, countsChildren: true),
        .init(code: "CLA-STABLE", title: "Long-term placement stability",
              numerator: "Under 16s in care 2.5 years or more, in the same placement for 2 years or more",
              denominator: "Under 16s in care 2.5 years or more",
              unit: .percentage, polarity: .higherIsBetter, frequency: .monthly, theme: "Children in care",
              england: 68, countsChildren: true),
        .init(code: "CLA-VISIT", title: "Children in care visited within timescale",
              numerator: "Visits on time", denominator: "Visits due",
              unit: .percentage, polarity: .higherIsBetter, frequency: .monthly, theme: "Children in care",
              england: nil, countsChildren: true),
        .init(code: "CL-ACCOM", title: "Care leavers aged 19 to 21 in suitable accommodation",
              numerator: "Care leavers in suitable accommodation", denominator: "Care leavers aged 19 to 21",
              unit: .percentage, polarity: .higherIsBetter, frequency: .monthly, theme: "Care leavers",
              england: 85, countsChildren: true),
        .init(code: "CL-EET", title: "Care leavers aged 19 to 21 in education, employment or training",
              numerator: "Care leavers in education, employment or training", denominator: "Care leavers aged 19 to 21",
              unit: .percentage, polarity: .higherIsBetter, frequency: .monthly, theme: "Care leavers",
              england: 57, countsChildren: true),
        .init(code: "WF-CASELOAD", title: "Average social worker caseload",
              numerator: "Cases", denominator: "Case-holding full-time equivalent social workers",
              unit: .ratio, polarity: .lowerIsBetter, frequency: .monthly, theme: "Workforce",
              england: 16.0, countsChildren: false),
        .init(code: "WF-AGENCY", title: "Agency social worker rate",
              numerator: "Agency full-time equivalent social workers", denominator: "All full-time equivalent social workers",
              unit: .percentage, polarity: .lowerIsBetter, frequency: .monthly, theme: "Workforce",
              england: 17.8, countsChildren: false),
        .init(code: "WF-VACANCY", title: "Social worker vacancy rate",
              numerator: "Vacancies", denominator: "Vacancies and full-time equivalent social workers in post",
              unit: .percentage, polarity: .lowerIsBetter, frequency: .monthly, theme: "Workforce",
              england: 18.9, countsChildren: false),
    ]
}
