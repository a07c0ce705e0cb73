# Le bac à sable de scripts/corriger-classe.sh (à inclure avec « source ») :
# chaque construction et chaque programme d'une copie tourne sous bubblewrap
# (bwrap), sans réseau ni accès aux autres processus, dans une nouvelle
# session, avec le système en lecture seule, un /tmp privé, et seulement les
# dossiers donnés par l'appelant ; limité en temps, mémoire, nombre de
# processus et taille de fichier. Quand bwrap s'arrête, tous les processus
# du bac à sable s'arrêtent avec lui (espace de noms de processus à part).
#
# Lancé par root, le bac à sable tourne sous un identifiant sans droits,
# un par copie en cours (la limite de processus vaut alors par copie), et
# dans un cgroup (mémoire totale, nombre de processus) quand c'est possible.

TD4_SANDBOX=1                   # 0 : --sans-bac-a-sable (limites seules)
TD4_SANDBOX_UID_BASE=$((300000 + ($$ % 10000) * 64))
TD4_CGROUP=""                   # le nom de nos cgroups, s'ils sont utilisables
TD4_BWRAP=bwrap                 # son chemin, fixé par td4_sandbox_problem

# Prépare les cgroups (v1 : mémoire et processus), si root peut en créer.
td4_sandbox_setup() {
  local name=td4-correction-$$
  [ "$(id -u)" -eq 0 ] || return 0
  if mkdir "/sys/fs/cgroup/memory/$name" 2>/dev/null; then
    if mkdir "/sys/fs/cgroup/pids/$name" 2>/dev/null; then
      TD4_CGROUP=$name
    else
      rmdir "/sys/fs/cgroup/memory/$name"
    fi
  fi
  return 0
}

# Retire les cgroups de la correction (ils sont vides à la fin).
td4_sandbox_cleanup() {
  [ -n "$TD4_CGROUP" ] || return 0
  local dir
  for dir in /sys/fs/cgroup/{memory,pids}/"$TD4_CGROUP"/* /sys/fs/cgroup/{memory,pids}/"$TD4_CGROUP"; do
    [ -d "$dir" ] && rmdir "$dir" 2>/dev/null
  done
  return 0
}

# L'identifiant sous lequel tourne la copie en cours numéro SLOT (root seulement).
td4_sandbox_uid() { echo $((TD4_SANDBOX_UID_BASE + $1)); }

# Rien si bwrap marche ; sinon, pourquoi, en une ligne.
td4_sandbox_problem() {
  TD4_BWRAP=$(command -v bwrap) \
    || { echo "bwrap est introuvable (paquet bubblewrap : lancez scripts/installer-dependances.sh)"; return; }
  local err
  err=$(td4_sandbox 0 20 256 -- /usr/bin/true 2>&1 </dev/null) \
    || echo "bwrap ne peut pas créer de bac à sable ici (espaces de noms utilisateur désactivés ?) : ${err:0:200}"
}

# td4_sandbox SLOT SECONDES MEMOIRE_MO [ARGUMENTS_BWRAP…] -- COMMANDE…
# Lance COMMANDE dans le bac à sable, au plus SECONDES (puis tout est tué :
# code 124), chaque processus limité à MEMOIRE_MO de mémoire virtuelle et à
# SECONDES de processeur, chaque fichier à 64 Mo. Seuls les descripteurs 0,
# 1, 2 et ceux de TD4_SANDBOX_FDS (le canal du bilan) sont transmis.
td4_sandbox() {
  local slot=$1 seconds=$2 mem=$3 extra=() rc=0
  shift 3
  while [ $# -gt 0 ] && [ "$1" != -- ]; do extra+=("$1"); shift; done
  shift
  local limits=(/usr/bin/prlimit --as=$((mem * 1048576)) --cpu="$seconds" --fsize=67108864
    --core=0 --nofile=256)
  local user=() cgroup=""
  if [ "$(id -u)" -eq 0 ]; then
    local uid
    uid=$(td4_sandbox_uid "$slot")
    user=(setpriv --reuid="$uid" --regid="$uid" --clear-groups --inh-caps=-all)
    limits+=(--nproc=256)
  fi
  if [ -n "$TD4_CGROUP" ]; then
    cgroup=$TD4_CGROUP/copie$slot
    mkdir -p "/sys/fs/cgroup/memory/$cgroup" "/sys/fs/cgroup/pids/$cgroup"
    echo $((mem * 2 * 1048576)) >"/sys/fs/cgroup/memory/$cgroup/memory.limit_in_bytes"
    echo 256 >"/sys/fs/cgroup/pids/$cgroup/pids.max"
  fi
  local environment=(env -i PATH=/usr/bin:/bin LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME=/tmp TMPDIR=/tmp)
  if [ "$TD4_SANDBOX" -eq 0 ]; then
    # Sans bac à sable : les variables de --setenv, et un dossier de travail
    # temporaire (les autres arguments de bwrap n'ont pas d'équivalent).
    local i place
    place=$(mktemp -d)
    for ((i = 0; i < ${#extra[@]}; i++)); do
      [ "${extra[$i]}" != --setenv ] || environment+=("${extra[$i + 1]}=${extra[$i + 2]}")
    done
    (
      td4_close_other_fds
      cd "$place"
      exec timeout -k 2 "$seconds" "${environment[@]}" "${limits[@]}" -- "$@"
    ) || rc=$?
    rm -rf "$place"
    return $rc
  fi
  local fs=(--ro-bind /usr /usr --symlink usr/bin /bin --symlink usr/sbin /sbin
    --symlink usr/lib /lib)
  [ -e /lib64 ] && fs+=(--symlink usr/lib64 /lib64)
  fs+=(--ro-bind-try /etc/ld.so.cache /etc/ld.so.cache
    --ro-bind-try /etc/alternatives /etc/alternatives
    --proc /proc --dev /dev --size 268435456 --tmpfs /tmp)
  (
    td4_close_other_fds
    if [ -n "$cgroup" ]; then
      echo "$BASHPID" >"/sys/fs/cgroup/memory/$cgroup/cgroup.procs"
      echo "$BASHPID" >"/sys/fs/cgroup/pids/$cgroup/cgroup.procs"
    fi
    exec timeout -k 2 "$seconds" "${user[@]}" "${environment[@]}" \
      "$TD4_BWRAP" --unshare-all --die-with-parent --new-session --cap-drop ALL \
      "${fs[@]}" "${extra[@]}" -- "${limits[@]}" -- "$@"
  ) || rc=$?
  # Par précaution : rien ne doit survivre au bac à sable.
  if [ -n "$cgroup" ]; then
    local pid
    for pid in $(cat "/sys/fs/cgroup/pids/$cgroup/cgroup.procs" 2>/dev/null); do
      kill -KILL "$pid" 2>/dev/null || true
    done
  fi
  return $rc
}

# Ferme, dans le sous-shell qui lance le bac à sable, tout descripteur hérité
# autre que 0, 1, 2 et ceux de TD4_SANDBOX_FDS.
td4_close_other_fds() {
  local fd n
  for fd in /proc/$BASHPID/fd/*; do
    n=${fd##*/}
    [ "$n" -gt 2 ] || continue
    [[ " ${TD4_SANDBOX_FDS:-} " == *" $n "* ]] && continue
    eval "exec $n>&-" 2>/dev/null
  done
  return 0
}
