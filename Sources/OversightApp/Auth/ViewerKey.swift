import Foundation
import NIOConcurrencyHelpers
import OversightDomain
import Vapor

struct ViewerKey: StorageKey { typealias Value = Viewer }
