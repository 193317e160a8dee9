import Foundation
import NIOConcurrencyHelpers
import OversightDomain
import Vapor

struct AnonymousCSRFKey: StorageKey { typealias Value = String }
