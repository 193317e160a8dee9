import Vapor

/// Which methods each path answers, so that a request with another method on a path that exists
/// is told 405 and which methods to use (`Allow`), rather than 404 as though the path were not there.
enum AllowedMethods {
    /// Every route's path components and methods, as `Routes.register` registers them.
    static let table: [(components: [PathComponent], methods: [String])] = {
        let registered = Vapor.Routes()
        Routes.register(on: registered)
        var methods: [String: [String]] = [:]
        var components: [String: [PathComponent]] = [:]
        for route in registered.all {
            let key = route.path.map(\.description).joined(separator: "/")
            components[key] = route.path
            methods[key, default: []].append(route.method.rawValue)
        }
        return components.keys.sorted().map { (components[$0] ?? [], methods[$0] ?? []) }
    }()

    /// The methods `path` answers, or nil when no route has that shape. HEAD comes with GET.
    static func methods(for path: String) -> [String]? {
        let segments = path.split(separator: "/").map(String.init)
        for (components, methods) in table where components.count == segments.count {
            let matches = zip(components, segments).allSatisfy { component, segment in
                if case let .constant(text) = component { return text == segment }
                return true
            }
            if matches { return methods.contains("GET") ? methods + ["HEAD"] : methods }
        }
        return nil
    }
}
