import LessonCode
import LessonModel
import LessonPractice
import LessonText
import Synchronization

/// Result cells already computed, per phase: a lesson's values never change, so each cell is computed once
/// however many frames show it (a dL/dW cell of a 512×512 image is a 260,100-term sum).
final class ResultCellCache: Sendable {
    private let cells = Mutex<[Int: [Int: Double]]>([:])

    /// Cell `flat` of phase `phase`, computed by `compute` the first time.
    func value(phase: Int, flat: Int, compute: () -> Double) -> Double {
        if let known = cells.withLock({ $0[phase]?[flat] }) { return known }
        let value = compute()
        cells.withLock { $0[phase, default: [:]][flat] = value }
        return value
    }
}
