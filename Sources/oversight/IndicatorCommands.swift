import ArgumentParser
import Foundation
import OversightApp

/// `oversight indicators import FILE`: a month's figures from a CSV file or workbook, all or nothing.
struct IndicatorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators", abstract: "Load indicator values for the scorecard.", subcommands: [Import.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import values from CSV or an Excel workbook: indicator_code,period,numerator,denominator,value,status,comment; or benchmarks: indicator_code,year,england,neighbours,region,source. Every line is checked first; one bad line and nothing is written.")

        @OptionGroup var options: ServerOptions
        @Argument(help: "The CSV file (UTF-8; Excel's \"CSV UTF-8\" is fine) or workbook (.xlsx; the first sheet with an indicator_code heading).") var file: String
        @Option(help: "The council's name, when the installation has more than one.") var council: String?
        @Flag(help: "Check the file and report, without writing anything.") var dryRun = false

        func run() async throws {
            let configuration = try options.load()
            try await reportingProblems {
                say(try await OversightAdmin.importIndicatorValues(configuration, file: file, council: council, dryRun: dryRun))
            }
        }
    }
}

/// `oversight risks import FILE`: new risks from a council's risk log, all or nothing.
struct RisksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risks", abstract: "Bring in risks from a risk log.", subcommands: [Import.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import new risks from CSV or an Excel workbook, in the columns of the register's CSV download. Every row is checked first; one problem and nothing is written.")

        @OptionGroup var options: ServerOptions
        @Argument(help: "The CSV file (UTF-8) or workbook (.xlsx; the first sheet with a title heading).") var file: String
        @Option(help: "The council's name, when the installation has more than one.") var council: String?
        @Flag(help: "Check the file and report, without writing anything.") var dryRun = false

        func run() async throws {
            let configuration = try options.load()
            try await reportingProblems {
                say(try await OversightAdmin.importRisks(configuration, file: file, council: council, dryRun: dryRun))
            }
        }
    }
}
