import OversightDomain

/// The import's last step: what the plan would be, every problem, and the form that creates it.
enum PlanImportPreview {}

extension PlanImportPreview {
    /// The preview with everything counted, cut to what is listed and looked up: each lead by
    /// name, the choices already made for leads and ratings, and the months the ratings may be for.
    struct Model {
        struct ActionRow {
            /// Oversight's reference, such as "2.3".
            var reference: String
            /// The reference the file gave, shown beside Oversight's when they are not the same.
            var fileReference: String
            var what: String
            /// Empty when the action has no lead.
            var leadName: String
            var dueDate: CalendarDate
            /// Empty when the action has no rating.
            var rating: String
            var row: Int
        }

        /// A priority's table. A large plan is listed only so far, so a priority may show some of
        /// its actions or none.
        struct PrioritySection {
            var number: Int
            var title: String
            var actionCount: Int
            var rows: [ActionRow]
            var shownCount: Int
            /// Some of its actions are beyond those listed.
            var isCut: Bool
        }

        /// A lead or a rating as written in the file, and what the user has said it is so far.
        struct Settling {
            var written: String
            var selected: String?
        }

        var sheetName: String
        var isReady: Bool
        var priorityCount: Int
        var actionCount: Int
        var problemCount: Int
        /// The first problems only, in the order found.
        var problems: [PlanImport.Problem]
        var areProblemsCut: Bool
        var numberedFromFile: Bool
        /// Actions are numbered by their place, so the file's references are explained beside them.
        var explainsNumbering: Bool
        var updatesWithoutRating: Int
        /// Unsettled ratings count as missing, so the note on unrated updates waits until none is.
        var notesUnratedUpdates: Bool
        var ratedCount: Int
        var sections: [PrioritySection]
        var areActionsCut: Bool
        /// Some lead or rating needs the user's word.
        var needsSettling: Bool
        var people: [Settling]
        var ratings: [Settling]
        /// The people directory by name, without those the import would add: they are not offered as matches.
        var directory: [(value: String, label: String)]
        var canAddPeople: Bool
        /// The choices that lead back to the columns step.
        var columnsStep: [(String, String)]
        /// The choices the settling form carries: the mapping, without the leads and ratings it settles.
        var mappingOnly: [(String, String)]
        /// Every choice, carried into the form that creates the plan.
        var allChoices: [(String, String)]
        var title: String?
        var ratingsMonth: String?
        /// This month and the twelve before it, newest first.
        var months: [CalendarDate]

        init(sheet: String, preview: PlanImport.Preview, unknownPeople: [String], unsettledRatings: [String],
             choices: PlanImportChoices, people: [Person], canAddPeople: Bool, today: CalendarDate) {
            let names = Dictionary(people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let chosen = Dictionary(choices.people.map { ($0.written, $0.choice) }, uniquingKeysWith: { first, _ in first })
            let meant = Dictionary(choices.ratings.map { ($0.written, $0.choice) }, uniquingKeysWith: { first, _ in first })
            sheetName = sheet
            isReady = preview.isReady
            priorityCount = preview.priorities.count
            actionCount = preview.actionCount
            problemCount = preview.problems.count
            problems = Array(preview.problems.prefix(PlanImportViews.problemsListed))
            areProblemsCut = preview.problems.count > PlanImportViews.problemsListed
            numberedFromFile = preview.numberedFromFile
            explainsNumbering = !(preview.numberedFromFile || preview.actionCount == 0)
            updatesWithoutRating = preview.updatesWithoutRating
            notesUnratedUpdates = !(preview.updatesWithoutRating == 0 || !preview.problems.isEmpty)
            ratedCount = preview.ratedCount
            var listed = 0
            sections = preview.priorities.map { priority in
                let rows = priority.actions.prefix(max(PlanImportViews.actionsListed - listed, 0))
                listed += rows.count
                return PrioritySection(
                    number: priority.number, title: priority.title, actionCount: priority.actions.count,
                    rows: rows.map { action in
                        ActionRow(reference: "\(priority.number).\(action.number)", fileReference: action.reference ?? "",
                                  what: action.what, leadName: action.lead.flatMap { names[$0] } ?? "",
                                  dueDate: action.dueDate, rating: action.rating?.word ?? "", row: action.row)
                    },
                    shownCount: rows.count, isCut: priority.actions.count - rows.count > 0)
            }
            areActionsCut = preview.actionCount > PlanImportViews.actionsListed
            needsSettling = !(unknownPeople.isEmpty && unsettledRatings.isEmpty)
            self.people = unknownPeople.map { Settling(written: $0, selected: chosen[$0]) }
            ratings = unsettledRatings.map { Settling(written: $0, selected: meant[$0]) }
            directory = people.filter { $0.version > 0 }.sorted { $0.name < $1.name }.map { person in
                (value: person.id.description, label: person.email.map { "\(person.name) (\($0))" } ?? person.name)
            }
            self.canAddPeople = canAddPeople
            var columnsStep = choices
            columnsStep.step = nil
            self.columnsStep = columnsStep.pairs
            var mappingOnly = choices
            mappingOnly.ratings = []
            mappingOnly.people = []
            self.mappingOnly = mappingOnly.pairs
            allChoices = choices.pairs
            title = choices.title
            ratingsMonth = choices.ratingsMonth
            months = (0..<13).map { today.firstOfMonth.adding(months: -$0) }
        }
    }
}
