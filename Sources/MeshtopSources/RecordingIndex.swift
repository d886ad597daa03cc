import CZlib

/// The sidecar `FILE.idx` beside a recording: a 16-byte header, then one 32-byte record per frame.
///
/// Record layout (little endian): timestamp ms `Int64`, member offset `UInt64`, member length `UInt32`,
/// text length `UInt32`, source id `UInt32`, CRC32 of the previous 28 bytes `UInt32`. A record whose CRC
/// does not match, or that starts before the previous member ended, ends the valid index; the rest is
/// rebuilt by scanning the recording, so the index is only ever an accelerator. A gap between records is
/// a damaged frame that appending kept (see ``scan(_:from:)``).
package enum RecordingIndex {
    /// The header's magic and version.
    package static let header: [UInt8] = Array("MTRECIDX".utf8) + [1, 0, 0, 0, 0, 0, 0, 0]
    /// The size of one record.
    package static let recordSize = 32

    /// One frame's place in the recording.
    package struct Entry: Sendable, Equatable {
        /// The frame's timestamp, unix ms.
        package var timestampMilliseconds: Int64
        /// The gzip member's byte offset in the recording.
        package var offset: UInt64
        /// The gzip member's length in bytes.
        package var length: UInt32
        /// The decompressed frame length (header line included).
        package var textLength: UInt32
        /// ``RecordingIndex/sourceID(_:)`` of the frame's source.
        package var sourceID: UInt32

        /// Creates an entry.
        package init(timestampMilliseconds: Int64, offset: UInt64, length: UInt32, textLength: UInt32, sourceID: UInt32)
        {
            self.timestampMilliseconds = timestampMilliseconds
            self.offset = offset
            self.length = length
            self.textLength = textLength
            self.sourceID = sourceID
        }

        /// Where the member ends.
        package var end: UInt64 { offset + UInt64(length) }
    }

    /// The index path for a recording path.
    package static func path(for recordingPath: String) -> String { recordingPath + ".idx" }

    /// A stable 32-bit id for a source name (FNV-1a), so ticks can be formed without decoding frames.
    package static func sourceID(_ source: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in source.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// Encodes one record.
    package static func encode(_ entry: Entry) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(recordSize)
        append(UInt64(bitPattern: entry.timestampMilliseconds), width: 8, to: &bytes)
        append(entry.offset, width: 8, to: &bytes)
        append(UInt64(entry.length), width: 4, to: &bytes)
        append(UInt64(entry.textLength), width: 4, to: &bytes)
        append(UInt64(entry.sourceID), width: 4, to: &bytes)
        append(UInt64(checksum(bytes[...])), width: 4, to: &bytes)
        return bytes
    }

    /// Decodes the valid leading records of an index file's bytes.
    ///
    /// - Parameter dataSize: the recording's size; records that point past it are dropped.
    /// - Returns: the valid entries in recording order (gaps are damaged frames); empty when the header is wrong.
    package static func decode(_ bytes: UnsafeRawBufferPointer, dataSize: UInt64) -> [Entry] {
        guard bytes.count >= header.count, bytes.prefix(header.count).elementsEqual(header) else { return [] }
        var entries: [Entry] = []
        var position = header.count
        var expectedOffset: UInt64 = 0
        while position + recordSize <= bytes.count {
            let record = UnsafeRawBufferPointer(rebasing: bytes[position..<position + recordSize])
            guard UInt32(read(record, at: 28, width: 4)) == checksum(record.prefix(28)) else { break }
            let entry = Entry(
                timestampMilliseconds: Int64(bitPattern: read(record, at: 0, width: 8)),
                offset: read(record, at: 8, width: 8),
                length: UInt32(read(record, at: 16, width: 4)),
                textLength: UInt32(read(record, at: 20, width: 4)),
                sourceID: UInt32(read(record, at: 24, width: 4))
            )
            guard entry.offset >= expectedOffset, entry.length > 0, entry.end <= dataSize else { break }
            entries.append(entry)
            expectedOffset = entry.end
            position += recordSize
        }
        return entries
    }

    /// Scans gzip members from `start`: an entry per complete member, and the damaged stretches skipped.
    ///
    /// A member that does not inflate is skipped up to the next member that does and opens with a frame
    /// header, so one damaged frame costs that frame only. With no such member after it, a member cut short
    /// is a partial frame left by a crash (`droppedTail`, `end` is where it starts); any other damage runs
    /// to the end of the data and is reported as damaged, and `end` is the data's end.
    ///
    /// - Complexity: one inflate of every scanned member (only each header line is kept).
    package static func scan(
        _ data: UnsafeRawBufferPointer,
        from start: UInt64
    ) -> (entries: [Entry], end: UInt64, droppedTail: Bool, damaged: [Range<UInt64>]) {
        var entries: [Entry] = []
        var damaged: [Range<UInt64>] = []
        var offset = Int(min(start, UInt64(data.count)))
        while offset < data.count {
            let rest = UnsafeRawBufferPointer(rebasing: data[offset...])
            let (outcome, text) = GzipMember.inflate(rest, keepingAtMost: 4096)
            guard case .complete(let length) = outcome else {
                guard let next = nextFrameMember(in: data, after: offset) else {
                    if outcome == .truncated { return (entries, UInt64(offset), true, damaged) }
                    damaged.append(UInt64(offset)..<UInt64(data.count))
                    return (entries, UInt64(data.count), false, damaged)
                }
                damaged.append(UInt64(offset)..<UInt64(next))
                offset = next
                continue
            }
            let header = FrameHeader.parse(text)?.header
            let textLength = GzipMember.storedLength(
                ofMemberEndingAt: UnsafeRawBufferPointer(rebasing: rest[..<length])
            )
            entries.append(
                Entry(
                    timestampMilliseconds: header?.timestampMilliseconds ?? 0,
                    offset: UInt64(offset),
                    length: UInt32(length),
                    textLength: textLength,
                    sourceID: sourceID(header?.source ?? "")
                )
            )
            offset += length
        }
        return (entries, UInt64(offset), false, damaged)
    }

    /// The offset of the first gzip member after `offset` that inflates completely and opens with a frame
    /// header, or nil when none follows.
    private static func nextFrameMember(in data: UnsafeRawBufferPointer, after offset: Int) -> Int? {
        var candidate = offset + 1
        while candidate + 3 <= data.count {
            if data[candidate] == 0x1F, data[candidate + 1] == 0x8B, data[candidate + 2] == 0x08 {
                let rest = UnsafeRawBufferPointer(rebasing: data[candidate...])
                let (outcome, text) = GzipMember.inflate(rest, keepingAtMost: 4096)
                if case .complete = outcome, FrameHeader.parse(text) != nil { return candidate }
            }
            candidate += 1
        }
        return nil
    }

    private static func checksum(_ bytes: some Collection<UInt8>) -> UInt32 {
        let array = Array(bytes)
        return array.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
    }

    private static func append(_ value: UInt64, width: Int, to bytes: inout [UInt8]) {
        for shift in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * shift))) }
    }

    private static func read(_ bytes: UnsafeRawBufferPointer, at offset: Int, width: Int) -> UInt64 {
        var value: UInt64 = 0
        for shift in 0..<width { value |= UInt64(bytes[offset + shift]) << (8 * shift) }
        return value
    }
}

extension GzipMember {
    /// The ISIZE trailer of a complete member: the decompressed length modulo 2^32.
    package static func storedLength(ofMemberEndingAt member: UnsafeRawBufferPointer) -> UInt32 {
        guard member.count >= 4 else { return 0 }
        var value: UInt32 = 0
        for shift in 0..<4 { value |= UInt32(member[member.count - 4 + shift]) << (8 * shift) }
        return value
    }
}
