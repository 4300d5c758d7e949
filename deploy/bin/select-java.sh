# Sourced by ./run-local and ./run-tests: picks a JDK $MINIMUM_JAVA+ and exports JAVA_HOME, or exits.
# shellcheck shell=bash
readonly MINIMUM_JAVA=21

# Prints the feature release of a java executable (17, 21, 25...), or nothing if it does not run.
java_release() {
  "$1" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ { sub(/^1\./, "", $2); print $2; exit }'
}

is_recent_java() {
  local release
  [[ -x "$1" ]] || return 1
  release="$(java_release "$1")"
  [[ -n "$release" && "$release" -ge "$MINIMUM_JAVA" ]]
}

find_java_home() {
  local candidate
  if [[ -n "${JAVA_HOME:-}" ]] && is_recent_java "$JAVA_HOME/bin/java"; then
    echo "$JAVA_HOME"; return 0
  fi
  for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if is_recent_java "$candidate/bin/java"; then
      echo "$candidate"; return 0
    fi
  done
  if command -v java >/dev/null && is_recent_java "$(command -v java)"; then
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"; return 0
  fi
  return 1
}

requested_java_home="${JAVA_HOME:-unset}"
if ! JAVA_HOME="$(find_java_home)"; then
  echo "${0##*/}: needs a JDK $MINIMUM_JAVA or newer. None found in JAVA_HOME ($requested_java_home)," >&2
  echo "/usr/lib/jvm/* or on the PATH; install one (e.g. Temurin 21 or 25) or point JAVA_HOME at it." >&2
  exit 1
fi
export JAVA_HOME
