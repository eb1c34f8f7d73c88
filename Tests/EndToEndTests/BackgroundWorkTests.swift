import Foundation
import Testing

@testable import cnn_tutor

/// The lesson a student opens is read on a second thread; its value must be the work's, computed once.
@Suite struct BackgroundWorkTests {
    /// Counts the calls made to it, from any thread.
    final class CallCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var calls = 0
        func called() { lock.withLock { calls += 1 } }
        var count: Int { lock.withLock { calls } }
    }

    @Test func theValueIsTheWorksComputedOnceOnAnotherThread() {
        let counter = CallCounter()
        let caller = pthread_self()
        let work = BackgroundWork { () -> pthread_t in
            counter.called()
            return pthread_self()
        }
        let worker = work.value
        #expect(pthread_equal(worker, caller) == 0)
        #expect(pthread_equal(work.value, worker) != 0)
        #expect(counter.count == 1)
    }
}
