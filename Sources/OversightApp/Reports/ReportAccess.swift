import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// What the viewer may read of a report.
enum ReportAccess {
    /// Staff who may read it all, drafts included.
    case full
    /// The public, or staff without Part II access: a published Part I report in full.
    case published
    /// A published Part II report for someone without Part II access: its title and paragraph.
    case exempt
}
