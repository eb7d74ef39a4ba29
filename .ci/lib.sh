# shellcheck shell=bash
# Sourced by the .ci scripts. `step NAME COMMAND...` says what runs, runs it and says how long
# it took (also when it fails), and returns its exit status. The command runs in a subshell with
# `set -e` in force (bash ignores -e inside a command whose status is tested, so `cmd || rc=$?`
# would not stop a failing shell function half-way). With PRECIS_STEP_LOG set, each step
# appends "DEPTH<TAB>NAME<TAB>SECONDS<TAB>STATUS" to that file so that .ci/run can print every step's time.
step() {
    local name=$1
    shift
    local start rc errexit=0
    start=$(date +%s)
    echo "==> ${name}"
    [[ $- == *e* ]] && errexit=1
    set +e
    local depth=${PRECIS_STEP_DEPTH:-0}
    (
        set -e
        export PRECIS_STEP_DEPTH=$((depth + 1))
        "$@"
    )
    rc=$?
    [ "$errexit" -eq 1 ] && set -e
    local took=$(($(date +%s) - start))
    if [ "$rc" -eq 0 ]; then
        echo "<== ${name}: done in $(format_seconds "$took")"
    else
        echo "<== ${name}: FAILED (exit ${rc}) after $(format_seconds "$took")"
    fi
    if [ -n "${PRECIS_STEP_LOG:-}" ]; then
        printf '%s\t%s\t%s\t%s\n' "$depth" "$name" "$took" "$rc" >>"$PRECIS_STEP_LOG"
    fi
    return "$rc"
}

format_seconds() {
    if [ "$1" -ge 60 ]; then
        echo "$(($1 / 60)) min $(($1 % 60)) s"
    else
        echo "$1 s"
    fi
}
