/// Sharing a register through git, in English: the merge driver, merge conflicts and `ropa resolve`,
/// `ropa git-setup`, `ropa add` and `ropa delete`, the CI gate of `ropa validate`.
enum EnglishGit {
    static let table: [CLIMessage: String] = [
        .mergeFileSummary: "git's merge driver: merge one register file field by field (see git-setup)",
        .mergeFileHelp: """
        Git runs it as 'ropa merge-file %O %A %B %P' for the files .gitattributes gives to the driver 'ropa'
        (written by 'ropa git-setup'). BASE is the common ancestor, MINE this branch's file (the merge is
        written into it), THEIRS the other branch's, PATHNAME the file's name in the repository.

        Objects are merged by key, lists of purposes, data categories, retention rules and other elements by
        their id, lists of plain values as sets: changes to different fields never conflict. Where both
        branches changed the same field to different values, the field holds both values as a conflict that
        'ropa validate', 'ropa show' and 'ropa resolve' name.

        Exit code 0 when the file merged cleanly, 1 when it holds conflicts or a side is not JSON (left as
        in this branch).
        """,
        .mergeFileConflicts: "{0}: {1} conflict(s): the same field changed on both branches; settle them with 'ropa resolve'",
        .mergeFileUnreadable: "{0}: cannot be merged field by field ({1}); left as in this branch",
        .resolveSummary: "settle the conflicts a git merge left: keep mine, keep theirs, or give the value",
        .resolveHelp: """
        Without a choice, lists every conflict: the entity, the field and both values. With --mine or
        --theirs, keeps that side for every conflict, for those of entity ID, or for one FIELD of it (a path as
        'ropa set' takes it: purposes[x].lawfulBasis). FIELD=VALUE (or FIELD:=JSON) gives the value instead.

        Once no conflict is left, the settled register is recorded as the merge: one version whose parents
        are both branches' heads. Then 'git add' the register and commit.

        Options:
          --mine                  keep this branch's value
          --theirs                keep the other branch's value
          -m, --message MESSAGE   the merge version's message (default: "Merge: resolve N conflict(s)")

        Exit code 1 when conflicts are listed, 0 when they were settled or there are none.
        """,
        .resolveNoConflicts: "No merge conflicts.",
        .resolveNoMatch: "no merge conflict in {0} matches '{1}'",
        .resolveChooseOne: "choose one: --mine, --theirs or FIELD=VALUE",
        .resolveResolved: "Resolved {0} conflict(s); {1} left.",
        .resolveRecorded: "Resolved {0} conflict(s) and recorded the merge as version {1} ({2}).",
        .resolveDefaultMessage: "Merge: resolve {0} conflict(s)",
        .resolveGitConflictsHead: "Git lists {0} file(s) of the register as unmerged with no field conflict ropa can settle:",
        .resolveGitConflictLine: "{0}: deleted on one side and edited on the other: keep or remove the file, `git add` or `git rm` it, then `ropa commit` records the decision",
        .resolveGitAddNext: "Git still lists these as unmerged: git add {0}",
        .resolveListHead: "{0} merge conflict(s):",
        .resolveNeedsPath: "give the register: ropa resolve PATH",
        .verifyOKMerge: "OK: {0} versions, chain intact, files are the field-wise merge of versions {1} and {2}; the next save records the merge.",
        .gitSetupSummary: "write .gitattributes for ropa's merge driver and show the git config line each clone needs",
        .gitSetupHelp: """
        Writes (or completes) .gitattributes in the register folder so that git merges the register's files
        with 'ropa merge-file', field by field, and prints the one line each clone must run once: git never
        runs a merge driver named only by the repository's files. 'ropa init' inside a git repository does
        the same. 'ropa verify' warns while a register in a git repository lacks the driver.
        """,
        .gitSetupWrote: "Wrote {0}.",
        .gitSetupUnchanged: "{0} already gives the register's files to ropa's merge driver.",
        .gitSetupConfigLine: "Each clone enables the merge driver once with:",
        .gitSetupNotInGit: "{0} is not in a git repository yet: run the line below in each clone once it is.",
        .verifyDriverMissing: "warning: {0} is in a git repository without ropa's merge driver: a merge of two edits of one entity will need hand work. Run 'ropa git-setup {0}'.",
        .addSummary: "add an entity (activity, processor, …) with its fields, as one version; prints its id",
        .addHelp: """
        KIND is activity, processor, transfer, joint-controller or security-measure. name=NAME is required:
        the id is made from it as the terminal UI makes it (lower case, diacritics folded, hyphens between
        words: 'Löneadministration' → loneadministration; numbered when taken) and printed. Further
        FIELD=VALUE pairs are set as 'ropa set' sets them, e.g.
          ropa add Data/ist-group processor name='Visma Enterprise AB' country=SE
          ropa add Data/ist-group activity name='Löneadministration' purposes:='[{"id":"lon","description":"Lön"}]'

        Options:
          -m, --message MESSAGE   the version message (default: "Add KIND NAME")

        Nothing is written when any field is refused.
        """,
        .addNeedsArguments: "give the register, the kind and name=NAME: ropa add PATH KIND name=NAME [FIELD=VALUE...]",
        .addUnknownKind: "unknown kind '{0}': use one of {1}",
        .addNeedsName: "give the new entity's name with name=NAME",
        .addDefaultMessage: "Add {0} {1}",
        .addCreated: "Added {0} '{1}' with id {2}: version {3} ({4}).",
        .deleteSummary: "delete an entity as one version; refuses while others refer to it (--force removes the references)",
        .deleteHelp: """
        While other entities refer to ID (an activity naming a processor, a transfer to it, a sub-processor
        under it, …) nothing is deleted and they are listed. --force deletes it and removes each of those
        references, naming every one.

        Options:
          --force                 also remove every reference to ID
          -m, --message MESSAGE   the version message (default: "Delete KIND NAME")

        Exit code 1 when the entity is referred to and --force was not given.
        """,
        .deleteNeedsArguments: "give the register and the id: ropa delete PATH ID",
        .deleteReferenced: "{0} is referred to {1} time(s); nothing deleted (--force also removes the references):",
        .deleteReferrer: "  referred to by {0}",
        .deleteRemovedReference: "Removed the reference from {0}.",
        .deleteDone: "Deleted {0} '{1}': version {2} ({3}).",
        .deleteDefaultMessage: "Delete {0} {1}",
        .deleteOrganisation: "the organisation cannot be deleted",
        .errorUnknownCommandSuggest: "unknown command '{0}': did you mean 'ropa {1}'?",
        .validateFailOnValue: "--fail-on takes error, warning or never, not '{0}'",
        .conflictPromptHead: "A git merge left {0} conflict(s) in this register: the same field changed on both branches. For each, m keeps mine, t keeps theirs, e edits the value, q quits.",
        .conflictPromptAsk: "  keep [m]ine, keep [t]heirs, [e]dit, [q]uit? ",
        .conflictPromptValue: "  value: ",
        .conflictPromptQuit: "Nothing written: the conflicts remain ('ropa resolve' settles them too).",
        .acceptSummary: "accept an open finding until a date, with the reason, as one version",
        .acceptHelp: """
        CODE is the finding's rule (as 'ropa validate' prints it), ID its entity, FIELD its field (without
        FIELD, every field of that entity under that rule). Until the --until date the finding is left out
        of 'ropa validate' (and its exit code), the UI's open findings and the document's; it is listed as
        accepted, with the reason, the date and who accepted it. From the day after, it is open again.
        The acceptance is kept in register.json: versioned, shown by 'ropa diff', undone by 'ropa restore'.

        Options:
          --reason TEXT           why it is accepted (required)
          --until YYYY-MM-DD      the last day the acceptance holds (required)
          --as-of YYYY-MM-DD      the day it is accepted on (default: today)
          -m, --message MESSAGE   the version message (default: "Accept CODE on ID until DATE")
        """,
        .acceptNeedsArguments: "give the register, the rule and the entity: ropa accept PATH CODE ID [FIELD] --reason TEXT --until YYYY-MM-DD",
        .acceptUnknownCode: "no rule named '{0}': use a code 'ropa validate' prints",
        .acceptNeedsReason: "give the reason with --reason TEXT",
        .acceptUntilValue: "--until wants the last day the acceptance holds, YYYY-MM-DD, got '{0}'",
        .acceptUntilPast: "--until {0} is before {1}: the acceptance would never hold",
        .acceptNoSuchFinding: "no {0} finding on {1}: 'ropa validate' lists the open ones",
        .acceptDefaultMessage: "Accept {0} on {1} until {2}",
        .acceptDone: "Accepted {0} on {1} until {2}: version {3} ({4}).",
        .validateAcceptedLine: "accepted {0}  {1} · {2}: {3} (until {4}, {5})",
    ]
}
