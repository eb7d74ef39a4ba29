# shellcheck shell=bash
# Sourced by the .ci scripts. `step NAME COMMAND...` says what runs, runs it and says how long
# it took (also when it fails), and returns its exit status. The command runs in a subshell with
# `set -e` in force (bash ignores -e inside a command whose status is tested, so `cmd || rc=$?`
# would not stop a failing shell function half-way). With PRECIS_STEP_LOG set, each step
# appends "DEPTH<TAB>NAME<TAB>SECONDS<TAB>STATUS" to that file so that .ci/run can print every step's time.
step() {
    # Locals carry a prefix: bash scoping is dynamic, so the step's command sees them.
    local _step_name=$1
    shift
    local _step_start _step_rc _step_errexit=0 _step_depth=${PRECIS_STEP_DEPTH:-0}
    _step_start=$(date +%s)
    echo "==> ${_step_name}"
    [[ $- == *e* ]] && _step_errexit=1
    set +e
    (
        set -e
        export PRECIS_STEP_DEPTH=$((_step_depth + 1))
        "$@"
    )
    _step_rc=$?
    [ "$_step_errexit" -eq 1 ] && set -e
    local _step_took=$(($(date +%s) - _step_start))
    if [ "$_step_rc" -eq 0 ]; then
        echo "<== ${_step_name}: done in $(format_seconds "$_step_took")"
    else
        echo "<== ${_step_name}: FAILED (exit ${_step_rc}) after $(format_seconds "$_step_took")"
    fi
    if [ -n "${PRECIS_STEP_LOG:-}" ]; then
        printf '%s\t%s\t%s\t%s\n' "$_step_depth" "$_step_name" "$_step_took" "$_step_rc" \
            >>"$PRECIS_STEP_LOG"
    fi
    return "$_step_rc"
}

format_seconds() {
    if [ "$1" -ge 60 ]; then
        echo "$(($1 / 60)) min $(($1 % 60)) s"
    else
        echo "$1 s"
    fi
}

# ccache across checkouts: paths under the checkout are hashed relative to it, and the build
# folder's name is not hashed, so a fresh clone in another folder (as CI makes) still hits the
# cache. A value the caller set wins.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
