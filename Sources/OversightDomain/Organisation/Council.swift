/// A local authority that runs an improvement programme in Oversight.
public struct Council: Hashable, Sendable, Codable {
    public typealias ID = Identifier<Council>

    public var id: ID
    public var name: String
    public var kind: CouncilKind
    public var areaLabel: AreaLabel
    /// The areas a report may affect, in the council's order.
    public var areas: [String]
    public var financialYearStart: DayOfYear
    public var version: Int

    public init(id: ID, name: String, kind: CouncilKind, areaLabel: AreaLabel, areas: [String],
                financialYearStart: DayOfYear, version: Int) {
        self.id = id
        self.name = name
        self.kind = kind
        self.areaLabel = areaLabel
        self.areas = areas
        self.financialYearStart = financialYearStart
        self.version = version
    }
}

public enum CouncilKind: String, Labelled {
    case county
    case unitary
    case metropolitanDistrict = "metropolitan-district"
    case londonBorough = "london-borough"
    case district

    public var label: String {
        switch self {
        case .county: "County council"
        case .unitary: "Unitary authority"
        case .metropolitanDistrict: "Metropolitan district"
        case .londonBorough: "London borough"
        case .district: "District council"
        }
    }

    /// County councils are divided into electoral divisions, the others into wards.
    public var usualAreaLabel: AreaLabel { self == .county ? .electoralDivisions : .wards }
}

/// What the council calls the areas that a committee report affects.
public enum AreaLabel: String, Labelled {
    case electoralDivisions = "electoral-divisions"
    case wards

    public var label: String { plural }
    public var plural: String { self == .electoralDivisions ? "Electoral Divisions" : "Wards" }
    public var singular: String { self == .electoralDivisions ? "Electoral Division" : "Ward" }
}

/// A day that recurs every year, such as 1 April, the usual start of the financial year.
public struct DayOfYear: Hashable, Sendable, Codable {
    public let month: Int
    public let day: Int

    /// 29 February is refused: a financial year must start on a day every year has.
    public init?(month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1,
              day <= CalendarDate.daysIn(month: month, year: 2015) else { return nil }
        self.month = month
        self.day = day
    }

    public static let firstOfApril = DayOfYear(month: 4, day: 1)!

    public var label: String { UKDateFormat.dayAndMonth(day: day, month: month) }
}
