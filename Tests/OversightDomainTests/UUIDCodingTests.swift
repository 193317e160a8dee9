import Foundation
import OversightDomain
import Testing

@Suite("UUID text")
struct UUIDCodingTests {
    @Test("Ids print and read back as Foundation prints and reads them")
    func agreesWithFoundation() throws {
        for _ in 0..<2_000 {
            let uuid = UUID()
            #expect(UUIDCoding.uppercase(uuid) == uuid.uuidString)
            #expect(UUIDCoding.lowercase(uuid) == uuid.uuidString.lowercased())
            #expect(UUIDCoding.parse(uuid.uuidString) == uuid)
            #expect(UUIDCoding.parse(uuid.uuidString.lowercased()) == uuid)
        }
        let edges = ["00000000-0000-0000-0000-000000000000", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
                     "5D1E0000-0000-4000-8000-000000000001", "aBcDeF01-2345-6789-AbCd-Ef0123456789"]
        for text in edges {
            #expect(UUIDCoding.parse(text) == UUID(uuidString: text), "\(text)")
            #expect(UUIDCoding.parse(text) != nil)
        }
    }

    @Test("Anything that is not an id is refused, as Foundation refuses it", arguments: [
        "", "not an id", "5D1E0000-0000-4000-8000-00000000000", "5D1E0000-0000-4000-8000-0000000000011",
        "5D1E0000000040008000000000000001", "{5D1E0000-0000-4000-8000-000000000001}",
        "5D1E0000-0000-4000-8000-00000000000G", "5D1E0000_0000-4000-8000-000000000001",
        "5D1E000-00000-4000-8000-000000000001",
        "5D1E0000-0000-4000-8000-00000000000é", "5D1E0000-0000-4000-8000-0000000000\u{0}1",
    ])
    func refused(text: String) {
        #expect(UUIDCoding.parse(text) == nil)
        #expect(UUID(uuidString: text) == nil)
    }

    /// Foundation on Linux reads with `sscanf`, which skips white space before a digit pair.
    @Test("White space inside or before an id is refused, where Foundation lets it through", arguments: [
        " 5D1E0000-0000-4000-8000-00000000001", "5D1E0000-0000-4000-8000- 00000000001", "5D1E0000-0000-4000-8000-\n00000000001",
    ])
    func spacesRefused(text: String) {
        #expect(UUIDCoding.parse(text) == nil)
    }

    @Test("Identifiers sort as their text does, without printing it")
    func identifierOrder() {
        let ids = (0..<500).map { _ in Identifier<UUIDCodingTests>(UUID()) }
        #expect(ids.sorted() == ids.sorted { $0.description < $1.description })
        #expect(ids.map { Identifier<UUIDCodingTests>($0.description) } == ids)
    }
}
