// How many threads a batch call uses, and the parallel loop over blocks of points.
//
// Results never depend on the number of threads: every point is computed by the same lane
// arithmetic whichever block, thread or vector position it lands in (lanes never interact),
// so a batch is bitwise identical with 1 thread or 64. Tests check this.

import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The thread count set by `NuEFT.setThreadCount(_:)`; 0 means the default.
let requestedThreadCount = Atomic<Int>(0)

/// NUEFT_NUM_THREADS if set to a positive integer, else the number of online CPUs.
/// Read once, at the first batch call.
let defaultThreadCount: Int = {
    if let raw = getenv("NUEFT_NUM_THREADS"), let n = Int(String(cString: raw)), n > 0 {
        return min(n, 1024)
    }
    return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
}()

extension NuEFT {
    /// The number of threads a large batch call uses: the value set by `setThreadCount(_:)`,
    /// else the environment variable `NUEFT_NUM_THREADS` (read once, at first use), else the
    /// number of online CPUs. Results are bitwise identical whatever the count.
    public static var threadCount: Int {
        let requested = requestedThreadCount.load(ordering: .relaxed)
        return requested > 0 ? requested : defaultThreadCount
    }

    /// Caps the threads of later batch calls (e.g. 1 inside a fitter that parallelizes
    /// itself); 0 restores the default. Process-wide and thread-safe.
    /// - Throws: `NuEFTError(.invalidArgument)` for a negative count or one above 1024.
    public static func setThreadCount(_ count: Int) throws(NuEFTError) {
        guard count >= 0, count <= 1024 else {
            throw NuEFTError(.invalidArgument, "thread count \(count) is outside 0...1024")
        }
        requestedThreadCount.store(count, ordering: .relaxed)
    }
}

/// Runs `body` over consecutive blocks of `blockSize` points covering 0..<count, on up to
/// `NuEFT.threadCount` threads, and returns the sum of what the blocks return (the number of
/// failed points). Blocks are handed out dynamically; which thread runs a block never changes
/// its result.
@inlinable
func forEachBlock(count: Int, blockSize: Int, _ body: (Range<Int>) -> Int) -> Int {
    let blocks = (count + blockSize - 1) / blockSize
    let workers = min(NuEFT.threadCount, blocks)
    if workers <= 1 {
        var failures = 0
        var start = 0
        while start < count {
            let end = min(start + blockSize, count)
            failures += body(start..<end)
            start = end
        }
        return failures
    }
    return parallelBlocks(count: count, blockSize: blockSize, blocks: blocks, workers: workers, body)
}

@usableFromInline
func parallelBlocks(count: Int, blockSize: Int, blocks: Int, workers: Int,
                    _ body: (Range<Int>) -> Int) -> Int {
    let nextBlock = Atomic<Int>(0)
    let failures = Atomic<Int>(0)
    withoutActuallyEscaping(body) { escapable in
        // The closure runs only inside concurrentPerform, which returns after every
        // iteration has finished; blocks write disjoint output ranges.
        nonisolated(unsafe) let work = escapable
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var local = 0
            while true {
                let block = nextBlock.wrappingAdd(1, ordering: .relaxed).oldValue
                if block >= blocks { break }
                let start = block * blockSize
                local += work(start..<min(start + blockSize, count))
            }
            failures.wrappingAdd(local, ordering: .relaxed)
        }
    }
    return failures.load(ordering: .relaxed)
}
