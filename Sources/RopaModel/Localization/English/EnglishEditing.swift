/// What an edit of an entity by its id and field path cannot do, in English.
enum EnglishEditing {
    static let table: [Message: String] = [
        .storeUnknownEntity: "no entity with id \"{0}\" in the register",
        .editNoElement: "{0} has no element with id '{1}'",
        .editNotAContainer: "{0}: {1} is a {2}, not an object or a list",
    ]
}
