# bash completion for ropa: commands, the options of each command and their values, register folders
# for PATH, entity ids for 'ropa set' and 'ropa review --mark-reviewed', CSV files for 'ropa import'.
#
# Install: copy to ~/.local/share/bash-completion/completions/ropa (or /usr/share/bash-completion/
# completions/ropa), or source it from ~/.bashrc.

_ropa_commands="init validate verify log diff show set add delete accept resolve import commit restore export review notice git-setup merge-file help"

# The options of a command, as 'ropa help COMMAND' lists them; every command also takes --lang.
_ropa_options() {
    case "$1" in
        init) echo "--name --org-number" ;;
        validate) echo "--json --as-of --severity --all --fail-on" ;;
        verify) echo "" ;;
        log) echo "-n --max-count --json" ;;
        diff) echo "--json" ;;
        show) echo "--version --json" ;;
        set) echo "-m --message" ;;
        import) echo "--from --dry-run -m --message --delimiter --map --keep-extra --no-create" ;;
        commit) echo "-m --message" ;;
        add) echo "-m --message" ;;
        delete) echo "--force -m --message" ;;
        accept) echo "--reason --until --as-of -m --message" ;;
        resolve) echo "--mine --theirs -m --message" ;;
        git-setup) echo "" ;;
        merge-file) echo "" ;;
        restore) echo "-m --message" ;;
        export) echo "--format --output -o --version --table --delimiter --bom --excel --no-excel --as-of --findings" ;;
        review) echo "--as-of --json --format --mark-reviewed -m --message" ;;
        notice) echo "--format --output -o --audience" ;;
    esac
}

# The ids of the entities of the register in folder $1 (and 'organisation'); with $2, of that kind only.
_ropa_ids() {
    local folder="$1" kinds="${2:-activities processors transfers joint-controllers security-measures}" kind file
    [ -f "$folder/register.json" ] || return
    [ -z "$2" ] && echo organisation
    for kind in $kinds; do
        for file in "$folder/$kind"/*.json; do
            [ -f "$file" ] || continue
            file="${file##*/}"
            echo "${file%.json}"
        done
    done
}

_ropa_folders() {
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -d -- "$1"))
}

_ropa() {
    local cur prev command="" path="" positionals=0 i word
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    COMPREPLY=()

    # The command, the register PATH after it, and how many positionals come before the cursor.
    for ((i = 1; i < COMP_CWORD; i++)); do
        word="${COMP_WORDS[i]}"
        case "$word" in
            --name|--org-number|--as-of|--version|-m|--message|--from|--delimiter|--format|--output|-o|--lang|--table|--mark-reviewed|--audience|--fail-on|--reason|--until|--severity|--map|-n|--max-count)
                ((i++)); continue ;;
            -*) continue ;;
        esac
        if [ -z "$command" ]; then
            command="$word"
        else
            positionals=$((positionals + 1))
            [ "$positionals" -eq 1 ] && path="$word"
        fi
    done

    # --lang en|sv goes before the command or among its options.
    if [ "$prev" = --lang ]; then
        COMPREPLY=($(compgen -W "en sv" -- "$cur"))
        return
    fi

    if [ -z "$command" ]; then
        if [[ "$cur" == -* ]]; then
            COMPREPLY=($(compgen -W "-h --help -V --version --lang" -- "$cur"))
        else
            # A command, or a folder to open in the terminal UI.
            COMPREPLY=($(compgen -W "$_ropa_commands" -- "$cur"))
            compopt -o filenames 2>/dev/null
            COMPREPLY+=($(compgen -d -- "$cur"))
        fi
        return
    fi
    case " $_ropa_commands " in
        *" $command "*) ;;
        *) return ;;  # 'ropa PATH' takes nothing more
    esac

    case "$prev" in
        --format)
            if [ "$command" = review ]; then COMPREPLY=($(compgen -W "text markdown json" -- "$cur"))
            elif [ "$command" = notice ]; then COMPREPLY=($(compgen -W "markdown html docx" -- "$cur"))
            else COMPREPLY=($(compgen -W "csv markdown json docx html xlsx" -- "$cur")); fi
            return ;;
        --table) COMPREPLY=($(compgen -W "activities processors subprocessors transfers joint-controllers security-measures all" -- "$cur")); return ;;
        --delimiter) COMPREPLY=($(compgen -W "',' ';' tab '|'" -- "$cur")); return ;;
        --from) COMPREPLY=($(compgen -W "csv xlsx" -- "$cur")); return ;;
        --fail-on) COMPREPLY=($(compgen -W "error warning never" -- "$cur")); return ;;
        --severity) COMPREPLY=($(compgen -W "error warning info" -- "$cur")); return ;;
        --output|-o) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --as-of) COMPREPLY=($(compgen -W "$(date +%F 2>/dev/null)" -- "$cur")); return ;;
        --mark-reviewed) COMPREPLY=($(compgen -W "$(_ropa_ids "$path" processors)" -- "$cur")); return ;;
        --name|--org-number|--version|-m|--message|--audience|--reason|--until|--map|-n|--max-count) return ;;
    esac

    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$(_ropa_options "$command") --lang -h --help" -- "$cur"))
        return
    fi
    case "$command" in
        help)
            [ "$positionals" -eq 0 ] && COMPREPLY=($(compgen -W "$_ropa_commands" -- "$cur")) ;;
        set|delete|resolve)
            if [ "$positionals" -eq 0 ]; then _ropa_folders "$cur"
            elif [ "$positionals" -eq 1 ]; then COMPREPLY=($(compgen -W "$(_ropa_ids "$path")" -- "$cur")); fi ;;
        add)
            if [ "$positionals" -eq 0 ]; then _ropa_folders "$cur"
            elif [ "$positionals" -eq 1 ]; then COMPREPLY=($(compgen -W "activity processor transfer joint-controller security-measure" -- "$cur")); fi ;;
        merge-file)
            compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
        import)
            if [ "$positionals" -eq 0 ]; then _ropa_folders "$cur"
            else
                compopt -o filenames 2>/dev/null
                COMPREPLY=($(compgen -f -X '!*.@([cC][sS][vV]|[xX][lL][sS][xX])' -- "$cur") $(compgen -d -- "$cur"))
            fi ;;
        *)
            [ "$positionals" -eq 0 ] && _ropa_folders "$cur" ;;
    esac
}

complete -F _ropa ropa
