import OversightDomain
import OversightStore

struct CouncilForm: FormInput {
    var name: String?
    var kind: String?
    var areaLabel: String?
    var areas: String?
    var financialYearStartDay: String?
    var financialYearStartMonth: String?
    var version: String?

    enum CodingKeys: String, CodingKey {
        case name, kind, areaLabel, areas, version
        case financialYearStartDay = "financialYearStart-day"
        case financialYearStartMonth = "financialYearStart-month"
    }

    static let maxAreas = 500

    init(name: String? = nil, kind: String? = nil, areaLabel: String? = nil, areas: String? = nil,
         financialYearStartDay: String? = "1", financialYearStartMonth: String? = "4", version: String? = nil) {
        self.name = name
        self.kind = kind
        self.areaLabel = areaLabel
        self.areas = areas
        self.financialYearStartDay = financialYearStartDay
        self.financialYearStartMonth = financialYearStartMonth
        self.version = version
    }

    init(_ council: Council) {
        self.init(name: council.name, kind: council.kind.rawValue, areaLabel: council.areaLabel.rawValue,
                  areas: council.areas.joined(separator: "\n"),
                  financialYearStartDay: String(council.financialYearStart.day),
                  financialYearStartMonth: String(council.financialYearStart.month),
                  version: String(council.version))
    }

    func validate() -> Validated<CouncilDraft> {
        var check = Validator()
        let name = check.required("name", name, CouncilMessages.councilName, max: 120, label: "Name")
        let kind: CouncilKind? = check.choice("kind", kind, CouncilMessages.councilKind)
        let label: AreaLabel? = check.choice("areaLabel", areaLabel, CouncilMessages.areaLabel)

        var areaNames: [String] = []
        var seen: [String: Int] = [:]
        let lines = (areas ?? "").split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, line) in lines.enumerated() {
            let area = String(line).trimmingWhitespace
            guard !area.isEmpty else { continue }
            if area.count > 100 { check.fail("areas", CouncilMessages.areaTooLong(line: index + 1)); break }
            if seen[area.lowercased()] != nil { check.fail("areas", CouncilMessages.areaRepeated(area, line: index + 1)); break }
            seen[area.lowercased()] = index
            areaNames.append(area)
        }
        if areaNames.count > Self.maxAreas { check.fail("areas", CouncilMessages.tooManyAreas) }

        let day = Int(financialYearStartDay.trimmedOrNil ?? "")
        let month = Int(financialYearStartMonth.trimmedOrNil ?? "")
        let start = day.flatMap { d in month.flatMap { DayOfYear(month: $0, day: d) } }
        if start == nil {
            let anchor = day == nil ? "financialYearStart-day" : "financialYearStart-month"
            check.fail("financialYearStart", anchor: anchor, CouncilMessages.financialYearStart)
        }
        return check.result {
            guard let name, let kind, let label, let start else { return nil }
            return CouncilDraft(name: name, kind: kind, areaLabel: label, areas: areaNames, financialYearStart: start)
        }
    }
}
