import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// What a board pack page shows: the version the reader may see, and whether it is frozen.
struct BoardPackPageModel {
    var meeting: Meeting
    var body: GoverningBody
    var document: OversightDocuments.Document
    var frozen: FrozenBoardPack?
    var partTwo: Bool
}
