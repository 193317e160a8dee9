import Fluent
import Foundation
import OversightDomain
import OversightStore
import Vapor

/// An appendix: what it is made from, and its title.
struct AppendixForm: Content {
    var title: String?
    var source: String?
    var plan: String?
    var period: String?
    var through: String?
    var assessment: String?
    var file: File?
    /// "yes" for an exempt (Part II) appendix of a Part I report.
    var exempt: String?
    var exemptionParagraph: String?
    var publicInterest: String?

    init() {}

    struct Valid {
        var title: String
        var source: AppendixSource
        var bytes: [UInt8]?
        var exemption: Exemption?
    }

    func validate(plans: [Plan.ID], periods: [(Plan.ID, UpdatePeriod.ID)], assessments: [SelfAssessment] = [],
                  reportIsPartOne: Bool = true) -> Validated<Valid> {
        var check = Validator()
        var exemption: Exemption?
        switch exempt.trimmedOrNil {
        case nil, "no": break
        case "yes":
            if !reportIsPartOne { check.fail("exempt", ReportMessages.appendixOfPartTwo); break }
            let paragraph = exemptionParagraph.trimmedOrNil.flatMap(Int.init).flatMap(Schedule12A.init(rawValue:))
            if paragraph == nil { check.fail("exemptionParagraph", ReportMessages.appendixParagraph) }
            let reason = check.optional("publicInterest", publicInterest, max: 8000, label: "Public interest reason")
            if reason == nil { check.fail("publicInterest", ReportMessages.publicInterest) }
            if let paragraph, let reason { exemption = Exemption(paragraph: paragraph, publicInterest: reason) }
        default: check.fail("exempt", ReportMessages.appendixExempt)
        }
        var sourceValue: AppendixSource?
        var bytes: [UInt8]?
        var defaultTitle = ""
        switch source {
        case "upload":
            if let file, !file.filename.isEmpty {
                let data = Array(file.data.readableBytesView)
                switch EvidenceRules.check(fileName: file.filename, bytes: data) {
                case let .success(kind):
                    let name = EvidenceRules.displayName(file.filename)
                    sourceValue = .uploaded(fileName: name, kind: kind, size: data.count)
                    bytes = data
                    defaultTitle = name
                case let .failure(problem): check.fail("file", problem.message)
                }
            } else {
                check.fail("file", ReportMessages.appendixFile)
            }
        case let code?:
            if code == GeneratedAppendix.Kind.selfAssessment.rawValue {
                if let chosen = assessment.flatMap({ SelfAssessment.ID($0) }).flatMap({ id in assessments.first { $0.id == id } }) {
                    defaultTitle = chosen.title
                    sourceValue = .generated(.selfAssessment(chosen.id))
                } else {
                    check.fail("assessment", ReportMessages.appendixAssessment)
                }
            } else if code == GeneratedAppendix.Kind.risks.rawValue {
                defaultTitle = GeneratedAppendix.Kind.risks.label
                sourceValue = .generated(.risks)
            } else if code == GeneratedAppendix.Kind.scorecard.rawValue {
                defaultTitle = GeneratedAppendix.Kind.scorecard.label
                if case let .month(year, month)? = through.trimmedOrNil.flatMap({ ReportingPeriod($0) }) {
                    sourceValue = .generated(.scorecard(through: .month(year: year, month: month)))
                } else {
                    check.fail("through", ReportMessages.appendixThrough)
                }
            } else if let kind = GeneratedAppendix.Kind(rawValue: code) {
                let planID = plan.flatMap { Plan.ID($0) }.flatMap { id in plans.contains(id) ? id : nil }
                if planID == nil { check.fail("plan", ReportMessages.appendixPlan) }
                defaultTitle = kind.label
                switch kind {
                case .plan: sourceValue = planID.map { .generated(.plan($0)) }
                case .exceptions: sourceValue = planID.map { .generated(.exceptions($0)) }
                case .coverage: sourceValue = planID.map { .generated(.coverage($0)) }
                case .scorecard, .risks, .selfAssessment: break
                case .progress:
                    let periodID = period.flatMap { UpdatePeriod.ID($0) }
                    if let planID, let periodID, periods.contains(where: { $0.0 == planID && $0.1 == periodID }) {
                        sourceValue = .generated(.progress(planID, period: periodID))
                    } else if planID != nil {
                        check.fail("period", ReportMessages.appendixPeriod)
                    }
                }
            } else {
                check.fail("source", ReportMessages.appendixSource)
            }
        case nil: check.fail("source", ReportMessages.appendixSource)
        }
        let title = check.optional("title", title, max: 200, label: "Title") ?? defaultTitle
        return check.result { sourceValue.map { Valid(title: title, source: $0, bytes: bytes, exemption: exemption) } }
    }
}
