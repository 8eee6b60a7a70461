# Sourced by the repository's scripts: selects a JDK >= 21, exports JAVA_HOME and puts its bin/ first on PATH.
# Order: $JAVA_HOME if it is one; else the newest under the usual install locations; else `java` on PATH.
# Fails with a message when there is none (callers: `. .ci/java-home.sh || exit 1`).

# Prints the major version of the JDK at $1 (from its `release` file), or nothing if $1 is no JDK.
sequestra_jdk_major() {
  local version major
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ -f "$1/release" ] || return 0
  version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")
  major=${version%%.*}
  # Java 8 and older call themselves 1.x.
  [ "$major" = 1 ] && major=$(echo "$version" | cut -d. -f2)
  case $major in
    '' | *[!0-9]*) ;;
    *) echo "$major" ;;
  esac
}

sequestra_select_java_home() {
  local minimum=21 candidate major best='' best_major=0
  major=$(sequestra_jdk_major "${JAVA_HOME:-}")
  if [ -n "${JAVA_HOME:-}" ] && [ -n "$major" ] && [ "$major" -ge "$minimum" ]; then
    return 0
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    major=$(sequestra_jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$minimum" ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate best_major=$major
    fi
  done
  if [ -n "$best" ]; then
    JAVA_HOME=$best
    return 0
  fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.home = //p')
    major=$(sequestra_jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$minimum" ]; then
      JAVA_HOME=$candidate
      return 0
    fi
  fi
  echo "No JDK >= $minimum found (checked \$JAVA_HOME, /usr/lib/jvm, /opt/java," \
    "/Library/Java/JavaVirtualMachines and java on PATH). Install one, or set JAVA_HOME to it." >&2
  return 1
}

if sequestra_select_java_home; then
  unset -f sequestra_jdk_major sequestra_select_java_home
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
else
  unset -f sequestra_jdk_major sequestra_select_java_home
  false
fi
