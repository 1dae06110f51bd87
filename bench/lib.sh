# Shared by the bench scripts that run their own Ngopeni server against a scratch database on the
# local PostgreSQL (127.0.0.1:5432, trust auth). Sourced first, not run:
#   source "$(dirname "$0")/../lib.sh"
# It stops the script at the first failure (set -euo pipefail), changes to the repository root
# and sets PGHOST, PGPORT and PGUSER (each may be given).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

# Installs wrk (Debian) when it is missing.
bench_need_wrk() {
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
}

# Builds the server jar unless it is there already.
bench_build_jar() {
  [ -f api/target/ngopeni.jar ] || mvn -B -q package -DskipTests -pl api -am
}

# The classpath of the bench programs: the server jar, and what bench_build_java compiled.
BENCH_CLASSPATH=api/target/ngopeni.jar:bench/target/classes

# bench_build_java [DIR...]: compiles the helpers in bench/common, and the sources of each DIR (a
# bench program split over several files), into bench/target/classes. Needs the server jar.
bench_build_java() {
  local sources=(bench/common/*.java) dir
  for dir in "$@"; do
    sources+=("$dir"/*.java)
  done
  javac -d bench/target/classes -cp api/target/ngopeni.jar "${sources[@]}"
}

# bench_keys DB: the data key file of the scratch database DB (issue 17: the identifiers in it are
# sealed with these keys), bench/target/keys/DB.properties, saved from the first server started on
# it; every later server on DB (a bench reusing another's database) is started with it.
bench_keys() {
  echo "bench/target/keys/$1.properties"
}

# bench_start_server HEAP DB PORT [ADMIN_PASSWORD] [READY_SECONDS]
# Starts the server on database DB and port PORT with a Java heap of HEAP (e.g. 1g) from a copy
# of the jar in a fresh temporary directory DATA (also the server's data directory; its log is
# $DATA/server.log), sets SERVER to its process id, stops it and removes DATA on exit, and waits
# until it is ready (at most READY_SECONDS, default 120); the database's data keys are
# bench_keys DB (saved there from $DATA on the first start). Without ADMIN_PASSWORD the server
# starts without NGOPENI_ADMIN_PASSWORD. A script that needs more done on exit replaces the trap
# and calls bench_stop_server in it. The duplicate check of imported rows is off
# (NGOPENI_IMPORT_DUPLICATE_CHECK=false): the synthetic names repeat far more than real ones, and
# the check would run in the background under the benchmarks that follow an import.
bench_start_server() {
  local heap=$1 db=$2 port=$3 password=${4:-} ready=${5:-120} keys
  DATA=$(mktemp -d)
  keys=$(bench_keys "$db")
  cp api/target/ngopeni.jar "$DATA/ngopeni.jar" # a rebuild during the run must not pull the jar from under the server
  [ -f "$keys" ] && cp "$keys" "$DATA/data-keys.properties" && chmod 600 "$DATA/data-keys.properties"
  env NGOPENI_DATABASE_URL="postgresql://$PGUSER@$PGHOST:$PGPORT/$db" NGOPENI_HTTP_PORT="$port" NGOPENI_DATA_DIR="$DATA" \
    NGOPENI_IMPORT_DUPLICATE_CHECK=false ${password:+"NGOPENI_ADMIN_PASSWORD=$password"} java "-Xmx$heap" -jar "$DATA/ngopeni.jar" >"$DATA/server.log" 2>&1 &
  SERVER=$!
  trap bench_stop_server EXIT
  for _ in $(seq "$ready"); do
    curl -sf "http://127.0.0.1:$port/api/v1/health/ready" >/dev/null && break
    sleep 1
  done
  if [ ! -f "$keys" ] && [ -f "$DATA/data-keys.properties" ]; then
    mkdir -p "$(dirname "$keys")" && cp "$DATA/data-keys.properties" "$keys" && chmod 600 "$keys"
  fi
}

# Stops the server bench_start_server started and removes its directory.
bench_stop_server() {
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  rm -rf "$DATA"
}

# bench_drop_db DB: drops the scratch database DB, closing any connection still open to it.
bench_drop_db() {
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)"
  rm -f "$(bench_keys "$1")"
}

# bench_create_db DB [TEMPLATE]: a new scratch database DB (dropped first, with its data keys); a
# copy of TEMPLATE takes TEMPLATE's data keys with it.
bench_create_db() {
  bench_drop_db "$1"
  psql -X -q -d postgres -c "CREATE DATABASE $1${2:+ TEMPLATE $2}"
  if [ -n "${2:-}" ] && [ -f "$(bench_keys "$2")" ]; then
    cp "$(bench_keys "$2")" "$(bench_keys "$1")"
  fi
}

# bench_login PORT USERNAME PASSWORD: prints the access token of a fresh login.
bench_login() {
  curl -sf -X POST "http://127.0.0.1:$1/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$2\",\"password\":\"$3\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}

# bench_machine: one line naming the machine a run measured (CPU, cores, memory, kernel,
# PostgreSQL and its shared_buffers / max_wal_size / synchronous_commit, Java), for the tables in PERFORMANCE.md.
bench_machine() {
  local cpu
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
  pg() { psql -X -qtA -d postgres -c "$1"; }
  echo "$cpu, $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(uname -sr); PostgreSQL $(pg 'SHOW server_version' | cut -d' ' -f1) on the same machine (shared_buffers $(pg 'SHOW shared_buffers'), max_wal_size $(pg 'SHOW max_wal_size'), synchronous_commit $(pg 'SHOW synchronous_commit')); $(java -version 2>&1 | head -1)"
}
