import RopaModel

/// The register as a document an authority can read: title with the organisation, its organisation
/// numbers, DPO, date and version; contents; a summary table; a section per activity with every field;
/// processors and their sub-processors; transfers; joint controllers; security measures; and the open
/// findings as an appendix. CommonMark with GFM tables; the same register and options give the same bytes.
public enum MarkdownExporter {
    public static func export(_ register: Register, options: MarkdownOptions) -> [UInt8] {
        let index = RegisterIndex(register)
        let text = ValueText(language: options.language, index: index)
        let processors = index.processorsInChainOrder()
        let outline = DocumentOutline(index: index, processors: processors, text: text)
        let context = DocumentContext(index: index, text: text, outline: outline, options: options)
        // Validated on another core while the sections before the appendix are written, unless given.
        let pending = options.findings == nil ? PendingFindings(register, asOf: options.date) : nil

        // About 3 kB per activity in a large register (more in the small seed registers, with their
        // findings): growing the buffer of a large document copies all that is written so far.
        var writer = MarkdownWriter(capacity: 16_384 + index.activities.count * 3_072)
        for section in outline.sections {
            writer.heading(level: section.level, section.title)
            switch section.body {
            case .overview: OverviewSection.write(context, to: &writer)
            case .contents: ContentsSection.write(context, to: &writer)
            case .summary: SummarySection.write(context, to: &writer)
            case .activities:
                if index.activities.isEmpty { writer.paragraph(.text(text.sentence(.noActivities))) }
            case .activity(let position): ActivitySection.write(index.activities[position], context, to: &writer)
            case .processors: ProcessorSection.writeTable(processors, context, to: &writer)
            case .processor(let position): ProcessorSection.write(processors[position].processor, context, to: &writer)
            case .transfers: TransferSection.writeTable(context, to: &writer)
            case .transfer(let position): TransferSection.write(index.transfers[position], context, to: &writer)
            case .jointControllers: JointControllerSection.writeTable(context, to: &writer)
            case .jointController(let position): JointControllerSection.write(index.jointControllers[position], context, to: &writer)
            case .securityMeasures: SecurityMeasureSection.write(context, to: &writer)
            case .findings:
                FindingsSection.write(options.findings ?? pending?.wait() ?? [], context, to: &writer)
                AcceptedFindingsSection.write(Validator(register: register, asOf: options.date).acceptedFindings(), context, to: &writer)
            }
        }
        return writer.bytes
    }
}
