import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import VaporTesting

/// One test per cell of the role x permission matrix, through the routes where a route exists.
@Suite("Permissions")
struct PermissionTests {
    /// A route that needs exactly this permission, as a user would reach it.
    static let routes: [Permission: @Sendable (Council, InspectionRecord) -> String] = [
        .viewProgramme: { council, _ in SiteURL.people(.value(council.id)).path },
        .addCouncil: { _, _ in SiteURL.newCouncil.path },
        .editCouncil: { council, _ in SiteURL.editCouncil(.value(council.id)).path },
        .managePeople: { council, _ in SiteURL.newPerson(.value(council.id)).path },
        .recordInspections: { council, record in
            SiteURL.newRecommendation(.value(council.id), .value(record.inspection.id)).path
        },
        .editReports: { council, _ in SiteURL.newReport(.value(council.id)).path },
        .importIndicators: { council, _ in SiteURL.importValues(.value(council.id)).path },
        .manageIndicators: { council, _ in SiteURL.indicatorCatalogue(.value(council.id)).path },
        .manageReportSettings: { _, _ in SiteURL.reportTemplates.path },
        .viewAudit: { _, _ in SiteURL.audit.path },
        .manageOwnTokens: { _, _ in SiteURL.tokens.path },
    ]

    static let cells: [(Role, Permission)] = Role.allCases.flatMap { role in
        routes.keys.sorted { $0.rawValue < $1.rawValue }.map { (role, $0) }
    }

    @Test("Each role is allowed or refused each page, as the matrix says", arguments: cells)
    func cell(role: Role, permission: Permission) async throws {
        try await withTestApp { app in
            let email = try await app.user(with: role)
            let council = try await app.demoCouncil()
            let record = try await app.demoInspection()
            let route = try #require(Self.routes[permission])
            let path = route(council, record)
            let response = try await app.get(path, as: email)
            let allowed = AccessPolicy.allows([role], permission)
            let expected: HTTPStatus = allowed ? .ok : .forbidden
            #expect(response.status == expected, "\(role) \(permission) \(path)")
            if !allowed {
                #expect(response.text.contains("You do not have permission"))
                let refusals = try await SecurityEventStore.list(.init(kind: "permission.refused"), limit: 5, offset: 0, on: app.db)
                #expect(refusals.events.first?.detail?.hasPrefix(permission.rawValue + ":") == true)
            }
        }
    }

    @Test("Refused writes change nothing", arguments: [Role.viewer, .contributor, .performanceOfficer, .boardMember])
    func refusedWrite(role: Role) async throws {
        try await withTestApp { app in
            let email = try await app.user(with: role)
            let council = try await app.demoCouncil()
            let response = try await app.post(SiteURL.people(.value(council.id)).path,
                                              form: [("name", "Intruder")], as: email)
            #expect(response.status == .forbidden)
            #expect(try await PersonStore.all(in: council.id, on: app.db).contains { $0.name == "Intruder" } == false)
        }
    }

    @Test("Only administrators may revoke another user's token")
    func revokeOthersToken() async throws {
        try await withTestApp { app in
            _ = try await app.api("/api/v1/councils", as: Who.performance)
            let token = try #require(try await AccountStore.tokens(for: nil, on: app.db).first)
            let path = SiteURL.revokeToken(.value(.init(token.id))).path
            #expect(try await app.post(path, form: [], as: Who.programmeManager).status == .notFound)
            #expect(try await app.post(path, form: [], as: Who.admin).status == .seeOther)
            #expect(try await app.api("/api/v1/councils", as: Who.performance).status == .unauthorized)
        }
    }

    @Test("Part II, users and own updates follow the matrix (their pages arrive with later features)",
          arguments: Role.allCases)
    func domainOnlyCells(role: Role) {
        let partII: Set<Role> = [.administrator, .programmeManager, .boardMember, .seniorLeader, .democraticServices]
        #expect(AccessPolicy.allows([role], .viewPartII) == partII.contains(role))
        #expect(AccessPolicy.allows([role], .manageUsers) == (role == .administrator))
        #expect(AccessPolicy.allows([role], .manageAllTokens) == (role == .administrator))
        let updates: Set<Role> = [.administrator, .programmeManager, .contributor]
        #expect(AccessPolicy.allows([role], .submitOwnUpdates) == updates.contains(role))
        // Clearing a report is a senior leader's sign-off (a POST, tested in ReportRouteTests).
        #expect(AccessPolicy.allows([role], .clearReports) == [.administrator, .seniorLeader].contains(role))
    }

    @Test("A visitor who is not signed in sees no programme page and no API")
    func visitor() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            // The site's address and the council's are the public front door (PublicSiteTests); the programme is not.
            let cid = Parameter.value(council.id)
            for path in ["/councils", SiteURL.people(cid).path, SiteURL.plans(cid).path, SiteURL.risks(cid).path,
                         SiteURL.scorecard(cid).path, "/audit", "/account/tokens"] {
                let response = try await app.get(path, as: nil)
                #expect(response.status == .seeOther, "\(path)")
                #expect(response.location?.hasPrefix("/sign-in") == true)
            }
            let api = try await app.testing().sendRequest(.GET, "/api/v1/councils")
            #expect(api.status == .unauthorized)
            #expect(api.headers.first(name: .wwwAuthenticate)?.hasPrefix("Bearer") == true)
        }
    }
}

extension Application {
    /// The email of a user holding only this role: a demo account, or one made for the test.
    func user(with role: Role) async throws -> String {
        if let email = Who.email(for: role) { return email }
        let email = "\(role.rawValue)@northshire.example"
        if try await AccountStore.find(email: email, on: db) == nil {
            _ = try await CreateUser(dependencies: oversight.dependencies)(
                UserDraft(email: email, displayName: role.label, roles: [role]),
                password: DemoCouncil.password, by: .commandLine, on: db)
        }
        return email
    }
}
