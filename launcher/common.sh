# Sourced by ./huddle and the scripts beside this file: where things are, huddle.env's values
# with this run's ports, and the small helpers every script uses.
#
# HUDDLE_PORT_OFFSET (default 0) shifts every *_PORT of huddle.env; HUDDLE_RUN_DIR (default
# .run) holds data, logs and rendered configuration; HUDDLE_JAVA_OPTS is added to the four
# JVMs' options (after the defaults, so it can override them).

HUDDLE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HUDDLE_RUN_DIR=$(realpath -m "${HUDDLE_RUN_DIR:-$HUDDLE_ROOT/.run}")
HUDDLE_PORT_OFFSET=${HUDDLE_PORT_OFFSET:-0}
# Serial GC suits two cores; a JVM out of heap exits so that supervisord restarts it; heaps are
# pre-touched (see launcher/service-jvm), in transparent huge pages (the kernel's `madvise`
# mode): touching a 1 GiB heap took 1.8-2.5 s instead of 4.3-4.6 s.
HUDDLE_JAVA_OPTS="-XX:+UseSerialGC -XX:+AlwaysPreTouch -XX:+UseTransparentHugePages -XX:+ExitOnOutOfMemoryError ${HUDDLE_JAVA_OPTS:-}"
readonly PREFERRED_JDK=/usr/lib/jvm/temurin-25-jdk-amd64

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
info() { printf '    %s\n' "$*"; }
warn() { printf '\033[33mwarning:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

wait_until() { # seconds command...: true once the command succeeds, false after the deadline
  local deadline=$((SECONDS + $1)); shift
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || return 1
    sleep 1
  done
}

# huddle.env, then every port shifted by the offset; all exported, so supervisord, the
# services it starts, envsubst and database/ha/pgaf see the same values.
load_env() {
  ((HUDDLE_PORT_OFFSET >= 0 && HUDDLE_PORT_OFFSET <= 29000)) ||
    die "HUDDLE_PORT_OFFSET must be between 0 and 29000 (got $HUDDLE_PORT_OFFSET)"
  set -a
  # shellcheck source=../huddle.env
  source "$HUDDLE_ROOT/huddle.env"
  set +a
  local name
  for name in $(port_names); do
    export "$name=$((${!name} + HUDDLE_PORT_OFFSET))"
  done
  export HUDDLE_ROOT HUDDLE_RUN_DIR HUDDLE_PORT_OFFSET HUDDLE_JAVA_OPTS
  export PGAF_DIR=$HUDDLE_RUN_DIR/pg PGAF_LOG_DIR=$HUDDLE_RUN_DIR/logs
  export HUDDLE_FD_LIMIT; HUDDLE_FD_LIMIT=$(fd_limit)
}

port_names() { grep -oE '^HUDDLE_[A-Z0-9_]+_PORT' "$HUDDLE_ROOT/huddle.env"; }

# Open files for the services (tens of thousands of STOMP sessions): 200000, or the hard limit
# when the environment allows fewer (supervisord refuses to start when minfds is out of reach).
fd_limit() { local hard; hard=$(ulimit -Hn); [[ $hard == unlimited || $hard -ge 200000 ]] && echo 200000 || echo "$hard"; }

java_major() { # java binary -> major version
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1") ? v[2] : v[1]; exit }'
}

# JAVA_HOME: the one given if it is 21 or newer, else the java on PATH, else the newest fit in /usr/lib/jvm.
pick_java() {
  local candidate
  if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java && $(java_major "$JAVA_HOME/bin/java") -ge 21 ]]; then
    :
  elif command -v java >/dev/null && [[ $(java_major java) -ge 21 ]]; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  else
    JAVA_HOME=
    for candidate in "$PREFERRED_JDK" /usr/lib/jvm/*; do
      if [[ -x $candidate/bin/java && $(java_major "$candidate/bin/java") -ge 21 ]]; then
        JAVA_HOME=$candidate
        break
      fi
    done
    [[ -n $JAVA_HOME ]] || die "Java 21 or newer is needed (e.g. Temurin 25 in $PREFERRED_JDK); none found in /usr/lib/jvm"
  fi
  export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
  info "Java $(java_major "$JAVA_HOME/bin/java") from $JAVA_HOME"
}

prerequisites() {
  step "Checking prerequisites"
  "$HUDDLE_ROOT/launcher/install-packages"
  pick_java
}

supervisorctl_() { supervisorctl -c "$HUDDLE_ROOT/launcher/supervisord.conf" "$@"; }

supervisord_running() {
  [[ -f $HUDDLE_RUN_DIR/supervisor/supervisord.pid ]] && kill -0 "$(cat "$HUDDLE_RUN_DIR/supervisor/supervisord.pid")" 2>/dev/null
}

require_running() { supervisord_running || die "Huddle is not running (start it with ./huddle up)"; }

pgaf_() { "$HUDDLE_ROOT/database/ha/pgaf" "$@"; }

app_ready() { # program
  local port_var=HUDDLE_${1//-/_}_PORT
  port_var=${port_var^^}
  curl -fsS "http://127.0.0.1:${!port_var}/actuator/health/readiness"
}

gateway_url() { echo "http://127.0.0.1:$HUDDLE_GATEWAY_PORT"; }
