import OversightDocuments
import OversightDomain
import Vapor

/// The council a page belongs to, for the header and its navigation.
struct CouncilContext: Equatable {
    var id: Council.ID
    var name: String
}
