import RopaModel

/// The messages of the terminal UI: the Overview, dialogs, and what each key binding does (the `?` overlay
/// and the status bar's hints are both made from the bindings). Worded through the model's
/// `CatalogueMessage`; the English and Swedish parts are in `English/` and `Swedish/` beside this file.
public enum UIMessage: String, CatalogueMessage {
    // MARK: The terminal UI: the Overview, dialogs, and the key bindings of every screen (help and hints)
    case uiNeedsAttention, uiAgreementReviewOverdue, uiAgreementReviewUnscheduled, uiNothingNeedsAttention, keyMove
    // While the findings of a register just opened are checked on another thread: the Overview's validation
    // line and attention area, the Findings list, a form's count of findings, the activities' Gaps column.
    case uiValidationBeingChecked, uiFindingsBeingChecked, uiFormFindingsBeingChecked, uiGapsBeingChecked
    // History while its versions are read (the register was opened knowing only the head).
    case uiHistoryBeingRead
    case keyScroll, hintScroll, keyPage, keyFirstLast, keySections, keyUndoRedo, keySave, hintSave, keyQuit
    case hintQuit, keyHelp, hintHelp, keyOpen, keyOpenAttention, keyOpenChecklist, keyOpenFinding, keyOpenVersion
    case hintOpen, keyFilter, hintFilter, keyClearFilter, hintClearFilter, keySort, keyEditOrganisation
    case keyEditSelected, hintEdit, keyAdd, hintAdd, keyDuplicate, keyDeleteSelected, hintDelete, keyMarkReviewed
    case hintMarkReviewed, keyMarkVersion, hintMarkVersion, keyRestore, hintRestore, keyExport, keyNotice
    case keyNextSection, keyFollowLink, hintFollowLink, keyNextLink, keyEditThis, keyDeleteThis, keyBack, hintBack
    case keyActivate, hintActivate, keyNextField, keyRemoveElement, hintRemove, keyClearField, keyMoveElement
    case hintMoveElement, keyExternalEditor, hintExternalEditor, keyLeaveForm, keyToggle, hintToggle, keyChoose
    case keyConfirmChoice, hintChoose, hintConfirm, keyTypeToFilter, hintTypeToFilter, keyCancel, hintCancel
    case keyStoreField, hintStoreField, keyCancelEdit, keyKeepFilter, hintKeepFilter, keyConfirmPrompt
    case hintConfirmPrompt, keyCursor, keyStartEnd, keyDeleteCharacter, keyDeleteToStart, hintClearLine
    case keyDeleteWord, hintDeleteWord, keyDeleteToEnd, hintAnyKeyCloses
    // The dialogs' keys: quitting with unsaved changes, a save refused by changes on disk, recovered edits,
    // and a yes-or-no question.
    case keySaveAndQuit, hintSaveAndQuit, keyDiscardAndQuit, hintDiscardAndQuit, keyReload, hintReload
    case keyCancelKeepEditing, keyRestoreRecovered, keyDiscardRecovered, hintDiscardRecovered, keyConfirmDialog
    case hintConfirmDialog, keyQuitPicker

    public static let tables = MessageTables(english: [EnglishTerminalUI.table],
                                             swedish: [SwedishTerminalUI.table])
}

extension LocalizedText {
    /// A message of the terminal UI; the arguments fill its `{0}`, `{1}`, … and are the same in every language.
    public init(_ message: UIMessage, _ arguments: String...) { self.init(key: message, verbatim: arguments) }
}
