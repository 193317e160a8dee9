import OversightDomain
import Vapor

/// The success messages shown once after a redirect. Only a key travels in the cookie,
/// never text, so nothing a visitor sends can appear in the banner.
enum Notice: String, CaseIterable {
    case councilAdded, councilSaved, personAdded, personSaved, inspectionAdded, inspectionSaved
    case judgementAdded, judgementSaved, recommendationAdded, recommendationSaved
    case planMoved, actionSaved, periodOpened, updateSubmitted, updateAccepted, updateReturned
    case planCreated, planImported, prioritySaved, planApproved, consultationRecorded, successorDrafted, milestoneAdded
    case milestoneMet, planSaved
    case reportDrafted, reportSaved, reportCleared, reportReturned, reportPublished, correctionDrafted
    case appendixAdded, appendixRemoved, templateSaved, bankHolidaysSaved, valuesImported, indicatorAdded
    case indicatorSaved, figureSaved, targetSaved, targetRemoved, benchmarksSaved, benchmarksRemoved
    case actionLinked, actionUnlinked, comparatorsSaved
    case bodySaved, memberAdded, membershipEnded, meetingScheduled, meetingSaved, agendaPublished, meetingHeld
    case minutesApproved, meetingCancelled, agendaItemSaved, attendanceSaved, minutesSaved, boardActionUpdated, boardActionClosed
    case riskSaved, risksImported, riskReviewed, riskActionsSaved, riskScaleSaved, auditRoundSaved
    case selfAssessmentSaved, selfAssessmentMoved, sectionSaved, evidenceSaved, judgementRecorded
    case throttleCleared, publicTextsSaved, keyDecisionSaved
    case userSaved, userEnabled, userDisabled, sessionsEnded, tokenRevoked, passwordChosen, passwordChanged

    static func meetingMoved(_ event: MeetingEvent) -> Notice {
        switch event {
        case .publishAgenda: .agendaPublished
        case .hold: .meetingHeld
        case .approveMinutes: .minutesApproved
        case .cancel: .meetingCancelled
        }
    }

    var message: String {
        switch self {
        case .userSaved: "User's name and roles saved"
        case .userEnabled: "User enabled: they can sign in again"
        case .userDisabled: "User disabled: their sessions have ended and their API tokens are revoked"
        case .sessionsEnded: "Sessions ended: the user must sign in again"
        case .tokenRevoked: "API token revoked"
        case .passwordChosen: "Password saved: sign in with it now"
        case .passwordChanged: "Password changed: you have been signed out everywhere, so sign in with your new password"
        case .councilAdded: "Council added"
        case .councilSaved: "Council details saved"
        case .personAdded: "Person added"
        case .personSaved: "Person's details saved"
        case .inspectionAdded: "Inspection added"
        case .inspectionSaved: "Inspection details saved"
        case .judgementAdded: "Judgement added"
        case .judgementSaved: "Judgement saved"
        case .recommendationAdded: "Recommendation added"
        case .recommendationSaved: "Recommendation saved"
        case .planMoved: "Plan status changed"
        case .actionSaved: "Action saved"
        case .periodOpened: "Update period opened"
        case .updateSubmitted: "Update submitted for review"
        case .updateAccepted: "Update accepted"
        case .updateReturned: "Update returned to its author"
        case .planCreated: "Plan started as a draft"
        case .planImported: "Plan imported as a draft: check it, then send it for consultation and approval"
        case .prioritySaved: "Priority saved"
        case .planApproved: "Approval recorded: the plan as approved is kept as a version"
        case .consultationRecorded: "Consultation recorded"
        case .successorDrafted: "Continuous Improvement Plan drafted with the unfinished actions carried forward"
        case .milestoneAdded: "Milestone added"
        case .milestoneMet: "Milestone marked as met"
        case .planSaved: "Plan details saved"
        case .reportDrafted: "Report saved as a draft"
        case .reportSaved: "Report saved"
        case .reportCleared: "Report cleared for publication"
        case .reportReturned: "Report returned to draft"
        case .reportPublished: "Report published: it and its appendices are now frozen"
        case .correctionDrafted: "Correction started: say what it changes, then clear and publish it"
        case .appendixAdded: "Appendix added"
        case .appendixRemoved: "Appendix removed; the letters of the others have moved up"
        case .templateSaved: "Template saved as a new version"
        case .publicTextsSaved: "Accessibility statement and privacy notice saved"
        case .bankHolidaysSaved: "Bank holidays saved"
        case .valuesImported: "Figures imported into the scorecard"
        case .indicatorAdded: "Indicator added to the scorecard"
        case .indicatorSaved: "Indicator saved"
        case .figureSaved: "Figure saved"
        case .targetSaved: "Target set"
        case .targetRemoved: "Target removed"
        case .benchmarksSaved: "Benchmarks saved"
        case .benchmarksRemoved: "Benchmarks removed"
        case .actionLinked: "Action linked"
        case .actionUnlinked: "Link removed"
        case .comparatorsSaved: "Region and statistical neighbours saved"
        case .bodySaved: "Board or committee saved"
        case .keyDecisionSaved: "Key decision saved"
        case .memberAdded: "Member added"
        case .membershipEnded: "Membership ended"
        case .meetingScheduled: "Meeting scheduled"
        case .meetingSaved: "Meeting saved"
        case .agendaPublished: "Agenda published"
        case .meetingHeld: "Meeting recorded as held: the minutes can be written"
        case .minutesApproved: "Minutes approved: they can no longer change"
        case .meetingCancelled: "Meeting cancelled"
        case .agendaItemSaved: "Agenda item saved"
        case .attendanceSaved: "Attendance saved"
        case .minutesSaved: "Minutes saved"
        case .boardActionUpdated: "Update added"
        case .boardActionClosed: "Action closed"
        case .riskSaved: "Risk saved"
        case .risksImported: "Risks imported into the register"
        case .riskReviewed: "Review saved"
        case .riskActionsSaved: "Mitigating actions saved"
        case .riskScaleSaved: "Scoring scale saved"
        case .auditRoundSaved: "Audit round saved"
        case .selfAssessmentSaved: "Self-assessment started"
        case .selfAssessmentMoved: "Self-assessment updated"
        case .sectionSaved: "Answer saved"
        case .evidenceSaved: "Evidence saved"
        case .judgementRecorded: "Judgement saved"
        case .throttleCleared: "Failed sign-ins cleared: they may sign in again at once"
        }
    }

    static let cookieName = "ov_notice"
}

extension Request {
    /// The notice carried over from the previous request, if any (read by `NoticeMiddleware`).
    var notice: String? { storage[NoticeKey.self]?.message }

    /// A 303 redirect (post/redirect/get) that shows `notice` on the next page.
    /// `fragment` takes the reader to the part of the page they changed ("#kd-...").
    func redirect(to url: SiteURL, fragment: String? = nil, notice: Notice) -> Response {
        let response = redirect(to: url.path + (fragment.map { "#" + $0 } ?? ""), redirectType: .normal)
        response.cookies[Notice.cookieName] = HTTPCookies.Value(
            string: notice.rawValue, maxAge: 60, path: "/", isSecure: false, isHTTPOnly: true, sameSite: .lax)
        return response
    }
}
