import OversightDomain
import OversightStore

/// A report template's page, where a save makes a new version.
enum TemplateEditor {}

extension TemplateEditor {
    /// The version shown, where it stands in its family's history, and how many section rows the
    /// form has room for (more when the form comes back with rows typed in).
    struct Model {
        var id: ReportTemplate.ID
        var name: String
        var version: Int
        var headerFields: [ReportTemplate.HeaderField]
        /// The newest version when this one is older: only the newest is changed.
        var newestID: ReportTemplate.ID?
        /// The version a save makes.
        var nextVersion: Int
        var sectionRows: Int

        init(_ version: TemplateVersion, history: [TemplateVersion], form: TemplateForm) {
            let base = version.template
            id = version.id
            name = base.name
            self.version = base.version
            headerFields = base.headerFields
            newestID = history.first?.id == version.id ? nil : history[0].id
            nextVersion = (history.first?.template.version ?? base.version) + 1
            sectionRows = form.rows(base: base)
        }
    }
}
