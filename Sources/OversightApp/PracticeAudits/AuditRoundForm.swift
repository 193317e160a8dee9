import OversightDomain
import Vapor

struct AuditRoundForm: FormInput {
    var month: String?
    var theme: String?
    var casesAudited: String?
    var outstanding: String?
    var good: String?
    var requiresImprovement: String?
    var inadequate: String?
    var version: String?

    init() {}

    init(_ round: AuditRound) {
        month = String(round.month.iso.prefix(7))
        theme = round.theme
        casesAudited = String(round.casesAudited)
        outstanding = String(round.outstanding)
        good = String(round.good)
        requiresImprovement = String(round.requiresImprovement)
        inadequate = String(round.inadequate)
        version = String(round.version)
    }

    func validate() -> Validated<AuditRoundDraft> {
        var check = Validator()
        var month: CalendarDate?
        if let text = self.month.trimmedOrNil {
            month = CalendarDate(iso: text + "-01")
            if month == nil { check.fail("month", PracticeAuditMessages.monthFormat(text)) }
        } else {
            check.fail("month", PracticeAuditMessages.month)
        }
        let theme = check.required("theme", theme, PracticeAuditMessages.theme, max: 150,
                                   label: "Theme")
        let cases = check.count("casesAudited", casesAudited, label: "Cases audited")
        let outstanding = check.count("outstanding", outstanding, label: "Outstanding")
        let good = check.count("good", good, label: "Good")
        let improvement = check.count("requiresImprovement", requiresImprovement, label: "Requires improvement")
        let inadequate = check.count("inadequate", inadequate, label: "Inadequate")
        if let cases, let outstanding, let good, let improvement, let inadequate {
            for problem in AuditRound.check(casesAudited: cases, outstanding: outstanding, good: good, requiresImprovement: improvement,
                                            inadequate: inadequate) {
                check.fail(problem == .noCases ? "casesAudited" : "outstanding", problem.message)
            }
        }
        return check.result {
            guard let month, let theme, let cases, let outstanding, let good, let improvement, let inadequate else { return nil }
            return AuditRoundDraft(month: month, theme: theme, casesAudited: cases, outstanding: outstanding, good: good,
                                   requiresImprovement: improvement, inadequate: inadequate)
        }
    }
}
