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
        let rating: Rating? = check.choice("rating", rating, UpdateMessages.rating)
        let narrative = check.required("narrative", narrative, UpdateMessages.narrative, max: 10_000,
                                       label: "Progress this month")
        let links = (evidence ?? "").split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }
            .filter { !$0.isEmpty }
        if let bad = links.first(where: { !InspectionForm.isWebAddress($0) }) {
            check.fail("evidence", UpdateMessages.evidenceNotWebAddress(bad))
        } else if links.count > 20 {
            check.fail("evidence", UpdateMessages.tooManyLinks)
        }
        return check.result {
            guard let rating, let narrative else { return nil }
            return UpdateDraft(rating: rating, narrative: narrative, evidenceLinks: links,
                               correctsID: corrects.trimmedOrNil.flatMap(ActionUpdate.ID.init))
        }
    }
}
