import Fluent
import OversightDomain
import OversightStore
import Vapor

/// The one composition root: everything the application uses is wired here, for the server,
/// the command line and the tests alike.
public func configure(_ app: Application, database: DatabaseLocation, dependencies: Dependencies = .live,
                      host: String = "127.0.0.1", port: Int = 8080, sessions: SessionPolicy = SessionPolicy(),
                      edge: EdgePolicy = EdgePolicy()) throws {
    _ = OversightMetrics.registry
    app.oversight = OversightServices(dependencies: dependencies, database: database, edge: edge,
                                      printers: PDFPrinter.Pool(limit: edge.pdfConcurrency))
    app.http.server.configuration.hostname = host
    app.http.server.configuration.port = port
    // Form posts with long lists of areas or narratives exceed Vapor's 16 KB default.
    app.routes.defaultMaxBodySize = "2mb"
    app.routes.caseInsensitive = false

    if !database.isPostgres {
        // SQLite waits for its lock on the thread that runs the statement (the driver's busy
        // handler retries until the other connection commits), and Vapor's shared pool has one
        // thread per core: two statements waiting there would starve the one they wait for, and
        // every file read besides. A pool of this application's own, with room for each event
        // loop's connection and the file reads. Set before `app.databases` first exists, which
        // takes the pool it is made with.
        app.threadPool = NIOThreadPool(numberOfThreads: DatabaseSetup.sqliteThreads)
    }
    try DatabaseSetup.register(database, on: app.databases, logLevel: .debug)

    app.middleware = Middlewares()
    // Outermost first: the request id and security headers go on every response, error pages too.
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    app.middleware.use(RequestIDMiddleware())
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(CacheHeadersMiddleware())
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(SessionMiddleware(policy: sessions))
    app.middleware.use(CSRFMiddleware())
    app.middleware.use(NoticeMiddleware())

    Routes.register(on: app.routes)
}

/// Applies pending migrations and the database file's settings.
public func prepareDatabase(_ app: Application) async throws {
    let location = app.oversight.database
    try await DatabaseSetup.prepare(location, database: app.db)
    try await MigrationRunner.migrate(app.db, isPostgres: location.isPostgres)
}
