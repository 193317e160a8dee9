import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// Self-assessments: the list, one with its document, its sections and judgements, its moves and its downloads.
enum SelfAssessmentController {
    @Sendable static func list(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.selfAssessments.read)
        let council = try await req.council()
        let model = SelfAssessmentList.Model(try await SelfAssessmentStore.all(in: council.id, on: req.db))
        return HTMLResponse(html: SelfAssessmentViews.list(model, council: council.context, context: req.viewContext))
    }

    @Sendable static func new(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.selfAssessments.manage)
        let council = try await req.council()
        return HTMLResponse(html: SelfAssessmentViews.form(SelfAssessmentForm(), people: try await PersonStore.all(in: council.id, on: req.db),
                                                           council: council.context, context: req.viewContext, errors: []))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await req.authorize(req.selfAssessments.manage)
        let council = try await req.council()
        let people = try await PersonStore.all(in: council.id, on: req.db)
        var form = try req.form(SelfAssessmentForm.self)
        form.people = Set(people.map(\.id.description))
        switch form.validate() {
        case let .invalid(errors):
            return try await HTMLResponse(status: .unprocessableEntity, html: SelfAssessmentViews.form(
                form, people: people, council: council.context, context: req.viewContext, errors: errors)).encodeResponse(for: req)
        case let .valid(draft):
            let id = try await WriteSelfAssessment(dependencies: req.dependencies).create(draft, in: council.id, by: req.actor, on: req.db)
            return req.redirect(to: .selfAssessment(.value(council.id), .value(id)), notice: .selfAssessmentSaved)
        }
    }

    @Sendable static func show(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.selfAssessments.read)
        let council = try await req.council()
        return try await page(req, council: council, assessment: try await req.selfAssessment(in: council), errors: [])
    }

    private static func page(_ req: Request, council: Council, assessment: SelfAssessment, errors: [FieldError],
                             status: HTTPResponseStatus = .ok) async throws -> HTMLResponse {
        let record = try await SelfAssessmentStore.record(assessment, on: req.db)
        let document = try await SelfAssessmentDocument.current(assessment, council: council, today: .inLondon(req.dependencies.now()), on: req.db)
        return HTMLResponse(status: status, html: SelfAssessmentViews.page(SelfAssessmentPage.Model(record, document: document),
                                                                          council: council.context, context: req.viewContext, errors: errors))
    }

    @Sendable static func transition(req: Request) async throws -> Response {
        try await req.authorize(req.selfAssessments.manage)
        let council = try await req.council()
        let assessment = try await req.selfAssessment(in: council)
        let form = try req.form(AssessmentTransitionForm.self)
        guard let event = AssessmentEvent.from(code: form.event) else { throw Abort(.badRequest, reason: SelfAssessmentMessages.event) }
        do {
            try await WriteSelfAssessment(dependencies: req.dependencies).move(assessment, event, expectedVersion: req.expectedVersion(form.version),
                                                                                council: council, by: req.actor, on: req.db)
            return req.redirect(to: .selfAssessment(.value(council.id), .value(assessment.id)), notice: .selfAssessmentMoved)
        } catch let error as AssessmentError {
            return try await page(req, council: council, assessment: assessment, errors: [FieldError(field: "event", message: error.message)],
                                  status: .unprocessableEntity).encodeResponse(for: req)
        } catch StoreError.staleEdit {
            throw Abort(.conflict, reason: SelfAssessmentMessages.stale)
        }
    }

    // MARK: Sections and evidence

    @Sendable static func section(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.selfAssessments.manage)
        let council = try await req.council()
        let (_, record, section) = try await req.assessmentSection(in: council)
        return try await sectionPage(req, council: council, record: record, section: section,
                                     form: AssessmentSectionForm(text: section.text, version: String(section.version)), errors: [])
    }

    @Sendable static func saveSection(req: Request) async throws -> Response {
        try await req.authorize(req.selfAssessments.manage)
        let council = try await req.council()
        let (assessment, record, section) = try await req.assessmentSection(in: council)
        var form = try req.form(AssessmentSectionForm.self)
        let text = form.text?.trimmingWhitespace ?? ""
        guard text.count <= 20_000 else {
            return try await sectionPage(req, council: council, record: record, section: section, form: form,
                                         errors: [FieldError(field: "text", message: Messages.tooLong("Answer", max: 20_000))],
                                         status: .unprocessableEntity).encodeResponse(for: req)
        }
        do {
            try await WriteSelfAssessment(dependencies: req.dependencies).saveSection(section, text: text, of: assessment,
                                                                                       expectedVersion: req.expectedVersion(form.version),
                                                                                       by: req.actor, on: req.db)
            return req.redirect(to: .assessmentSection(.value(council.id), .value(assessment.id), .value(section.id)), notice: .sectionSaved)
        } catch let error as AssessmentError {
            return try await sectionPage(req, council: council, record: record, section: section, form: form,
                                         errors: [FieldError(field: "text", message: error.message)], status: .unprocessableEntity)
                .encodeResponse(for: req)
        } catch StoreError.staleEdit {
            form.version = String(section.version)
            return try await sectionPage(req, council: council, record: record, section: section, form: form, errors: [],
                                         status: .conflict, conflict: section).encodeResponse(for: req)
        }
    }

    @Sendable static func evidence(req: Request) async throws -> Response {
        try await req.authorize(req.selfAssessments.manage)
        let council = try await req.council()
        let (assessment, record, section) = try await req.assessmentSection(in: council)
        let form = try req.form(EvidenceForm.self)
        let use = WriteSelfAssessment(dependencies: req.dependencies)
        do {
            if let remove = form.remove.trimmedOrNil {
                guard let link = record.evidence(of: section.id).first(where: { $0.id.description == remove.lowercased() }) else {
                    throw Abort(.notFound)
                }
                try await use.uncite(link, of: assessment, by: req.actor, on: req.db)
            } else {
                let parts = (form.evidence ?? "").split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2, let kind = EvidenceLink.Kind.from(code: parts[0]) else {
                    return try await sectionPage(req, council: council, record: record, section: section,
                                                 form: AssessmentSectionForm(text: section.text, version: String(section.version)),
                                                 errors: [FieldError(field: "evidence", message: SelfAssessmentMessages.evidence)],
                                                 status: .unprocessableEntity).encodeResponse(for: req)
                }
                let catalogue = try await EvidenceCatalogue.load(council, today: .inLondon(req.dependencies.now()), on: req.db)
                try await use.cite(kind, parts[1], note: form.note.trimmedOrNil.map { String($0.prefix(500)) }, in: section, of: assessment,
                                   catalogue: catalogue, by: req.actor, on: req.db)
            }
            return req.redirect(to: .assessmentSection(.value(council.id), .value(assessment.id), .value(section.id)), notice: .evidenceSaved)
        } catch let error as AssessmentError {
            return try await sectionPage(req, council: council, record: record, section: section,
                                         form: AssessmentSectionForm(text: section.text, version: String(section.version)),
                                         errors: [FieldError(field: "evidence", message: error.message)], status: .unprocessableEntity)
                .encodeResponse(for: req)
        }
    }

    struct UploadForm: Content {
        var file: File?
        var documentNote: String?
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        try await req.authorize(req.selfAssessments.manage)
        let council = try await req.council()
        let (assessment, record, section) = try await req.assessmentSection(in: council)
        let form = try req.form(UploadForm.self)
        do {
            guard let file = form.file, !file.filename.isEmpty else {
                throw AssessmentError.documentRefused(SelfAssessmentMessages.document)
            }
            try await WriteSelfAssessment(dependencies: req.dependencies).attach(
                fileName: file.filename, bytes: Array(file.data.readableBytesView),
                note: form.documentNote.trimmedOrNil.map { String($0.prefix(500)) },
                to: section, of: assessment, by: req.actor, reviewer: req.reviewerName, on: req.db)
            return req.redirect(to: .assessmentSection(.value(council.id), .value(assessment.id), .value(section.id)), notice: .evidenceSaved)
        } catch let error as AssessmentError {
            return try await sectionPage(req, council: council, record: record, section: section,
                                         form: AssessmentSectionForm(text: section.text, version: String(section.version)),
                                         errors: [FieldError(field: "file", message: error.message)], status: .unprocessableEntity)
                .encodeResponse(for: req)
        }
    }

    /// An uploaded document, for anyone who can read the programme: it is cited in a published document.
    @Sendable static func download(req: Request) async throws -> Response {
        try await req.authorize(req.selfAssessments.read)
        let council = try await req.council()
        let assessment = try await req.selfAssessment(in: council)
        guard let raw = req.parameters.get(SiteURL.Key.document.rawValue), let id = UUID(uuidString: raw),
              let (document, data) = try await SelfAssessmentStore.document(id, of: assessment.id, on: req.db) else { throw Abort(.notFound) }
        return .download(data, type: document.kind.contentType, fileName: document.fileName)
    }

    private static func sectionPage(_ req: Request, council: Council, record: SelfAssessmentRecord, section: AssessmentSection,
                                    form: AssessmentSectionForm, errors: [FieldError], status: HTTPResponseStatus = .ok,
                                    conflict: AssessmentSection? = nil) async throws -> HTMLResponse {
        let catalogue = try await EvidenceCatalogue.load(council, today: .inLondon(req.dependencies.now()), on: req.db)
        return HTMLResponse(status: status, html: SelfAssessmentViews.sectionPage(
            AssessmentSectionPage.Model(record, section: section, catalogue: catalogue), form: form, council: council.context,
            context: req.viewContext, errors: errors, conflict: conflict))
    }

    // MARK: The council's own grade for an area

    @Sendable static func area(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.selfAssessments.manage)
        let council = try await req.council()
        let assessment = try await req.selfAssessment(in: council)
        let area = try req.assessmentArea(of: assessment)
        let record = try await SelfAssessmentStore.record(assessment, on: req.db)
        let judgement = record.judgement(area: area)
        return HTMLResponse(html: SelfAssessmentViews.areaForm(AreaJudgementForm(grade: judgement?.grade.rawValue, reasons: judgement?.reasons),
                                                               assessment: assessment, area: area, council: council.context,
                                                               context: req.viewContext, errors: []))
    }

    @Sendable static func judge(req: Request) async throws -> Response {
        try await req.authorize(req.selfAssessments.manage)
        let council = try await req.council()
        let assessment = try await req.selfAssessment(in: council)
        let area = try req.assessmentArea(of: assessment)
        let form = try req.form(AreaJudgementForm.self)
        var errors: [FieldError]
        switch form.validate() {
        case let .invalid(found): errors = found
        case let .valid((grade, reasons)):
            do {
                try await WriteSelfAssessment(dependencies: req.dependencies).judge(
                    AreaJudgement(assessmentID: assessment.id, area: area, grade: grade, reasons: reasons), of: assessment, by: req.actor, on: req.db)
                return req.redirect(to: .selfAssessment(.value(council.id), .value(assessment.id)), notice: .judgementRecorded)
            } catch let error as AssessmentError {
                errors = [FieldError(field: "grade", message: error.message)]
            }
        }
        return try await HTMLResponse(status: .unprocessableEntity, html: SelfAssessmentViews.areaForm(
            form, assessment: assessment, area: area, council: council.context, context: req.viewContext, errors: errors)).encodeResponse(for: req)
    }

    // MARK: Downloads

    private static func document(_ req: Request) async throws -> (SelfAssessment, OversightDocuments.Document, Council) {
        try await req.authorize(req.selfAssessments.read)
        let council = try await req.council()
        let assessment = try await req.selfAssessment(in: council)
        return (assessment, try await SelfAssessmentDocument.current(assessment, council: council, today: .inLondon(req.dependencies.now()),
                                                                     on: req.db), council)
    }

    static func fileName(_ assessment: SelfAssessment, _ ext: String) -> String {
        let slug = assessment.title.lowercased().split { !$0.isLetter && !$0.isNumber }.prefix(8).joined(separator: "-")
        return "\(assessment.periodTo.iso)-\(slug).\(ext)"
    }

    @Sendable static func docx(req: Request) async throws -> Response {
        let (assessment, document, _) = try await document(req)
        return .download(try DocxRenderer.render(document, baseURL: req.baseURL), type: EvidenceKind.word.contentType,
                         fileName: fileName(assessment, "docx"))
    }

    @Sendable static func markdown(req: Request) async throws -> Response {
        let (assessment, document, _) = try await document(req)
        return .download(MarkdownRenderer.render(document), type: "text/markdown; charset=utf-8", fileName: fileName(assessment, "md"))
    }

    @Sendable static func pdf(req: Request) async throws -> Response {
        let (assessment, document, council) = try await document(req)
        return .download(try await req.printedPDF(ReportViews.printable(document, council: council.name),
                                                  frozen: assessment.status == .submitted),
                         type: "application/pdf", fileName: fileName(assessment, "pdf"))
    }
}

extension Request {
    func selfAssessment(in council: Council) async throws -> SelfAssessment {
        guard let assessment = try await SelfAssessmentStore.find(id(.assessment), in: council.id, on: db) else { throw Abort(.notFound) }
        return assessment
    }

    func assessmentSection(in council: Council) async throws -> (SelfAssessment, SelfAssessmentRecord, AssessmentSection) {
        let assessment = try await selfAssessment(in: council)
        let record = try await SelfAssessmentStore.record(assessment, on: db)
        let sectionID: AssessmentSection.ID = try id(.section)
        guard let section = record.sections.first(where: { $0.id == sectionID }) else { throw Abort(.notFound) }
        return (assessment, record, section)
    }

    func assessmentArea(of assessment: SelfAssessment) throws -> Int {
        guard let area = parameters.get(SiteURL.Key.area.rawValue).flatMap({ Int($0) }), assessment.structure.areas.indices.contains(area)
        else { throw Abort(.notFound) }
        return area
    }
}
