import OversightDomain
import OversightStore
import Vapor

/// What the composition root stores on the application for handlers to use.
package struct OversightServices: Sendable {
    package var dependencies: Dependencies
    var database: DatabaseLocation
    var edge: EdgePolicy
    /// The Chromium processes printing PDFs now, at most `edge.pdfConcurrency`.
    var printers: PDFPrinter.Pool
    /// How many security events each address may have recorded this minute.
    var securityBudget = SecurityLog.Budget()
    /// Password checks in flight: bounded, and one at a time per account and per address.
    var signInGate = SignInGate()
    var pageCache = PageCache.make()
    /// Pages being made now, for requests asking for the same one to wait on.
    var pagesInFlight = PagesInFlight()
    /// What plans' pages are made from, shared by every viewer (`PlanModels`).
    var planModels = PlanModels.make()
    /// Who each session cookie and API token (by its hash) belongs to, kept under the generations of
    /// accounts and of everything (`SessionMiddleware.scopes`).
    var sessions = GenerationalCache<String, SessionRecord>(budget: 10_000)
    var tokens = GenerationalCache<String, APITokenRecord>(budget: 10_000)

    /// The benchmark times pages made afresh, then from the cache: it switches the cache off (a
    /// budget of nothing keeps nothing) and back on, empty. The plans' models go with it, so that a
    /// page made afresh reads the database.
    package mutating func switchPageCache(on: Bool) {
        pageCache = on ? PageCache.make() : PageCache.make(budget: 0)
        planModels = on ? PlanModels.make() : PlanModels.make(budget: 0)
    }
}
