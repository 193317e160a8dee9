import OversightDomain
import Vapor

struct SelfAssessmentForm: FormInput {
    var title: String?
    var purpose: String?
    var fromDay: String?, fromMonth: String?, fromYear: String?
    var toDay: String?, toMonth: String?, toYear: String?
    var author: String?
    var areas: String?
    var questions: String?
    /// Not submitted: the people the form may accept as author.
    var people: Set<String> = []

    enum CodingKeys: String, CodingKey {
        case title, purpose, author, areas, questions
        case fromDay = "from-day", fromMonth = "from-month", fromYear = "from-year"
        case toDay = "to-day", toMonth = "to-month", toYear = "to-year"
    }

    /// Starts from Ofsted's structure, which most councils use.
    init() {
        areas = AssessmentStructure.ofsted.areas.joined(separator: "\n")
        questions = AssessmentStructure.ofsted.questions.joined(separator: "\n")
    }

    func validate() -> Validated<SelfAssessmentDraft> {
        var check = Validator()
        let title = check.required("title", title, SelfAssessmentMessages.title,
                                   max: 200, label: "Title")
        let purpose: AssessmentPurpose? = check.choice("purpose", purpose, SelfAssessmentMessages.purpose)
        let from = check.date("from", DateParts(day: fromDay, month: fromMonth, year: fromYear), label: "Start of the period covered",
                              required: true)
        let to = check.date("to", DateParts(day: toDay, month: toMonth, year: toYear), label: "End of the period covered", required: true)
        if let from, let to, to < from {
            check.fail("to", anchor: "to-day", SelfAssessmentMessages.periodEndBeforeStart(from))
        }
        let authorID = author.trimmedOrNil.flatMap { people.contains($0) ? $0 : nil }.flatMap { Person.ID($0) }
        if authorID == nil { check.fail("author", SelfAssessmentMessages.author) }
        var structure: AssessmentStructure?
        switch AssessmentStructure.parse(areas: areas ?? "", questions: questions ?? "") {
        case let .success(parsed): structure = parsed
        case let .failure(problem): check.fail(problem == .noQuestions ? "questions" : "areas", problem.message)
        }
        return check.result {
            guard let title, let purpose, let from, let to, let authorID, let structure else { return nil }
            return SelfAssessmentDraft(title: title, purpose: purpose, periodFrom: from, periodTo: to, authorID: authorID, structure: structure)
        }
    }
}
