import Fluent
import Foundation
import OversightApp
import OversightStore

/// `oversight demo`: the server's start with Northshire County Council in place. Lives here, not in
/// the app, so that the app's core ships no demo data; the app only knows that some starts prepare
/// their database first (`OversightServer.Mode.prepared`).
public enum DemoStart {
    /// Creates the demo council when it is missing (`reset` first deletes all data) and with
    /// `scale` adds that many load-test plans (see `DemoScale`), then says how to sign in.
    public static func mode(reset: Bool, scale: Int = 0) -> OversightServer.Mode {
        .prepared(reset: reset) { db in
            let created = try await DemoCouncil.seed(on: db, dependencies: .live)
            say(created ? "Created the demo council, \(DemoCouncil.name)." :
                "Using the data already in place (start with --reset to begin the demo again).")
            if scale > 0, let council = try await CouncilStore.all(on: db).first(where: { $0.name == DemoCouncil.name }) {
                say("Adding load-test data (--scale \(scale)): plans, indicators, risks and meetings; this can take a few minutes…")
                let added = try await DemoScale.seed(scale: scale, council: council.id, on: db, now: Date())
                say(added.plans == 0 ? "Load-test plans are already in place (start with --reset to change the scale)."
                    : "Added \(added.plans) load-test plans with \(added.actions) actions and \(added.updates) updates, "
                      + "\(added.features.indicators) indicators with \(added.features.values) figures, \(added.features.risks) risks with "
                      + "\(added.features.reviews) reviews, and \(added.features.meetings) meetings.")
            }
            say("Sign in with any of these accounts; the password of each is \(DemoCouncil.password):")
            for account in DemoCouncil.accounts {
                say("  \(account.email.padding(toLength: 31, withPad: " ", startingAt: 0)) \(account.role.label)")
            }
        }
    }
}
