import RopaJSON

extension Array where Element == JSONValue {
    /// The elements by id when every element is an object with a string id of its own: then the diff and
    /// the merge pair an array's elements by id rather than by position. Nil for any other array.
    var elementsByID: [String: JSONValue]? {
        var result: [String: JSONValue] = [:]
        for element in self {
            guard let id = element["id"]?.stringValue, result[id] == nil else { return nil }
            result[id] = element
        }
        return result
    }
}
