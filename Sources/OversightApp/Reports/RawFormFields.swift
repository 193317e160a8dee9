import OversightDomain
import OversightStore
import Vapor

/// A form read as raw text by field name, for forms whose fields follow data (a template's
/// sections) rather than a fixed list. Repeated "name[]" fields are read as lists.
struct RawFormFields: Codable {
    var values: [String: String] = [:]
    var lists: [String: [String]] = [:]

    init(values: [String: String], lists: [String: [String]] = [:]) {
        self.values = values
        self.lists = lists
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        for key in container.allKeys {
            // A field sent several times is a list; one sent once is both a value and a list of one.
            if let list = try? container.decode([String].self, forKey: key), list.count > 1 {
                lists[key.stringValue] = list
            } else if let text = try? container.decode(String.self, forKey: key) {
                values[key.stringValue] = text
                lists[key.stringValue] = [text]
            } else if let list = try? container.decode([String].self, forKey: key) {
                lists[key.stringValue] = list
            }
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        for (key, value) in values { try container.encode(value, forKey: AnyKey(stringValue: key)) }
        for (key, list) in lists { try container.encode(list, forKey: AnyKey(stringValue: key)) }
    }
}
