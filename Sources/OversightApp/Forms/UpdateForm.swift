import Foundation
import OversightDomain
import OversightStore

struct UpdateForm: FormInput {
    var rating: String?
    var narrative: String?
    var evidence: String?

    func validate() -> Validated<UpdateDraft> {
        var check = Validator()
        let rating: Rating? = check.choice("rating", rating, "Select a rating: blue, green, amber or red")
        let narrative = check.required("narrative", narrative, "Enter the progress this month", max: 10_000,
                                       label: "Progress this month")
        let links = (evidence ?? "").split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }
            .filter { !$0.isEmpty }
        if let bad = links.first(where: { !InspectionForm.isWebAddress($0) }) {
            check.fail("evidence", "Evidence must be web addresses starting https://, one on each line: \"\(bad.prefix(60))\" is not")
        } else if links.count > 20 {
            check.fail("evidence", "Give 20 evidence links or fewer")
        }
        return check.result {
            guard let rating, let narrative else { return nil }
            return UpdateDraft(rating: rating, narrative: narrative, evidenceLinks: links)
        }
    }
}
