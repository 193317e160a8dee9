import OversightDomain
import OversightStore

/// A page of a list, with what a client needs to fetch the rest.
struct ListPage<Item: Codable & Sendable>: Codable, Sendable {
    var items: [Item]
    var page: Int
    var perPage: Int
    var total: Int
}
