import Foundation
import OversightDomain
import OversightStore

struct InspectionForm: FormInput {
    var kind: String?
    var inspectorate: String?
    var framework: String?
    var startDay: String?, startMonth: String?, startYear: String?
    var endDay: String?, endMonth: String?, endYear: String?
    var publishedDay: String?, publishedMonth: String?, publishedYear: String?
    var reportURL: String?
    var version: String?

    enum CodingKeys: String, CodingKey {
        case kind, inspectorate, framework, reportURL, version
        case startDay = "startDate-day", startMonth = "startDate-month", startYear = "startDate-year"
        case endDay = "endDate-day", endMonth = "endDate-month", endYear = "endDate-year"
        case publishedDay = "publishedDate-day", publishedMonth = "publishedDate-month"
        case publishedYear = "publishedDate-year"
    }

    init() { inspectorate = "Ofsted" }

    init(_ inspection: Inspection) {
        kind = inspection.kind.rawValue
        inspectorate = inspection.inspectorate
        framework = inspection.framework.rawValue
        (startDay, startMonth, startYear) = DateParts(inspection.startDate).boxes
        (endDay, endMonth, endYear) = DateParts(inspection.endDate).boxes
        (publishedDay, publishedMonth, publishedYear) = DateParts(inspection.publishedDate).boxes
        reportURL = inspection.reportURL
        version = String(inspection.version)
    }


    var startParts: DateParts { DateParts(day: startDay, month: startMonth, year: startYear) }
    var endParts: DateParts { DateParts(day: endDay, month: endMonth, year: endYear) }
    var publishedParts: DateParts { DateParts(day: publishedDay, month: publishedMonth, year: publishedYear) }

    func validate() -> Validated<InspectionDraft> {
        var check = Validator()
        let kind: InspectionKind? = check.choice("kind", kind, InspectionMessages.inspectionKind)
        let inspectorate = check.required("inspectorate", inspectorate, InspectionMessages.inspectorate, max: 100,
                                          label: "Inspectorate")
        let framework: Framework? = check.choice("framework", framework, InspectionMessages.framework)
        let start = check.date("startDate", startParts, label: "Start date", required: true)
        let end = check.date("endDate", endParts, label: "End date", required: false)
        if let start, let end, end < start {
            check.fail("endDate", anchor: "endDate-day", InspectionMessages.endBeforeStart)
        }
        let published = check.date("publishedDate", publishedParts, label: "Publication date", required: false)
        if let start, let published, published < start {
            check.fail("publishedDate", anchor: "publishedDate-day", InspectionMessages.publishedBeforeStart)
        }
        let url = check.optional("reportURL", reportURL, max: 500, label: "Report web address")
        if let url, !Self.isWebAddress(url) { check.fail("reportURL", InspectionMessages.reportURL) }
        return check.result {
            guard let kind, let inspectorate, let framework, let start else { return nil }
            return InspectionDraft(kind: kind, inspectorate: inspectorate, framework: framework, startDate: start,
                                   endDate: end, publishedDate: published, reportURL: url)
        }
    }

    /// Only http and https: a `javascript:` address must never become a link.
    static func isWebAddress(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "https" || scheme == "http", let host = components.host, host.contains(".")
        else { return false }
        return !text.contains(where: \.isWhitespace)
    }
}
