import OversightDocuments
import OversightDomain
import Vapor

/// Everything the layout needs. One layout for every page, given its content as a value.
struct Page {
    var title: String
    var council: CouncilContext?
    var section: NavSection?
    var breadcrumbs: [(String, SiteURL)] = []
    /// A back link, shown above the content (and above an error summary) on form pages.
    var back: SiteURL? = nil
    /// The form's errors: "Error: " goes before the title and the summary at the top of main.
    var errors: [FieldError] = []
    var context: ViewContext
    var content: [BodyNode]
}
