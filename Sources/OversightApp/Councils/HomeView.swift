import OversightDocuments

enum HomeView {
    /// Shown before any council exists: what Oversight is and the first step.
    static func empty(context: ViewContext) -> String {
        Layout.render(Page(title: "Welcome", council: nil, section: nil, context: context, content: [
            heading(1, "Welcome to Oversight", size: .xl),
            paragraph("Oversight runs an improvement programme after an inspection: the recommendations, the plan that answers them, progress, performance, risks, the board and the reports to members."),
            paragraph("Start by adding the council whose programme you run."),
            context.councils.add.isAllowed ? buttonLink("Add a council", to: .newCouncil)
                : paragraph("An administrator needs to add it: ask yours to sign in and choose Add a council."),
            inset([paragraph("To look around first, stop Oversight and start it with the demo council: swift run oversight demo")]),
        ]))
    }
}
