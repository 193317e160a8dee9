import Foundation
import OversightDomain
import OversightStore
import Vapor

struct ComparatorsForm: Content {
    var region: String?
    var neighbours: String?
    var version: String?

    init(region: String? = nil, neighbours: String? = nil, version: String? = nil) {
        self.region = region
        self.neighbours = neighbours
        self.version = version
    }

    init(_ comparators: Comparators) {
        self.init(region: comparators.region, neighbours: comparators.neighbours.joined(separator: "\n"),
                  version: String(comparators.version))
    }

    func validate(council: String) -> Validated<Comparators> {
        var check = Validator()
        let region = check.optional("region", region, max: 100, label: "Region")
        let names = (neighbours ?? "").split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        if let problem = Comparators.problem(with: names, council: council) { check.fail("neighbours", problem) }
        return check.result { Comparators(region: region, neighbours: names, version: Int(version ?? "") ?? 0) }
    }
}
