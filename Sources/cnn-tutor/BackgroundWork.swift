import Glibc

/// Work started at once on a thread of its own, whose value the starting thread collects later with `value`.
/// Opening a lesson reads it on a second core while the progress file is read on the first, then sets up its
/// player there while the terminal opens, which shortens the wait for the first frame. A plain POSIX thread: it costs less to start than Foundation's `Thread` or
/// Dispatch, whose first use adds to the very wait this saves. If no thread can be started, the work runs on
/// the caller's thread when `value` is first asked for.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    // Unchecked: `result` is written once, by the worker before it ends, and read only after `pthread_join`
    // (which orders the write before the read) or on the caller's own thread; `value` is asked for by one thread.
    private let work: @Sendable () -> Value
    private var result: Value?
    private var thread: pthread_t?

    /// Starts `work` on a new thread.
    init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        var thread = pthread_t()
        let job = Unmanaged.passRetained(Job { [self] in result = work() })
        if pthread_create(&thread, nil, runJob, job.toOpaque()) == 0 {
            self.thread = thread
        } else {
            job.release()
        }
    }

    /// A thread whose value was never asked for (the terminal would not open) ends on its own.
    deinit {
        if let thread { pthread_detach(thread) }
    }

    /// The work's value, waiting for the thread to finish if it has not.
    var value: Value {
        if let thread {
            pthread_join(thread, nil)
            self.thread = nil
        }
        if let result { return result }
        let computed = work()
        result = computed
        return computed
    }
}

/// A closure passed to a POSIX thread, which takes one raw pointer.
private final class Job {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

/// The thread's entry point: runs the job it is handed and releases it.
private func runJob(_ pointer: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let pointer else { return nil }
    Unmanaged<Job>.fromOpaque(pointer).takeRetainedValue().run()
    return nil
}
