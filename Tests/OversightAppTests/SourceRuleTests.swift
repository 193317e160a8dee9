import Foundation
import Testing

@Suite("Rules the source keeps")
struct SourceRuleTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    static func files() throws -> [(path: String, text: String)] {
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var found: [(String, String)] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            found.append((url.path.replacingOccurrences(of: sources.path + "/", with: ""), try String(contentsOf: url, encoding: .utf8)))
        }
        return found
    }

    /// `HTMLNode.attribute` holds a value already escaped: an attribute built any other way than
    /// through `HTMLNode.escapedAttribute` (directly, or by `el`/`voidElement`) could carry a quote
    /// out of its value.
    @Test("Attributes are made only through the escaping function")
    func attributesEscaped() throws {
        // An attribute modifier would be a bare `.name(` in a chain; `req.id(` and the like are other functions.
        let plotAttributes = try Regex(#"Attribute\(name:|\.attribute\(name:|\.attribute\(named:|(^|[^A-Za-z0-9_])\.(href|src|class|rel|id)\("#)
        var offending: [String] = []
        let files = try Self.files()
        #expect(files.count > 100)
        for (path, text) in files where path.hasPrefix("OversightApp") || path.hasPrefix("OversightDocuments") {
            guard !path.hasSuffix("HTMLEscaping.swift"), !path.hasSuffix("HTMLNode.swift") else { continue }
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(plotAttributes) {
                offending.append("\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offending.isEmpty, "\(offending.joined(separator: "\n"))")
    }

    /// Store methods that write take a `Change`, which only `UnitOfWork` makes; what is left to
    /// watch is the app reaching past the store (Fluent's own writes, raw SQL, a transaction of its
    /// own) and the unaudited seeding path used anywhere but the demo and the load-test data.
    @Test("The app changes data only through the unit of work")
    func oneWritePath() throws {
        let bypasses = try Regex(#"\.transaction\s*[({]|\.(create|save|update|delete)\(on:|\.(delete|update)\(\)|\.insert\(into:|\bsql\.raw\(|\bUnitOfWork\.migrating"#)
        let seeding = try Regex(#"\bUnitOfWork\.seed\("#)
        var offending: [String] = []
        let files = try Self.files()
        #expect(files.contains { $0.path.hasPrefix("OversightDemo/Demo/") && $0.text.contains(seeding) },
                "the rule should see the demo's seeding")
        for (path, text) in files where path.hasPrefix("OversightApp/") || path.hasPrefix("OversightDemo/") {
            let mayPlant = path.hasPrefix("OversightDemo/Demo/") || path.hasPrefix("OversightDemo/Bench/")
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(bypasses) || (!mayPlant && line.contains(seeding)) {
                offending.append("\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offending.isEmpty, "\(offending.joined(separator: "\n"))")
    }

    /// Permissions are asked of a feature's policy, never of the matrix directly, so a page never
    /// offers what its handler refuses and a row-level rule is written once. Only the policies and
    /// the sign-in machinery (`Auth/`) read the matrix.
    @Test("Only a feature's policy asks what a person may do")
    func policiesAnswer() throws {
        let asking = try Regex(#"\.can\(\.|\bcan\(\.|\.require\(\.|viewPartII|\.roles\b"#)
        var offending: [String] = []
        let files = try Self.files()
        #expect(files.contains { $0.path.hasSuffix("Risks/RiskPolicy.swift") && $0.text.contains(asking) },
                "the rule should see the risks policy asking")
        for (path, text) in files where path.hasPrefix("OversightApp/") && !path.hasSuffix("Policy.swift")
            && !path.hasPrefix("OversightApp/Auth/") {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(asking) && !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                offending.append("\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offending.isEmpty, "\(offending.joined(separator: "\n"))")
    }

    /// A page is drawn from a read model of exactly what it shows (`X+Model.swift` beside the
    /// feature's use cases); its view only turns that into HTML. Searching, sorting and grouping
    /// in a view is work done where no test of the model sees it, and the next page to need the
    /// same figure would work it out again.
    @Test("Views compute nothing: no filtering, sorting, searching or grouping in a view")
    func viewsComputeNothing() throws {
        let computing = try Regex(#"\.(filter|sorted|reduce)\s*[({]|\.(first|last)\s*(\(where:|\{)|\.contains\s*\{|\bDictionary\("#)
        var offending: [String] = []
        let files = try Self.files()
        let views = files.filter { $0.path.hasPrefix("OversightApp/") && ($0.path.hasSuffix("Views.swift") || $0.path.hasSuffix("View.swift")) }
        #expect(views.count > 20, "the rule should see the views")
        #expect("let late = rows.filter { $0.isLate }".contains(computing) && "rows.first(where: { $0.ok })".contains(computing),
                "the rule should recognise a view that computes")
        for (path, text) in views {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(computing) && !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                offending.append("\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offending.isEmpty, "\(offending.joined(separator: "\n"))")
    }

    @Test("No try! and no as! anywhere: nothing from outside may end the process")
    func noTrappingCasts() throws {
        var offending: [String] = []
        for (path, text) in try Self.files() where text.contains("try!") || text.contains(" as! ") {
            offending.append(path)
        }
        #expect(offending.isEmpty, "\(offending)")
    }
}
