import OversightDomain
import Vapor

struct NoticeKey: StorageKey { typealias Value = Notice }
