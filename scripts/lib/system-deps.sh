# Installs the Debian packages Kinora needs that are not already on the machine.
# Usage: install_system_deps PACKAGE_OR_COMMAND...  (an entry "cmd:pkg" checks cmd, installs pkg;
# cmd may also be an absolute path to a file the package ships)
install_system_deps() {
  local missing=() entry cmd pkg
  for entry in "$@"; do
    cmd="${entry%%:*}"
    pkg="${entry#*:}"
    command -v "$cmd" >/dev/null 2>&1 || [ -e "$cmd" ] || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing from Debian: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# ffmpeg-static skips its own download when this binary exists.
export FFMPEG_BIN=/usr/bin/ffmpeg
