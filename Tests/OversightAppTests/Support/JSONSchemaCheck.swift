import Foundation

/// A JSON value as any client reads it, so that the API's answers are checked as bytes on the
/// wire rather than as the DTOs that wrote them.
enum JSONNode: Decodable, Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    case object([String: JSONNode])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Bool before number: a decoder that would read `1` as true never reads `true` as 1.
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONNode].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONNode].self))
        }
    }

    static func parse(_ text: String) throws -> JSONNode {
        try JSONDecoder().decode(JSONNode.self, from: Data(text.utf8))
    }

    subscript(key: String) -> JSONNode? {
        guard case let .object(members) = self else { return nil }
        return members[key]
    }

    var objectValue: [String: JSONNode]? {
        guard case let .object(members) = self else { return nil }
        return members
    }

    var arrayValue: [JSONNode]? {
        guard case let .array(items) = self else { return nil }
        return items
    }

    var stringValue: String? {
        guard case let .string(text) = self else { return nil }
        return text
    }

    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// Checks a value against a JSON Schema: the part of the 2020-12 vocabulary that the API's
/// description uses, with `$ref` resolved within the whole description. A keyword it does not
/// know is itself an error, so that the description cannot say more than is checked.
struct JSONSchemaCheck {
    var root: JSONNode

    static let keywords: Set<String> = [
        "$ref", "type", "properties", "required", "additionalProperties", "items", "enum", "format", "minimum", "maximum", "pattern",
    ]
    /// Words for people that constrain nothing.
    static let annotations: Set<String> = ["description", "title", "default", "examples", "deprecated"]

    /// The node a JSON pointer such as "#/components/schemas/Council" names.
    func resolve(_ reference: String) -> JSONNode? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSONNode? = root
        for token in reference.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false) {
            node = node?[token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")]
        }
        return node
    }

    /// `node`, or what it refers to when it is only a `$ref` (as shared parameters and responses are).
    func resolved(_ node: JSONNode?) -> JSONNode? {
        var node = node
        for _ in 0..<10 {
            guard let reference = node?["$ref"]?.stringValue else { return node }
            node = resolve(reference)
        }
        return nil
    }

    /// Every way `value` differs from `schema`, each with where in the value it is; empty when it conforms.
    func errors(_ value: JSONNode, _ schema: JSONNode, at path: String = "$") -> [String] {
        guard let keywords = schema.objectValue else { return ["\(path): the schema \(schema) is not an object"] }
        var errors: [String] = []
        for name in keywords.keys.sorted() where !Self.keywords.contains(name) && !Self.annotations.contains(name) {
            errors.append("\(path): the checker does not know the keyword \(name)")
        }
        if let reference = keywords["$ref"] {
            if let target = reference.stringValue.flatMap(resolve) {
                errors += self.errors(value, target, at: path)
            } else {
                errors.append("\(path): \(reference) names nothing in the description")
            }
        }
        if let type = keywords["type"] {
            let types = type.arrayValue?.compactMap(\.stringValue) ?? type.stringValue.map { [$0] } ?? []
            if !types.contains(where: { Self.matches(value, type: $0) }) {
                errors.append("\(path): a \(value.kind) where the description says \(types.joined(separator: " or "))")
            }
        }
        if let allowed = keywords["enum"]?.arrayValue, !allowed.contains(value) {
            errors.append("\(path): \(value) is not one of the codes described")
        }
        switch value {
        case let .object(members): errors += objectErrors(members, keywords, at: path)
        case let .array(items):
            if let schema = keywords["items"] {
                for (index, item) in items.enumerated() { errors += self.errors(item, schema, at: "\(path)[\(index)]") }
            }
        case let .string(text): errors += stringErrors(text, keywords, at: path)
        case let .number(number):
            if case let .number(minimum)? = keywords["minimum"], number < minimum {
                errors.append("\(path): \(number) is below the minimum, \(minimum)")
            }
            if case let .number(maximum)? = keywords["maximum"], number > maximum {
                errors.append("\(path): \(number) is above the maximum, \(maximum)")
            }
        case .null, .bool: break
        }
        return errors
    }

    private func objectErrors(_ members: [String: JSONNode], _ keywords: [String: JSONNode], at path: String) -> [String] {
        var errors: [String] = []
        let properties = keywords["properties"]?.objectValue ?? [:]
        for case let .string(name) in keywords["required"]?.arrayValue ?? [] where members[name] == nil {
            errors.append("\(path): \(name) is required but missing")
        }
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            if let property = properties[name] {
                errors += self.errors(member, property, at: "\(path).\(name)")
            } else if let additional = keywords["additionalProperties"] {
                switch additional {
                case .bool(false): errors.append("\(path).\(name) is not in the description")
                case .bool(true): break
                default: errors += self.errors(member, additional, at: "\(path).\(name)")
                }
            }
        }
        return errors
    }

    private func stringErrors(_ text: String, _ keywords: [String: JSONNode], at path: String) -> [String] {
        var errors: [String] = []
        if let format = keywords["format"]?.stringValue {
            let conforms = switch format {
            case "uuid": UUID(uuidString: text) != nil
            case "date": Self.matches(text, pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
            case "date-time": Self.matches(text, pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T")
            default: false
            }
            if !conforms { errors.append("\(path): \"\(text)\" is not a \(format) (or the checker does not know the format)") }
        }
        if let pattern = keywords["pattern"]?.stringValue, !Self.matches(text, pattern: pattern) {
            errors.append("\(path): \"\(text)\" does not match \(pattern)")
        }
        return errors
    }

    static func matches(_ value: JSONNode, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object):
            true
        case let ("integer", .number(number)):
            number.rounded() == number && abs(number) < 9e15
        default:
            false
        }
    }

    /// Unanchored, as JSON Schema's `pattern` is; an unreadable pattern matches nothing.
    static func matches(_ text: String, pattern: String) -> Bool {
        guard let regex = try? Regex(pattern) else { return false }
        return text.firstMatch(of: regex) != nil
    }
}
