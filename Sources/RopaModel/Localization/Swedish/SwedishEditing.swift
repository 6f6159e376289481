/// What an edit of an entity by its id and field path cannot do, in Swedish.
enum SwedishEditing {
    static let table: [Message: String] = [
        .storeUnknownEntity: "ingen post med id \"{0}\" i registret",
        .editNoElement: "{0} har inget element med id '{1}'",
        .editNotAContainer: "{0}: {1} är av typen {2}, inte ett objekt eller en lista",
    ]
}
