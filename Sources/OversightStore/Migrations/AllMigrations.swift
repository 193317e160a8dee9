import Fluent

/// Every migration in the order it runs. Append only: a migration that has shipped is never
/// edited or reordered, because databases in the field have already recorded it by name.
public enum OversightMigrations {
    public static let all: [any Migration] = [
        M0001_CreateCouncils(),
        M0002_CreatePeople(),
        M0003_CreateInspections(),
        M0004_CreateAccounts(),
        M0005_CreateAuditEntries(),
        M0006_CreatePlans(),
        M0007_CreateUpdates(),
        M0008_CreatePlanRecords(),
        M0009_CreateEvidenceFiles(),
        M0010_IndexUpdates(),
        M0011_CreatePlanInspections(),
        M0012_CreateReports(),
        M0013_AddStandardTemplate(),
        M0014_CreateIndicators(),
        M0015_CreatePendingImports(),
        M0016_CreateBenchmarks(),
        M0017_CreateIndicatorLinks(),
        M0018_CreateGovernance(),
        M0019_CreateBoardPacks(),
        M0020_CreateRisks(),
        M0021_CreatePracticeAudits(),
        M0022_CreateSelfAssessments(),
        M0023_CreateAssessmentDocuments(),
        M0024_CreateSecurityEvents(),
        M0025_CreatePrintedDocuments(),
        M0026_CreateCacheGenerations(),
        M0027_KeepStandingRatings(),
        M0028_CreatePublicTexts(),
        M0029_ReportsToCouncilBodies(),
        M0030_ExemptAppendices(),
        M0031_CreateForwardPlan(),
        M0032_CreateSearchIndex(),
        M0033_BodyReportTemplates(),
        M0034_SearchIndexParts(),
        M0035_CreatePasswordLinks(),
    ]
}
