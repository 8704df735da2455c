#!/usr/bin/env bash
# The README's test command: runs every test of Commerce.sln with nothing left out.
#
#   ./test.sh                                          set up what the tests need, run them all
#   ./test.sh --filter 'FullyQualifiedName~Onboarding'  other arguments go to `dotnet test`
#   ./test.sh --stop-postgres                          stop the PostgreSQL a kept run left running
#
# 1. Installs what is missing, through apt-get as root: Chromium and the CJK fonts (browser tests),
#    PostgreSQL (the PostgreSQL variants). Not root, or no package registry: stops before any test,
#    naming the part and the line that installs it.
# 2. Starts a PostgreSQL of its own on 127.0.0.1:$COMMERCE_PG_PORT (55433), data in $COMMERCE_PG_ROOT
#    (/tmp/commerce-test-pg), or reuses the server already up on that port. A server this script started is
#    stopped when the last run using it ends, unless COMMERCE_KEEP_POSTGRES=1.
#    With COMMERCE_TEST_POSTGRES set, the tests use that server and none is started.
# 3. Runs `dotnet test Commerce.sln` with COMMERCE_REQUIRE_POSTGRES=1 (a missing server fails, never skips)
#    and prints "N passed, N failed, N skipped", summed over every test assembly's TRX file, as its last line,
#    alone on stdout (everything else goes to stderr). Exit status 0 only when tests ran and none failed;
#    a run in which no test ran (a filter matching nothing, a broken build) counts as failed.
#
# Other settings: COMMERCE_CHROMIUM (the browser, default /usr/bin/chromium), COMMERCE_TEST_RESULTS
# (TRX folder, default artifacts/test-results).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
root=$(pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '[test] %s\n' "$*" >&2; }
is_root() { [ "$(id -u)" -eq 0 ]; }

stop_only=0
args=()
for arg in "$@"; do
  case "$arg" in
    --stop-postgres) stop_only=1 ;;
    -h | --help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

# --- PostgreSQL: a server in a data folder of our own, shared by concurrent runs ---------------------
pg_port=${COMMERCE_PG_PORT:-55433}
if is_root; then pg_root=${COMMERCE_PG_ROOT:-/tmp/commerce-test-pg}; else pg_root=${COMMERCE_PG_ROOT:-/tmp/commerce-test-pg-$(id -u)}; fi
pg_bin=
pg_registered=0 # this run is listed in $pg_root/runs and must sign off

# The newest installed server, or the one of the version that made an existing data folder.
find_pg_bin() {
  local dir made
  pg_bin=
  made=$(cat "$pg_root/data/PG_VERSION" 2>/dev/null || true)
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
    [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ] && [ -x "$dir/postgres" ] || continue
    pg_bin=$dir
    [ "$dir" != "/usr/lib/postgresql/$made/bin" ] || break
  done
  [ -n "$pg_bin" ]
}

# initdb refuses root: as root the server runs as the postgres user, otherwise as the caller.
as_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_lock() { command -v flock >/dev/null 2>&1 && flock 9 || true; }
pg_unlock() { command -v flock >/dev/null 2>&1 && flock -u 9 || true; }

# True when the server of our data folder runs (whoever started it).
pg_ours_running() { [ -f "$pg_root/data/PG_VERSION" ] && as_pg "$pg_bin/pg_ctl" -D "$pg_root/data" status >/dev/null 2>&1; }

pg_stop() { as_pg "$pg_bin/pg_ctl" -D "$pg_root/data" -m fast -w -t 60 stop >/dev/null 2>&1 9>&-; }

# Signs this run off; the last run out stops a server the script started (unless asked to keep it).
pg_sign_off() {
  [ "$pg_registered" = 1 ] || return 0
  pg_registered=0
  pg_lock
  rm -f "$pg_root/runs/$$"
  local file others=0
  for file in "$pg_root"/runs/*; do
    [ -e "$file" ] || continue
    if [ -d "/proc/${file##*/}" ]; then others=$((others + 1)); else rm -f "$file"; fi
  done
  if [ -f "$pg_root/started-by-test-script" ]; then
    if [ "${COMMERCE_KEEP_POSTGRES:-0}" = 1 ]; then
      rm -f "$pg_root/started-by-test-script"
      log "PostgreSQL kept running on 127.0.0.1:$pg_port (COMMERCE_KEEP_POSTGRES=1); stop it with ./test.sh --stop-postgres"
    elif [ "$others" -gt 0 ]; then
      log "PostgreSQL left running for $others other run(s) using it; the last one stops it"
    else
      pg_stop && log "stopped the PostgreSQL this script started" || log "could not stop PostgreSQL: see $pg_root/server.log"
      rm -f "$pg_root/started-by-test-script"
    fi
  fi
  pg_unlock
}
# Whatever ends the script (an error, Ctrl-C) signs off, and a test run that ended without its closing line
# prints that of a failed run.
closing_due=0
on_exit() {
  local status=$?
  pg_sign_off
  if [ "$closing_due" = 1 ]; then
    log "stopped early (status $status)"
    echo "0 passed, 1 failed, 0 skipped"
  fi
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "$stop_only" = 1 ]; then
  find_pg_bin || { log "PostgreSQL is not installed: nothing to stop"; exit 0; }
  if [ -d "$pg_root" ]; then exec 9>>"$pg_root/lock"; pg_lock; fi
  if pg_ours_running; then
    pg_stop && log "stopped the PostgreSQL in $pg_root" || { log "could not stop the PostgreSQL in $pg_root"; exit 1; }
  else
    log "no PostgreSQL of this script runs in $pg_root"
  fi
  rm -f "$pg_root/started-by-test-script"
  exit 0
fi

closing_due=1

# Stops before any test ran: names what is wrong and prints the closing line of a failed run.
stop_before_tests() {
  local line
  for line in "$@"; do log "$line"; done
  log "no test ran"
  pg_sign_off
  closing_due=0
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
}

# --- What the tests need ---------------------------------------------------------------------------
command -v dotnet >/dev/null 2>&1 ||
  stop_before_tests "missing: the .NET SDK (\`dotnet\`, the version global.json names); install it from https://dotnet.microsoft.com/download (this script does not)"

chromium=${COMMERCE_CHROMIUM:-/usr/bin/chromium}
fonts_ok() {
  dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed' ||
    { command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh family 2>/dev/null | grep -q .; }
}

packages=()
parts=()
check_parts() {
  packages=()
  parts=()
  if [ ! -x "$chromium" ]; then
    [ -z "${COMMERCE_CHROMIUM:-}" ] || stop_before_tests "COMMERCE_CHROMIUM=$chromium is not an executable browser"
    packages+=(chromium)
    parts+=("Chromium ($chromium, for the browser tests)")
  fi
  if ! fonts_ok; then
    packages+=(fonts-noto-cjk)
    parts+=("the CJK fonts (fonts-noto-cjk, so Chinese pages render)")
  fi
  if [ -z "${COMMERCE_TEST_POSTGRES:-}" ] && ! find_pg_bin; then
    packages+=(postgresql)
    parts+=("the PostgreSQL server (postgresql, for the PostgreSQL variants)")
  fi
}

check_parts
if [ "${#packages[@]}" -gt 0 ]; then
  install_line="apt-get update && apt-get install -y ${packages[*]}"
  missing=$(printf '%s; ' "${parts[@]}")
  missing=${missing%; }
  if ! is_root; then
    stop_before_tests "missing: $missing" "not root, so this script cannot install it; install it with:" \
      "  sudo apt-get update && sudo apt-get install -y ${packages[*]}" "then run ./test.sh again."
  fi
  command -v apt-get >/dev/null 2>&1 ||
    stop_before_tests "missing: $missing" "no apt-get on this machine; install the Debian packages ${packages[*]} (or their equivalents) and run ./test.sh again."
  log "installing ${packages[*]} (missing: $missing)"
  export DEBIAN_FRONTEND=noninteractive
  installed=0
  for attempt in 1 2 3; do # another apt may hold the lock for a while
    if apt-get -o DPkg::Lock::Timeout=300 update -qq >&2 </dev/null &&
      apt-get -o DPkg::Lock::Timeout=300 install -y -qq "${packages[@]}" >&2 </dev/null; then
      installed=1
      break
    fi
    [ "$attempt" = 3 ] || { log "apt-get failed (attempt $attempt); retrying in 20 s"; sleep 20; }
  done
  [ "$installed" = 1 ] ||
    stop_before_tests "could not install: $missing" "is the package registry reachable? The line that installs it:" "  $install_line"
  check_parts
  [ "${#packages[@]}" -eq 0 ] || stop_before_tests "still missing after apt-get: $(printf '%s; ' "${parts[@]}")"
fi

# --- PostgreSQL: reuse the server on the port, or start ours -----------------------------------------
if [ -z "${COMMERCE_TEST_POSTGRES:-}" ]; then
  mkdir -p "$pg_root/runs"
  exec 9>>"$pg_root/lock"
  pg_lock
  echo "$$" >"$pg_root/runs/$$"
  pg_registered=1
  if "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" -t 3 9>&-; then
    if pg_ours_running; then
      log "reusing the PostgreSQL already up on 127.0.0.1:$pg_port (data in $pg_root/data)"
    else
      log "reusing the PostgreSQL server already up on 127.0.0.1:$pg_port (not this script's: left running)"
    fi
  else
    is_root && chown postgres:postgres "$pg_root"
    if [ ! -f "$pg_root/data/PG_VERSION" ]; then
      log "creating a PostgreSQL data folder in $pg_root/data"
      as_pg "$pg_bin/initdb" -D "$pg_root/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_root/initdb.log" 2>&1 9>&- ||
        { pg_unlock; stop_before_tests "initdb failed: see $pg_root/initdb.log"; }
    fi
    log "starting PostgreSQL on 127.0.0.1:$pg_port"
    if ! as_pg "$pg_bin/pg_ctl" -D "$pg_root/data" -l "$pg_root/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_root -c max_connections=300" start >/dev/null 9>&-; then
      pg_unlock
      stop_before_tests "PostgreSQL did not start on 127.0.0.1:$pg_port: see $pg_root/server.log" \
        "(another server in $pg_root on another port? ./test.sh --stop-postgres stops it; COMMERCE_PG_PORT picks the port)"
    fi
    touch "$pg_root/started-by-test-script"
  fi
  "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" -t 30 9>&- ||
    { pg_unlock; stop_before_tests "PostgreSQL does not answer on 127.0.0.1:$pg_port: see $pg_root/server.log"; }
  pg_unlock
  export COMMERCE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
else
  log "using the PostgreSQL server COMMERCE_TEST_POSTGRES names"
fi
export COMMERCE_TEST_POSTGRES COMMERCE_REQUIRE_POSTGRES=1
[ -z "${COMMERCE_CHROMIUM:-}" ] || export COMMERCE_CHROMIUM

# --- The tests ---------------------------------------------------------------------------------------
results=${COMMERCE_TEST_RESULTS:-$root/artifacts/test-results}
rm -rf "$results"
mkdir -p "$results"
# One results folder per test project (tests/Directory.Build.props), named after it.
log "running: dotnet test Commerce.sln --logger trx -p:CommerceTestResultsDirectory=$results ${args[*]}"
status=0
dotnet test Commerce.sln --logger trx -p:CommerceTestResultsDirectory="$results" "${args[@]}" >&2 9>&- || status=$?

# Sums every assembly's TRX counters. Skipped = total - executed (xunit's skipped tests are not executed).
passed=0 failed=0 skipped=0 files=0
counter() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
for trx in "$results"/*.trx "$results"/*/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)
  total=$(counter total) executed=$(counter executed) p=$(counter passed) f=$(counter failed)
  e=$(counter error) t=$(counter timeout) a=$(counter aborted)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
  grep -o '<UnitTestResult [^>]*outcome="NotExecuted"[^>]*>' "$trx" | sed -n 's/.* testName="\([^"]*\)".*/[test] skipped: \1/p' >&2 || true
done

# Every test project of the solution must have reported, or an assembly was left out.
while read -r project; do
  [ -f "$project" ] && grep -q 'Microsoft.NET.Test.Sdk' "$project" && ! grep -q '<IsTestProject>false' "$project" || continue
  name=$(basename "$project" .csproj)
  if ! ls "$results/$name"/*.trx >/dev/null 2>&1; then
    log "$name reported no results (see the output above)"
    status=1
  fi
done < <(grep -o '"[^"]*\.csproj"' Commerce.sln | tr -d '"' | tr '\\' '/')
if [ "$files" -eq 0 ] || [ $((passed + failed)) -eq 0 ]; then
  log "no test ran"
  [ "$failed" -gt 0 ] || failed=1
  status=1
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the build or a test host failed outside any test
fi

pg_sign_off # before the closing line, which stays last
closing_due=0
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
