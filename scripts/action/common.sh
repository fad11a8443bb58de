#!/usr/bin/env bash
# Helpers shared by the action's step scripts (sourced, never run). Written for bash 3.2, the
# bash of macOS runners: no namerefs, no mapfile, no associative arrays, and arrays that may be
# empty are expanded as ${a[@]+"${a[@]}"} because `set -u` rejects "${a[@]}" there.
#
# Nothing here evaluates its input: values from the workflow's inputs and from the scanned
# repository are data, passed to programs as separate arguments and never through a shell.

# The release targets, one archive each: tfgate-<version>-<target>.tar.gz. The release
# workflow's matrix builds exactly these (tests/distribution.rs checks).
RELEASE_TARGETS=(
  x86_64-unknown-linux-musl
  aarch64-unknown-linux-musl
  x86_64-apple-darwin
  aarch64-apple-darwin
  x86_64-pc-windows-msvc
)

# The principal and namespace of release signatures (`ssh-keygen -Y sign -n tfgate-release`;
# scripts/action/allowed_signers names the keys allowed to make them).
SIGNATURE_PRINCIPAL=tfgate-release
SIGNATURE_NAMESPACE=tfgate-release

# sha256 <file>: its sha256 in hex (sha256sum on Linux and Windows' Git Bash, shasum on macOS).
sha256() {
  if command -v sha256sum > /dev/null; then
    sha256sum -- "$1" | cut -d' ' -f1
  else
    shasum -a 256 -- "$1" | cut -d' ' -f1
  fi
}

# verify_signature <allowed signers file> <file>: whether <file>.sig is a release signature
# of <file> by a key of the allowed signers; on failure prints ssh-keygen's reason on one line.
verify_signature() {
  local out
  if out="$(ssh-keygen -Y verify -f "$1" -I "$SIGNATURE_PRINCIPAL" -n "$SIGNATURE_NAMESPACE" -s "$2.sig" < "$2" 2>&1)"; then
    return 0
  fi
  printf '%s' "$out" | LC_ALL=C tr -s '\000-\037' ' '
  return 1
}

# A value made safe for a workflow command's message: GitHub reads `%`, CR and LF there as
# escapes, so a value cannot end the message or start a command of its own.
command_escape() {
  local s="${1//%/%25}"
  s="${s//$'\r'/%0D}"
  printf '%s' "${s//$'\n'/%0A}"
}

# `::error::` with the message escaped, on standard error.
gh_error() {
  printf '::error::%s\n' "$(command_escape "tfgate: $1")" >&2
}

# `::warning::` with the message escaped, on standard error.
gh_warning() {
  printf '::warning::%s\n' "$(command_escape "tfgate: $1")" >&2
}

# A path or value from the repository made safe to print on its own line in the job log:
# control characters (line breaks, ESC, ...) are shown as `printf %q` shows them, so a file
# name cannot start a workflow command or move the terminal's cursor.
shown() {
  case "$1" in
    *[[:cntrl:]]*) printf '%q' "$1" ;;
    *) printf '%s' "$1" ;;
  esac
}

# Standard input with control characters other than tab and line feed removed and every line
# prefixed, so output of another program (`terraform get`, which may print text from the pull
# request) is shown in the log but never read as a workflow command.
prefixed() {
  LC_ALL=C tr -d '\000-\010\013-\037\177' | sed "s/^/$1/"
}

# A boolean input: prints `true` or `false`, or fails naming the input.
boolean_input() { # boolean_input <input name> <value>
  case "$2" in
    true | false) printf '%s' "$2" ;;
    *)
      gh_error "input \`$1\` must be \`true\` or \`false\`, not \`$2\`"
      return 2
      ;;
  esac
}

# Splits a string into words the way a shell splits a command line, without expanding
# anything: words are separated by unquoted blanks and line breaks; 'single quotes' keep
# everything up to the next single quote; "double quotes" keep everything except that a
# backslash before ", \, $, ` or a line break escapes it; outside quotes a backslash keeps the
# next character (a backslash before a line break joins the lines). `$VAR`, `$(...)`,
# backticks, `;`, `|`, `&`, `>`, globs and `~` are ordinary characters.
# The words are appended to the array WORDS. Fails (status 2) on an unterminated quote or a
# trailing backslash, naming the input.
split_words() { # split_words <input name> <string>
  local name="$1" s="$2" word="" have=false quote="" i=0 c n
  n=${#s}
  while [[ $i -lt $n ]]; do
    c="${s:i:1}"
    i=$((i + 1))
    if [[ "$quote" == "'" ]]; then
      if [[ "$c" == "'" ]]; then quote=""; else word+="$c"; fi
    elif [[ "$quote" == '"' ]]; then
      if [[ "$c" == '"' ]]; then
        quote=""
      elif [[ "$c" == '\' && $i -lt $n ]]; then
        case "${s:i:1}" in
          '"' | '\' | '$' | '`') word+="${s:i:1}"; i=$((i + 1)) ;;
          $'\n') i=$((i + 1)) ;;
          *) word+="$c" ;;
        esac
      else
        word+="$c"
      fi
    else
      case "$c" in
        ' ' | $'\t' | $'\n' | $'\r')
          if [[ $have == true ]]; then WORDS+=("$word"); fi
          word=""
          have=false
          ;;
        "'" | '"') quote="$c"; have=true ;;
        '\')
          if [[ $i -ge $n ]]; then
            gh_error "input \`$name\` ends with a backslash"
            return 2
          fi
          if [[ "${s:i:1}" != $'\n' ]]; then word+="${s:i:1}"; have=true; fi
          i=$((i + 1))
          ;;
        *) word+="$c"; have=true ;;
      esac
    fi
  done
  if [[ -n "$quote" ]]; then
    gh_error "input \`$name\` has an unterminated $quote quote"
    return 2
  fi
  if [[ $have == true ]]; then WORDS+=("$word"); fi
  return 0
}
