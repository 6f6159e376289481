import RopaModel

/// The exports name fields from the one catalogue of field labels, `RegisterField`, which the form, the
/// detail view, the tables, `ropa show` and the import share.
public typealias ExportField = RegisterField
