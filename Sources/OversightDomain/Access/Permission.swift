/// Everything the interface can do that someone might not be allowed to. Handlers ask the
/// policy before acting; views ask it before offering a link or button, but hiding a link is
/// never the protection: the handler refuses too.
public enum Permission: String, CaseIterable, Sendable {
    /// Read the programme's Part I pages: councils, people, inspections, later plans and reports.
    case viewProgramme = "view-programme"
    /// Read exempt (Part II) material.
    case viewPartII = "view-part-ii"
    case addCouncil = "add-council"
    case editCouncil = "edit-council"
    case managePeople = "manage-people"
    /// Record inspections, their judgements and recommendations.
    case recordInspections = "record-inspections"
    /// Change a plan: its lifecycle, priorities and actions.
    case editPlans = "edit-plans"
    /// Submit monthly updates, but only for actions the user owns (checked with the action).
    case submitOwnUpdates = "submit-own-updates"
    /// Draft committee reports, add their appendices and publish them once cleared.
    case editReports = "edit-reports"
    /// Clear a report for publication: a senior leader's sign-off.
    case clearReports = "clear-reports"
    /// Add indicators to the scorecard (from the standard catalogue).
    case manageIndicators = "manage-indicators"
    /// Load indicator figures into the scorecard.
    case importIndicators = "import-indicators"
    /// Report templates and the bank holidays that set publication deadlines.
    case manageReportSettings = "manage-report-settings"
    /// Boards and committees: members, meetings, agendas, minutes, decisions and the action log.
    case manageMeetings = "manage-meetings"
    /// The risk register: risks, their scores and links, and the council's scale. A risk's owner
    /// may record reviews of it without this (checked with the risk).
    case manageRisks = "manage-risks"
    /// Self-assessments (writing, agreeing and submitting them) and the practice audit rounds they cite.
    case manageSelfAssessment = "manage-self-assessment"
    case manageUsers = "manage-users"
    case viewAudit = "view-audit"
    /// Create and revoke one's own API tokens.
    case manageOwnTokens = "manage-own-tokens"
    /// See and revoke every user's API tokens.
    case manageAllTokens = "manage-all-tokens"
}

/// The permission matrix: role x permission. Part I or II is a permission of its own
/// (`viewPartII`), so every read of exempt material asks it explicitly.
public enum AccessPolicy {
    public static let matrix: [Role: Set<Permission>] = [
        .administrator: Set(Permission.allCases),
        .programmeManager: [.viewProgramme, .viewPartII, .editCouncil, .managePeople, .recordInspections,
                            .editPlans, .submitOwnUpdates, .editReports, .importIndicators, .manageIndicators, .manageMeetings, .manageRisks, .manageSelfAssessment, .manageOwnTokens],
        .contributor: [.viewProgramme, .submitOwnUpdates, .manageOwnTokens],
        .performanceOfficer: [.viewProgramme, .importIndicators, .manageOwnTokens],
        .boardMember: [.viewProgramme, .viewPartII, .manageOwnTokens],
        .seniorLeader: [.viewProgramme, .viewPartII, .clearReports, .manageOwnTokens],
        .democraticServices: [.viewProgramme, .viewPartII, .managePeople, .editReports, .manageMeetings, .manageOwnTokens],
        .viewer: [.viewProgramme],
    ]

    public static func allows(_ roles: Set<Role>, _ permission: Permission) -> Bool {
        roles.contains { matrix[$0]?.contains(permission) == true }
    }
}
