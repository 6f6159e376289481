import RopaModel

/// What the UI keeps between keys only to be fast, apart from the state the user sees: the current list
/// and its orders and filters, the rows of the form on screen, the kinds of ids, and earlier validations.
/// Each is made again whenever missing or stale (the tokens say which state it was made from), so the
/// state alone decides what is drawn.
struct ViewCaches: Sendable {
    /// Replaced whenever what the entity, review and findings lists are made of changes (the register,
    /// its findings, the language, the day), and `historyToken` whenever the History list's does: the
    /// current list is kept in `listCache` between keys for as long as its token is the same.
    var contentToken = ChangeToken()
    var historyToken = ChangeToken()
    /// Replaced when the register changes except by an edit of one entity in place, which keeps its id.
    var idsToken = ChangeToken()
    /// The first kind of each id of the register, for naming references without searching every entity.
    var idKinds: (token: ChangeToken, kinds: [String: EntityKind])?
    var listCache: ListCache?
    /// The last edits of one activity in place, each from one content token to the next: the activity
    /// list follows them without being built again.
    var activityEdits: [ActivityEdit] = []
    /// The rows of the form on screen while the register and language are unchanged: every key in a form
    /// laid it out three times (the key, keeping the cursor in view, drawing).
    var formCache: (token: ChangeToken, ref: EntityRef, rows: [FormRow])?
    /// The Overview's "Needs attention" lines (the review queue of every processor, the errors), made once
    /// per content token: every key and every frame asked for them.
    var attention: (token: ChangeToken, items: [OverviewScreen.Attention])?
    /// The overdue agreement reviews of the register at a `findingsGeneration`, as a findings check found them.
    var overdueReviews: (generation: Int, items: [OverviewScreen.Attention])?
    /// Findings of activities from earlier validations: after an edit only the edited one is checked again.
    let validationMemo = ValidationMemo()
}

/// An edit of the activity at `index` that took the content token from `before` to `after`.
struct ActivityEdit: Sendable {
    let before: ChangeToken
    let after: ChangeToken
    let index: Int
}
