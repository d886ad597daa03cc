#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Appends frames to a `.mtrec.gz` recording and its `.idx` sidecar, one gzip member per frame.
///
/// Crash safety: each member is written with one `write` and synced before its index record, so a killed
/// recorder loses at most the frame being written. Opening an existing recording first drops a partial
/// tail and repairs the index, so appending after a crash keeps every member reachable; a damaged frame
/// elsewhere is kept in place, never cut with the frames after it.
package final class RecordingWriter {
    /// When frames are forced to stable storage.
    package enum SyncPolicy: Sendable {
        /// `fdatasync` after every frame: a power cut loses at most the frame being written.
        case everyFrame
        /// Leave it to the kernel: a process crash loses nothing already written, a power cut may.
        case never
    }

    /// The recording's path.
    package let path: String
    /// Frames in the recording, including those found when it was opened.
    package private(set) var frameCount: Int
    /// The recording's size in bytes.
    package private(set) var compressedBytes: UInt64
    /// Raw text bytes written by this writer (headers included), for the compression ratio.
    package private(set) var textBytesWritten: UInt64 = 0
    /// Compressed bytes written by this writer.
    package private(set) var compressedBytesWritten: UInt64 = 0
    /// Whether opening dropped a partial frame left by an earlier crash.
    package let recoveredPartialTail: Bool
    /// How many damaged frames opening found and kept in place (readers skip them; appending never cuts
    /// intact frames after them).
    package let damagedFramesKept: Int

    private let syncPolicy: SyncPolicy
    private let level: Int32
    private var dataDescriptor: Int32
    private var indexDescriptor: Int32

    /// Opens or creates a recording for appending, locking it against a second recorder.
    ///
    /// - Parameters:
    ///   - path: the recording, conventionally `NAME.mtrec.gz`; the index goes to `NAME.mtrec.gz.idx`.
    ///   - syncPolicy: when to sync; see ``SyncPolicy``.
    ///   - compressionLevel: zlib level 1–9.
    /// - Throws: ``SourceError`` when a file cannot be opened, locked, repaired or written.
    package init(path: String, syncPolicy: SyncPolicy = .everyFrame, compressionLevel: Int32 = 6) throws {
        self.path = path
        self.syncPolicy = syncPolicy
        self.level = compressionLevel
        dataDescriptor = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard dataDescriptor >= 0 else { throw SourceError.system(path: path, operation: "open", errno: errno) }
        indexDescriptor = -1
        do {
            guard flock(dataDescriptor, LOCK_EX | LOCK_NB) == 0 else {
                throw SourceError.invalidRecording(path: path, reason: "another recorder is writing to it")
            }
            let recovered = try Self.recover(path: path, dataDescriptor: dataDescriptor)
            frameCount = recovered.frames
            compressedBytes = recovered.end
            recoveredPartialTail = recovered.droppedTail
            damagedFramesKept = recovered.damaged
            indexDescriptor = recovered.indexDescriptor
        } catch {
            closeDescriptor(dataDescriptor)
            throw error
        }
    }

    deinit { close() }

    /// Appends one frame; returns the compressed size of its member.
    ///
    /// - Throws: ``SourceError`` on a write error (a full disk); the partial member is cut off again.
    @discardableResult
    package func append(_ frame: ScrapeFrame) throws -> Int {
        precondition(dataDescriptor >= 0, "append after close")
        let text = FrameHeader.storedText(of: frame)
        let member = GzipMember.compress(text, level: level)
        do {
            try FileDescriptor.writeAll(dataDescriptor, member, path: path)
        } catch {
            try? FileDescriptor.truncate(dataDescriptor, to: compressedBytes, path: path)
            throw error
        }
        if syncPolicy == .everyFrame { _ = fdatasync(dataDescriptor) }
        let entry = RecordingIndex.Entry(
            timestampMilliseconds: frame.timestampMilliseconds,
            offset: compressedBytes,
            length: UInt32(member.count),
            textLength: UInt32(truncatingIfNeeded: text.count),
            sourceID: RecordingIndex.sourceID(frame.source)
        )
        // The index is an accelerator: readers rebuild it when it falls behind, so a failure here is not fatal.
        try? FileDescriptor.writeAll(indexDescriptor, RecordingIndex.encode(entry), path: path + ".idx")
        frameCount += 1
        compressedBytes += UInt64(member.count)
        compressedBytesWritten += UInt64(member.count)
        textBytesWritten += UInt64(text.count)
        return member.count
    }

    /// Syncs and closes the files; further appends are programmer errors.
    package func close() {
        if dataDescriptor >= 0 {
            _ = fsync(dataDescriptor)
            closeDescriptor(dataDescriptor)
            dataDescriptor = -1
        }
        if indexDescriptor >= 0 {
            closeDescriptor(indexDescriptor)
            indexDescriptor = -1
        }
    }

    private static func recover(
        path: String,
        dataDescriptor: Int32
    ) throws -> (frames: Int, end: UInt64, droppedTail: Bool, damaged: Int, indexDescriptor: Int32) {
        let indexPath = RecordingIndex.path(for: path)
        let data = try MappedFile(path: path)
        let indexBytes = try FileDescriptor.readAll(path: indexPath) ?? []
        var entries = indexBytes.withUnsafeBytes {
            RecordingIndex.decode($0, dataSize: UInt64(data.bytes.count))
        }
        let scanned = RecordingIndex.scan(data.bytes, from: entries.last?.end ?? 0)
        // Only a partial frame at the very end is cut; a damaged frame before intact ones stays as it is.
        if scanned.droppedTail, scanned.end < UInt64(data.bytes.count) {
            try FileDescriptor.truncate(dataDescriptor, to: scanned.end, path: path)
        }
        let indexDescriptor = open(indexPath, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard indexDescriptor >= 0 else { throw SourceError.system(path: indexPath, operation: "open", errno: errno) }
        do {
            let validSize = RecordingIndex.header.count + entries.count * RecordingIndex.recordSize
            try FileDescriptor.truncate(indexDescriptor, to: entries.isEmpty ? 0 : UInt64(validSize), path: indexPath)
            var pending = entries.isEmpty ? RecordingIndex.header : []
            for entry in scanned.entries { pending += RecordingIndex.encode(entry) }
            try FileDescriptor.writeAll(indexDescriptor, pending, path: indexPath)
        } catch {
            closeDescriptor(indexDescriptor)
            throw error
        }
        entries += scanned.entries
        return (entries.count, scanned.end, scanned.droppedTail, scanned.damaged.count, indexDescriptor)
    }
}
