import RopaConcurrency
import RopaJSON
import RopaModel

/// A register as files: relative path → canonical bytes.
public typealias RegisterFiles = [String: [UInt8]]

/// Turns a register into its canonical files and back, refusing anything it would not write itself.
public enum RegisterCodec {
    public static func encode(_ register: Register) throws -> RegisterFiles {
        var files: RegisterFiles = [:]
        files[RegisterLayout.settingsFile] = try canonicalBytes(register.settings)
        files[RegisterLayout.organisationFile] = try canonicalBytes(register.organisation)
        if let countries = register.countryList {
            files[RegisterLayout.countriesFile] = try canonicalBytes(countries)
        }
        func encodeList<T: ListedEntity>(_ type: T.Type) throws {
            for entity in register[keyPath: T.list] { files[RegisterLayout.path(for: T.kind, id: entity.id)] = try canonicalBytes(entity) }
        }
        for type in EntityKind.listedTypes { try encodeList(type) }
        return files
    }

    public static func canonicalBytes<T: Encodable>(_ value: T) throws -> [UInt8] {
        CanonicalJSON.bytes(try JSONValueEncoder().encode(value))
    }

    /// Reads a register from its files. `folder` is used in messages only.
    public static func decode(_ files: RegisterFiles, folder: String) throws -> Register {
        try decodeNotingEncodings(files, folder: folder).register
    }

    /// Reads a register and notes, for each entity whose file is exactly its canonical encoding, the file's
    /// bytes: the store keeps them so that a save need not encode that entity again.
    static func decodeNotingEncodings(_ files: RegisterFiles, folder: String) throws -> (register: Register, encodings: EncodingCache) {
        @Sendable func display(_ path: String) -> String { folder.isEmpty ? path : "\(folder)/\(path)" }

        guard let settingsBytes = files[RegisterLayout.settingsFile] else { throw StoreError.notARegister(path: folder) }
        let settingsValue = try parse(settingsBytes, path: display(RegisterLayout.settingsFile))
        let migrated = try SchemaMigration.migrate(files, settings: settingsValue, settingsPath: display(RegisterLayout.settingsFile))
        let settings: RegisterSettings = try decodeValue(migrated.settings, path: display(RegisterLayout.settingsFile))
        try ValueRules.check(settings, path: display(RegisterLayout.settingsFile))
        let files = migrated.files

        guard let organisationBytes = files[RegisterLayout.organisationFile] else {
            throw StoreError.invalidContent(path: display(RegisterLayout.organisationFile), problem: LocalizedText(.problemOrganisationMissing))
        }
        let organisation: Organisation = try decodeValue(try parse(organisationBytes, path: display(RegisterLayout.organisationFile)),
                                                         path: display(RegisterLayout.organisationFile))
        try ValueRules.check(organisation, path: display(RegisterLayout.organisationFile))
        var countryList: CountryList?
        if let countryBytes = files[RegisterLayout.countriesFile] {
            countryList = try decodeValue(try parse(countryBytes, path: display(RegisterLayout.countriesFile)), path: display(RegisterLayout.countriesFile))
        }
        var register = Register(settings: settings, organisation: organisation, countryList: countryList)
        let entityFiles = files.keys.sorted().compactMap { path -> (path: String, kind: EntityKind, bytes: [UInt8])? in
            // The organisation's file, read above, is the one file not in a list.
            guard let kind = RegisterLayout.kind(ofFile: path), kind.listedType != nil, let bytes = files[path] else { return nil }
            return (path, kind, bytes)
        }
        // Files are parsed and decoded on every core, in path order, failing on the first bad file: each
        // run of files of one kind (a folder) at a time, straight into a list of that type. Gathering every
        // kind as `any ListedEntity` copied each activity out of its box into the register, retaining some
        // thirty strings and arrays each, and released the boxes after: a tenth of `validate`, on one core.
        var canonical: [EntityKind: [[UInt8]?]] = [:]
        var ids: [EntityKind: Set<String>] = [:], idsRepeat: Set<EntityKind> = []
        func readRun<T: ListedEntity>(_ run: ArraySlice<(path: String, kind: EntityKind, bytes: [UInt8])>, as type: T.Type) throws {
            // Whether each file is canonical is noted beside the list, by index, so that the entities are
            // made in their place in the list and never copied (a pair would have to be taken apart).
            var isCanonical = [Bool](repeating: false, count: run.count)
            let list = try isCanonical.withUnsafeMutableBufferPointer { flags in
                nonisolated(unsafe) let flags = flags
                // Over the positions: a copy of the run's files was made and released on one core.
                return try OrderedConcurrentMap.mapIndexed(Array(run.indices)) { index, position in
                    let read = try readEntityFile(entityFiles[position].bytes, as: T.self, path: entityFiles[position].path,
                                                  shown: display(entityFiles[position].path))
                    flags[index] = read.isCanonical
                    return read.entity
                }
            }
            if register[keyPath: T.list].isEmpty { register[keyPath: T.list] = list } else { register[keyPath: T.list] += list }
            var bytes: [[UInt8]?] = []
            bytes.reserveCapacity(run.count)
            for (file, canonicalText) in zip(run, isCanonical) { bytes.append(canonicalText ? file.bytes : nil) }
            if canonical[T.kind] == nil { canonical[T.kind] = bytes } else { canonical[T.kind]? += bytes }
            // Whether two entities of the kind share an id, for the encodings (a save then takes the full way).
            var seen = ids.removeValue(forKey: T.kind) ?? []
            for index in list.indices where !seen.insert(list[index].id).inserted { idsRepeat.insert(T.kind) }
            ids[T.kind] = seen
        }
        var start = entityFiles.startIndex
        while start < entityFiles.endIndex {
            let kind = entityFiles[start].kind
            var end = start + 1
            while end < entityFiles.endIndex && entityFiles[end].kind == kind { end += 1 }
            let run = entityFiles[start..<end]
            // Activities and processors, most of a register, by their own types so that the reading is
            // compiled for them; any other kind through its type's conformance.
            if kind == .activity {
                try readRun(run, as: Activity.self)
            } else if kind == .processor {
                try readRun(run, as: Processor.self)
            } else if let type = kind.listedType {
                try readRun(run, as: type)
            }
            start = end
        }
        func cached<T: ListedEntity>(_ type: T.Type) -> EncodingCache.Entities<T> {
            let list = register[keyPath: T.list]
            let bytes = canonical[T.kind] ?? []
            #if DEBUG
            for (entity, known) in zip(list, bytes) where known != nil {
                assert((try? canonicalBytes(entity)) == known, "\(entity.id): the file was taken as canonical but is not what encoding writes")
            }
            #endif
            return EncodingCache.Entities(values: list, bytes: bytes, hashes: Array(repeating: nil, count: list.count), idsAreUnique: !idsRepeat.contains(T.kind))
        }
        var encodings = EncodingCache()
        func takeCached<T: ListedEntity>(_ type: T.Type) { encodings[T.self] = cached(T.self) }
        for type in EntityKind.listedTypes { takeCached(type) }
        return (register, encodings)
    }

    public static func parse(_ bytes: [UInt8], path: String) throws -> JSONValue {
        do {
            return try JSONParser.parse(bytes)
        } catch let error as JSONSyntaxError {
            throw StoreError.syntax(path: path, error: error)
        }
    }

    static func parseNotingCanonicalForm(_ bytes: [UInt8], path: String) throws -> (value: JSONValue, isCanonical: Bool) {
        do {
            return try JSONParser.parseNotingCanonicalForm(bytes)
        } catch let error as JSONSyntaxError {
            throw StoreError.syntax(path: path, error: error)
        }
    }

    /// The entity in one file and whether the file is exactly its canonical encoding; nil for a kind not
    /// kept in a list. `shown` names the file in messages.
    static func readEntityFile(_ bytes: [UInt8], kind: EntityKind, path: String, shown: String) throws -> (entity: any ListedEntity, isCanonical: Bool)? {
        guard let type = kind.listedType else { return nil }
        func read<T: ListedEntity>(_ type: T.Type) throws -> (entity: any ListedEntity, isCanonical: Bool) {
            let (entity, isCanonical) = try readEntityFile(bytes, as: T.self, path: path, shown: shown)
            return (entity, isCanonical)
        }
        return try read(type)
    }

    /// The entity of type `T` in one file and whether the file is exactly its canonical encoding.
    static func readEntityFile<T: ListedEntity>(_ bytes: [UInt8], as type: T.Type, path: String, shown: String) throws -> (entity: T, isCanonical: Bool) {
        // Activities and processors are read straight from their bytes when they can be.
        if T.self == Activity.self, let read = try readByHand(bytes, path: path, shown: shown, Activity.read), let entity = read.entity as? T {
            return (entity, read.isCanonical)
        }
        if T.self == Processor.self, let read = try readByHand(bytes, path: path, shown: shown, Processor.read), let entity = read.entity as? T {
            return (entity, read.isCanonical)
        }
        let (value, canonicalText) = try parseNotingCanonicalForm(bytes, path: shown)
        let (entity, roundTrips): (T, Bool) = try decodeEntity(value, path: path, shown: shown)
        return (entity, canonicalText && roundTrips)
    }

    /// An entity and whether encoding it again gives back the value it was decoded from.
    static func decodeEntity<T: RegisterEntity>(_ value: JSONValue, path: String, shown: String) throws -> (T, Bool) {
        let (entity, roundTrips): (T, Bool) = try decodeValueNotingRoundTrip(value, path: shown)
        try check(entity, path: path, shown: shown)
        return (entity, roundTrips)
    }

    /// What an entity read from `path` must be beyond its JSON shape: a valid id, the one its file is named by.
    static func check<T: RegisterEntity>(_ entity: T, path: String, shown: String) throws {
        guard EntityID.isValid(entity.id) else { throw StoreError.invalidID(path: shown, id: entity.id) }
        if RegisterLayout.id(ofFile: path) != entity.id { throw StoreError.idMismatch(path: shown, id: entity.id) }
        try ValueRules.check(entity, path: shown)
    }

    /// An activity or processor read straight from its file's bytes (`JSONDocument`, `Activity.read`,
    /// `Processor.read`), without the tree of `JSONValue`s the general path builds: most of a large register.
    /// Nil when the file is not a well-formed entity with only declared keys: the general path then reads it
    /// again and says what is wrong exactly as it always has (the same parser, the decoder that is the
    /// reader's definition, and the first unknown field, which needs the tree).
    static func readByHand<T: ListedEntity>(_ bytes: [UInt8], path: String, shown: String,
                                            _ read: (JSONDocument) throws -> (value: T, report: JSONValueDecoder.Report)) throws -> (entity: T, isCanonical: Bool)? {
        #if DEBUG
        let decoded = try? JSONValueDecoder().decodeWithReport(T.self, from: try JSONParser.parse(bytes))
        #endif
        guard let document = try? JSONDocument(parsing: bytes), let read = try? read(document), !read.report.sawUndeclaredKey else {
            #if DEBUG
            assert(decoded == nil || decoded?.report.sawUndeclaredKey == true, "\(shown): only the decoder reads it: \(String(describing: decoded))")
            #endif
            return nil
        }
        #if DEBUG
        assert(decoded.map { $0.value == read.value && $0.report == read.report } == true,
               "\(shown): reading by hand differs from decoding: \(read) / \(String(describing: decoded))")
        #endif
        try check(read.value, path: path, shown: shown)
        return (read.value, document.isCanonical && read.report.roundTrips)
    }

    /// Decodes a value and refuses fields the model does not know, so that saving never drops them.
    public static func decodeValue<T: Codable>(_ value: JSONValue, path: String) throws -> T {
        try decodeValueNotingRoundTrip(value, path: path).value
    }

    static func decodeValueNotingRoundTrip<T: Codable>(_ value: JSONValue, path: String) throws -> (value: T, roundTrips: Bool) {
        let decoded: T
        let report: JSONValueDecoder.Report
        do {
            (decoded, report) = try JSONValueDecoder().decodeWithReport(T.self, from: value)
        } catch let problem as JSONDecodingProblem {
            throw StoreError.invalidContent(path: path, problem: problem.text)
        }
        let sawUndeclaredKey = report.sawUndeclaredKey
        // Encoding again to find fields that do not survive was half the cost of opening a register. The
        // model's types are synthesised Codable, so a field is dropped exactly when its key is not one its
        // type declares, which the decoder notices for free; only then is the exact first field looked for.
        #if DEBUG
        let dropped = firstUnknownField(in: value, known: try JSONValueEncoder().encode(decoded), prefix: "")
        assert(sawUndeclaredKey || dropped == nil, "\(path): \(dropped ?? "") is dropped by encoding, yet its key is declared")
        #endif
        if sawUndeclaredKey, let field = firstUnknownField(in: value, known: try JSONValueEncoder().encode(decoded), prefix: "") {
            throw StoreError.unknownField(path: path, field: field)
        }
        return (decoded, report.roundTrips)
    }

    /// The first field of `raw` that does not survive decoding and encoding again.
    static func firstUnknownField(in raw: JSONValue, known: JSONValue, prefix: String) -> String? {
        switch (raw, known) {
        case (.object(let rawMembers), .object(let knownMembers)):
            for key in rawMembers.keys.sorted(by: canonicalKeyOrder) {
                guard let rawMember = rawMembers[key], rawMember != .null else { continue }
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                guard let knownMember = knownMembers[key] else { return path }
                if let found = firstUnknownField(in: rawMember, known: knownMember, prefix: path) { return found }
            }
            return nil
        case (.array(let rawElements), .array(let knownElements)):
            for (index, element) in rawElements.enumerated() where index < knownElements.count {
                if let found = firstUnknownField(in: element, known: knownElements[index], prefix: "\(prefix)[\(index)]") {
                    return found
                }
            }
            return nil
        default:
            return nil
        }
    }
}
