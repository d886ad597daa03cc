/// A problem with a command's arguments or input files: reported on standard error, exit status 2.
struct CommandInputError: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
