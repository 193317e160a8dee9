import OversightDomain
import Vapor

/// A path parameter: a key when a route is registered, a value when a link is printed.
public enum Parameter<ID: CustomStringConvertible & Sendable>: Sendable {
    case key
    case value(ID)
}

/// Every path Oversight answers, in one place. Routes register from it and views print links
/// from it, so a link cannot point at a route that does not exist.
public indirect enum SiteURL: Sendable {
    case home
    case healthz
    case metrics
    case stylesheet
    case script

    case signIn
    case signOut
    /// The accessibility statement and the privacy notice, linked from every page's footer.
    case accessibility
    case privacy
    case tokens
    case revokeToken(Parameter<APIToken.ID>)
    /// A signed-in person changes their own password.
    case changePassword
    case audit
    case auditXLSX
    case securityEvents
    case clearThrottle
    /// Users, for administrators: the list, an invitation, one user's page and what may be done to them.
    case users
    case newUser
    case user(Parameter<User.ID>)
    case editUser(Parameter<User.ID>)
    case userStatus(Parameter<User.ID>)
    case userPasswordLink(Parameter<User.ID>)
    case userSessions(Parameter<User.ID>)
    case userToken(Parameter<User.ID>, Parameter<APIToken.ID>)
    /// Where an invitation or reset link leads: choose a password. Its secret is the last segment.
    case passwordLink(Parameter<String>)
    case myActions

    case councils
    case newCouncil
    case council(Parameter<Council.ID>)
    case editCouncil(Parameter<Council.ID>)

    case people(Parameter<Council.ID>)
    case newPerson(Parameter<Council.ID>)
    case person(Parameter<Council.ID>, Parameter<Person.ID>)
    case editPerson(Parameter<Council.ID>, Parameter<Person.ID>)

    case inspections(Parameter<Council.ID>)
    case newInspection(Parameter<Council.ID>)
    case inspection(Parameter<Council.ID>, Parameter<Inspection.ID>)
    case editInspection(Parameter<Council.ID>, Parameter<Inspection.ID>)
    case inspectionMarkdown(Parameter<Council.ID>, Parameter<Inspection.ID>)

    case judgements(Parameter<Council.ID>, Parameter<Inspection.ID>)
    case newJudgement(Parameter<Council.ID>, Parameter<Inspection.ID>)
    case editJudgement(Parameter<Council.ID>, Parameter<Inspection.ID>, Parameter<Judgement.ID>)

    case recommendations(Parameter<Council.ID>, Parameter<Inspection.ID>)
    case newRecommendation(Parameter<Council.ID>, Parameter<Inspection.ID>)
    case recommendation(Parameter<Council.ID>, Parameter<Inspection.ID>, Parameter<Recommendation.ID>)
    case editRecommendation(Parameter<Council.ID>, Parameter<Inspection.ID>, Parameter<Recommendation.ID>)

    case plans(Parameter<Council.ID>)
    case newPlan(Parameter<Council.ID>)
    case importPlan(Parameter<Council.ID>)
    case importPlanFile(Parameter<Council.ID>, Parameter<UUID>)
    case sampleTracker(Parameter<Council.ID>)
    case plan(Parameter<Council.ID>, Parameter<Plan.ID>)
    case editPlan(Parameter<Council.ID>, Parameter<Plan.ID>)
    case priorities(Parameter<Council.ID>, Parameter<Plan.ID>)
    case newPriority(Parameter<Council.ID>, Parameter<Plan.ID>)
    case priority(Parameter<Council.ID>, Parameter<Plan.ID>, Parameter<Priority.ID>)
    case editPriority(Parameter<Council.ID>, Parameter<Plan.ID>, Parameter<Priority.ID>)
    case actions(Parameter<Council.ID>, Parameter<Plan.ID>)
    case newAction(Parameter<Council.ID>, Parameter<Plan.ID>)
    case milestones(Parameter<Council.ID>, Parameter<Plan.ID>, Parameter<PlanAction.ID>)
    case milestoneMet(Parameter<Council.ID>, Parameter<Plan.ID>, Parameter<PlanAction.ID>)
    case consultations(Parameter<Council.ID>, Parameter<Plan.ID>)
    case planApproval(Parameter<Council.ID>, Parameter<Plan.ID>)
    case planVersion(Parameter<Council.ID>, Parameter<Plan.ID>, Parameter<Int>)
    case planVersionMarkdown(Parameter<Council.ID>, Parameter<Plan.ID>, Parameter<Int>)
    case planVersionJSON(Parameter<Council.ID>, Parameter<Plan.ID>, Parameter<Int>)
    case successor(Parameter<Council.ID>, Parameter<Plan.ID>)
    case remindersCSV(Parameter<Council.ID>, Parameter<Plan.ID>)
    case planTransition(Parameter<Council.ID>, Parameter<Plan.ID>)
    case coverage(Parameter<Council.ID>, Parameter<Plan.ID>)
    case action(Parameter<Council.ID>, Parameter<Plan.ID>, Parameter<PlanAction.ID>)
    case editAction(Parameter<Council.ID>, Parameter<Plan.ID>, Parameter<PlanAction.ID>)
    case newUpdate(Parameter<Council.ID>, Parameter<Plan.ID>, Parameter<PlanAction.ID>)
    case periods(Parameter<Council.ID>, Parameter<Plan.ID>)
    case period(Parameter<Council.ID>, Parameter<Plan.ID>, Parameter<UpdatePeriod.ID>)
    case reviewUpdate(Parameter<Council.ID>, Parameter<Plan.ID>, Parameter<ActionUpdate.ID>)
    case evidence(Parameter<Council.ID>, Parameter<Plan.ID>, Parameter<EvidenceFile.ID>)
    case exceptions(Parameter<Council.ID>, Parameter<Plan.ID>)
    case actionsCSV(Parameter<Council.ID>, Parameter<Plan.ID>)
    case exceptionsCSV(Parameter<Council.ID>, Parameter<Plan.ID>)
    case actionsXLSX(Parameter<Council.ID>, Parameter<Plan.ID>)
    case exceptionsXLSX(Parameter<Council.ID>, Parameter<Plan.ID>)
    case coverageXLSX(Parameter<Council.ID>, Parameter<Plan.ID>)

    case reports(Parameter<Council.ID>)
    case newReport(Parameter<Council.ID>)
    case report(Parameter<Council.ID>, Parameter<Report.ID>)
    case editReport(Parameter<Council.ID>, Parameter<Report.ID>)
    case reportTransition(Parameter<Council.ID>, Parameter<Report.ID>)
    case publishReport(Parameter<Council.ID>, Parameter<Report.ID>)
    case correctReport(Parameter<Council.ID>, Parameter<Report.ID>)
    case newAppendix(Parameter<Council.ID>, Parameter<Report.ID>)
    case removeAppendix(Parameter<Council.ID>, Parameter<Report.ID>, Parameter<ReportAppendix.ID>)
    case appendixFile(Parameter<Council.ID>, Parameter<Report.ID>, Parameter<ReportAppendix.ID>)
    case reportDocx(Parameter<Council.ID>, Parameter<Report.ID>)
    case reportPDF(Parameter<Council.ID>, Parameter<Report.ID>)
    case reportMarkdown(Parameter<Council.ID>, Parameter<Report.ID>)
    case scorecard(Parameter<Council.ID>)
    case indicator(Parameter<Council.ID>, Parameter<Indicator.ID>)
    case scorecardCSV(Parameter<Council.ID>)
    case scorecardXLSX(Parameter<Council.ID>)
    case indicatorCatalogue(Parameter<Council.ID>)
    case newIndicator(Parameter<Council.ID>)
    case editIndicator(Parameter<Council.ID>, Parameter<Indicator.ID>)
    case indicatorValue(Parameter<Council.ID>, Parameter<Indicator.ID>)
    case indicatorTargets(Parameter<Council.ID>, Parameter<Indicator.ID>)
    case indicatorBenchmarks(Parameter<Council.ID>, Parameter<Indicator.ID>)
    case indicatorActions(Parameter<Council.ID>, Parameter<Indicator.ID>)
    case comparators(Parameter<Council.ID>)
    case importValues(Parameter<Council.ID>)
    case confirmImport(Parameter<Council.ID>, Parameter<UUID>)
    case bodies(Parameter<Council.ID>)
    case newBody(Parameter<Council.ID>)
    case body(Parameter<Council.ID>, Parameter<GoverningBody.ID>)
    case editBody(Parameter<Council.ID>, Parameter<GoverningBody.ID>)
    case bodyMembers(Parameter<Council.ID>, Parameter<GoverningBody.ID>)
    case endMembership(Parameter<Council.ID>, Parameter<GoverningBody.ID>, Parameter<Membership.ID>)
    case newMeeting(Parameter<Council.ID>)
    case meeting(Parameter<Council.ID>, Parameter<Meeting.ID>)
    case editMeeting(Parameter<Council.ID>, Parameter<Meeting.ID>)
    case meetingTransition(Parameter<Council.ID>, Parameter<Meeting.ID>)
    case newAgendaItem(Parameter<Council.ID>, Parameter<Meeting.ID>)
    case editAgendaItem(Parameter<Council.ID>, Parameter<Meeting.ID>, Parameter<AgendaItem.ID>)
    case attendance(Parameter<Council.ID>, Parameter<Meeting.ID>)
    case itemMinutes(Parameter<Council.ID>, Parameter<Meeting.ID>, Parameter<AgendaItem.ID>)
    case itemDecisions(Parameter<Council.ID>, Parameter<Meeting.ID>, Parameter<AgendaItem.ID>)
    case itemActions(Parameter<Council.ID>, Parameter<Meeting.ID>, Parameter<AgendaItem.ID>)
    case itemDeclarations(Parameter<Council.ID>, Parameter<Meeting.ID>, Parameter<AgendaItem.ID>)
    case boardActions(Parameter<Council.ID>)
    case boardActionsXLSX(Parameter<Council.ID>)
    case boardAction(Parameter<Council.ID>, Parameter<BoardAction.ID>)
    case boardActionUpdates(Parameter<Council.ID>, Parameter<BoardAction.ID>)
    case closeBoardAction(Parameter<Council.ID>, Parameter<BoardAction.ID>)
    case boardPack(Parameter<Council.ID>, Parameter<Meeting.ID>)
    case boardPackDocx(Parameter<Council.ID>, Parameter<Meeting.ID>)
    case boardPackPDF(Parameter<Council.ID>, Parameter<Meeting.ID>)
    case calendar(Parameter<Council.ID>)
    case decisions(Parameter<Council.ID>)
    /// The forward plan of key decisions: public; drafts, deadlines and changes for democratic services.
    case forwardPlan(Parameter<Council.ID>)
    case newKeyDecision(Parameter<Council.ID>)
    case editKeyDecision(Parameter<Council.ID>, Parameter<ForwardPlanEntry.ID>)
    /// Full-text search of what the reader may see in the council.
    case search(Parameter<Council.ID>)
    case councilFeed(Parameter<Council.ID>)
    case bodyFeed(Parameter<Council.ID>, Parameter<GoverningBody.ID>)
    case calendarFeed(Parameter<Council.ID>)
    case bodyCalendarFeed(Parameter<Council.ID>, Parameter<GoverningBody.ID>)
    case risks(Parameter<Council.ID>)
    case newRisk(Parameter<Council.ID>)
    case importRisks(Parameter<Council.ID>)
    case confirmRiskImport(Parameter<Council.ID>, Parameter<UUID>)
    case risksCSV(Parameter<Council.ID>)
    case risksXLSX(Parameter<Council.ID>)
    case riskScale(Parameter<Council.ID>)
    case risk(Parameter<Council.ID>, Parameter<Risk.ID>)
    case editRisk(Parameter<Council.ID>, Parameter<Risk.ID>)
    case riskReviews(Parameter<Council.ID>, Parameter<Risk.ID>)
    case riskActions(Parameter<Council.ID>, Parameter<Risk.ID>)
    case practiceAudits(Parameter<Council.ID>)
    case newAuditRound(Parameter<Council.ID>)
    case auditRound(Parameter<Council.ID>, Parameter<AuditRound.ID>)
    case selfAssessments(Parameter<Council.ID>)
    case newSelfAssessment(Parameter<Council.ID>)
    case selfAssessment(Parameter<Council.ID>, Parameter<SelfAssessment.ID>)
    case selfAssessmentTransition(Parameter<Council.ID>, Parameter<SelfAssessment.ID>)
    case selfAssessmentDocx(Parameter<Council.ID>, Parameter<SelfAssessment.ID>)
    case selfAssessmentPDF(Parameter<Council.ID>, Parameter<SelfAssessment.ID>)
    case selfAssessmentMarkdown(Parameter<Council.ID>, Parameter<SelfAssessment.ID>)
    case assessmentSection(Parameter<Council.ID>, Parameter<SelfAssessment.ID>, Parameter<AssessmentSection.ID>)
    case assessmentEvidence(Parameter<Council.ID>, Parameter<SelfAssessment.ID>, Parameter<AssessmentSection.ID>)
    case assessmentArea(Parameter<Council.ID>, Parameter<SelfAssessment.ID>, Parameter<Int>)
    case assessmentDocuments(Parameter<Council.ID>, Parameter<SelfAssessment.ID>, Parameter<AssessmentSection.ID>)
    case assessmentDocument(Parameter<Council.ID>, Parameter<SelfAssessment.ID>, Parameter<UUID>)
    case reportTemplates
    case reportTemplate(Parameter<ReportTemplate.ID>)
    case bankHolidays
    /// The administrator's page for the accessibility statement's and the privacy notice's words.
    case publicTexts

    case api(API)

    public enum API: Sendable {
        case councils
        case council(Parameter<Council.ID>)
        case people(Parameter<Council.ID>)
        case person(Parameter<Council.ID>, Parameter<Person.ID>)
        case inspections(Parameter<Council.ID>)
        case inspection(Parameter<Council.ID>, Parameter<Inspection.ID>)
        case plans
        case plan(Parameter<Plan.ID>)
        case actions
        case reports(Parameter<Council.ID>)
        case report(Parameter<Council.ID>, Parameter<Report.ID>)
        case indicators
        case indicatorValues(Parameter<String>)
        case meetings(Parameter<Council.ID>)
        case meeting(Parameter<Council.ID>, Parameter<Meeting.ID>)
        case decisions(Parameter<Council.ID>)
        case forwardPlan(Parameter<Council.ID>)
        case risks
        /// The OpenAPI 3.1 description of everything above.
        case openAPI
    }

    /// Parameter names, shared by registration and by handlers reading `req.parameters`.
    public enum Key: String, Sendable {
        case council, person, inspection, judgement, recommendation, token, plan, action, period, update
        case priority, number, file, report, appendix, template, indicator, code
        case body, membership, meeting, item, boardAction = "board-action", risk, round
        case assessment, section, area, document, entry, user, secret
    }

    enum Segment {
        case constant(String)
        case parameter(Key, String?)
    }

    var segments: [Segment] {
        func c(_ p: Parameter<Council.ID>) -> Segment { param(.council, p) }
        switch self {
        case .home: return []
        case .healthz: return [.constant("healthz")]
        case .metrics: return [.constant("metrics")]
        case .stylesheet: return [.constant("assets"), .constant(Stylesheet.fileName)]
        case .script: return [.constant("assets"), .constant(Script.fileName)]
        case .signIn: return [.constant("sign-in")]
        case .accessibility: return [.constant("accessibility")]
        case .privacy: return [.constant("privacy")]
        case .signOut: return [.constant("sign-out")]
        case .tokens: return [.constant("account"), .constant("tokens")]
        case .changePassword: return [.constant("account"), .constant("password")]
        case let .revokeToken(id): return SiteURL.tokens.segments + [param(.token, id), .constant("revoke")]
        case .audit: return [.constant("audit")]
        case .auditXLSX: return [.constant("audit.xlsx")]
        case .securityEvents: return [.constant("security")]
        case .clearThrottle: return [.constant("security"), .constant("throttle")]
        case .users: return [.constant("users")]
        case .newUser: return [.constant("users"), .constant("new")]
        case let .user(id): return [.constant("users"), param(.user, id)]
        case let .editUser(id): return SiteURL.user(id).segments + [.constant("edit")]
        case let .userStatus(id): return SiteURL.user(id).segments + [.constant("status")]
        case let .userPasswordLink(id): return SiteURL.user(id).segments + [.constant("password-link")]
        case let .userSessions(id): return SiteURL.user(id).segments + [.constant("sessions")]
        case let .userToken(id, token): return SiteURL.user(id).segments + [.constant("tokens"), param(.token, token), .constant("revoke")]
        case let .passwordLink(secret): return [.constant("password"), param(.secret, secret)]
        case .myActions: return [.constant("my-actions")]
        case .councils: return [.constant("councils")]
        case .newCouncil: return [.constant("councils"), .constant("new")]
        case let .council(id): return [.constant("councils"), c(id)]
        case let .editCouncil(id): return SiteURL.council(id).segments + [.constant("edit")]
        case let .people(id): return SiteURL.council(id).segments + [.constant("people")]
        case let .newPerson(id): return SiteURL.people(id).segments + [.constant("new")]
        case let .person(cid, pid): return SiteURL.people(cid).segments + [param(.person, pid)]
        case let .editPerson(cid, pid): return SiteURL.person(cid, pid).segments + [.constant("edit")]
        case let .inspections(id): return SiteURL.council(id).segments + [.constant("inspections")]
        case let .newInspection(id): return SiteURL.inspections(id).segments + [.constant("new")]
        case let .inspection(cid, iid): return SiteURL.inspections(cid).segments + [param(.inspection, iid)]
        case let .editInspection(cid, iid): return SiteURL.inspection(cid, iid).segments + [.constant("edit")]
        case let .inspectionMarkdown(cid, iid):
            return SiteURL.inspection(cid, iid).segments + [.constant("summary.md")]
        case let .judgements(cid, iid): return SiteURL.inspection(cid, iid).segments + [.constant("judgements")]
        case let .newJudgement(cid, iid): return SiteURL.judgements(cid, iid).segments + [.constant("new")]
        case let .editJudgement(cid, iid, jid):
            return SiteURL.judgements(cid, iid).segments + [param(.judgement, jid), .constant("edit")]
        case let .recommendations(cid, iid):
            return SiteURL.inspection(cid, iid).segments + [.constant("recommendations")]
        case let .newRecommendation(cid, iid):
            return SiteURL.recommendations(cid, iid).segments + [.constant("new")]
        case let .recommendation(cid, iid, rid):
            return SiteURL.recommendations(cid, iid).segments + [param(.recommendation, rid)]
        case let .editRecommendation(cid, iid, rid):
            return SiteURL.recommendation(cid, iid, rid).segments + [.constant("edit")]
        case let .plans(id): return SiteURL.council(id).segments + [.constant("plans")]
        case let .newPlan(cid): return SiteURL.plans(cid).segments + [.constant("new")]
        case let .importPlan(cid): return SiteURL.plans(cid).segments + [.constant("import")]
        case let .importPlanFile(cid, id): return SiteURL.importPlan(cid).segments + [param(.file, id)]
        case let .sampleTracker(cid): return SiteURL.importPlan(cid).segments + [.constant(SampleTracker.fileName)]
        case let .plan(cid, pid): return SiteURL.plans(cid).segments + [param(.plan, pid)]
        case let .editPlan(cid, pid): return SiteURL.plan(cid, pid).segments + [.constant("edit")]
        case let .priorities(cid, pid): return SiteURL.plan(cid, pid).segments + [.constant("priorities")]
        case let .newPriority(cid, pid): return SiteURL.priorities(cid, pid).segments + [.constant("new")]
        case let .priority(cid, pid, id): return SiteURL.priorities(cid, pid).segments + [param(.priority, id)]
        case let .editPriority(cid, pid, id): return SiteURL.priority(cid, pid, id).segments + [.constant("edit")]
        case let .actions(cid, pid): return SiteURL.plan(cid, pid).segments + [.constant("actions")]
        case let .newAction(cid, pid): return SiteURL.actions(cid, pid).segments + [.constant("new")]
        case let .milestones(cid, pid, aid): return SiteURL.action(cid, pid, aid).segments + [.constant("milestones")]
        case let .milestoneMet(cid, pid, aid): return SiteURL.milestones(cid, pid, aid).segments + [.constant("met")]
        case let .consultations(cid, pid): return SiteURL.plan(cid, pid).segments + [.constant("consultations")]
        case let .planApproval(cid, pid): return SiteURL.plan(cid, pid).segments + [.constant("approval")]
        case let .planVersion(cid, pid, n):
            return SiteURL.plan(cid, pid).segments + [.constant("versions"), param(.number, n)]
        case let .planVersionMarkdown(cid, pid, n): return SiteURL.planVersion(cid, pid, n).segments + [.constant("plan.md")]
        case let .planVersionJSON(cid, pid, n): return SiteURL.planVersion(cid, pid, n).segments + [.constant("plan.json")]
        case let .successor(cid, pid): return SiteURL.plan(cid, pid).segments + [.constant("successor")]
        case let .remindersCSV(cid, pid): return SiteURL.plan(cid, pid).segments + [.constant("reminders.csv")]
        case let .planTransition(cid, pid): return SiteURL.plan(cid, pid).segments + [.constant("transition")]
        case let .coverage(cid, pid): return SiteURL.plan(cid, pid).segments + [.constant("coverage")]
        case let .action(cid, pid, aid): return SiteURL.plan(cid, pid).segments + [.constant("actions"), param(.action, aid)]
        case let .editAction(cid, pid, aid): return SiteURL.action(cid, pid, aid).segments + [.constant("edit")]
        case let .newUpdate(cid, pid, aid): return SiteURL.action(cid, pid, aid).segments + [.constant("updates"), .constant("new")]
        case let .periods(cid, pid): return SiteURL.plan(cid, pid).segments + [.constant("periods")]
        case let .period(cid, pid, id): return SiteURL.periods(cid, pid).segments + [param(.period, id)]
        case let .reviewUpdate(cid, pid, id):
            return SiteURL.plan(cid, pid).segments + [.constant("updates"), param(.update, id), .constant("review")]
        case let .evidence(cid, pid, id): return SiteURL.plan(cid, pid).segments + [.constant("evidence"), param(.file, id)]
        case let .exceptions(cid, pid): return SiteURL.plan(cid, pid).segments + [.constant("exceptions")]
        case let .actionsCSV(cid, pid): return SiteURL.plan(cid, pid).segments + [.constant("actions.csv")]
        case let .exceptionsCSV(cid, pid): return SiteURL.plan(cid, pid).segments + [.constant("exceptions.csv")]
        case let .actionsXLSX(cid, pid): return SiteURL.plan(cid, pid).segments + [.constant("actions.xlsx")]
        case let .exceptionsXLSX(cid, pid): return SiteURL.plan(cid, pid).segments + [.constant("exceptions.xlsx")]
        case let .coverageXLSX(cid, pid): return SiteURL.plan(cid, pid).segments + [.constant("coverage.xlsx")]
        case let .reports(id): return SiteURL.council(id).segments + [.constant("reports")]
        case let .newReport(id): return SiteURL.reports(id).segments + [.constant("new")]
        case let .report(cid, rid): return SiteURL.reports(cid).segments + [param(.report, rid)]
        case let .editReport(cid, rid): return SiteURL.report(cid, rid).segments + [.constant("edit")]
        case let .reportTransition(cid, rid): return SiteURL.report(cid, rid).segments + [.constant("transition")]
        case let .publishReport(cid, rid): return SiteURL.report(cid, rid).segments + [.constant("publish")]
        case let .correctReport(cid, rid): return SiteURL.report(cid, rid).segments + [.constant("correct")]
        case let .newAppendix(cid, rid): return SiteURL.report(cid, rid).segments + [.constant("appendices"), .constant("new")]
        case let .removeAppendix(cid, rid, aid):
            return SiteURL.report(cid, rid).segments + [.constant("appendices"), param(.appendix, aid), .constant("remove")]
        case let .appendixFile(cid, rid, aid):
            return SiteURL.report(cid, rid).segments + [.constant("appendices"), param(.appendix, aid)]
        case let .reportDocx(cid, rid): return SiteURL.report(cid, rid).segments + [.constant("report.docx")]
        case let .reportPDF(cid, rid): return SiteURL.report(cid, rid).segments + [.constant("report.pdf")]
        case let .reportMarkdown(cid, rid): return SiteURL.report(cid, rid).segments + [.constant("report.md")]
        case let .scorecard(id): return SiteURL.council(id).segments + [.constant("scorecard")]
        case let .indicator(cid, iid): return SiteURL.scorecard(cid).segments + [param(.indicator, iid)]
        case let .indicatorCatalogue(id): return SiteURL.scorecard(id).segments + [.constant("catalogue")]
        case let .scorecardCSV(id): return SiteURL.council(id).segments + [.constant("scorecard.csv")]
        case let .scorecardXLSX(id): return SiteURL.council(id).segments + [.constant("scorecard.xlsx")]
        case let .newIndicator(id): return SiteURL.scorecard(id).segments + [.constant("new")]
        case let .editIndicator(cid, iid): return SiteURL.indicator(cid, iid).segments + [.constant("edit")]
        case let .indicatorValue(cid, iid): return SiteURL.indicator(cid, iid).segments + [.constant("figures")]
        case let .indicatorTargets(cid, iid): return SiteURL.indicator(cid, iid).segments + [.constant("targets")]
        case let .indicatorBenchmarks(cid, iid): return SiteURL.indicator(cid, iid).segments + [.constant("benchmarks")]
        case let .indicatorActions(cid, iid): return SiteURL.indicator(cid, iid).segments + [.constant("actions")]
        case let .comparators(id): return SiteURL.scorecard(id).segments + [.constant("comparators")]
        case let .importValues(id): return SiteURL.scorecard(id).segments + [.constant("import")]
        case let .bodies(id): return SiteURL.council(id).segments + [.constant("bodies")]
        case let .newBody(id): return SiteURL.bodies(id).segments + [.constant("new")]
        case let .body(cid, bid): return SiteURL.bodies(cid).segments + [param(.body, bid)]
        case let .editBody(cid, bid): return SiteURL.body(cid, bid).segments + [.constant("edit")]
        case let .bodyMembers(cid, bid): return SiteURL.body(cid, bid).segments + [.constant("members")]
        case let .endMembership(cid, bid, mid): return SiteURL.bodyMembers(cid, bid).segments + [param(.membership, mid), .constant("end")]
        case let .newMeeting(id): return SiteURL.council(id).segments + [.constant("meetings"), .constant("new")]
        case let .meeting(cid, mid): return SiteURL.council(cid).segments + [.constant("meetings"), param(.meeting, mid)]
        case let .editMeeting(cid, mid): return SiteURL.meeting(cid, mid).segments + [.constant("edit")]
        case let .meetingTransition(cid, mid): return SiteURL.meeting(cid, mid).segments + [.constant("status")]
        case let .newAgendaItem(cid, mid): return SiteURL.meeting(cid, mid).segments + [.constant("items"), .constant("new")]
        case let .editAgendaItem(cid, mid, iid): return SiteURL.meeting(cid, mid).segments + [.constant("items"), param(.item, iid)]
        case let .attendance(cid, mid): return SiteURL.meeting(cid, mid).segments + [.constant("attendance")]
        case let .itemMinutes(cid, mid, iid): return SiteURL.editAgendaItem(cid, mid, iid).segments + [.constant("minute")]
        case let .itemDecisions(cid, mid, iid): return SiteURL.editAgendaItem(cid, mid, iid).segments + [.constant("decisions")]
        case let .itemActions(cid, mid, iid): return SiteURL.editAgendaItem(cid, mid, iid).segments + [.constant("actions")]
        case let .itemDeclarations(cid, mid, iid): return SiteURL.editAgendaItem(cid, mid, iid).segments + [.constant("declarations")]
        case let .boardActions(id): return SiteURL.council(id).segments + [.constant("action-log")]
        case let .boardActionsXLSX(id): return SiteURL.council(id).segments + [.constant("action-log.xlsx")]
        case let .boardAction(cid, aid): return SiteURL.boardActions(cid).segments + [param(.boardAction, aid)]
        case let .boardActionUpdates(cid, aid): return SiteURL.boardAction(cid, aid).segments + [.constant("updates")]
        case let .closeBoardAction(cid, aid): return SiteURL.boardAction(cid, aid).segments + [.constant("close")]
        case let .boardPack(cid, mid): return SiteURL.meeting(cid, mid).segments + [.constant("pack")]
        case let .boardPackDocx(cid, mid): return SiteURL.meeting(cid, mid).segments + [.constant("pack.docx")]
        case let .boardPackPDF(cid, mid): return SiteURL.meeting(cid, mid).segments + [.constant("pack.pdf")]
        case let .calendar(id): return SiteURL.council(id).segments + [.constant("calendar")]
        case let .decisions(id): return SiteURL.council(id).segments + [.constant("decisions")]
        case let .forwardPlan(id): return SiteURL.council(id).segments + [.constant("forward-plan")]
        case let .newKeyDecision(id): return SiteURL.forwardPlan(id).segments + [.constant("new")]
        case let .search(id): return SiteURL.council(id).segments + [.constant("search")]
        case let .editKeyDecision(cid, eid): return SiteURL.forwardPlan(cid).segments + [param(.entry, eid), .constant("edit")]
        case let .councilFeed(id): return SiteURL.council(id).segments + [.constant("feed.atom")]
        case let .bodyFeed(cid, bid): return SiteURL.body(cid, bid).segments + [.constant("feed.atom")]
        case let .calendarFeed(id): return SiteURL.council(id).segments + [.constant("calendar.ics")]
        case let .bodyCalendarFeed(cid, bid): return SiteURL.body(cid, bid).segments + [.constant("calendar.ics")]
        case let .risks(id): return SiteURL.council(id).segments + [.constant("risks")]
        case let .newRisk(id): return SiteURL.risks(id).segments + [.constant("new")]
        case let .importRisks(id): return SiteURL.risks(id).segments + [.constant("import")]
        case let .confirmRiskImport(cid, id): return SiteURL.importRisks(cid).segments + [param(.file, id), .constant("confirm")]
        case let .risksCSV(id): return SiteURL.council(id).segments + [.constant("risks.csv")]
        case let .risksXLSX(id): return SiteURL.council(id).segments + [.constant("risks.xlsx")]
        case let .riskScale(id): return SiteURL.risks(id).segments + [.constant("scale")]
        case let .risk(cid, rid): return SiteURL.risks(cid).segments + [param(.risk, rid)]
        case let .editRisk(cid, rid): return SiteURL.risk(cid, rid).segments + [.constant("edit")]
        case let .riskReviews(cid, rid): return SiteURL.risk(cid, rid).segments + [.constant("reviews")]
        case let .riskActions(cid, rid): return SiteURL.risk(cid, rid).segments + [.constant("actions")]
        case let .practiceAudits(id): return SiteURL.council(id).segments + [.constant("practice-audits")]
        case let .newAuditRound(id): return SiteURL.practiceAudits(id).segments + [.constant("new")]
        case let .auditRound(cid, rid): return SiteURL.practiceAudits(cid).segments + [param(.round, rid)]
        case let .selfAssessments(id): return SiteURL.council(id).segments + [.constant("self-assessments")]
        case let .newSelfAssessment(id): return SiteURL.selfAssessments(id).segments + [.constant("new")]
        case let .selfAssessment(cid, aid): return SiteURL.selfAssessments(cid).segments + [param(.assessment, aid)]
        case let .selfAssessmentTransition(cid, aid): return SiteURL.selfAssessment(cid, aid).segments + [.constant("status")]
        case let .selfAssessmentDocx(cid, aid): return SiteURL.selfAssessment(cid, aid).segments + [.constant("self-assessment.docx")]
        case let .selfAssessmentPDF(cid, aid): return SiteURL.selfAssessment(cid, aid).segments + [.constant("self-assessment.pdf")]
        case let .selfAssessmentMarkdown(cid, aid): return SiteURL.selfAssessment(cid, aid).segments + [.constant("self-assessment.md")]
        case let .assessmentSection(cid, aid, sid): return SiteURL.selfAssessment(cid, aid).segments + [.constant("sections"), param(.section, sid)]
        case let .assessmentEvidence(cid, aid, sid): return SiteURL.assessmentSection(cid, aid, sid).segments + [.constant("evidence")]
        case let .assessmentArea(cid, aid, n): return SiteURL.selfAssessment(cid, aid).segments + [.constant("areas"), param(.area, n)]
        case let .assessmentDocuments(cid, aid, sid): return SiteURL.assessmentSection(cid, aid, sid).segments + [.constant("documents")]
        case let .assessmentDocument(cid, aid, did): return SiteURL.selfAssessment(cid, aid).segments + [.constant("documents"), param(.document, did)]
        case let .confirmImport(cid, id): return SiteURL.importValues(cid).segments + [param(.file, id), .constant("confirm")]
        case .reportTemplates: return [.constant("settings"), .constant("report-templates")]
        case .publicTexts: return [.constant("settings"), .constant("public-pages")]
        case let .reportTemplate(id): return SiteURL.reportTemplates.segments + [param(.template, id)]
        case .bankHolidays: return [.constant("settings"), .constant("bank-holidays")]
        case let .api(api):
            let base: [Segment] = [.constant("api"), .constant("v1")]
            switch api {
            case .councils: return base + [.constant("councils")]
            case let .council(id): return base + [.constant("councils"), c(id)]
            case let .people(id): return SiteURL.api(.council(id)).segments + [.constant("people")]
            case let .person(cid, pid): return SiteURL.api(.people(cid)).segments + [param(.person, pid)]
            case let .inspections(id): return SiteURL.api(.council(id)).segments + [.constant("inspections")]
            case let .inspection(cid, iid):
                return SiteURL.api(.inspections(cid)).segments + [param(.inspection, iid)]
            case .plans: return base + [.constant("plans")]
            case let .plan(id): return base + [.constant("plans"), param(.plan, id)]
            case .actions: return base + [.constant("actions")]
            case let .reports(id): return SiteURL.api(.council(id)).segments + [.constant("reports")]
            case let .report(cid, rid): return SiteURL.api(.reports(cid)).segments + [param(.report, rid)]
            case let .meetings(id): return SiteURL.api(.council(id)).segments + [.constant("meetings")]
            case let .decisions(id): return SiteURL.api(.council(id)).segments + [.constant("decisions")]
            case let .forwardPlan(id): return SiteURL.api(.council(id)).segments + [.constant("forward-plan")]
            case let .meeting(cid, mid): return SiteURL.api(.meetings(cid)).segments + [param(.meeting, mid)]
            case .indicators: return base + [.constant("indicators")]
            case .risks: return base + [.constant("risks")]
            case let .indicatorValues(code): return base + [.constant("indicators"), param(.code, code), .constant("values")]
            case .openAPI: return base + [.constant("openapi.json")]
            }
        }
    }

    private func param<ID>(_ key: Key, _ parameter: Parameter<ID>) -> Segment {
        switch parameter {
        case .key: .parameter(key, nil)
        case let .value(id): .parameter(key, id.description)
        }
    }

    /// The path to print in a link. Parameters given as `.key` print as ":name".
    public var path: String {
        "/" + segments.map { segment in
            switch segment {
            case let .constant(text): text
            case let .parameter(key, value): value ?? ":\(key.rawValue)"
            }
        }.joined(separator: "/")
    }

    /// The path with a query, its values percent-encoded; pairs with a nil value are left out, so
    /// optional filters can be passed as they are.
    public func path(query: [(String, String?)]) -> String {
        var components = URLComponents()
        components.path = path
        let items = query.compactMap { name, value in value.map { URLQueryItem(name: name, value: $0) } }
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? path
    }

    /// The components to register a route with.
    public var pathComponents: [PathComponent] {
        segments.map { segment in
            switch segment {
            case let .constant(text): .constant(text)
            case let .parameter(key, _): .parameter(key.rawValue)
            }
        }
    }
}

extension SiteURL {
    /// Shorthands for the links views print most.
    static func council(_ id: Council.ID) -> SiteURL { .council(.value(id)) }
    static func inspection(_ council: Council.ID, _ id: Inspection.ID) -> SiteURL {
        .inspection(.value(council), .value(id))
    }
}
