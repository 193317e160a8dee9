import Fluent
import OversightDomain
import OversightStore
import Vapor

extension Application {
    package var oversight: OversightServices {
        get {
            guard let services = storage[OversightServicesKey.self] else {
                preconditionFailure("configure(_:) sets the services before any route runs")
            }
            return services
        }
        set { storage[OversightServicesKey.self] = newValue }
    }
}

extension Request {
    var dependencies: Dependencies { application.oversight.dependencies }

    /// The typed id in the path, or 404 for anything that is not one: a malformed id is
    /// as absent as a missing record.
    func id<Owner>(_ key: SiteURL.Key, as _: Owner.Type = Owner.self) throws -> Identifier<Owner> {
        guard let raw = parameters.get(key.rawValue), let id = Identifier<Owner>(raw) else {
            throw Abort(.notFound)
        }
        return id
    }

    /// The council named in the path.
    func council() async throws -> Council {
        guard let council = try await CouncilStore.find(id(.council), on: db) else { throw Abort(.notFound) }
        return council
    }

    /// The inspection named in the path, looked up within the council named in the path.
    func inspection(in council: Council) async throws -> InspectionRecord {
        guard let record = try await InspectionStore.find(id(.inspection), in: council.id, on: db) else {
            throw Abort(.notFound)
        }
        return record
    }

    /// The submitted form. A body that is not a form at all is a 400, never a 500.
    func form<F: Content>(_: F.Type) throws -> F {
        do {
            return try content.decode(F.self)
        } catch {
            logger.info("form not readable: \(String(reflecting: error))")
            throw Abort(.badRequest, reason: "The form could not be read. Go back, reload the page and try again.")
        }
    }

    /// The version an edit form carried; a missing one can only be stale. Anything but a whole
    /// number a record could have reached is refused (400), so that no sum on it can overflow.
    func expectedVersion(_ text: String?) throws -> Int {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return 0 }
        guard text.count <= 10, text.allSatisfy(\.isASCII), let version = Int(text), (0...Int(Int32.max)).contains(version) else {
            throw QueryParameter.refusal("version", "the whole number the form was given", text)
        }
        return version
    }

    /// `read` on one connection where that is quicker: see `OneConnection`.
    func onOneConnection<T: Sendable>(_ read: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await OneConnection.read(on: db, read)
    }
}

extension Council {
    var context: CouncilContext { CouncilContext(id: id, name: name) }
}
