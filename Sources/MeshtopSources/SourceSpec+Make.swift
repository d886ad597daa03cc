extension SourceSpec {
    /// The source that reads this spec's location.
    ///
    /// - Throws: ``SourceError/invalidArgument(_:)`` for an unparsable URL.
    package func makeSource(options: SourceOptions) throws -> any TelemetrySource {
        switch location {
        case .http(let url): return try HTTPSource(name: name, url: url, workload: workload, options: options)
        case .file(let path): return FileSource(name: name, path: path, workload: workload)
        case .directory(let path): return DirectorySource(name: name, path: path, workload: workload)
        case .standardInput:
            return StandardInputSource(
                name: name,
                workload: workload,
                idleTimeout: options.timeout,
                notice: options.standardInputNotice
            )
        }
    }
}
