import Plot

enum HomeView {
    /// Shown before any council exists: what Oversight is and the first step.
    static func empty() -> String {
        Layout.render(Page(title: "Welcome", council: nil, section: nil, content: [
            heading(1, "Welcome to Oversight", size: .xl),
            paragraph("Oversight runs an improvement programme after an inspection: the recommendations, the plan that answers them, progress, performance, risks, the board and the reports to members."),
            paragraph("Start by adding the council whose programme you run."),
            buttonLink("Add a council", to: .newCouncil),
            inset([paragraph("To look around first, stop Oversight and start it with the demo council: swift run oversight demo")]),
        ]))
    }
}
