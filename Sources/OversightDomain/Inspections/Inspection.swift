/// An inspection, visit or review of the council's services, with what it found.
public struct Inspection: Hashable, Sendable, Codable {
    public typealias ID = Identifier<Inspection>

    public var id: ID
    public var councilID: Council.ID
    public var kind: InspectionKind
    public var inspectorate: String
    public var framework: Framework
    public var startDate: CalendarDate
    public var endDate: CalendarDate?
    public var publishedDate: CalendarDate?
    /// Where the published report can be read, an http or https address.
    public var reportURL: String?
    public var version: Int

    public init(id: ID, councilID: Council.ID, kind: InspectionKind, inspectorate: String,
                framework: Framework, startDate: CalendarDate, endDate: CalendarDate?,
                publishedDate: CalendarDate?, reportURL: String?, version: Int) {
        self.id = id
        self.councilID = councilID
        self.kind = kind
        self.inspectorate = inspectorate
        self.framework = framework
        self.startDate = startDate
        self.endDate = endDate
        self.publishedDate = publishedDate
        self.reportURL = reportURL
        self.version = version
    }

    /// "Full inspection, September 2015": how officers refer to an inspection.
    public var title: String { "\(kind.label), \(UKDateFormat.monthAndYear(startDate))" }
}

/// A grade given to one body for one judgement area. One inspection can judge more than
/// the service: the 2015 inspection graded the safeguarding board as well as children's services.
public struct Judgement: Hashable, Sendable, Codable {
    public typealias ID = Identifier<Judgement>

    public var id: ID
    public var inspectionID: Inspection.ID
    public var body: String
    public var area: JudgementArea
    public var grade: Grade
    public var version: Int

    public init(id: ID, inspectionID: Inspection.ID, body: String, area: JudgementArea, grade: Grade,
                version: Int) {
        self.id = id
        self.inspectionID = inspectionID
        self.body = body
        self.area = area
        self.grade = grade
        self.version = version
    }
}

/// A numbered finding that the improvement plan must answer.
public struct Recommendation: Hashable, Sendable, Codable {
    public typealias ID = Identifier<Recommendation>

    public var id: ID
    public var inspectionID: Inspection.ID
    public var number: Int
    public var text: String
    public var area: JudgementArea?
    /// Set where the inspectorate named it an area for priority action, which brings the
    /// draft plan's deadline forward to 20 working days.
    public var isPriorityAction: Bool
    public var version: Int

    public init(id: ID, inspectionID: Inspection.ID, number: Int, text: String, area: JudgementArea?,
                isPriorityAction: Bool, version: Int) {
        self.id = id
        self.inspectionID = inspectionID
        self.number = number
        self.text = text
        self.area = area
        self.isPriorityAction = isPriorityAction
        self.version = version
    }
}

public enum InspectedBody {
    /// Bodies offered first on the judgement form; any other name may be typed.
    public static let suggestions = ["Children's services", "Local Safeguarding Children Board"]
}
