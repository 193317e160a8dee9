import Fluent
import Foundation
import OversightApp
import OversightDomain
import OversightStore

/// Northshire County Council, the fictional authority every new installation can start with.
/// Its story follows the shape of the reference reports in our own words: an inadequate
/// judgement in autumn 2015, an improvement board, monitoring visits and a DfE review.
/// Every feature adds its part here, so a first start shows a living programme.
enum DemoCouncil {
    static let name = "Northshire County Council"

    static let areas = [
        "Ashby Moor", "Bramwell North", "Bramwell South", "Calder Vale", "Eastholme", "Fenwick",
        "Greystone", "Harrowfield", "Kettleby", "Longmere", "Marsden Bridge", "Northgate",
        "Oakhurst", "Ribbleford", "Stanton Rural", "Westbrook",
    ]

    /// Invented people. Telephone numbers are from Ofcom's range kept for drama (01632 960xxx).
    static let people: [PersonDraft] = [
        .init(name: "Helen Marsh", jobTitle: "Director of Children's Services", telephone: "(01632) 960101",
              email: "helen.marsh@northshire.example"),
        .init(name: "David Okafor", jobTitle: "Head of Improvement and Quality Assurance", telephone: "(01632) 960102",
              email: "david.okafor@northshire.example"),
        .init(name: "Priya Raman", jobTitle: "Head of Safeguarding", telephone: "(01632) 960103",
              email: "priya.raman@northshire.example"),
        .init(name: "Tom Ellison", jobTitle: "Principal Social Worker", telephone: "(01632) 960104",
              email: "tom.ellison@northshire.example"),
        .init(name: "Sarah Whitlock", jobTitle: "Head of Children Looked After", telephone: "(01632) 960105",
              email: "sarah.whitlock@northshire.example"),
        .init(name: "James Pemberton", jobTitle: "Head of Performance and Intelligence", telephone: "(01632) 960106",
              email: "james.pemberton@northshire.example"),
        .init(name: "Margaret Dunn", jobTitle: "Independent Chair, Children's Services Improvement Board",
              telephone: nil, email: "margaret.dunn@improvement-board.example"),
        .init(name: "Councillor Alan Birch", jobTitle: "Cabinet Member for Children, Young People and Schools",
              telephone: "(01632) 960108", email: "cllr.alan.birch@northshire.example"),
        .init(name: "Fiona Gallagher", jobTitle: "Democratic Services Officer", telephone: "(01632) 960109",
              email: "fiona.gallagher@northshire.example"),
        .init(name: "Rashid Khan", jobTitle: "Head of Workforce Development", telephone: "(01632) 960110",
              email: "rashid.khan@northshire.example"),
        .init(name: "Claire Hobbs", jobTitle: "Leaving Care Service Manager", telephone: "(01632) 960111",
              email: "claire.hobbs@northshire.example"),
        .init(name: "Nadia Sorensen", jobTitle: "Head of the Multi-Agency Safeguarding Hub", telephone: "(01632) 960112",
              email: "nadia.sorensen@northshire.example"),
    ]

    static let judgements: [JudgementDraft] = [
        .init(body: "Children's services", area: .overallEffectiveness, grade: .inadequate),
        .init(body: "Children's services", area: .sifHelpAndProtection, grade: .inadequate),
        .init(body: "Children's services", area: .sifLookedAfter, grade: .requiresImprovement),
        .init(body: "Children's services", area: .sifAdoption, grade: .requiresImprovement),
        .init(body: "Children's services", area: .sifCareLeavers, grade: .requiresImprovement),
        .init(body: "Children's services", area: .sifLeadership, grade: .inadequate),
        .init(body: "Local Safeguarding Children Board", area: .lscbEffectiveness, grade: .good),
    ]

    /// Ten recommendations on the themes of the reference reports, in our own words.
    static let recommendations: [RecommendationDraft] = [
        .init(number: 1, text: "Make sure that contacts and referrals to the front door are screened promptly, that thresholds are understood and applied consistently by staff and partners, and that decisions are recorded with their reasons.", area: .sifHelpAndProtection, isPriorityAction: false),
        .init(number: 2, text: "Improve the quality and timeliness of assessments so that they analyse risk, take account of each child's history and lead to plans that address the child's needs.", area: .sifHelpAndProtection, isPriorityAction: false),
        .init(number: 3, text: "Strengthen management oversight and supervision at every level so that decisions are recorded, reflective and challenge drift and delay in children's plans.", area: .sifLeadership, isPriorityAction: false),
        .init(number: 4, text: "Ensure child protection plans are specific and measurable, that core groups meet regularly and review progress, and that children are seen alone when appropriate.", area: .sifHelpAndProtection, isPriorityAction: false),
        .init(number: 5, text: "Make sure that children who go missing from home or care are offered a return home interview and that the information gathered is used to reduce risk.", area: .sifHelpAndProtection, isPriorityAction: false),
        .init(number: 6, text: "Ensure that children in care have timely reviews and permanence plans, and that placement decisions take full account of their wishes and feelings.", area: .sifLookedAfter, isPriorityAction: false),
        .init(number: 7, text: "Improve pathway planning for care leavers so that plans are up to date, written with young people and address suitable accommodation, education, employment and training.", area: .sifCareLeavers, isPriorityAction: false),
        .init(number: 8, text: "Stabilise the social work workforce by reducing reliance on agency staff, reducing caseloads to manageable levels and improving recruitment and retention.", area: .sifLeadership, isPriorityAction: false),
        .init(number: 9, text: "Develop performance information and quality assurance, including case audits, so that leaders and managers understand the quality of practice and act on what they find.", area: .sifLeadership, isPriorityAction: false),
        .init(number: 10, text: "Strengthen governance so that elected members, senior leaders and partners scrutinise and challenge the quality of services and the pace of improvement.", area: .sifLeadership, isPriorityAction: false),
    ]

    /// Creates the demo council unless a council of that name already exists.
    /// Returns false when there was nothing to do.
    @discardableResult
    static func seed(on db: any Database, dependencies: Dependencies) async throws -> Bool {
        if try await CouncilStore.all(on: db).contains(where: { $0.name == name }) { return false }
        let councilID = try await CreateCouncil(dependencies: dependencies)(
            CouncilDraft(name: name, kind: .county, areaLabel: .electoralDivisions, areas: areas,
                         financialYearStart: .firstOfApril),
            by: .demo, on: db)
        var personIDs: [String: Person.ID] = [:]
        for person in people {
            personIDs[person.name] = try await AddPerson(dependencies: dependencies)(person, to: councilID, by: .demo, on: db)
        }
        try await createAccounts(linkedTo: personIDs, on: db, dependencies: dependencies)

        let inspection = try await RecordInspection(dependencies: dependencies)(
            InspectionDraft(kind: .fullInspection, inspectorate: "Ofsted", framework: .sif,
                            startDate: date(2015, 9, 14), endDate: date(2015, 10, 8),
                            publishedDate: date(2015, 11, 27),
                            reportURL: "https://reports.ofsted.example/northshire/children-2015"),
            for: councilID, by: .demo, on: db)
        for judgement in judgements {
            _ = try await RecordJudgement(dependencies: dependencies)(judgement, for: inspection, by: .demo, on: db)
        }
        var recommendationIDs: [Int: Recommendation.ID] = [:]
        for recommendation in recommendations {
            recommendationIDs[recommendation.number] = try await AddRecommendation(dependencies: dependencies)(
                recommendation, to: inspection, by: .demo, on: db)
        }

        let visits: [InspectionDraft] = [
            InspectionDraft(kind: .monitoringVisit, inspectorate: "Ofsted", framework: .sif,
                            startDate: date(2016, 6, 14), endDate: date(2016, 6, 15),
                            publishedDate: date(2016, 7, 12), reportURL: nil),
            InspectionDraft(kind: .monitoringVisit, inspectorate: "Ofsted", framework: .sif,
                            startDate: date(2016, 10, 18), endDate: date(2016, 10, 19),
                            publishedDate: date(2016, 11, 15), reportURL: nil),
            InspectionDraft(kind: .dfeReview, inspectorate: "Department for Education", framework: .other,
                            startDate: date(2016, 12, 6), endDate: date(2016, 12, 7),
                            publishedDate: nil, reportURL: nil),
        ]
        var review: Inspection.ID?
        for visit in visits {
            let id = try await RecordInspection(dependencies: dependencies)(visit, for: councilID, by: .demo, on: db)
            if visit.kind == .dfeReview { review = id }
        }
        // The DfE review's two recommendations, which the Continuous Improvement Plan takes on.
        var reviewRecommendations: [Int: Recommendation.ID] = [:]
        if let review {
            for draft in reviewFindings(in: review) {
                reviewRecommendations[draft.number] = try await AddRecommendation(dependencies: dependencies)(
                    draft, to: review, by: .demo, on: db)
            }
        }
        try await DemoPlan.seed(council: councilID, inspection: inspection, recommendations: recommendationIDs,
                                review: review.map { ($0, reviewRecommendations) },
                                people: personIDs, on: db, dependencies: dependencies)
        // Indicators and audits first: the self-assessment of December 2016 cites them, and the
        // Scrutiny report of January 2017 freezes it as its Appendix A.
        try await DemoIndicators.seed(council: councilID, on: db, dependencies: dependencies)
        try await DemoPracticeAudits.seed(council: councilID, on: db, dependencies: dependencies)
        let december = try await DemoSelfAssessment.seedDecember(council: councilID, people: personIDs, on: db, dependencies: dependencies)
        let governance = try await DemoGovernance.seedBodies(council: councilID, people: personIDs, on: db, dependencies: dependencies)
        try await DemoReports.seed(council: councilID, people: personIDs, bodies: governance.bodies, on: db,
                                   dependencies: dependencies, selfAssessment: december)
        try await DemoGovernance.seed(council: councilID, people: governance.people, bodies: governance.bodies, on: db,
                                      dependencies: dependencies)
        try await DemoForwardPlan.seed(council: councilID, bodies: governance.bodies, on: db, dependencies: dependencies)
        try await DemoRisks.seed(council: councilID, people: personIDs, on: db, dependencies: dependencies)
        try await DemoSelfAssessment.seedAnnual(council: councilID, people: personIDs, on: db, dependencies: dependencies)
        // Last: the packs are made from everything above.
        try await DemoGovernance.freezePacks(council: councilID, at: dependencies.now(), on: db)
        return true
    }

    static func reviewFindings(in review: Inspection.ID) -> [RecommendationDraft] {
        [
            RecommendationDraft(number: 1, text: "Increase the choice of local foster and residential placements so that children in care can live near their school and family.",
                                area: nil, isPriorityAction: false),
            RecommendationDraft(number: 2, text: "Make sure the improvements in practice are owned by every team, so that they last once the Improvement Board stands down.",
                                area: nil, isPriorityAction: false),
        ]
    }

    /// The demo's sign-in details, printed at every `demo` start. Never created by `serve`.
    static let password = "northshire-demo"
    static let accounts: [(email: String, name: String, person: String?, role: Role)] = [
        ("admin@northshire.example", "Oversight Administrator", nil, .administrator),
        ("pm@northshire.example", "David Okafor", "David Okafor", .programmeManager),
        ("lead@northshire.example", "Priya Raman", "Priya Raman", .contributor),
        ("data@northshire.example", "James Pemberton", "James Pemberton", .performanceOfficer),
        ("board@northshire.example", "Margaret Dunn", "Margaret Dunn", .boardMember),
        ("viewer@northshire.example", "Councillor Alan Birch", "Councillor Alan Birch", .viewer),
        ("democratic@northshire.example", "Fiona Gallagher", "Fiona Gallagher", .democraticServices),
        ("director@northshire.example", "Helen Marsh", "Helen Marsh", .seniorLeader),
    ]

    static func createAccounts(linkedTo people: [String: Person.ID], on db: any Database,
                                       dependencies: Dependencies) async throws {
        // One hash for the shared password: bcrypt is deliberately slow.
        let hash = try dependencies.hashPassword(password)
        for account in accounts where try await AccountStore.find(email: account.email, on: db) == nil {
            _ = try await CreateUser(dependencies: dependencies).create(
                UserDraft(email: account.email, displayName: account.name, personID: account.person.flatMap { people[$0] },
                          roles: [account.role]),
                passwordHash: hash, by: .demo, on: db)
        }
        try await otherUsers(passwordHash: hash, on: db, dependencies: dependencies)
    }

    /// Two users an administrator finds on **Users** besides the demo's accounts: a new social work
    /// manager invited and not yet arrived (her link was sent by email, so nobody here knows it), and
    /// a contributor who has left the council, disabled.
    static func otherUsers(passwordHash: String, on db: any Database, dependencies: Dependencies) async throws {
        let invited = "grace.adeyemi@northshire.example", leaver = "tom.ellison@northshire.example"
        guard try await AccountStore.find(email: invited, on: db) == nil, try await AccountStore.find(email: leaver, on: db) == nil else {
            return
        }
        let now = dependencies.now()
        let grace = User.ID(dependencies.newID()), tom = User.ID(dependencies.newID()), link = dependencies.newID()
        let secret = sha256Hex(dependencies.randomToken())
        try await UnitOfWork.seed(on: db) { change in
            try await AccountStore.create(UserDraft(email: invited, displayName: "Grace Adeyemi", roles: [.contributor]), id: grace,
                                          passwordHash: UserAdminStore.noPassword, at: now, on: change)
            try await UserAdminStore.createLink(id: link, for: grace, tokenHash: secret, purpose: .invitation, at: now, on: change)
            try await AccountStore.create(UserDraft(email: leaver, displayName: "Tom Ellison", roles: [.contributor]), id: tom,
                                          passwordHash: passwordHash, at: now, on: change)
            try await AccountStore.setActive(tom, false, at: now, on: change)
        }
    }

    private static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            preconditionFailure("demo dates are written by hand and are real")
        }
        return date
    }
}
