import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One headless Chromium, driven over the DevTools protocol on a pair of pipes
/// (`--remote-debugging-pipe`: it reads commands on descriptor 3 and answers on 4, each message
/// ended by a NUL byte). Printing this way, rather than with `--print-to-pdf FILE`, lets Oversight
/// switch scripts off and block every request before the page is given to it: the page arrives
/// as a string (`Page.setDocumentContent`), never as a file Chromium could look beside.
///
/// Blocking: call it on a thread of its own (`PDFPrinter` does), never on an event loop.
final class ChromiumPipe {
    struct Failure: Error { var message: String }

    /// Pipes are made and Chromium started under one lock, so that a print starting at the same
    /// moment never inherits another print's pipes (close-on-exec is set in a second step).
    private static let spawning = NSLock()

    private let pid: pid_t
    private let commands: Int32
    private let answers: Int32
    private let deadline: Date
    private var nextID = 0
    /// Ids for the refusals sent while a command waits, apart from the commands' own.
    private var refusalID = 1_000_000
    private var pending: [UInt8] = []

    /// Starts Chromium in a process group of its own, so that it and every helper process it
    /// starts can be ended together.
    init(chromium: String, profile: String, deadline: Date) throws {
        // A write to a pipe whose reader has died would otherwise end the whole server.
        signal(SIGPIPE, SIG_IGN)
        Self.spawning.lock()
        defer { Self.spawning.unlock() }
        var toChromium: [Int32] = [0, 0]
        var fromChromium: [Int32] = [0, 0]
        guard pipe(&toChromium) == 0 else { throw Failure(message: "no pipe for Chromium") }
        guard pipe(&fromChromium) == 0 else {
            close(toChromium[0]); close(toChromium[1])
            throw Failure(message: "no pipe for Chromium")
        }
        // Kept from any other program the server starts; only Chromium's 3 and 4 are passed on.
        for fd in toChromium + fromChromium { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 onto 3 and 4 clears close-on-exec for those two alone; `raised` keeps the pipes
        // themselves above 4, so that a dup2 is never asked to copy a descriptor onto itself.
        let reading = Self.raised(toChromium[0]), writing = Self.raised(fromChromium[1])
        guard reading >= 0, writing >= 0 else {
            for fd in Set(toChromium + fromChromium + [reading, writing]) where fd >= 0 { close(fd) }
            throw Failure(message: "no descriptor for Chromium")
        }
        posix_spawn_file_actions_adddup2(&actions, reading, 3)
        posix_spawn_file_actions_adddup2(&actions, writing, 4)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let arguments = [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
                         "--disable-background-networking", "--disable-component-update", "--mute-audio", "--disable-breakpad",
                         // Every request goes to a proxy that is not there, loopback included: should anything
                         // escape the interception below, it still reaches nothing.
                         "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                         "--user-data-dir=\(profile)", "--remote-debugging-pipe", "about:blank"]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, chromium, &actions, &attributes, argv, environ)
        for fd in Set([toChromium[0], fromChromium[1], reading, writing]) { close(fd) }
        guard spawned == 0 else {
            close(toChromium[1]); close(fromChromium[0])
            throw Failure(message: "Chromium could not be started (error \(spawned))")
        }
        pid = child
        commands = toChromium[1]
        answers = fromChromium[0]
        self.deadline = deadline
        // Reads time out by themselves; a write to a Chromium that stopped reading would not. At the
        // deadline the whole group is ended, which ends any write too.
        let group = child
        let stopped = self.stopped
        DispatchQueue.global().asyncAfter(wallDeadline: .now() + max(0, deadline.timeIntervalSinceNow) + 1) {
            stopped.withLock { done in if !done { kill(-group, SIGKILL) } }
        }
    }

    /// Set once the process is collected, so that the watchdog never signals a reused process id.
    private let stopped = LockedFlag()

    final class LockedFlag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func withLock(_ body: (inout Bool) -> Void) {
            lock.lock()
            defer { lock.unlock() }
            body(&value)
        }
    }

    private static func raised(_ fd: Int32) -> Int32 {
        fd > 4 ? fd : fcntl(fd, F_DUPFD_CLOEXEC, 10)
    }

    /// Sends one command and waits for its answer. Meanwhile every request the page makes (paused
    /// by `Fetch.enable`) is refused, and other events are passed over.
    @discardableResult
    func call(_ method: String, _ params: [String: Any] = [:], session: String? = nil) throws -> [String: Any] {
        nextID += 1
        try send(id: nextID, method, params, session: session)
        while true {
            let reply = try readMessage()
            guard let object = try? JSONSerialization.jsonObject(with: Data(reply)) as? [String: Any] else { continue }
            if object["method"] as? String == "Fetch.requestPaused",
               let paused = (object["params"] as? [String: Any])?["requestId"] as? String {
                refusalID += 1
                try send(id: refusalID, "Fetch.failRequest", ["requestId": paused, "errorReason": "BlockedByClient"],
                         session: object["sessionId"] as? String)
                continue
            }
            guard (object["id"] as? Int) == nextID else { continue }
            if let error = object["error"] as? [String: Any] {
                throw Failure(message: "Chromium refused \(method): \(error["message"] as? String ?? "no reason given")")
            }
            return object["result"] as? [String: Any] ?? [:]
        }
    }

    private func send(id: Int, _ method: String, _ params: [String: Any], session: String?) throws {
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        try writeAll(bytes)
    }

    private func writeAll(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "Chromium stopped reading (error \(errno))")
            }
            offset += written
        }
    }

    private func readMessage() throws -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        // Where the search for the end of the message got to: a PDF arrives in many reads, and
        // looking again from the start after each would cost its square.
        var searched = 0
        while true {
            if let end = pending[searched...].firstIndex(of: 0) {
                let message = Array(pending[..<end])
                pending.removeSubrange(...end)
                return message
            }
            searched = pending.count
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw Failure(message: "Chromium took too long") }
            var poller = pollfd(fd: answers, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining * 1000, 60_000)))
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { read(answers, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw Failure(message: "Chromium ended unexpectedly") }
            pending.append(contentsOf: chunk[..<count])
            // A PDF of a few hundred pages is some megabytes of base64; anything far beyond is not ours.
            guard pending.count < 512 * 1024 * 1024 else { throw Failure(message: "Chromium sent too much") }
        }
    }

    /// Ends Chromium and every process it started, and collects them.
    func stop() {
        close(commands)
        close(answers)
        stopped.withLock { done in
            kill(-pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            done = true
        }
    }
}
