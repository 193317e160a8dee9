import Foundation
import OversightDomain
import OversightStore
import Vapor

struct UpdateForm: FormInput {
    var rating: String?
    var narrative: String?
    var evidence: String?
    var evidenceFiles: [File]?
    /// The accepted update this one corrects, if it is a correction.
    var corrects: String?

    /// A checked upload, ready to store.
    struct Upload {
        var name: String
        var kind: EvidenceKind
        var bytes: [UInt8]
    }

    /// The files chosen, each checked for size and type; an empty file input sends one empty
    /// part with no name, which is no file at all.
    func uploads() -> (files: [Upload], errors: [FieldError]) {
        let chosen = (evidenceFiles ?? []).filter { !$0.filename.isEmpty }
        guard chosen.count <= EvidenceRules.maxFiles else {
            return ([], [FieldError(field: "evidenceFiles", message: EvidenceProblem.tooMany(EvidenceRules.maxFiles).message)])
        }
        var files: [Upload] = []
        var errors: [FieldError] = []
        for file in chosen {
            let bytes = Array(file.data.readableBytesView)
            switch EvidenceRules.check(fileName: file.filename, bytes: bytes) {
            case let .success(kind): files.append(Upload(name: EvidenceRules.displayName(file.filename), kind: kind, bytes: bytes))
            case let .failure(problem): errors.append(FieldError(field: "evidenceFiles", message: problem.message))
            }
        }
        return (files, errors)
    }

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
            return UpdateDraft(rating: rating, narrative: narrative, evidenceLinks: links,
                               correctsID: corrects.trimmedOrNil.flatMap(ActionUpdate.ID.init))
        }
    }
}
