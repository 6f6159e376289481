import RopaModel

/// Below the open findings, the accepted ones in force: "accepted until DATE", the rule, the entity, the
/// field and the reason, muted; Enter opens the entity. They come from the register's acceptances, so the
/// list costs nothing more to build than the open one.
enum AcceptedFindingRows {
    static func rows(_ state: AppState) -> [Table.Row] {
        guard let accepted = state.register.settings.acceptedFindings, !accepted.isEmpty else { return [] }
        let language = state.language
        return accepted.filter { $0.isInForce(on: state.asOf) }.compactMap { acceptance in
            guard let entity = state.register.entity(withID: acceptance.id) else { return nil }
            let status = language == .sv ? "godtagen" : "accepted"
            let until = language == .sv ? "till \(acceptance.until): " : "until \(acceptance.until): "
            var row = Table.Row(target: .entity(EntityRef(entity.kind, acceptance.id)), cells: [
                status, acceptance.code.rawValue, "\(entity.kind.label.text(language)) '\(entity.name)'",
                acceptance.field ?? "—", until + acceptance.reason,
            ])
            row.style = .muted
            return row
        }
    }
}
