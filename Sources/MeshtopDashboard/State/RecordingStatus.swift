/// What the status bar says about a recording of the live view in progress.
package struct RecordingStatus: Hashable, Sendable {
    /// The recording's file name.
    package var file: String
    /// Frames written so far.
    package var frames: Int

    /// Creates a status.
    package init(file: String, frames: Int) {
        self.file = file
        self.frames = frames
    }

    /// `● REC meshtop-20260821T140215Z.mtrec.gz 12`, with `*` for the dot in ASCII mode.
    package func text(_ glyphs: Glyphs) -> String {
        "\(glyphs.isASCII ? "*" : "●") REC \(file) \(frames)"
    }
}
