import OversightDomain
import OversightStore

/// The administrator's list of report templates, with the form that copies one.
enum ReportTemplates {}

extension ReportTemplates {
    /// The newest version of each template, as the table and the copy form list them.
    struct Model {
        struct Row {
            var id: ReportTemplate.ID
            var name: String
            var version: Int
            var sectionCount: Int
            var savedBy: String
        }

        var rows: [Row]
        /// The template the copy form starts on: the first listed.
        var firstID: ReportTemplate.ID?

        init(_ templates: [TemplateVersion]) {
            rows = templates.map { version in
                Row(id: version.id, name: version.template.name, version: version.template.version,
                    sectionCount: version.template.sections.count, savedBy: version.createdBy)
            }
            firstID = templates.first?.id
        }
    }
}
