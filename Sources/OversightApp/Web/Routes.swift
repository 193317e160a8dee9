import OversightDomain
import Vapor

extension SiteURL {
    /// Every route, with its parameters as keys. `register` switches over each one
    /// exhaustively, so a new case does not compile until it has a handler.
    static let allRoutes: [SiteURL] = [
        .home, .healthz, .metrics, .stylesheet, .script,
        .signIn, .signOut, .accessibility, .privacy, .tokens, .revokeToken(.key), .changePassword, .audit, .auditXLSX, .securityEvents, .clearThrottle, .myActions,
        .users, .newUser, .user(.key), .editUser(.key), .userStatus(.key), .userPasswordLink(.key), .userSessions(.key), .userToken(.key, .key),
        .passwordLink(.key),
        .councils, .newCouncil, .council(.key), .editCouncil(.key),
        .people(.key), .newPerson(.key), .person(.key, .key), .editPerson(.key, .key),
        .inspections(.key), .newInspection(.key), .inspection(.key, .key), .editInspection(.key, .key),
        .inspectionMarkdown(.key, .key),
        .judgements(.key, .key), .newJudgement(.key, .key), .editJudgement(.key, .key, .key),
        .recommendations(.key, .key), .newRecommendation(.key, .key), .recommendation(.key, .key, .key),
        .editRecommendation(.key, .key, .key),
        .plans(.key), .newPlan(.key), .importPlan(.key), .importPlanFile(.key, .key), .sampleTracker(.key), .plan(.key, .key), .editPlan(.key, .key), .priorities(.key, .key), .newPriority(.key, .key),
        .priority(.key, .key, .key), .editPriority(.key, .key, .key), .actions(.key, .key), .newAction(.key, .key), .milestones(.key, .key, .key),
        .milestoneMet(.key, .key, .key), .consultations(.key, .key), .planApproval(.key, .key),
        .planVersion(.key, .key, .key), .planVersionMarkdown(.key, .key, .key), .planVersionJSON(.key, .key, .key),
        .successor(.key, .key), .remindersCSV(.key, .key), .planTransition(.key, .key), .coverage(.key, .key),
        .action(.key, .key, .key), .editAction(.key, .key, .key), .newUpdate(.key, .key, .key),
        .periods(.key, .key), .period(.key, .key, .key), .reviewUpdate(.key, .key, .key), .evidence(.key, .key, .key), .exceptions(.key, .key),
        .actionsCSV(.key, .key), .exceptionsCSV(.key, .key), .actionsXLSX(.key, .key), .exceptionsXLSX(.key, .key),
        .coverageXLSX(.key, .key), .scorecardXLSX(.key), .boardActionsXLSX(.key), .risksXLSX(.key), .api(.plans), .api(.plan(.key)), .api(.actions),
        .api(.councils), .api(.council(.key)), .api(.people(.key)), .api(.person(.key, .key)),
        .api(.inspections(.key)), .api(.inspection(.key, .key)),
        .reports(.key), .newReport(.key), .report(.key, .key), .editReport(.key, .key), .reportTransition(.key, .key),
        .publishReport(.key, .key), .correctReport(.key, .key), .newAppendix(.key, .key), .removeAppendix(.key, .key, .key),
        .appendixFile(.key, .key, .key), .reportDocx(.key, .key), .reportPDF(.key, .key), .reportMarkdown(.key, .key),
        .reportTemplates, .reportTemplate(.key), .bankHolidays, .publicTexts, .scorecard(.key), .indicator(.key, .key),
        .importValues(.key), .confirmImport(.key, .key), .scorecardCSV(.key), .indicatorCatalogue(.key),
        .newIndicator(.key), .editIndicator(.key, .key), .indicatorValue(.key, .key), .indicatorTargets(.key, .key),
        .indicatorBenchmarks(.key, .key), .indicatorActions(.key, .key), .comparators(.key),
        .bodies(.key), .newBody(.key), .body(.key, .key), .editBody(.key, .key), .bodyMembers(.key, .key), .endMembership(.key, .key, .key),
        .newMeeting(.key), .meeting(.key, .key), .editMeeting(.key, .key), .meetingTransition(.key, .key), .newAgendaItem(.key, .key),
        .editAgendaItem(.key, .key, .key), .attendance(.key, .key), .itemMinutes(.key, .key, .key), .itemDecisions(.key, .key, .key),
        .itemActions(.key, .key, .key), .itemDeclarations(.key, .key, .key), .boardActions(.key), .boardAction(.key, .key),
        .boardActionUpdates(.key, .key), .closeBoardAction(.key, .key), .api(.indicators), .api(.indicatorValues(.key)), .api(.reports(.key)), .api(.report(.key, .key)),
        .boardPack(.key, .key), .boardPackDocx(.key, .key), .boardPackPDF(.key, .key), .calendar(.key), .decisions(.key), .forwardPlan(.key), .newKeyDecision(.key), .editKeyDecision(.key, .key), .search(.key), .councilFeed(.key), .bodyFeed(.key, .key), .calendarFeed(.key),
        .bodyCalendarFeed(.key, .key), .api(.meetings(.key)), .api(.meeting(.key, .key)),
        .api(.decisions(.key)), .api(.forwardPlan(.key)), .risks(.key), .newRisk(.key), .importRisks(.key), .confirmRiskImport(.key, .key), .risksCSV(.key), .riskScale(.key), .risk(.key, .key), .editRisk(.key, .key),
        .riskReviews(.key, .key), .riskActions(.key, .key), .api(.risks), .api(.openAPI),
        .practiceAudits(.key), .newAuditRound(.key), .auditRound(.key, .key),
        .selfAssessments(.key), .newSelfAssessment(.key), .selfAssessment(.key, .key), .selfAssessmentTransition(.key, .key),
        .selfAssessmentDocx(.key, .key), .selfAssessmentPDF(.key, .key), .selfAssessmentMarkdown(.key, .key),
        .assessmentSection(.key, .key, .key), .assessmentEvidence(.key, .key, .key), .assessmentArea(.key, .key, .key),
        .assessmentDocuments(.key, .key, .key), .assessmentDocument(.key, .key, .key),
    ]
}

enum Routes {
    /// Paths anyone may reach without signing in; everything else needs a signed-in user.
    static func isPublic(_ url: SiteURL) -> Bool {
        switch url {
        case .healthz, .metrics, .stylesheet, .script, .signIn, .accessibility, .privacy: true
        // An invitation or reset link is followed before its user can sign in; its secret is the key.
        case .passwordLink: true
        // The front door: a visitor sees the council's public home (its meetings, reports and
        // committees); a signed-in person the dashboard. The handlers decide which.
        case .home, .council: true
        // Published Part I reports are for everyone; the handlers show a visitor only those, and
        // of a Part II report only its title, paragraph and "This report is exempt".
        case .reports, .report, .appendixFile, .reportDocx, .reportPDF, .reportMarkdown, .api(.reports), .api(.report): true
        // Meetings are held in public: anyone may read the bodies, their meetings with the Part I
        // agenda and minutes, and the calendar and its feeds. The handlers leave out Part II.
        case .bodies, .body, .meeting, .calendar, .calendarFeed, .bodyCalendarFeed, .api(.meetings), .api(.meeting): true
        // So are their decisions; the register shows a Part II decision as exempt, and no more.
        case .decisions, .api(.decisions): true
        // The forward plan is published by law; a visitor sees only the entries whose notice is given.
        case .forwardPlan, .api(.forwardPlan): true
        // Search finds for each reader only what that reader may open.
        case .search: true
        // Feeds of agendas, published reports and decisions: what any visitor may read, whoever asks.
        case .councilFeed, .bodyFeed: true
        // The API's description says what exists and how to ask for it, never any council's data.
        case .api(.openAPI): true
        default: false
        }
    }

    /// Pages read far more often than what they show changes: served from the `PageCache` until a
    /// change touches what they show (`cacheScopes`). Each must show only data whose every change
    /// goes through `UnitOfWork`. Public pages are kept too, once for every visitor not signed in.
    static func isCached(_ url: SiteURL) -> Bool {
        switch url {
        case .council, .plans, .plan, .priority, .actions, .action, .coverage, .exceptions, .scorecard, .indicator,
             .risks, .risk, .api(.plans), .api(.plan), .api(.actions), .api(.risks), .api(.indicators): true
        case .reports, .report, .appendixFile, .reportDocx, .reportPDF, .reportMarkdown,
             .bodies, .body, .meeting, .calendar, .calendarFeed, .bodyCalendarFeed, .api(.meetings), .api(.meeting),
             .decisions, .councilFeed, .bodyFeed, .api(.decisions), .forwardPlan, .api(.forwardPlan), .api(.reports), .api(.report): true
        default: false
        }
    }

    static func register(on routes: any RoutesBuilder) {
        let signedIn = routes.grouped(RequireSignIn())
        for url in SiteURL.allRoutes {
            let group = isPublic(url) ? routes : signedIn
            register(url, on: isCached(url) ? PageRoutes(base: group.grouped(PageCacheMiddleware(url: url)), url: url) : group)
        }
    }

    /// Routes of a cached page, each marked with its `SiteURL` for `PageCacheMiddleware.scopes(of:)`.
    private struct PageRoutes: RoutesBuilder {
        let base: any RoutesBuilder
        let url: SiteURL

        func add(_ route: Route) {
            route.userInfo[PageCacheMiddleware.routeKey] = url
            base.add(route)
        }
    }

    private static func register(_ url: SiteURL, on routes: any RoutesBuilder) {
        let path = url.pathComponents
        switch url {
        case .home: routes.get(path, use: CouncilController.home)
        case .healthz: routes.get(path, use: OperationsController.healthz)
        case .metrics: routes.get(path, use: OperationsController.metrics)
        case .stylesheet: routes.get(path, use: OperationsController.stylesheet)
        case .script: routes.get(path, use: OperationsController.script)
        case .accessibility: routes.get(path, use: PublicController.accessibility)
        case .privacy: routes.get(path, use: PublicController.privacy)
        case .signIn:
            routes.get(path, use: AuthController.form)
            routes.post(path, use: AuthController.signIn)
        case .signOut: routes.post(path, use: AuthController.signOut)
        case .tokens:
            routes.get(path, use: TokenController.list)
            routes.post(path, use: TokenController.create)
        case .revokeToken: routes.post(path, use: TokenController.revoke)
        case .changePassword:
            routes.get(path, use: PasswordChangeController.form)
            routes.post(path, use: PasswordChangeController.change)
        case .audit: routes.get(path, use: AuditController.list)
        case .auditXLSX: routes.get(path, use: SpreadsheetController.audit)
        case .securityEvents: routes.get(path, use: SecurityController.list)
        case .clearThrottle: routes.post(path, use: SecurityController.clear)
        case .users: routes.get(path, use: UserAdminController.list)
        case .newUser:
            routes.get(path, use: UserAdminController.inviteForm)
            routes.post(path, use: UserAdminController.invite)
        case .user: routes.get(path, use: UserAdminController.show)
        case .editUser:
            routes.get(path, use: UserAdminController.editForm)
            routes.post(path, use: UserAdminController.edit)
        case .userStatus: routes.post(path, use: UserAdminController.status)
        case .userPasswordLink: routes.post(path, use: UserAdminController.passwordLink)
        case .userSessions: routes.post(path, use: UserAdminController.endSessions)
        case .userToken: routes.post(path, use: UserAdminController.revokeToken)
        case .passwordLink:
            routes.get(path, use: PasswordLinkController.form)
            routes.post(path, use: PasswordLinkController.choose)
        case .actionsXLSX: routes.get(path, use: SpreadsheetController.actions)
        case .exceptionsXLSX: routes.get(path, use: SpreadsheetController.exceptions)
        case .coverageXLSX: routes.get(path, use: SpreadsheetController.coverage)
        case .scorecardXLSX: routes.get(path, use: SpreadsheetController.scorecard)
        case .boardActionsXLSX: routes.get(path, use: SpreadsheetController.boardActions)
        case .risksXLSX: routes.get(path, use: SpreadsheetController.risks)
        case .myActions: routes.get(path, use: UpdateController.myActions)
        case .councils:
            routes.get(path, use: CouncilController.list)
            routes.post(path, use: CouncilController.create)
        case .newCouncil: routes.get(path, use: CouncilController.new)
        case .council: routes.get(path, use: CouncilController.overview)
        case .editCouncil:
            routes.get(path, use: CouncilController.edit)
            routes.post(path, use: CouncilController.update)
        case .people:
            routes.get(path, use: PersonController.list)
            routes.post(path, use: PersonController.create)
        case .newPerson: routes.get(path, use: PersonController.new)
        case .person: routes.get(path, use: PersonController.show)
        case .editPerson:
            routes.get(path, use: PersonController.edit)
            routes.post(path, use: PersonController.update)
        case .inspections:
            routes.get(path, use: InspectionController.list)
            routes.post(path, use: InspectionController.create)
        case .newInspection: routes.get(path, use: InspectionController.new)
        case .inspection: routes.get(path, use: InspectionController.show)
        case .editInspection:
            routes.get(path, use: InspectionController.edit)
            routes.post(path, use: InspectionController.update)
        case .inspectionMarkdown: routes.get(path, use: InspectionController.markdown)
        case .judgements: routes.post(path, use: FindingController.createJudgement)
        case .newJudgement: routes.get(path, use: FindingController.newJudgement)
        case .editJudgement:
            routes.get(path, use: FindingController.editJudgement)
            routes.post(path, use: FindingController.updateJudgement)
        case .recommendations: routes.post(path, use: FindingController.createRecommendation)
        case .newRecommendation: routes.get(path, use: FindingController.newRecommendation)
        case .recommendation: routes.get(path, use: FindingController.showRecommendation)
        case .editRecommendation:
            routes.get(path, use: FindingController.editRecommendation)
            routes.post(path, use: FindingController.updateRecommendation)
        case .plans:
            routes.get(path, use: PlanController.list)
            routes.post(path, use: PlanEditController.create)
        case .newPlan: routes.get(path, use: PlanEditController.new)
        case .importPlan:
            routes.get(path, use: PlanImportController.form)
            routes.on(.POST, path, body: .collect(maxSize: ByteCount(value: CSRFMiddleware.bodyLimit(for: "/plans/import", signedIn: true).bytes)),
                      use: PlanImportController.upload)
        case .importPlanFile:
            routes.get(path, use: PlanImportController.review)
            routes.post(path, use: PlanImportController.create)
        case .sampleTracker: routes.get(path, use: PlanImportController.sample)
        case .plan: routes.get(path, use: PlanController.show)
        case .editPlan:
            routes.get(path, use: PlanEditController.edit)
            routes.post(path, use: PlanEditController.update)
        case .priorities: routes.post(path, use: PlanEditController.createPriority)
        case .newPriority: routes.get(path, use: PlanEditController.newPriority)
        case .priority: routes.get(path, use: PlanController.priority)
        case .editPriority:
            routes.get(path, use: PlanEditController.editPriority)
            routes.post(path, use: PlanEditController.updatePriority)
        case .actions:
            routes.get(path, use: PlanController.actions)
            routes.post(path, use: PlanEditController.createAction)
        case .newAction: routes.get(path, use: PlanEditController.newAction)
        case .milestones: routes.post(path, use: MilestoneController.add)
        case .milestoneMet: routes.post(path, use: MilestoneController.met)
        case .consultations: routes.post(path, use: PlanLifecycleController.consult)
        case .planApproval: routes.post(path, use: PlanLifecycleController.approve)
        case .planVersion: routes.get(path, use: PlanLifecycleController.version)
        case .planVersionMarkdown: routes.get(path, use: PlanLifecycleController.versionMarkdown)
        case .planVersionJSON: routes.get(path, use: PlanLifecycleController.versionJSON)
        case .successor:
            routes.get(path, use: PlanLifecycleController.successorForm)
            routes.post(path, use: PlanLifecycleController.succeed)
        case .remindersCSV: routes.get(path, use: PlanExportController.reminders)
        case .planTransition: routes.post(path, use: PlanController.transition)
        case .coverage: routes.get(path, use: PlanController.coverage)
        case .action: routes.get(path, use: ActionController.show)
        case .editAction:
            routes.get(path, use: ActionController.edit)
            routes.post(path, use: ActionController.update)
        case .newUpdate:
            routes.get(path, use: UpdateController.new)
            // Evidence files come with the update: room for several files at the limit each.
            routes.on(.POST, path, body: .collect(maxSize: ByteCount(value: CSRFMiddleware.uploadBodyLimit)),
                      use: UpdateController.submit)
        case .evidence: routes.get(path, use: UpdateController.evidence)
        case .periods: routes.post(path, use: UpdateController.openPeriod)
        case .period: routes.get(path, use: UpdateController.period)
        case .reviewUpdate: routes.post(path, use: UpdateController.review)
        case .exceptions: routes.get(path, use: PlanController.exceptions)
        case .actionsCSV: routes.get(path, use: PlanExportController.actions)
        case .exceptionsCSV: routes.get(path, use: PlanExportController.exceptions)
        case .reports:
            routes.get(path, use: ReportController.list)
            routes.post(path, use: ReportEditController.create)
        case .newReport: routes.get(path, use: ReportEditController.new)
        case .report: routes.get(path, use: ReportController.show)
        case .editReport:
            routes.get(path, use: ReportEditController.edit)
            routes.post(path, use: ReportEditController.update)
        case .reportTransition: routes.post(path, use: ReportWorkflowController.transition)
        case .publishReport: routes.post(path, use: ReportWorkflowController.publish)
        case .correctReport: routes.post(path, use: ReportWorkflowController.correct)
        case .newAppendix:
            routes.get(path, use: AppendixController.new)
            routes.on(.POST, path, body: .collect(maxSize: ByteCount(value: CSRFMiddleware.uploadBodyLimit)),
                      use: AppendixController.add)
        case .removeAppendix: routes.post(path, use: AppendixController.remove)
        case .appendixFile: routes.get(path, use: AppendixController.file)
        case .reportDocx: routes.get(path, use: ReportController.docx)
        case .reportPDF: routes.get(path, use: ReportController.pdf)
        case .reportMarkdown: routes.get(path, use: ReportController.markdown)
        case .scorecard: routes.get(path, use: ScorecardController.scorecard)
        case .indicator: routes.get(path, use: ScorecardController.indicator)
        case .scorecardCSV: routes.get(path, use: ScorecardController.csv)
        case .indicatorCatalogue:
            routes.get(path, use: ScorecardController.catalogue)
            routes.post(path, use: ScorecardController.addFromCatalogue)
        case .importValues:
            routes.get(path, use: IndicatorImportController.form)
            routes.on(.POST, path, body: .collect(maxSize: ByteCount(value: CSRFMiddleware.uploadBodyLimit)),
                      use: IndicatorImportController.upload)
        case .confirmImport: routes.post(path, use: IndicatorImportController.confirm)
        case .newIndicator:
            routes.get(path, use: IndicatorEditController.new)
            routes.post(path, use: IndicatorEditController.create)
        case .editIndicator:
            routes.get(path, use: IndicatorEditController.edit)
            routes.post(path, use: IndicatorEditController.update)
        case .indicatorValue:
            routes.get(path, use: IndicatorEditController.valueForm)
            routes.post(path, use: IndicatorEditController.saveValue)
        case .indicatorTargets:
            routes.get(path, use: IndicatorLinksController.targets)
            routes.post(path, use: IndicatorLinksController.changeTarget)
        case .indicatorBenchmarks:
            routes.get(path, use: IndicatorLinksController.benchmarks)
            routes.post(path, use: IndicatorLinksController.changeBenchmark)
        case .indicatorActions:
            routes.get(path, use: IndicatorLinksController.actions)
            routes.post(path, use: IndicatorLinksController.changeAction)
        case .comparators:
            routes.get(path, use: IndicatorEditController.comparators)
            routes.post(path, use: IndicatorEditController.saveComparators)
        case .bodies: routes.get(path, use: BodyController.list)
        case .newBody:
            routes.get(path, use: BodyController.new)
            routes.post(path, use: BodyController.create)
        case .body: routes.get(path, use: BodyController.show)
        case .editBody:
            routes.get(path, use: BodyController.edit)
            routes.post(path, use: BodyController.update)
        case .bodyMembers:
            routes.get(path, use: BodyController.memberForm)
            routes.post(path, use: BodyController.addMember)
        case .endMembership:
            routes.get(path, use: BodyController.endForm)
            routes.post(path, use: BodyController.endMembership)
        case .newMeeting:
            routes.get(path, use: MeetingController.new)
            routes.post(path, use: MeetingController.create)
        case .meeting: routes.get(path, use: MeetingController.show)
        case .editMeeting:
            routes.get(path, use: MeetingController.edit)
            routes.post(path, use: MeetingController.update)
        case .meetingTransition: routes.post(path, use: MeetingController.transition)
        case .newAgendaItem:
            routes.get(path, use: MeetingController.newItem)
            routes.post(path, use: MeetingController.createItem)
        case .editAgendaItem:
            routes.get(path, use: MeetingController.editItem)
            routes.post(path, use: MeetingController.updateItem)
        case .attendance:
            routes.get(path, use: MeetingController.attendance)
            routes.post(path, use: MeetingController.recordAttendance)
        case .itemMinutes:
            routes.get(path, use: MinutesController.show)
            routes.post(path, use: MinutesController.saveMinute)
        case .itemDecisions: routes.post(path, use: MinutesController.decide)
        case .itemActions: routes.post(path, use: MinutesController.raiseAction)
        case .itemDeclarations: routes.post(path, use: MinutesController.declare)
        case .boardActions: routes.get(path, use: BoardActionController.log)
        case .boardAction: routes.get(path, use: BoardActionController.show)
        case .boardActionUpdates: routes.post(path, use: BoardActionController.addUpdate)
        case .closeBoardAction: routes.post(path, use: BoardActionController.close)
        case .boardPack: routes.get(path, use: BoardPackController.show)
        case .boardPackDocx: routes.get(path, use: BoardPackController.docx)
        case .boardPackPDF: routes.get(path, use: BoardPackController.pdf)
        case .calendar: routes.get(path, use: CalendarController.page)
        case .decisions: routes.get(path, use: DecisionRegisterController.page)
        case .forwardPlan: routes.get(path, use: ForwardPlanController.page)
        case .search: routes.get(path, use: SearchController.page)
        case .newKeyDecision:
            routes.get(path, use: ForwardPlanController.new)
            routes.post(path, use: ForwardPlanController.create)
        case .editKeyDecision:
            routes.get(path, use: ForwardPlanController.edit)
            routes.post(path, use: ForwardPlanController.update)
        case .councilFeed: routes.get(path, use: FeedController.council)
        case .bodyFeed: routes.get(path, use: FeedController.body)
        case .calendarFeed: routes.get(path, use: CalendarController.feed)
        case .bodyCalendarFeed: routes.get(path, use: CalendarController.bodyFeed)
        case .risks: routes.get(path, use: RiskController.register)
        case .newRisk:
            routes.get(path, use: RiskController.new)
            routes.post(path, use: RiskController.create)
        case .importRisks:
            routes.get(path, use: RiskImportController.form)
            routes.on(.POST, path, body: .collect(maxSize: ByteCount(value: CSRFMiddleware.bodyLimit(for: "/risks/import", signedIn: true).bytes)),
                      use: RiskImportController.upload)
        case .confirmRiskImport: routes.post(path, use: RiskImportController.confirm)
        case .risksCSV: routes.get(path, use: RiskController.csv)
        case .riskScale:
            routes.get(path, use: RiskController.scale)
            routes.post(path, use: RiskController.saveScale)
        case .risk: routes.get(path, use: RiskController.show)
        case .editRisk:
            routes.get(path, use: RiskController.edit)
            routes.post(path, use: RiskController.update)
        case .riskReviews:
            routes.get(path, use: RiskController.reviewForm)
            routes.post(path, use: RiskController.review)
        case .riskActions:
            routes.get(path, use: RiskController.linksForm)
            routes.post(path, use: RiskController.saveLinks)
        case .practiceAudits: routes.get(path, use: PracticeAuditController.list)
        case .newAuditRound:
            routes.get(path, use: PracticeAuditController.new)
            routes.post(path, use: PracticeAuditController.create)
        case .auditRound:
            routes.get(path, use: PracticeAuditController.edit)
            routes.post(path, use: PracticeAuditController.update)
        case .selfAssessments: routes.get(path, use: SelfAssessmentController.list)
        case .newSelfAssessment:
            routes.get(path, use: SelfAssessmentController.new)
            routes.post(path, use: SelfAssessmentController.create)
        case .selfAssessment: routes.get(path, use: SelfAssessmentController.show)
        case .selfAssessmentTransition: routes.post(path, use: SelfAssessmentController.transition)
        case .selfAssessmentDocx: routes.get(path, use: SelfAssessmentController.docx)
        case .selfAssessmentPDF: routes.get(path, use: SelfAssessmentController.pdf)
        case .selfAssessmentMarkdown: routes.get(path, use: SelfAssessmentController.markdown)
        case .assessmentSection:
            routes.get(path, use: SelfAssessmentController.section)
            routes.post(path, use: SelfAssessmentController.saveSection)
        case .assessmentEvidence: routes.post(path, use: SelfAssessmentController.evidence)
        case .assessmentArea:
            routes.get(path, use: SelfAssessmentController.area)
            routes.post(path, use: SelfAssessmentController.judge)
        case .assessmentDocuments:
            routes.on(.POST, path, body: .collect(maxSize: ByteCount(value: CSRFMiddleware.uploadBodyLimit)),
                      use: SelfAssessmentController.upload)
        case .assessmentDocument: routes.get(path, use: SelfAssessmentController.download)
        case .reportTemplates:
            routes.get(path, use: ReportSettingsController.templates)
            routes.post(path, use: ReportSettingsController.copyTemplate)
        case .reportTemplate:
            routes.get(path, use: ReportSettingsController.template)
            routes.post(path, use: ReportSettingsController.saveTemplate)
        case .bankHolidays:
            routes.get(path, use: ReportSettingsController.bankHolidays)
            routes.post(path, use: ReportSettingsController.changeBankHoliday)
        case .publicTexts:
            routes.get(path, use: PublicTextsController.form)
            routes.post(path, use: PublicTextsController.save)
        case let .api(api):
            switch api {
            case .councils: routes.get(path, use: APIController.councils)
            case .council: routes.get(path, use: APIController.council)
            case .people: routes.get(path, use: APIController.people)
            case .person: routes.get(path, use: APIController.person)
            case .inspections: routes.get(path, use: APIController.inspections)
            case .inspection: routes.get(path, use: APIController.inspection)
            case .plans: routes.get(path, use: PlanAPIController.plans)
            case .plan: routes.get(path, use: PlanAPIController.plan)
            case .actions: routes.get(path, use: PlanAPIController.actions)
            case .reports: routes.get(path, use: ReportAPIController.reports)
            case .report: routes.get(path, use: ReportAPIController.report)
            case .indicators: routes.get(path, use: IndicatorAPIController.indicators)
            case .indicatorValues: routes.get(path, use: IndicatorAPIController.values)
            case .meetings: routes.get(path, use: MeetingAPIController.meetings)
            case .meeting: routes.get(path, use: MeetingAPIController.meeting)
            case .decisions: routes.get(path, use: DecisionRegisterController.api)
            case .forwardPlan: routes.get(path, use: ForwardPlanController.api)
            case .risks: routes.get(path, use: RiskAPIController.risks)
            case .openAPI: routes.get(path, use: OpenAPIDocument.serve)
            }
        }
    }
}
