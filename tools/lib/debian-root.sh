# Shared by the CI stages that work in a minimal Debian root made with debootstrap
# (tools/debian13-stage.sh, tools/install-test.sh). Source it; it defines:
#   debian_mirror                   the Debian mirror: GOPREP_MIRROR, else the first Debian URI of this
#                                   machine's apt sources, else deb.debian.org
#   debian_root SUITE ROOT LOG      make ROOT with `debootstrap --variant=minbase SUITE` (kept when present),
#                                   then mount /proc and /dev into it; everything mounted is unmounted on exit
#   in_root CMD...                  run CMD in ROOT with a clean environment (QT_QPA_PLATFORM=offscreen)
# The caller must be root and sets `root` (the folder) and `stage` (its log prefix) before sourcing.

log() { echo "== [$stage] $*"; }

debian_mirror() {
    local mirror=${GOPREP_MIRROR:-}
    if [ -z "$mirror" ]; then
        # One-line sources ("deb URI suite ...") and deb822 sources ("URIs: URI"); the first Debian archive wins.
        mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources \
            2>/dev/null | sed -n -e 's/^deb \(\[[^]]*\] \)\{0,1\}\(http[^ ]*\) .*/\2/p' \
            -e 's/^URIs: *\(http[^ ]*\).*/\1/p' | grep -v -e security -e nodesource -e google | grep -m1 debian || true)
    fi
    echo "${mirror:-http://deb.debian.org/debian}"
}

mounted=()
root_cleanup() { # [STATUS]: the exit status to keep (default: the one that ended the script)
    local status=${1:-$?}
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[$i]}" 2>/dev/null || true
    done
    [ $status -eq 0 ] || log "FAILED (exit $status)"
    exit $status
}
trap root_cleanup EXIT INT TERM

mount_in() { # mount_in TYPE-OR-BIND SOURCE TARGET
    mkdir -p "$3"
    if [ "$1" = bind ]; then mount --bind "$2" "$3"; else mount -t "$1" "$2" "$3"; fi
    mounted+=("$3")
}

debian_root() { # debian_root SUITE ROOT LOG
    local suite=$1 dir=$2 logfile=$3 mirror
    mirror=$(debian_mirror)
    if ! command -v debootstrap >/dev/null; then
        log "installing debootstrap on the host"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
    fi
    if [ ! -x "$dir/usr/bin/apt-get" ]; then
        log "debootstrap --variant=minbase $suite from $mirror"
        rm -rf --one-file-system "$dir"
        debootstrap --variant=minbase "$suite" "$dir" "$mirror" >"$logfile" 2>&1 || { tail -20 "$logfile"; exit 1; }
    fi
    mount_in proc proc "$dir/proc"
    mount_in bind /dev "$dir/dev"
    cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
}

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/lib/go-1.26/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}
